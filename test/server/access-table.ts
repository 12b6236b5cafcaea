// Who may call which route, written by hand from the issue (section 3) and docs/api.md, never read from the
// routes' own `access` fields: the role walk (role-walk.test.ts) compares the running app with this table.
// A route the app has and this table lacks, or the other way round, fails the walk.
import { ROLES, type Role } from '../../src/store/types.js';

/**
 * The callers of the walk: nobody; a user of each role in the organisation (session); a platform
 * administrator who is no member of it; the administrator of another organisation; an API token of the
 * organisation per role; an administrator's token of another organisation.
 */
export type Caller = 'anonymous' | `user:${Role}` | 'platform-admin' | 'other-org-user' | `token:${Role}` | 'other-org-token';

const users = (roles: readonly Role[]): Caller[] => roles.map((r) => `user:${r}` as const);
const tokens = (roles: readonly Role[]): Caller[] => roles.map((r) => `token:${r}` as const);

export const CALLERS: readonly Caller[] = ['anonymous', ...users(ROLES), 'platform-admin', 'other-org-user', ...tokens(ROLES), 'other-org-token'];

/** Callers who are not in the organisation of the path: for them an organisation's route does not exist. */
export const OUTSIDERS: readonly Caller[] = ['platform-admin', 'other-org-user', 'other-org-token'];

// The groups of docs/api.md, spelled out here rather than imported from the routes.
/** Every member reads: the council, the college and the participation group. */
const READERS: readonly Role[] = ['admin', 'council-member', 'council-chair', 'ocmw-staff', 'alderman', 'participant'];
/** Those who prepare and advise write dossiers and versions. */
const WRITERS: readonly Role[] = ['admin', 'council-member', 'council-chair', 'ocmw-staff'];
const ADMIN: readonly Role[] = ['admin'];
/** Who follows up the actions of the services' audits. */
const SERVICE_EDITORS: readonly Role[] = ['admin', 'ocmw-staff'];
/** The council's members and its chair or secretary. */
const COUNCIL: readonly Role[] = ['council-member', 'council-chair'];

/** No login needed (rate limited): everyone, with or without a session or token. */
const ANYONE: readonly Caller[] = CALLERS;
/** One's own account: any logged-in user, member of anything or not; never a token. */
const ANY_USER: readonly Caller[] = [...users(ROLES), 'platform-admin', 'other-org-user'];
/** Members with one of `roles`, by session or by a token of that role. */
const members = (roles: readonly Role[]): Caller[] => [...users(roles), ...tokens(roles)];
/** Members with one of `roles`, by session only: managing members and tokens is never done by a token. */
const membersBySession = (roles: readonly Role[]): Caller[] => users(roles);

export interface AccessRow {
  /** `METHOD /path`, as express mounts it. */
  route: string;
  allow: readonly Caller[];
  /**
   * What an allowed caller gets when it is not a 2xx, and why. Only for answers that the access layer
   * cannot produce: they prove the request reached the handler.
   */
  success?: { status: number; why: string };
}

export const ACCESS_TABLE: readonly AccessRow[] = [
  // The pages (HTML). Signing in is open to all; the start page, for users, sends a user of one organisation on to it.
  { route: 'GET /', allow: ANY_USER },
  { route: 'GET /login', allow: ANYONE },
  { route: 'POST /login', allow: ANYONE, success: { status: 400, why: 'the walk posts no password: the form comes back with its problem' } },
  { route: 'POST /logout', allow: ANY_USER },
  // The dossier area's pages: every member reads them, by session only (a page is never an API token's).
  { route: 'GET /o/:org', allow: membersBySession(READERS) },
  { route: 'GET /o/:org/dossiers', allow: membersBySession(READERS) },
  { route: 'GET /o/:org/dossiers/:id', allow: membersBySession(READERS) },
  { route: 'GET /o/:org/dossiers/:id/compare', allow: membersBySession(READERS) },
  // The pages a printed link opens (the token travels in the link, not in a login).
  { route: 'GET /setup', allow: ANYONE },
  {
    route: 'POST /setup',
    allow: ANYONE,
    success: { status: 400, why: 'as POST /api/v1/auth/setup (409 there): setup is done, so the page shows its form again with that problem' },
  },
  { route: 'GET /reset', allow: ANYONE },
  { route: 'POST /reset', allow: ANYONE },
  { route: 'POST /api/v1/auth/login', allow: ANYONE },
  { route: 'POST /api/v1/auth/logout', allow: ANY_USER },
  { route: 'GET /api/v1/auth/me', allow: ANY_USER },
  {
    route: 'POST /api/v1/auth/setup',
    allow: ANYONE,
    success: {
      status: 409,
      why: 'setup succeeds once per installation, and the walk has a platform administrator already: a valid link then gets 409 CONFLICT',
    },
  },
  { route: 'POST /api/v1/auth/reset', allow: ANYONE },
  { route: 'GET /api/v1/orgs', allow: ANY_USER },
  { route: 'POST /api/v1/orgs', allow: ['platform-admin'] },
  { route: 'GET /api/v1/orgs/:org/members', allow: membersBySession(ADMIN) },
  { route: 'POST /api/v1/orgs/:org/members', allow: membersBySession(ADMIN) },
  { route: 'DELETE /api/v1/orgs/:org/members/:userId', allow: membersBySession(ADMIN) },
  { route: 'POST /api/v1/orgs/:org/members/:userId/reset-link', allow: membersBySession(ADMIN) },
  { route: 'GET /api/v1/orgs/:org/tokens', allow: membersBySession(ADMIN) },
  { route: 'POST /api/v1/orgs/:org/tokens', allow: membersBySession(ADMIN) },
  { route: 'DELETE /api/v1/orgs/:org/tokens/:id', allow: membersBySession(ADMIN) },
  { route: 'POST /api/v1/validate', allow: ANYONE },
  { route: 'POST /api/v1/assess', allow: ANYONE },
  { route: 'GET /api/v1/rules', allow: ANYONE },
  { route: 'GET /api/v1/parameters', allow: ANYONE },
  { route: 'GET /api/v1/orgs/:org/dossiers', allow: members(READERS) },
  { route: 'POST /api/v1/orgs/:org/dossiers', allow: members(WRITERS) },
  { route: 'GET /api/v1/orgs/:org/dossiers/:id', allow: members(READERS) },
  { route: 'PATCH /api/v1/orgs/:org/dossiers/:id', allow: members(WRITERS) },
  { route: 'DELETE /api/v1/orgs/:org/dossiers/:id', allow: members(ADMIN) },
  { route: 'GET /api/v1/orgs/:org/dossiers/:id/versions', allow: members(READERS) },
  { route: 'POST /api/v1/orgs/:org/dossiers/:id/versions', allow: members(WRITERS) },
  { route: 'GET /api/v1/orgs/:org/dossiers/:id/versions/:n', allow: members(READERS) },
  { route: 'GET /api/v1/orgs/:org/dossiers/:id/versions/:n/input.json', allow: members(READERS) },
  { route: 'GET /api/v1/orgs/:org/dossiers/:id/versions/:n/input.yaml', allow: members(READERS) },
  { route: 'GET /api/v1/orgs/:org/dossiers/:id/assessments', allow: members(READERS) },
  { route: 'GET /api/v1/orgs/:org/assessments/:id', allow: members(READERS) },
  { route: 'GET /api/v1/orgs/:org/assessments/:id/report.html', allow: members(READERS) },
  { route: 'GET /api/v1/orgs/:org/assessments/:id/report.pdf', allow: members(READERS) },
  { route: 'GET /api/v1/orgs/:org/assessments/:id/report.json', allow: members(READERS) },
  { route: 'GET /api/v1/orgs/:org/overlay', allow: members(READERS) },
  { route: 'PUT /api/v1/orgs/:org/overlay', allow: members(ADMIN) },
  { route: 'POST /api/v1/orgs/:org/reassess', allow: members(ADMIN) },
  { route: 'GET /api/openapi.json', allow: ANYONE },
  // The services pages (issue 10, section 4): every member reads a service's audits and actions; administrators and OCMW staff change them.
  // The members page: administrators only, by session (as the members API).
  { route: 'GET /o/:org/members', allow: membersBySession(ADMIN) },
  { route: 'POST /o/:org/members', allow: membersBySession(ADMIN) },
  { route: 'POST /o/:org/members/:userId/link', allow: membersBySession(ADMIN) },
  { route: 'POST /o/:org/members/:userId/remove', allow: membersBySession(ADMIN) },
  { route: 'GET /o/:org/services', allow: membersBySession(READERS) },
  { route: 'GET /o/:org/services/:id', allow: membersBySession(READERS) },
  { route: 'POST /o/:org/services/:id/actions', allow: membersBySession(SERVICE_EDITORS) },
  { route: 'POST /o/:org/services/:id/actions/:actionId', allow: membersBySession(SERVICE_EDITORS) },
  // The council's work on a dossier (issue 10, section 3), pages only (a session, never a token). Every member reads it;
  // those who prepare proposals submit; the chair or secretary (or an administrator) opens the review; council members
  // comment and write the advice and the feedback; the participation group (or a member on its behalf) records its
  // input; only the chair or secretary signs; only an alderman records the college's answer; the chair, an alderman or
  // an administrator marks the follow-up.
  { route: 'GET /o/:org/dossiers/:id/council', allow: membersBySession(READERS) },
  { route: 'POST /o/:org/dossiers/:id/council/submit', allow: membersBySession(WRITERS) },
  { route: 'POST /o/:org/dossiers/:id/council/open', allow: membersBySession(['admin', 'council-chair']) },
  { route: 'POST /o/:org/dossiers/:id/council/follow-up', allow: membersBySession(['admin', 'council-chair', 'alderman']) },
  { route: 'POST /o/:org/dossiers/:id/council/comments', allow: membersBySession(COUNCIL) },
  { route: 'POST /o/:org/dossiers/:id/council/participation', allow: membersBySession([...COUNCIL, 'participant']) },
  { route: 'POST /o/:org/dossiers/:id/council/advice', allow: membersBySession(COUNCIL) },
  { route: 'GET /o/:org/dossiers/:id/council/advice/:n/sign', allow: membersBySession(['council-chair']) },
  { route: 'POST /o/:org/dossiers/:id/council/advice/:n/sign', allow: membersBySession(['council-chair']) },
  { route: 'POST /o/:org/dossiers/:id/council/answer', allow: membersBySession(['alderman']) },
  { route: 'POST /o/:org/dossiers/:id/council/answer/correct', allow: membersBySession(['alderman']) },
  { route: 'POST /o/:org/dossiers/:id/council/feedback', allow: membersBySession(COUNCIL) },
  { route: 'GET /o/:org/dossiers/:id/council/feedback/print', allow: membersBySession(READERS) },
  // The wizard (issue 10, section 1): those who prepare proposals and audits, by session only; a draft is its author's.
  { route: 'GET /o/:org/drafts/new', allow: membersBySession(WRITERS) },
  { route: 'POST /o/:org/drafts', allow: membersBySession(WRITERS) },
  { route: 'GET /o/:org/drafts/:draftId', allow: membersBySession(WRITERS) },
  { route: 'POST /o/:org/drafts/:draftId/preview', allow: membersBySession(WRITERS) },
  { route: 'POST /o/:org/drafts/:draftId/delete', allow: membersBySession(WRITERS) },
  { route: 'GET /o/:org/drafts/:draftId/:step', allow: membersBySession(WRITERS) },
  { route: 'POST /o/:org/drafts/:draftId/:step', allow: membersBySession(WRITERS) },
];

/**
 * What a caller the row does not allow gets (issue 9, section 3): without login 401 (a page: 303 to /login); outside the
 * organisation of the path 404, the same 404 as for an organisation that does not exist; otherwise
 * (a role that is not enough, a token where only a session will do) 403.
 */
export function refusal(caller: Caller, route: string): 303 | 401 | 403 | 404 {
  if (caller === 'anonymous') return isPage(route) ? 303 : 401;
  if ((route.includes('/orgs/:org/') || route.includes(' /o/:org')) && OUTSIDERS.includes(caller)) return 404;
  return 403;
}

/**
 * A page (HTML) rather than the API: without a login it sends the caller to /login (303) instead of 401;
 * an allowed caller may be sent on (303) to the page that follows, never to /login.
 */
export function isPage(route: string): boolean {
  const path = route.slice(route.indexOf(' ') + 1);
  return path === '/' || path === '/login' || path === '/logout' || path === '/o/:org' || path.startsWith('/o/:org/');
}
