// The server's shared shapes: who is asking (Actor), what a route declares (RouteSpec), and what the
// app is built from (AppDeps). The route table is data: the role-walk test reads it to know, for every
// route and every role, whether the answer must be allowed, 401 or 404.
import type { Request, Response } from 'express';
import type { Logger } from 'pino';
import type { BrowserPool } from '../report/pdf/pool.js';
import type { Lang } from '../types.js';
import type { Organisation, Role, Store } from '../store/types.js';
import type { ServerConfig } from './config.js';
import type { AssessPool } from './workers/pool.js';

/** Who made the request: a logged-in user (session cookie) or an API token. */
export interface Actor {
  kind: 'user' | 'token';
  /** The user; for a token, the user who created it (the author of what the token saves). */
  userId: string | null;
  tokenId: string | null;
  platformAdmin: boolean;
  /** The session's CSRF token (users only). */
  csrfToken: string | null;
}

/**
 * Who may call a route:
 * - 'public': anyone, no login (rate limited);
 * - 'user': any logged-in user (own account);
 * - 'platform-admin': platform administrators only;
 * - a list of roles: members of the route's organisation (`:org` in the path) with one of these
 *   roles; anyone else, including members of other organisations, gets 404.
 */
export type Access = 'public' | 'user' | 'platform-admin' | readonly Role[];

export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** What the access layer has resolved by the time a handler runs (res.locals.ctx). */
export interface RequestContext {
  requestId: string;
  lang: Lang;
  actor: Actor | null;
  /** The organisation of an org-scoped route (`:org`), with the actor's role in it. */
  org: Organisation | null;
  role: Role | null;
}

export interface RouteSpec {
  method: Method;
  /** Express path; organisation-scoped routes start with `/api/v1/orgs/:org/` (API) or `/o/:org` (pages). */
  path: string;
  access: Access;
  /** One line, for the OpenAPI document. */
  summary: string;
  /**
   * Only a logged-in user may call it, never an API token (403 FORBIDDEN for a token of the organisation,
   * even with the role; 404 for a token of another one, as for anyone outside it): managing members,
   * reset links and tokens would let a leaked token take over accounts.
   */
  sessionOnly?: boolean;
  /**
   * A page (HTML): its errors are pages too, with the same status; a request without a login is sent to
   * /login (303) instead of 401; its Content-Security-Policy allows the pages' own scripts (/assets).
   */
  page?: boolean;
  handler: (req: Request, res: Response, ctx: RequestContext) => Promise<void>;
}

export interface AppDeps {
  config: ServerConfig;
  store: Store;
  logger: Logger;
  /** The report's browser pool, shared by every request of this process. */
  pool: BrowserPool;
  /** The clock (tests move it). */
  now: () => Date;
  /** The assessment worker threads (the server starts them); without them assessments run in the request's thread. */
  workers?: AssessPool;
}
