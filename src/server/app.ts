// The express application as a pure factory (no listen): request id and language, a log line per request,
// security headers, bounded body parsing, health probes, the route table behind one access layer, and the
// one error envelope for everything (ours, express's and the body parser's), never a stack trace.
import express, { type NextFunction, type Request, type Response } from 'express';
import { MAX_INPUT_BYTES } from '../validation/parse.js';
import { accessFor } from './access.js';
import type { AppDeps, RequestContext, RouteSpec } from './context.js';
import { jsonBody } from './http/json-body.js';
import { multipartBody } from './http/multipart.js';
import { envelope, notFound, retryAfterOf, statusOf, toApiError } from './http/errors.js';
import { contextMiddleware, logError, requestLogging } from './http/request.js';
import { PAGE_CSP, securityHeaders } from './http/security.js';
import { sm } from './messages/index.js';
import { publicRateLimit } from './rate-limit.js';
import { apiRoutes } from './api/index.js';
import { accountPages } from './pages/account.js';
import { assetRoutes } from './pages/assets.js';
import { dossierAreaPages } from './pages/dossier-pages.js';
import { councilPages } from './pages/council.js';
import { sendErrorPage } from './pages/errors.js';
import { loginPages } from './pages/login.js';
import { memberPages } from './pages/members.js';
import { chosenLang } from './pages/lang.js';
import { servicesPages } from './pages/services.js';
import { wizardPages } from './pages/wizard.js';
import { authRoutes } from './routes/auth.js';
import { memberRoutes } from './routes/members.js';
import { orgRoutes } from './routes/orgs.js';
import { tokenRoutes } from './routes/tokens.js';

/**
 * Request bodies up to 4 MiB: an input at the CLI's own limit (MAX_INPUT_BYTES, 1 MiB of YAML) grows when
 * sent as JSON (quotes, escapes, and a few wrapping fields), so the body may be a few times that.
 */
export const MAX_BODY_BYTES = 4 * MAX_INPUT_BYTES;

/** Every route of the app, in the order they are mounted (the role-walk test walks this). */
export function allRoutes(deps: AppDeps): RouteSpec[] {
  const routes = [
    ...loginPages(deps),
    ...accountPages(deps),
    ...dossierAreaPages(deps),
    ...wizardPages(deps),
    ...authRoutes(deps),
    ...orgRoutes(deps),
    ...memberRoutes(deps),
    ...tokenRoutes(deps),
    ...apiRoutes(deps),
    ...servicesPages(deps),
    ...memberPages(deps),
    ...councilPages(deps),
  ];
  const seen = new Set<string>();
  for (const r of routes) {
    const key = `${r.method} ${r.path}`;
    if (seen.has(key)) throw new Error(`route table: ${key} is declared twice`);
    seen.add(key);
    const scoped = r.path.startsWith('/api/v1/orgs/:org/') || (r.page === true && (r.path === '/o/:org' || r.path.startsWith('/o/:org/')));
    if (typeof r.access !== 'string' && !scoped) throw new Error(`route table: ${key} is scoped by role but has no :org`);
  }
  return routes;
}

function health(deps: AppDeps, app: express.Application): void {
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    const ctx = res.locals['ctx'] as RequestContext;
    let ready = false;
    try {
      await deps.store.ping();
      ready = (await deps.store.pendingMigrations()).length === 0;
    } catch (e) {
      deps.logger.warn({ reqId: ctx.requestId, err: e }, 'not ready: the database does not answer');
    }
    if (ready) res.json({ status: 'ready' });
    else res.status(503).json({ error: { code: 'UNAVAILABLE', message: sm(ctx.lang, 'unavailable'), issues: [] } });
  });
}

/** A page's answer: its errors become pages, and it gets the pages' Content-Security-Policy. */
function markPage(res: Response): void {
  res.locals['page'] = true;
  res.setHeader('Content-Security-Policy', PAGE_CSP);
}

/** Marks a page's request (markPage) and takes the language the user chose. */
function pageMarker(spec: RouteSpec) {
  return (req: Request, res: Response, next: NextFunction): void => {
    if (spec.page) {
      markPage(res);
      const chosen = chosenLang(req, res);
      if (chosen) {
        (res.locals['ctx'] as RequestContext).lang = chosen;
        res.locals['langChosen'] = true;
      }
    }
    next();
  };
}

/** `routes` replaces the route table (tests of the access layer and the envelope mount routes of their own). */
export function createApp(deps: AppDeps, options: { routes?: RouteSpec[] } = {}): express.Application {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', deps.config.trustProxy);
  // "<" ">" "&" in JSON are written as \u003c …: echoed text stays inert even where JSON ends up inside HTML.
  app.set('json escape', true);
  app.set('etag', false);
  app.use(contextMiddleware());
  app.use(requestLogging(deps.logger));
  app.use(securityHeaders());
  app.use(jsonBody(MAX_BODY_BYTES));
  // YAML inputs as sent (the CLI's input format); forms of the pages (their _csrf field) as flat fields.
  app.use(express.text({ limit: MAX_BODY_BYTES, type: ['application/yaml', 'application/x-yaml', 'text/yaml'] }));
  app.use(express.urlencoded({ limit: MAX_BODY_BYTES, extended: false }));
  // Forms with a file (the wizard's upload of an input file): text fields as a form's, files kept aside.
  app.use(multipartBody(MAX_BODY_BYTES));
  health(deps, app);
  assetRoutes(app);

  const limiter = publicRateLimit(deps.store, deps.now, deps.config.publicRateLimit, deps.config.sessionSecret);
  for (const spec of options.routes ?? allRoutes(deps)) {
    app[spec.method](spec.path, pageMarker(spec), accessFor(spec, deps, limiter), async (req: Request, res: Response, next: NextFunction) => {
      try {
        await spec.handler(req, res, res.locals['ctx'] as RequestContext);
      } catch (e) {
        next(e);
      }
    });
  }

  app.use((req: Request, res: Response, next: NextFunction) => {
    // Outside the API an unknown address is a person's typo or an old link: a page says so.
    if (!req.path.startsWith('/api/')) markPage(res);
    next(notFound((res.locals['ctx'] as RequestContext).lang));
  });
  // express knows an error handler by its four parameters
  app.use((err: unknown, _req: Request, res: Response, _next: NextFunction) => {
    const ctx = res.locals['ctx'] as RequestContext | undefined;
    const lang = ctx?.lang ?? 'nl';
    const requestId = ctx?.requestId ?? '-';
    const e = toApiError(err, lang, requestId);
    logError(deps.logger, ctx, e, err);
    if (res.headersSent) {
      res.destroy();
      return;
    }
    if (res.locals['page'] === true && ctx) {
      sendErrorPage(deps, _req, res, ctx, e).catch((again: unknown) => {
        logError(deps.logger, ctx, toApiError(again, lang, requestId), again);
        if (!res.headersSent)
          res
            .status(500)
            .type('text')
            .send(sm(lang, 'internal', { requestId }));
      });
      return;
    }
    const retry = retryAfterOf(e);
    if (retry !== undefined) res.setHeader('Retry-After', String(retry));
    res.status(statusOf(e)).json(envelope(e, lang, requestId));
  });
  return app;
}
