// The pages a printed link opens: /setup and /reset, as a person with a browser uses them (form posts, no script).
import { expect } from 'chai';
import { createLink } from '../../src/server/auth/links.js';
import { announceSetup } from '../../src/server/bootstrap.js';
import { seedDemo } from '../../src/server/seed.js';
import { backends, Client, makeUser, PASSWORD, startTestServer, type TestServer } from './harness.js';

const tokenOf = (url: string): string => new URL(url).searchParams.get('token') as string;

/** A form post as a browser sends it. */
function form(c: Client, path: string, fields: Record<string, string>) {
  return c.send('POST', path, { raw: new URLSearchParams(fields).toString(), headers: { 'content-type': 'application/x-www-form-urlencoded' } });
}

/** The text of the error shown next to a field, or undefined. */
const fieldError = (html: string, name: string): string | undefined => new RegExp(`id="${name}-error">([^<]*)<`).exec(html)?.[1];

for (const backend of backends()) {
  describe(`server pages: setup and reset (${backend.name})`, function () {
    let t: TestServer;
    let token = '';
    before(async () => {
      t = await startTestServer(backend);
      await seedDemo(t.store);
      const link = await announceSetup(t.store, t.deps.config, { stdout: () => undefined, stderr: () => undefined }, 'nl', t.deps.now());
      token = tokenOf(link as string);
    });
    after(() => t.close());

    it('opens the setup form from the printed link, in Dutch by default, with labels tied to their fields', async () => {
      const r = await new Client(t.url).get(`/setup?token=${token}`);
      expect(r.status).to.equal(200);
      expect(r.headers.get('content-type')).to.match(/^text\/html/);
      expect(r.headers.get('cache-control')).to.equal('no-store');
      expect(r.text).to.include('<html lang="nl">').and.include('Eerste beheerder');
      for (const name of ['email', 'displayName', 'password', 'passwordRepeat']) expect(r.text).to.include(`<label for="${name}">`).and.include(`id="${name}"`);
      expect(r.text).to.include(`name="token" value="${token}"`);
      expect(r.text).not.to.match(/<script/i);
      const fr = await new Client(t.url).get(`/setup?token=${token}&lang=fr`);
      expect(fr.text).to.include('<html lang="fr">').and.include('Premier administrateur');
    });

    it('answers an unknown link with 400 and the same words as a used or expired one, without a form', async () => {
      const r = await new Client(t.url).get('/setup?token=nietbestaand');
      expect(r.status).to.equal(400);
      expect(r.text).to.include('Deze link is ongeldig, al gebruikt of verlopen.');
      expect(r.text).not.to.include('<form');
    });

    it('shows each problem next to its field, keeps what was typed except the passwords, and keeps the link usable', async () => {
      const c = new Client(t.url);
      const short = await form(c, '/setup', {
        token,
        email: 'an@voorbeeld.be',
        displayName: 'An <b>Peeters</b>',
        password: 'te kort',
        passwordRepeat: 'te kort',
      });
      expect(short.status).to.equal(400);
      expect(fieldError(short.text, 'password')).to.equal('moet minstens 12 tekens lang zijn');
      expect(short.text).to.include('aria-invalid="true"').and.include('role="alert"');
      expect(short.text).to.include('value="an@voorbeeld.be"').and.include('value="An &lt;b&gt;Peeters&lt;/b&gt;"');
      expect(short.text).not.to.include('te kort');
      const mismatch = await form(c, '/setup', { token, email: 'an@voorbeeld.be', displayName: 'An', password: PASSWORD, passwordRepeat: `${PASSWORD}!` });
      expect(fieldError(mismatch.text, 'passwordRepeat')).to.equal('De twee wachtwoorden zijn niet gelijk.');
      const email = await form(c, '/setup', { token, email: 'geen-adres', displayName: 'An', password: PASSWORD, passwordRepeat: PASSWORD });
      expect(fieldError(email.text, 'email')).to.be.a('string').and.not.equal('');
      expect((await c.get(`/setup?token=${token}`)).status).to.equal(200);
    });

    it('creates the administrator, logs them in, and the link is spent', async () => {
      const c = new Client(t.url);
      const ok = await form(c, '/setup', { token, email: 'An@Voorbeeld.be', displayName: 'An Peeters', password: PASSWORD, passwordRepeat: PASSWORD });
      expect(ok.status).to.equal(200);
      expect(ok.text).to.include('Welkom, An Peeters.');
      expect(c.cookie).to.be.a('string');
      const me = await c.get('/api/v1/auth/me');
      expect(me.status).to.equal(200);
      expect(me.body.user).to.include({ email: 'an@voorbeeld.be', platformAdmin: true });
      expect((await new Client(t.url).get(`/setup?token=${token}`)).status).to.equal(400);
      const again = await form(new Client(t.url), '/setup', { token, email: 'b@voorbeeld.be', displayName: 'B', password: PASSWORD, passwordRepeat: PASSWORD });
      expect(again.status).to.equal(400);
      expect(again.text).to.include('Deze link is ongeldig');
      expect(await t.store.users.byEmail('b@voorbeeld.be')).to.equal(undefined);
    });

    it('sets a new password through a reset link, once, and ends the old sessions', async () => {
      const user = await makeUser(t.store, { email: 'raad@voorbeeld.be' });
      const old = new Client(t.url);
      expect((await old.login('raad@voorbeeld.be')).status).to.equal(200);
      const link = await createLink(t.store, t.deps.config.publicUrl, { purpose: 'reset', userId: user.id, createdBy: null }, t.deps.now());
      const page = await new Client(t.url).get(`/reset?token=${link.token}`);
      expect(page.status).to.equal(200);
      expect(page.text).to.include('Kies een wachtwoord').and.not.include('id="email"');
      // a setup page does not take a reset link
      expect((await new Client(t.url).get(`/setup?token=${link.token}`)).status).to.equal(400);
      const c = new Client(t.url);
      const ok = await form(c, '/reset', { token: link.token, password: 'een nieuw lang wachtwoord', passwordRepeat: 'een nieuw lang wachtwoord' });
      expect(ok.status).to.equal(200);
      expect((await old.get('/api/v1/auth/me')).status).to.equal(401);
      expect((await c.get('/api/v1/auth/me')).status).to.equal(200);
      expect((await new Client(t.url).login('raad@voorbeeld.be', 'een nieuw lang wachtwoord')).status).to.equal(200);
      expect((await new Client(t.url).get(`/reset?token=${link.token}`)).status).to.equal(400);
    });
  });
}
