// The first administrator's setup link, password resets, members and API tokens.
import { expect } from 'chai';
import { announceSetup } from '../../src/server/bootstrap.js';
import { LINK_LIFETIME_MS } from '../../src/server/auth/links.js';
import { DEMO_ORG_SLUG, seedDemo } from '../../src/server/seed.js';
import { backends, Client, makeOrg, makeUser, PASSWORD, startTestServer, uniq, type TestServer } from './harness.js';

function tokenOf(url: string): string {
  return new URL(url).searchParams.get('token') as string;
}

for (const backend of backends()) {
  describe(`server accounts (${backend.name})`, function () {
    let t: TestServer;
    before(async () => {
      t = await startTestServer(backend);
    });
    after(() => t.close());

    describe('first administrator', () => {
      let printed = '';
      let link = '';
      before(async () => {
        await seedDemo(t.store);
        link = (await announceSetup(t.store, t.deps.config, { stdout: (s) => void (printed += s), stderr: () => undefined }, 'nl', t.deps.now())) as string;
      });

      it('prints one Dutch line with a single-use link on the public address', () => {
        expect(printed).to.match(
          /^Eerste beheerder: open binnen 24 uur https:\/\/toets\.example\.be\/setup\?token=[A-Za-z0-9_-]{43} om een wachtwoord te kiezen\.\n$/,
        );
        expect(link).to.equal(printed.split(' ')[6]);
      });

      it('refuses a password under 12 characters with a field error, and keeps the link usable', async () => {
        const c = new Client(t.url);
        const short = await c.post('/api/v1/auth/setup', {
          token: tokenOf(link),
          email: 'beheer@voorbeeld.be',
          displayName: 'Beheer',
          password: 'elf tekens.',
        });
        expect(short.status).to.equal(400);
        expect(short.body.error.code).to.equal('INPUT_INVALID');
        expect(short.body.error.issues).to.deep.equal([{ path: 'password', message: 'moet minstens 12 tekens lang zijn' }]);
      });

      it('makes a platform administrator who administers the demo organisation, logged in at once', async () => {
        const c = new Client(t.url);
        const ok = await c.post('/api/v1/auth/setup', { token: tokenOf(link), email: 'Beheer@Voorbeeld.be', displayName: 'Beheer', password: PASSWORD });
        expect(ok.status).to.equal(200);
        expect(ok.body.user).to.include({ email: 'beheer@voorbeeld.be', platformAdmin: true });
        expect(ok.body.memberships.map((m: { org: { slug: string }; role: string }) => [m.org.slug, m.role])).to.deep.equal([[DEMO_ORG_SLUG, 'admin']]);
        c.csrf = ok.body.csrfToken;
        expect((await c.get('/api/v1/auth/me')).status).to.equal(200);
        expect((await new Client(t.url).login('beheer@voorbeeld.be')).status).to.equal(200);
      });

      it('refuses the link a second time, and prints no new one once there is an administrator', async () => {
        const again = await new Client(t.url).post('/api/v1/auth/setup', {
          token: tokenOf(link),
          email: `x-${uniq()}@voorbeeld.be`,
          displayName: 'X',
          password: PASSWORD,
        });
        expect(again.status).to.equal(400);
        expect(again.body.error.issues[0].path).to.equal('token');
        expect(await announceSetup(t.store, t.deps.config, { stdout: () => undefined, stderr: () => undefined }, 'nl', t.deps.now())).to.equal(undefined);
      });
    });

    it('refuses an expired setup link', async () => {
      const u = await startTestServer(backend);
      try {
        const link = (await announceSetup(u.store, u.deps.config, { stdout: () => undefined, stderr: () => undefined }, 'nl', u.deps.now())) as string;
        u.clock.tick(LINK_LIFETIME_MS + 1000);
        const late = await new Client(u.url).post('/api/v1/auth/setup', {
          token: tokenOf(link),
          email: 'laat@voorbeeld.be',
          displayName: 'Laat',
          password: PASSWORD,
        });
        expect(late.status).to.equal(400);
        expect(late.body.error.message).to.match(/ongeldig, al gebruikt of verlopen/);
      } finally {
        await u.close();
      }
    });

    describe('members, reset links and tokens', () => {
      let admin: Client;
      let slug: string;
      let orgId: string;
      before(async () => {
        const org = await makeOrg(t.store);
        slug = org.slug;
        orgId = org.id;
        const a = await makeUser(t.store, { orgId: org.id, role: 'admin' });
        admin = new Client(t.url);
        await admin.login(a.email);
      });

      it('adds a new user with a link to choose a password; the link works once and logs them in', async () => {
        const email = `nieuw-${uniq()}@voorbeeld.be`;
        const add = await admin.post(`/api/v1/orgs/${slug}/members`, { email, role: 'council-member', displayName: 'Nieuw Raadslid' });
        expect(add.status).to.equal(201);
        expect(add.body.member).to.include({ email, role: 'council-member' });
        const token = tokenOf(add.body.link.url);
        expect(add.body.link.url).to.match(/^https:\/\/toets\.example\.be\/reset\?token=/);
        const member = new Client(t.url);
        const set = await member.post('/api/v1/auth/reset', { token, password: 'een nieuw wachtwoord' });
        expect(set.status).to.equal(200);
        expect(set.body.memberships[0].role).to.equal('council-member');
        expect((await new Client(t.url).post('/api/v1/auth/reset', { token, password: 'nog een wachtwoord' })).status).to.equal(400);
        expect((await new Client(t.url).login(email, 'een nieuw wachtwoord')).status).to.equal(200);
        const list = await admin.get(`/api/v1/orgs/${slug}/members`);
        expect(list.body.items.map((m: { email: string }) => m.email)).to.include(email);
      });

      it('makes a reset link that ends every session of the member', async () => {
        const m = await makeUser(t.store, { orgId, role: 'ocmw-staff' });
        const member = new Client(t.url);
        await member.login(m.email);
        const made = await admin.post(`/api/v1/orgs/${slug}/members/${m.id}/reset-link`);
        expect(made.status).to.equal(201);
        const reset = await new Client(t.url).post('/api/v1/auth/reset', { token: tokenOf(made.body.link.url), password: 'weer een ander wachtwoord' });
        expect(reset.status).to.equal(200);
        expect((await member.get('/api/v1/auth/me')).status).to.equal(401);
        expect((await new Client(t.url).login(m.email)).status).to.equal(401);
      });

      it('refuses a reset link for someone who is also in an organisation the administrator does not administer', async () => {
        const other = await makeOrg(t.store);
        const m = await makeUser(t.store, { orgId, role: 'alderman' });
        await t.store.memberships.set(m.id, other.id, 'admin');
        const made = await admin.post(`/api/v1/orgs/${slug}/members/${m.id}/reset-link`);
        expect(made.status).to.equal(403);
        const outsider = await makeUser(t.store, { orgId: other.id, role: 'participant' });
        expect((await admin.post(`/api/v1/orgs/${slug}/members/${outsider.id}/reset-link`)).status).to.equal(404);
      });

      it('changes a role, removes a member, and never leaves the organisation without an administrator', async () => {
        const m = await makeUser(t.store, { orgId, role: 'participant' });
        const change = await admin.post(`/api/v1/orgs/${slug}/members`, { email: m.email, role: 'council-chair' });
        expect(change.status).to.equal(200);
        expect(await t.store.memberships.roleIn(m.id, orgId)).to.equal('council-chair');
        expect((await admin.delete(`/api/v1/orgs/${slug}/members/${m.id}`)).status).to.equal(204);
        expect(await t.store.memberships.roleIn(m.id, orgId)).to.equal(undefined);
        expect((await admin.delete(`/api/v1/orgs/${slug}/members/${m.id}`)).status).to.equal(404);
        const me = await admin.get('/api/v1/auth/me');
        const last = await admin.delete(`/api/v1/orgs/${slug}/members/${me.body.user.id}`);
        expect(last.status).to.equal(409);
        expect(last.body.error.code).to.equal('CONFLICT');
        const demote = await admin.post(`/api/v1/orgs/${slug}/members`, { email: me.body.user.email, role: 'participant' });
        expect(demote.status).to.equal(409);
        const audit = await t.store.audit.list(orgId, {}, null, 100);
        const actions = audit.items.map((e) => e.action);
        expect(actions).to.include.members(['member.set', 'member.remove', 'link.create']);
        for (const e of audit.items) expect(JSON.stringify(e.details)).not.to.match(/@|wachtwoord|token=/);
      });

      it('refuses a member without the administrator role (403) and asks a new user for a name', async () => {
        const m = await makeUser(t.store, { orgId, role: 'council-member' });
        const c = new Client(t.url);
        await c.login(m.email);
        const r = await c.get(`/api/v1/orgs/${slug}/members`);
        expect(r.status).to.equal(403);
        expect(r.body.error.code).to.equal('FORBIDDEN');
        const noName = await admin.post(`/api/v1/orgs/${slug}/members`, { email: `naamloos-${uniq()}@voorbeeld.be`, role: 'participant' });
        expect(noName.status).to.equal(400);
        expect(noName.body.error.issues[0].path).to.equal('displayName');
      });

      it('makes an API token shown once; it works without CSRF or cookie, is scoped to its organisation and role, and dies when revoked', async () => {
        const made = await admin.post(`/api/v1/orgs/${slug}/tokens`, { name: 'Documentbeheer', role: 'ocmw-staff' });
        expect(made.status).to.equal(201);
        const token = made.body.token as string;
        expect(token).to.match(/^atk_[A-Za-z0-9_-]{43}$/);
        const list = await admin.get(`/api/v1/orgs/${slug}/tokens`);
        expect(list.text).not.to.include(token.slice(4));
        expect(list.text).not.to.include('tokenHash');
        const bearer = { authorization: `Bearer ${token}` };
        const api = new Client(t.url);
        // a token may not manage members or tokens, even with the role
        expect((await api.get(`/api/v1/orgs/${slug}/members`, { headers: bearer })).status).to.equal(403);
        expect((await api.get('/api/v1/auth/me', { headers: bearer })).status).to.equal(403);
        const revoke = await admin.delete(`/api/v1/orgs/${slug}/tokens/${made.body.id}`);
        expect(revoke.status).to.equal(204);
        expect((await api.get('/api/v1/auth/me', { headers: bearer })).status).to.equal(401);
        expect((await admin.delete(`/api/v1/orgs/${slug}/tokens/${made.body.id}`)).status).to.equal(404);
        const actions = (await t.store.audit.list(orgId, {}, null, 100)).items.map((e) => e.action);
        expect(actions).to.include.members(['token.create', 'token.revoke']);
      });
    });
  });
}
