// The access layer: 401 without login, 404 outside the organisation (the same body whether it exists or
// not), 403 for a role that is not enough; API tokens scoped to their organisation and role; the route table.
import { expect } from 'chai';
import { allRoutes } from '../../src/server/app.js';
import type { AppDeps, RouteSpec } from '../../src/server/context.js';
import { ROLES } from '../../src/store/types.js';
import { backends, Client, makeOrg, makeUser, startTestServer, uniq, type TestServer } from './harness.js';

/** Probe routes beside the real ones: they answer what the access layer resolved. */
function withProbes(deps: AppDeps): RouteSpec[] {
  const probe: RouteSpec['handler'] = async (_req, res, ctx) => {
    res.json({ org: ctx.org?.slug ?? null, role: ctx.role, actor: ctx.actor?.kind ?? null });
  };
  return [
    ...allRoutes(deps),
    { method: 'get', path: '/api/v1/orgs/:org/probe', access: ['admin', 'ocmw-staff'], summary: 'probe', handler: probe },
    { method: 'post', path: '/api/v1/orgs/:org/probe', access: ['admin', 'ocmw-staff'], summary: 'probe', handler: probe },
    { method: 'post', path: '/api/v1/public-probe', access: 'public', summary: 'probe', handler: probe },
  ];
}

for (const backend of backends()) {
  describe(`server access (${backend.name})`, function () {
    let t: TestServer;
    before(async () => {
      t = await startTestServer(backend, { routes: withProbes });
    });
    after(() => t.close());

    it('answers an unknown organisation, another organisation and an unknown route with the very same 404', async () => {
      const mine = await makeOrg(t.store);
      const theirs = await makeOrg(t.store);
      const u = await makeUser(t.store, { orgId: mine.id, role: 'admin' });
      const c = new Client(t.url);
      await c.login(u.email);
      const own = await c.get(`/api/v1/orgs/${mine.slug}/probe`);
      expect(own.status).to.equal(200);
      expect(own.body).to.deep.equal({ org: mine.slug, role: 'admin', actor: 'user' });
      const other = await c.get(`/api/v1/orgs/${theirs.slug}/probe`);
      const unknown = await c.get(`/api/v1/orgs/bestaat-niet-${uniq()}/probe`);
      const otherMembers = await c.get(`/api/v1/orgs/${theirs.slug}/members`);
      const noRoute = await c.get('/api/v1/nergens');
      expect(other.status).to.equal(404);
      expect(other.body).to.deep.equal({ error: { code: 'NOT_FOUND', message: 'Niet gevonden.', issues: [] } });
      for (const a of [unknown, otherMembers, noRoute]) {
        expect(a.status).to.equal(404);
        expect(a.text).to.equal(other.text);
      }
    });

    it('answers 401 without login and 403 to a member whose role is not enough', async () => {
      const org = await makeOrg(t.store);
      const anonymous = await new Client(t.url).get(`/api/v1/orgs/${org.slug}/probe`);
      expect(anonymous.status).to.equal(401);
      expect(anonymous.body.error.code).to.equal('UNAUTHENTICATED');
      // without login an unknown organisation is a 401 too: nothing to learn either
      expect((await new Client(t.url).get(`/api/v1/orgs/x-${uniq()}/probe`)).status).to.equal(401);
      const p = await makeUser(t.store, { orgId: org.id, role: 'participant' });
      const c = new Client(t.url);
      await c.login(p.email);
      const r = await c.get(`/api/v1/orgs/${org.slug}/probe`);
      expect(r.status).to.equal(403);
      expect(r.body.error.code).to.equal('FORBIDDEN');
    });

    it('takes an API token for its own organisation and role only, without CSRF, and records its last use', async () => {
      const org = await makeOrg(t.store);
      const other = await makeOrg(t.store);
      const a = await makeUser(t.store, { orgId: org.id, role: 'admin' });
      await t.store.memberships.set(a.id, other.id, 'admin');
      const admin = new Client(t.url);
      await admin.login(a.email);
      const staff = (await admin.post(`/api/v1/orgs/${org.slug}/tokens`, { name: 'DMS', role: 'ocmw-staff' })).body;
      const participant = (await admin.post(`/api/v1/orgs/${org.slug}/tokens`, { name: 'Groep', role: 'participant' })).body;
      const api = new Client(t.url);
      const as = (token: string) => ({ headers: { authorization: `Bearer ${token}` } });
      const get = await api.get(`/api/v1/orgs/${org.slug}/probe`, as(staff.token));
      expect(get.body).to.deep.equal({ org: org.slug, role: 'ocmw-staff', actor: 'token' });
      expect(get.headers.get('set-cookie')).to.equal(null);
      expect((await api.post(`/api/v1/orgs/${org.slug}/probe`, {}, as(staff.token))).status).to.equal(200);
      expect((await api.get(`/api/v1/orgs/${org.slug}/probe`, as(participant.token))).status).to.equal(403);
      const elsewhere = await api.get(`/api/v1/orgs/${other.slug}/probe`, as(staff.token));
      expect(elsewhere.status).to.equal(404);
      const listed = (await admin.get(`/api/v1/orgs/${org.slug}/tokens`)).body.items.find((x: { id: string }) => x.id === staff.id);
      expect(listed.lastUsedAt).to.be.a('string');
      expect((await api.get(`/api/v1/orgs/${org.slug}/probe`, { headers: { authorization: 'Bearer atk_nope' } })).status).to.equal(401);
      expect((await api.get(`/api/v1/orgs/${org.slug}/probe`, as(`atk_${'A'.repeat(43)}`))).status).to.equal(401);
      // another scheme (a proxy's Basic) is not ours: the request is anonymous
      expect((await api.get(`/api/v1/orgs/${org.slug}/probe`, { headers: { authorization: 'Basic dXNlcjpwdw==' } })).status).to.equal(401);
    });

    it('serves an unsafe public request of a session without its CSRF token as anonymous', async () => {
      const u = await makeUser(t.store);
      const c = new Client(t.url);
      await c.login(u.email);
      expect((await c.post('/api/v1/public-probe', {}, { csrf: false })).body.actor).to.equal(null);
      expect((await c.post('/api/v1/public-probe', {})).body.actor).to.equal('user');
    });

    it('lists a user their own organisations, a platform administrator all; only the latter creates one', async () => {
      const mine = await makeOrg(t.store);
      await makeOrg(t.store);
      const u = await makeUser(t.store, { orgId: mine.id, role: 'alderman' });
      const c = new Client(t.url);
      await c.login(u.email);
      const list = await c.get('/api/v1/orgs');
      expect(list.body.items.map((o: { slug: string; role: string }) => [o.slug, o.role])).to.deep.equal([[mine.slug, 'alderman']]);
      const slug = `nieuw-${uniq()}`;
      const form = { name: 'OCMW Nieuw', slug, kind: 'ocmw', region: 'brussel', languages: ['fr', 'nl'] };
      const refused = await c.post('/api/v1/orgs', form);
      expect(refused.status).to.equal(403);
      const p = await makeUser(t.store, { platformAdmin: true });
      const pa = new Client(t.url);
      await pa.login(p.email);
      const made = await pa.post('/api/v1/orgs', form);
      expect(made.status).to.equal(201);
      expect(made.body).to.include({ slug, kind: 'ocmw', region: 'brussel', role: 'admin' });
      expect((await pa.post('/api/v1/orgs', form)).status).to.equal(409);
      const all = (await pa.get('/api/v1/orgs')).body.items.map((o: { slug: string }) => o.slug);
      expect(all).to.include.members([mine.slug, slug]);
      const bad = await pa.post('/api/v1/orgs', { name: '', slug: 'Niet Goed', kind: 'stad', region: 'wallonie', languages: ['de'], extra: 1 });
      expect(bad.status).to.equal(400);
      expect(bad.body.error.issues.map((i: { path: string }) => i.path).sort()).to.deep.equal(['extra', 'kind', 'languages', 'name', 'region', 'slug']);
    });

    it('has a route table where every route declares its access and org-scoped routes have :org', () => {
      const routes = allRoutes(t.deps);
      expect(routes.length).to.be.at.least(14);
      for (const r of routes) {
        expect(r.summary.trim(), `${r.method} ${r.path}`).not.to.equal('');
        if (typeof r.access === 'string') expect(['public', 'user', 'platform-admin']).to.include(r.access);
        else {
          const page = r.page === true && (r.path === '/o/:org' || r.path.startsWith('/o/:org/'));
          expect(r.path.startsWith('/api/v1/orgs/:org/') || page, r.path).to.equal(true);
          for (const role of r.access) expect(ROLES).to.include(role);
        }
      }
    });

    it('walks every route without login: public routes are not refused for it, every other route answers 401', async () => {
      const org = await makeOrg(t.store);
      const c = new Client(t.url);
      for (const r of allRoutes(t.deps)) {
        const path = r.path.replace(':org', org.slug).replace(/:(\w+)/g, 'x');
        const a = await c.send(r.method.toUpperCase(), path, r.method === 'get' ? {} : { json: {} });
        if (r.access === 'public') expect(a.status, `${r.method} ${r.path}`).not.to.be.oneOf([401, 403, 404]);
        // A page sends the caller to /login (303) where the API answers 401.
        else expect(a.status, `${r.method} ${r.path}`).to.equal(r.page ? 303 : 401);
      }
    });
  });
}
