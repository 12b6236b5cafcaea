// The role walk (issue 9, section 3): every route of the app with every caller, real path parameters and
// a valid body, compared with the hand-written table of access-table.ts. Allowed callers get a 2xx (or the
// row's stated answer); nobody gets 401; a member whose role is not enough 403; anyone outside the
// organisation 404, byte for byte the 404 of an organisation that does not exist. All mismatches are
// listed in one assertion message.
import { expect } from 'chai';
import { allRoutes } from '../../src/server/app.js';
import { newApiToken } from '../../src/server/auth/api-tokens.js';
import { createLink } from '../../src/server/auth/links.js';
import { createSession, SESSION_COOKIE } from '../../src/server/auth/sessions.js';
import { createActionsFromPlan } from '../../src/server/services/actions.js';
import { createDossier } from '../../src/server/services/dossiers.js';
import { checkInput } from '../../src/server/services/input.js';
import { ROLES, type DossierStatus, type Organisation, type Role, type User } from '../../src/store/types.js';
import { ACCESS_TABLE, CALLERS, isPage, refusal, type Caller } from './access-table.js';
import { example, overlayTexts } from './api-helpers.js';
import { backends, makeOrg, makeUser, PASSWORD, startTestServer, uniq, type TestServer } from './harness.js';

/** A new password for the reset and setup routes (long enough for the password rule). */
const NEW_PASSWORD = 'een nieuw wachtwoord voor de test';
const OVERLAY = overlayTexts('test/fixtures/overlay', ['overlay.json', 'checks/local.json', 'parameters/local.json']);
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** Routes after which the caller's session is gone: logging out, and logging in (or resetting) anew, which rotates it. */
const ENDS_SESSION = new Set(['POST /api/v1/auth/login', 'POST /api/v1/auth/logout', 'POST /api/v1/auth/reset', 'POST /reset', 'POST /logout']);

interface Call {
  path: string;
  /** Sent as JSON. */
  body?: unknown;
  /** Sent as a form post of the pages (application/x-www-form-urlencoded). */
  form?: Record<string, string>;
}

interface World {
  t: TestServer;
  org: Organisation;
  other: Organisation;
  admin: User;
  loginUser: User;
  userOf: Map<Caller, User>;
  tokenOf: Map<Caller, string>;
  dossierId: string;
  assessmentId: string;
}

/** A service (a service-audit dossier) with the actions of its first audit's plan, made once per world. */
const services = new WeakMap<World, Promise<{ id: string; actionId: string }>>();
function serviceOf(w: World): Promise<{ id: string; actionId: string }> {
  let made = services.get(w);
  if (!made) {
    made = (async () => {
      const deps = { store: w.t.store, now: w.t.deps.now };
      const actor = { userId: w.admin.id, tokenId: null };
      const checked = checkInput(example('ocmw-onthaal-drempelscan'), 'nl');
      const saved = await createDossier(deps, w.org, actor, w.admin.id, { title: 'Onthaal', kind: 'service-audit', checked });
      const { created } = await createActionsFromPlan(deps, w.org, saved.dossier, 1, actor, 'nl');
      return { id: saved.dossier.id, actionId: (created[0] as { id: string }).id };
    })();
    services.set(w, made);
  }
  return made;
}

/** Real path parameters and a valid body for each route; a fresh target where the call destroys it. */
function requests(w: World): Record<string, (caller: Caller) => Promise<Call>> {
  const { t, org } = w;
  const store = t.store;
  const o = `/api/v1/orgs/${org.slug}`;
  const d = `${o}/dossiers/${w.dossierId}`;
  const a = `${o}/assessments/${w.assessmentId}`;
  const member = async (): Promise<User> => makeUser(store, { password: null, orgId: org.id, role: 'participant' });
  const get = (path: string) => async (): Promise<Call> => ({ path });
  /** A fresh draft of the caller's own (of the organisation's administrator for a caller who is no user of it). */
  const draftOf = async (caller: Caller): Promise<string> => {
    const author = w.userOf.get(caller) ?? w.admin;
    const data = JSON.stringify({ kind: 'proposal', meta: { title: 'Zwembad', municipality: 'Gent' } });
    return (await store.drafts.create({ orgId: org.id, kind: 'proposal', dossierId: null, authorId: author.id, data, step: 'meta' })).id;
  };
  const link = async (purpose: 'setup' | 'reset'): Promise<string> => {
    const userId = purpose === 'reset' ? (await member()).id : null;
    return (await createLink(store, t.deps.config.publicUrl, { purpose, userId, createdBy: null }, t.clock.now())).token;
  };
  return {
    'GET /': get('/'),
    'GET /login': get('/login'),
    'POST /login': async () => ({ path: '/login', form: { email: w.loginUser.email } }),
    'POST /logout': get('/logout'),
    'GET /o/:org': get(`/o/${org.slug}`),
    'GET /o/:org/dossiers': get(`/o/${org.slug}/dossiers?status=concept&q=zwembad`),
    'GET /o/:org/dossiers/:id': get(`/o/${org.slug}/dossiers/${w.dossierId}`),
    'GET /o/:org/dossiers/:id/compare': async () => {
      // Two versions to compare: the walk's dossier gets a second one (the same input) once.
      if ((await store.versions.list(org.id, w.dossierId)).length < 2) {
        const first = await store.versions.get(org.id, w.dossierId, 1);
        await store.versions.add({ orgId: org.id, dossierId: w.dossierId, input: first?.input ?? '{}', authorId: w.admin.id });
      }
      return { path: `/o/${org.slug}/dossiers/${w.dossierId}/compare?from=1&to=2` };
    },
    'GET /setup': async () => ({ path: `/setup?token=${await link('setup')}` }),
    'POST /setup': async () => ({
      path: '/setup',
      form: { token: await link('setup'), email: `setup-${uniq()}@example.be`, displayName: 'Beheerder', password: NEW_PASSWORD, passwordRepeat: NEW_PASSWORD },
    }),
    'GET /reset': async () => ({ path: `/reset?token=${await link('reset')}` }),
    'POST /reset': async () => ({ path: '/reset', form: { token: await link('reset'), password: NEW_PASSWORD, passwordRepeat: NEW_PASSWORD } }),
    'POST /api/v1/auth/login': async () => ({ path: '/api/v1/auth/login', body: { email: w.loginUser.email, password: PASSWORD } }),
    'POST /api/v1/auth/logout': get('/api/v1/auth/logout'),
    'GET /api/v1/auth/me': get('/api/v1/auth/me'),
    'POST /api/v1/auth/setup': async () => {
      const link = await createLink(store, t.deps.config.publicUrl, { purpose: 'setup', userId: null, createdBy: null }, t.clock.now());
      return { path: '/api/v1/auth/setup', body: { token: link.token, email: `setup-${uniq()}@example.be`, displayName: 'Beheerder', password: NEW_PASSWORD } };
    },
    'POST /api/v1/auth/reset': async () => {
      const u = await member();
      const link = await createLink(store, t.deps.config.publicUrl, { purpose: 'reset', userId: u.id, createdBy: w.admin.id }, t.clock.now());
      return { path: '/api/v1/auth/reset', body: { token: link.token, password: NEW_PASSWORD } };
    },
    'GET /api/v1/orgs': get('/api/v1/orgs'),
    'POST /api/v1/orgs': async () => ({
      path: '/api/v1/orgs',
      body: { name: 'Gemeente Elders', slug: `walk-${uniq()}`, kind: 'gemeente', region: 'vlaanderen', languages: ['nl'] },
    }),
    'GET /api/v1/orgs/:org/members': get(`${o}/members`),
    'POST /api/v1/orgs/:org/members': async () => ({
      path: `${o}/members`,
      body: { email: `lid-${uniq()}@example.be`, role: 'participant', displayName: 'Nieuw Lid' },
    }),
    'DELETE /api/v1/orgs/:org/members/:userId': async () => ({ path: `${o}/members/${(await member()).id}` }),
    'POST /api/v1/orgs/:org/members/:userId/reset-link': async () => ({ path: `${o}/members/${(await member()).id}/reset-link` }),
    'GET /api/v1/orgs/:org/tokens': get(`${o}/tokens`),
    'POST /api/v1/orgs/:org/tokens': async () => ({ path: `${o}/tokens`, body: { name: 'Documentbeheer', role: 'alderman' } }),
    'DELETE /api/v1/orgs/:org/tokens/:id': async () => {
      const made = await store.tokens.create({ orgId: org.id, role: 'participant', name: 'weg', tokenHash: newApiToken().tokenHash, createdBy: w.admin.id });
      return { path: `${o}/tokens/${made.id}` };
    },
    'POST /api/v1/validate': async () => ({ path: '/api/v1/validate', body: example('zwembad-sociaal-tarief') }),
    'POST /api/v1/assess': async () => ({ path: '/api/v1/assess', body: example('zwembad-sociaal-tarief') }),
    'GET /api/v1/rules': get('/api/v1/rules'),
    'GET /api/v1/parameters': get('/api/v1/parameters'),
    'GET /api/v1/orgs/:org/dossiers': get(`${o}/dossiers`),
    'POST /api/v1/orgs/:org/dossiers': async () => ({ path: `${o}/dossiers`, body: { input: example('uitpas-kansentarief') } }),
    'GET /api/v1/orgs/:org/dossiers/:id': get(d),
    'PATCH /api/v1/orgs/:org/dossiers/:id': async () => ({ path: d, body: { title: `Titel ${uniq()}` } }),
    'DELETE /api/v1/orgs/:org/dossiers/:id': async () => {
      const fresh = await store.dossiers.create({ orgId: org.id, kind: 'proposal', title: 'Weg ermee', lifeDomains: [], ownerId: w.admin.id });
      return { path: `${o}/dossiers/${fresh.id}` };
    },
    'GET /api/v1/orgs/:org/dossiers/:id/versions': get(`${d}/versions`),
    'POST /api/v1/orgs/:org/dossiers/:id/versions': async () => ({ path: `${d}/versions`, body: example('zwembad-sociaal-tarief') }),
    'GET /api/v1/orgs/:org/dossiers/:id/versions/:n': get(`${d}/versions/1`),
    'GET /api/v1/orgs/:org/dossiers/:id/versions/:n/input.json': get(`${d}/versions/1/input.json`),
    'GET /api/v1/orgs/:org/dossiers/:id/versions/:n/input.yaml': get(`${d}/versions/1/input.yaml`),
    'GET /api/v1/orgs/:org/dossiers/:id/assessments': get(`${d}/assessments`),
    'GET /api/v1/orgs/:org/assessments/:id': get(a),
    'GET /api/v1/orgs/:org/assessments/:id/report.html': get(`${a}/report.html`),
    'GET /api/v1/orgs/:org/assessments/:id/report.pdf': get(`${a}/report.pdf`),
    'GET /api/v1/orgs/:org/assessments/:id/report.json': get(`${a}/report.json`),
    'GET /api/v1/orgs/:org/overlay': get(`${o}/overlay`),
    'PUT /api/v1/orgs/:org/overlay': async () => ({ path: `${o}/overlay`, body: { files: OVERLAY } }),
    'POST /api/v1/orgs/:org/reassess': get(`${o}/reassess`),
    'GET /api/openapi.json': get('/api/openapi.json'),
    'GET /o/:org/members': get(`/o/${org.slug}/members`),
    'POST /o/:org/members': async () => ({
      path: `/o/${org.slug}/members`,
      form: { email: `walk-${uniq()}@example.be`, displayName: 'Nieuw lid', role: 'participant' },
    }),
    'POST /o/:org/members/:userId/link': async () => ({ path: `/o/${org.slug}/members/${(w.userOf.get('user:participant') as User).id}/link`, form: {} }),
    'POST /o/:org/members/:userId/remove': async () => {
      const member = await makeUser(w.t.store, { password: null, orgId: org.id, role: 'participant' });
      return { path: `/o/${org.slug}/members/${member.id}/remove`, form: {} };
    },
    'GET /o/:org/services': get(`/o/${org.slug}/services`),
    'GET /o/:org/services/:id': async () => ({ path: `/o/${org.slug}/services/${(await serviceOf(w)).id}` }),
    'POST /o/:org/services/:id/actions': async () => ({ path: `/o/${org.slug}/services/${(await serviceOf(w)).id}/actions`, form: { version: '1' } }),
    'POST /o/:org/services/:id/actions/:actionId': async () => {
      const s = await serviceOf(w);
      return {
        path: `/o/${org.slug}/services/${s.id}/actions/${s.actionId}`,
        form: { status: 'in-progress', ownerUserId: '', ownerName: 'Sarah', dueDate: '2027-01-31', note: '' },
      };
    },
    // The wizard: each caller's own draft (anyone else's is a 404 to them).
    'GET /o/:org/drafts/new': get(`/o/${org.slug}/drafts/new?kind=proposal`),
    'POST /o/:org/drafts': async () => ({
      path: `/o/${org.slug}/drafts`,
      form: { kind: 'proposal', start: 'blank', 'meta.title': 'Zwembad', 'meta.municipality': 'Gent' },
    }),
    'GET /o/:org/drafts/:draftId': async (caller) => ({ path: `/o/${org.slug}/drafts/${await draftOf(caller)}` }),
    'POST /o/:org/drafts/:draftId/preview': async (caller) => ({
      path: `/o/${org.slug}/drafts/${await draftOf(caller)}/preview`,
      form: { _step: 'screening', 'screening.triggers.price': 'yes' },
    }),
    'POST /o/:org/drafts/:draftId/delete': async (caller) => ({ path: `/o/${org.slug}/drafts/${await draftOf(caller)}/delete`, form: {} }),
    'GET /o/:org/drafts/:draftId/:step': async (caller) => ({ path: `/o/${org.slug}/drafts/${await draftOf(caller)}/screening` }),
    'POST /o/:org/drafts/:draftId/:step': async (caller) => ({
      path: `/o/${org.slug}/drafts/${await draftOf(caller)}/meta`,
      form: { _action: 'next', 'meta.title': 'Zwembad', 'meta.municipality': 'Gent' },
    }),
    ...councilRequests(w),
  };
}

/** The council's routes: each act on a fresh dossier in the status (and with the advice) the act needs. */
function councilRequests(w: World): Record<string, (caller: Caller) => Promise<Call>> {
  const store = w.t.store;
  const orgId = w.org.id;
  const past = '2025-11-20';
  const fresh = async (status: DossierStatus, advice?: 'draft' | 'signed' | 'answered' | 'feedback'): Promise<string> => {
    const d = await store.dossiers.create({ orgId, kind: 'proposal', title: 'Voor de raad', status, lifeDomains: [], ownerId: w.admin.id });
    await store.versions.add({ orgId, dossierId: d.id, input: '{}', authorId: w.admin.id });
    if (!advice) return d.id;
    const a = await store.council.advices.createDraft({
      orgId,
      dossierId: d.id,
      conclusion: 'Gunstig.',
      recommendations: [{ text: 'Doe het.' }],
      createdBy: w.admin.id,
    });
    if (advice === 'draft') return d.id;
    await store.council.advices.sign(orgId, a.id, { userId: w.admin.id, name: 'An', role: 'Voorzitter' });
    if (advice === 'signed') return d.id;
    const items = [{ index: 0, response: 'followed' as const, reason: '' }];
    await store.council.answers.record({ orgId, adviceId: a.id, decision: 'Goedgekeurd.', decidedOn: past, items, recordedBy: w.admin.id });
    if (advice === 'feedback') await store.council.feedback.save({ orgId, adviceId: a.id, lang: 'nl', text: 'Beste deelnemers.', editedBy: w.admin.id });
    return d.id;
  };
  const c = (id: string) => `/o/${w.org.slug}/dossiers/${id}/council`;
  return {
    'GET /o/:org/dossiers/:id/council': async () => ({ path: c(w.dossierId) }),
    'POST /o/:org/dossiers/:id/council/submit': async () => ({ path: `${c(await fresh('concept'))}/submit`, form: {} }),
    'POST /o/:org/dossiers/:id/council/open': async () => ({ path: `${c(await fresh('submitted'))}/open`, form: {} }),
    'POST /o/:org/dossiers/:id/council/follow-up': async () => ({ path: `${c(await fresh('decided', 'answered'))}/follow-up`, form: {} }),
    'POST /o/:org/dossiers/:id/council/comments': async () => ({
      path: `${c(await fresh('in-review'))}/comments`,
      form: { commentAbout: '', commentText: 'Goed.' },
    }),
    'POST /o/:org/dossiers/:id/council/participation': async () => ({
      path: `${c(await fresh('in-review'))}/participation`,
      form: { partText: 'Te duur.', partCount: '6', partHeldOn: past, partExpenses: 'yes' },
    }),
    'POST /o/:org/dossiers/:id/council/advice': async () => ({
      path: `${c(await fresh('in-review'))}/advice`,
      form: { number: '1', adviceConclusion: 'Gunstig.' },
    }),
    'GET /o/:org/dossiers/:id/council/advice/:n/sign': async () => ({ path: `${c(await fresh('in-review', 'draft'))}/advice/1/sign` }),
    'POST /o/:org/dossiers/:id/council/advice/:n/sign': async () => ({
      path: `${c(await fresh('in-review', 'draft'))}/advice/1/sign`,
      form: { signName: 'An Peeters', signRole: 'Voorzitter' },
    }),
    'POST /o/:org/dossiers/:id/council/answer': async () => ({
      path: `${c(await fresh('advice-adopted', 'signed'))}/answer`,
      form: { number: '1', answerDecision: 'Goedgekeurd.', answerDecidedOn: past, answerResponse0: 'followed' },
    }),
    'POST /o/:org/dossiers/:id/council/answer/correct': async () => ({
      path: `${c(await fresh('decided', 'answered'))}/answer/correct`,
      form: { number: '1', answerDecision: 'Goedgekeurd, verbeterd.', answerDecidedOn: past, answerResponse0: 'followed', answerWhy: 'Tikfout.' },
    }),
    'POST /o/:org/dossiers/:id/council/feedback': async () => ({
      path: `${c(await fresh('decided', 'answered'))}/feedback`,
      form: { number: '1', feedbackText: 'Beste deelnemers.', intent: 'save' },
    }),
    'GET /o/:org/dossiers/:id/council/feedback/print': async () => ({ path: `${c(await fresh('decided', 'feedback'))}/feedback/print` }),
  };
}

async function setUp(t: TestServer): Promise<World> {
  const store = t.store;
  const org = await makeOrg(store);
  const other = await makeOrg(store);
  // Sessions are made directly (createSession), so only the users that log in through the API need a password.
  const admin = await makeUser(store, { password: null, orgId: org.id, role: 'admin' });
  const userOf = new Map<Caller, User>([['user:admin', admin]]);
  for (const role of ROLES.filter((r) => r !== 'admin')) userOf.set(`user:${role}`, await makeUser(store, { password: null, orgId: org.id, role }));
  // With a password: an active platform administrator exists, as on any installation after its setup.
  userOf.set('platform-admin', await makeUser(store, { platformAdmin: true }));
  const otherAdmin = await makeUser(store, { password: null, orgId: other.id, role: 'admin' });
  userOf.set('other-org-user', otherAdmin);
  const loginUser = await makeUser(store, {});

  const tokenOf = new Map<Caller, string>();
  const token = async (orgId: string, role: Role, createdBy: string): Promise<string> => {
    const { token, tokenHash } = newApiToken();
    await store.tokens.create({ orgId, role, name: `walk ${role}`, tokenHash, createdBy });
    return token;
  };
  for (const role of ROLES) tokenOf.set(`token:${role}`, await token(org.id, role, admin.id));
  tokenOf.set('other-org-token', await token(other.id, 'admin', otherAdmin.id));

  const res = await fetch(`${t.url}/api/v1/orgs/${org.slug}/dossiers`, {
    method: 'POST',
    headers: { authorization: `Bearer ${tokenOf.get('token:admin')}`, 'content-type': 'application/json' },
    body: JSON.stringify({ input: example('zwembad-sociaal-tarief') }),
  });
  const created = (await res.json()) as { dossier: { id: string }; assessment: { id: string } };
  expect(res.status, JSON.stringify(created)).to.equal(201);
  return { t, org, other, admin, loginUser, userOf, tokenOf, dossierId: created.dossier.id, assessmentId: created.assessment.id };
}

interface Answer {
  status: number;
  text: string;
  location: string;
  requestId: string;
}

for (const backend of backends()) {
  describe(`role walk (${backend.name})`, function () {
    this.timeout(180_000);
    let t: TestServer;
    let w: World;
    before(async () => {
      t = await startTestServer(backend);
      w = await setUp(t);
    });
    after(() => t.close());

    it('the access table lists every route of the app, and no other', () => {
      const app = allRoutes(t.deps).map((r) => `${r.method.toUpperCase()} ${r.path}`);
      const table = ACCESS_TABLE.map((r) => r.route);
      const walked = Object.keys(requests(w));
      expect(
        table.filter((r) => !app.includes(r)),
        'in the table, not in the app',
      ).to.deep.equal([]);
      expect(
        app.filter((r) => !table.includes(r)),
        'in the app, not in the table',
      ).to.deep.equal([]);
      expect(new Set(table).size, 'a route twice in the table').to.equal(table.length);
      expect([...walked].sort(), 'the walk has a request for every route').to.deep.equal([...app].sort());
    });

    it('every route answers every caller as the table says', async () => {
      const build = requests(w);
      const sessions = new Map<Caller, { cookie: string; csrf: string }>();
      const headersFor = async (caller: Caller, method: string): Promise<Record<string, string>> => {
        const token = w.tokenOf.get(caller);
        if (token) return { authorization: `Bearer ${token}` };
        const user = w.userOf.get(caller);
        if (!user) return {};
        let s = sessions.get(caller);
        if (!s) {
          const made = await createSession(t.store, user.id, t.clock.now());
          s = { cookie: `${SESSION_COOKIE}=${made.token}`, csrf: made.session.csrfToken };
          sessions.set(caller, s);
        }
        return UNSAFE.has(method) ? { cookie: s.cookie, 'x-csrf-token': s.csrf } : { cookie: s.cookie };
      };
      const send = async (method: string, path: string, headers: Record<string, string>, call: Call): Promise<Answer> => {
        const h = { ...headers };
        let body: string | undefined;
        if (call.form !== undefined) {
          h['content-type'] = 'application/x-www-form-urlencoded';
          body = new URLSearchParams(call.form).toString();
        } else if (call.body !== undefined) {
          h['content-type'] = 'application/json';
          body = JSON.stringify(call.body);
        }
        const res = await fetch(t.url + path, { method, headers: h, body, redirect: 'manual' });
        return { status: res.status, text: await res.text(), location: res.headers.get('location') ?? '', requestId: res.headers.get('x-request-id') ?? '' };
      };

      const mismatches: string[] = [];
      for (const row of ACCESS_TABLE) {
        const method = row.route.slice(0, row.route.indexOf(' '));
        const make = build[row.route];
        if (!make) continue; // the first test names it
        for (const caller of CALLERS) {
          const call = await make(caller);
          const headers = await headersFor(caller, method);
          const got = await send(method, call.path, headers, call);
          if (ENDS_SESSION.has(row.route)) sessions.delete(caller);
          const allowed = row.allow.includes(caller);
          const expected = allowed ? (row.success ? String(row.success.status) : '2xx') : String(refusal(caller, row.route));
          const toLogin = got.status === 303 && got.location.startsWith('/login?next=');
          const ok = allowed
            ? row.success
              ? got.status === row.success.status
              : (got.status >= 200 && got.status < 300) || (isPage(row.route) && got.status === 303 && !toLogin)
            : got.status === refusal(caller, row.route) && (got.status !== 303 || toLogin);
          const what = `${row.route} as ${caller} (${call.path})`;
          if (!ok) {
            mismatches.push(`${what}: expected ${expected}, got ${got.status} ${got.text.slice(0, 160)}`);
            continue;
          }
          if (!allowed && got.status === 404) {
            // The same request on an organisation that does not exist: the very same answer.
            const unknown = `bestaat-niet-${uniq()}`;
            const nowhere = call.path.replace(`/orgs/${w.org.slug}/`, `/orgs/${unknown}/`).replace(new RegExp(`^/o/${w.org.slug}(?=/|$|\\?)`), `/o/${unknown}`);
            const ref = await send(method, nowhere, await headersFor(caller, method), call);
            // A page's 404 names its own path (the language links) and the request's id (to quote when asking for help): the rest is the same.
            const same = (a: Answer, slug: string): string => a.text.split(a.requestId).join('<id>').split(slug).join('<org>');
            if (ref.status !== 404 || same(ref, unknown) !== same(got, w.org.slug))
              mismatches.push(`${what}: 404 ${got.text}, but an unknown organisation answers ${ref.status} ${ref.text}`);
          }
        }
      }
      expect(mismatches.length, `${mismatches.length} mismatches with the access table:\n${mismatches.join('\n')}\n`).to.equal(0);
    });
  });
}
