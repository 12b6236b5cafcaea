// Per request: an id (X-Request-Id, taken from a proxy when well-formed, else made), the language, the
// context handlers receive, and one structured log line when the answer is sent. Never bodies, headers,
// query strings (links carry tokens there), cookies or tokens.
import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { Logger } from 'pino';
import { ArmoedetoetsError } from '../../errors.js';
import type { RequestContext } from '../context.js';
import { sm } from '../messages/index.js';
import { fieldErrors } from './errors.js';
import { negotiateLang } from './lang.js';

/** A request id from a load balancer is kept when it is this tame (no log injection, bounded length). */
const INCOMING_ID = /^[A-Za-z0-9._-]{8,64}$/;

export function contextMiddleware(): RequestHandler {
  return (req: Request, res: Response, next: NextFunction): void => {
    const incoming = req.headers['x-request-id'];
    const requestId = typeof incoming === 'string' && INCOMING_ID.test(incoming) ? incoming : randomUUID();
    res.setHeader('X-Request-Id', requestId);
    const { lang, invalid } = negotiateLang(req.query['lang'], req.headers['accept-language']);
    const ctx: RequestContext = { requestId, lang, actor: null, org: null, role: null };
    res.locals['ctx'] = ctx;
    if (invalid) return next(fieldErrors(lang, [{ path: 'lang', message: sm(lang, 'langInvalid') }]));
    next();
  };
}

/** One log line per answered request: method, route path, status, duration, who (ids only). */
export function requestLogging(logger: Logger): RequestHandler {
  return (req: Request, res: Response, next: NextFunction): void => {
    const start = process.hrtime.bigint();
    res.once('finish', () => {
      const ctx = res.locals['ctx'] as RequestContext | undefined;
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      const line = {
        reqId: ctx?.requestId,
        method: req.method,
        path: req.path,
        status: res.statusCode,
        ms: Math.round(ms * 10) / 10,
        userId: ctx?.actor?.kind === 'user' ? ctx.actor.userId : undefined,
        tokenId: ctx?.actor?.tokenId ?? undefined,
        org: ctx?.org?.slug,
      };
      if (res.statusCode >= 500) logger.error(line, 'request');
      else logger.info(line, 'request');
    });
    next();
  };
}

/** The error's log entry: ids and the code; a bug's stack goes to the log (never to the client). */
export function logError(logger: Logger, ctx: RequestContext | undefined, e: ArmoedetoetsError, cause: unknown): void {
  if (e.code === 'INTERNAL' || e.code === 'STORAGE') logger.error({ reqId: ctx?.requestId, code: e.code, err: cause }, 'request failed');
  else logger.debug({ reqId: ctx?.requestId, code: e.code }, 'request refused');
}
