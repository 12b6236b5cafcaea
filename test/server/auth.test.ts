// Logging in and out: one 401 for every failure, throttling per account and per address, session rotation,
// logout, CSRF on unsafe requests of a session, and the cookie's attributes.
import { expect } from 'chai';
import { LOGIN_WINDOW_MS, MAX_FAILURES_PER_ACCOUNT, MAX_FAILURES_PER_ADDRESS } from '../../src/server/auth/throttle.js';
import { SESSION_ABSOLUTE_MS, SESSION_IDLE_MS } from '../../src/server/auth/sessions.js';
import { backends, Client, makeUser, PASSWORD, startTestServer, uniq, type TestServer } from './harness.js';

for (const backend of backends()) {
  describe(`server login (${backend.name})`, function () {
    let t: TestServer;
    before(async () => {
      t = await startTestServer(backend);
    });
    after(() => t.close());

    it('logs in: the cookie is httpOnly, SameSite=Lax, Path=/; the answer has the user, a CSRF token and memberships', async () => {
      const u = await makeUser(t.store);
      const res = await fetch(`${t.url}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: u.email, password: PASSWORD }),
      });
      expect(res.status).to.equal(200);
      const [cookie] = res.headers.getSetCookie();
      expect(cookie).to.match(/^armoedetoets_sessie=[A-Za-z0-9_-]{43}; /);
      expect(cookie).to.include('HttpOnly').and.include('SameSite=Lax').and.include('Path=/');
      expect(cookie).not.to.include('Secure');
      const body = (await res.json()) as { user: Record<string, unknown>; csrfToken: string; memberships: unknown[] };
      expect(body.user).to.deep.equal({ id: u.id, email: u.email, displayName: u.displayName, platformAdmin: false });
      expect(body.csrfToken).to.match(/^[A-Za-z0-9_-]{43}$/);
      expect(body.memberships).to.deep.equal([]);
      expect(JSON.stringify(body)).not.to.include('argon2');
    });

    it('sets Secure on the cookie when the request came over https (through a trusted proxy)', async () => {
      const u = await makeUser(t.store);
      const res = await fetch(`${t.url}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-proto': 'https' },
        body: JSON.stringify({ email: u.email, password: PASSWORD }),
      });
      expect(res.headers.getSetCookie()[0]).to.include('; Secure');
    });

    it('answers a wrong password, an unknown user and a user without a password with the same 401', async () => {
      const u = await makeUser(t.store);
      const noPassword = await makeUser(t.store, { password: null });
      const c = new Client(t.url);
      const wrong = await c.login(u.email, 'not the password at all');
      const unknown = await c.login(`nobody-${uniq()}@example.be`);
      const none = await c.login(noPassword.email, '');
      const noneLong = await c.login(noPassword.email, 'some password that is long');
      expect(wrong.status).to.equal(401);
      expect(wrong.text).to.equal(unknown.text);
      expect(noneLong.text).to.equal(unknown.text);
      expect(wrong.body.error.code).to.equal('UNAUTHENTICATED');
      expect(wrong.body.error.message).to.equal('E-mailadres of wachtwoord klopt niet.');
      expect(none.status).to.equal(400); // an empty password is a field error, whoever the user
      expect(c.cookie).to.equal(undefined);
    });

    it(`throttles an account after ${MAX_FAILURES_PER_ACCOUNT} failures (429 with Retry-After, even with the right password) until the window ends`, async () => {
      const u = await makeUser(t.store);
      const c = new Client(t.url);
      const from = { 'x-forwarded-for': `10.1.${Math.floor(Math.random() * 250)}.1` };
      for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++)
        expect((await c.post('/api/v1/auth/login', { email: u.email, password: 'wrong password!!' }, { headers: from })).status).to.equal(401);
      const blocked = await c.post('/api/v1/auth/login', { email: u.email, password: PASSWORD }, { headers: from });
      expect(blocked.status).to.equal(429);
      expect(blocked.body.error.code).to.equal('RATE_LIMITED');
      const retry = Number(blocked.headers.get('retry-after'));
      expect(retry).to.be.within(1, LOGIN_WINDOW_MS / 1000);
      // another address does not help: the account itself is blocked
      expect((await c.post('/api/v1/auth/login', { email: u.email, password: PASSWORD }, { headers: { 'x-forwarded-for': '10.99.0.1' } })).status).to.equal(
        429,
      );
      t.clock.tick(retry * 1000);
      expect((await c.login(u.email)).status).to.equal(200);
    });

    it('clears the account count at a successful login', async () => {
      const u = await makeUser(t.store);
      const c = new Client(t.url);
      for (let round = 0; round < 2; round++) {
        for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT - 1; i++) expect((await c.login(u.email, 'wrong password!!')).status).to.equal(401);
        expect((await c.login(u.email)).status).to.equal(200);
      }
    });

    it(`throttles an address after ${MAX_FAILURES_PER_ADDRESS} failures on any accounts, not other addresses`, async () => {
      const c = new Client(t.url);
      const address = { 'x-forwarded-for': `10.2.${Math.floor(Math.random() * 250)}.7` };
      for (let i = 0; i < MAX_FAILURES_PER_ADDRESS; i++) {
        const a = await c.post('/api/v1/auth/login', { email: `guess-${i}-${uniq()}@example.be`, password: 'guessing guess' }, { headers: address });
        expect(a.status).to.equal(401);
      }
      const u = await makeUser(t.store);
      const blocked = await c.post('/api/v1/auth/login', { email: u.email, password: PASSWORD }, { headers: address });
      expect(blocked.status).to.equal(429);
      expect(blocked.headers.get('retry-after')).to.match(/^\d+$/);
      const elsewhere = await c.post('/api/v1/auth/login', { email: u.email, password: PASSWORD }, { headers: { 'x-forwarded-for': '10.3.0.9' } });
      expect(elsewhere.status).to.equal(200);
    });

    it('rotates the session at login: the cookie sent with the login is dead afterwards', async () => {
      const u = await makeUser(t.store);
      const c = new Client(t.url);
      await c.login(u.email);
      const first = c.cookie;
      expect((await c.get('/api/v1/auth/me')).status).to.equal(200);
      await c.login(u.email);
      expect(c.cookie).not.to.equal(first);
      const old = new Client(t.url);
      old.cookie = first;
      expect((await old.get('/api/v1/auth/me')).status).to.equal(401);
      expect((await c.get('/api/v1/auth/me')).status).to.equal(200);
    });

    it('logs out: the cookie is cleared and the session is gone from the database', async () => {
      const u = await makeUser(t.store);
      const c = new Client(t.url);
      await c.login(u.email);
      const cookie = c.cookie;
      const out = await c.post('/api/v1/auth/logout');
      expect(out.status).to.equal(204);
      expect(c.cookie).to.equal(undefined);
      const replay = new Client(t.url);
      replay.cookie = cookie;
      const me = await replay.get('/api/v1/auth/me');
      expect(me.status).to.equal(401);
      expect(me.body.error.code).to.equal('UNAUTHENTICATED');
    });

    it('refuses an unsafe request of a session without its CSRF token, or with a wrong one; accepts the header or the _csrf field', async () => {
      const u = await makeUser(t.store);
      const c = new Client(t.url);
      await c.login(u.email);
      const without = await c.post('/api/v1/auth/logout', {}, { csrf: false });
      expect(without.status).to.equal(403);
      expect(without.body.error.code).to.equal('CSRF');
      const wrong = await c.post('/api/v1/auth/logout', {}, { csrf: false, headers: { 'x-csrf-token': 'x'.repeat(43) } });
      expect(wrong.status).to.equal(403);
      const otherSession = new Client(t.url);
      await otherSession.login((await makeUser(t.store)).email);
      const borrowed = await c.post('/api/v1/auth/logout', {}, { csrf: false, headers: { 'x-csrf-token': otherSession.csrf as string } });
      expect(borrowed.status).to.equal(403);
      expect((await c.get('/api/v1/auth/me')).status).to.equal(200); // still logged in: nothing happened
      const asField = await c.post('/api/v1/auth/logout', { _csrf: c.csrf }, { csrf: false });
      expect(asField.status).to.equal(204);
    });

    it('ends a session after the idle time, and after the absolute time however active', async () => {
      const u = await makeUser(t.store);
      const idle = new Client(t.url);
      await idle.login(u.email);
      t.clock.tick(SESSION_IDLE_MS + 1000);
      expect((await idle.get('/api/v1/auth/me')).status).to.equal(401);

      const busy = new Client(t.url);
      await busy.login(u.email);
      for (let passed = 0; passed < SESSION_ABSOLUTE_MS - SESSION_IDLE_MS / 2; passed += SESSION_IDLE_MS / 2) {
        t.clock.tick(SESSION_IDLE_MS / 2);
        expect((await busy.get('/api/v1/auth/me')).status, `after ${passed} ms`).to.equal(200);
      }
      t.clock.tick(SESSION_IDLE_MS / 2 + 1000);
      expect((await busy.get('/api/v1/auth/me')).status).to.equal(401);
    });
  });
}
