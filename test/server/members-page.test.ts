// The members page as an administrator uses it (form posts, no script): add a new person and hand them
// the single-use link, change a role, refuse to leave the organisation without an administrator, and a
// field error next to its field. Anyone else in the organisation gets the 403 page.
import { expect } from 'chai';
import { backends, Client, makeOrg, makeUser, startTestServer, type TestServer } from './harness.js';

function form(c: Client, path: string, fields: Record<string, string>) {
  return c.send('POST', path, {
    raw: new URLSearchParams({ _csrf: c.csrf ?? '', ...fields }).toString(),
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
  });
}
const fieldError = (html: string, name: string): string | undefined => new RegExp(`id="add-${name}-error">([^<]*)<`).exec(html)?.[1];
const linkOf = (html: string): string | undefined =>
  /id="link-url" type="text" readonly value="([^"]+)"/
    .exec(html)?.[1]
    ?.replace(/&#x3D;/g, '=')
    .replace(/&amp;/g, '&');

for (const backend of backends()) {
  describe(`members page (${backend.name})`, function () {
    this.timeout(60_000);
    let t: TestServer;
    let admin: Client;
    let page: string;
    let adminId: string;
    before(async () => {
      t = await startTestServer(backend);
      const org = await makeOrg(t.store);
      page = `/o/${org.slug}/members`;
      const a = await makeUser(t.store, { orgId: org.id, role: 'admin' });
      adminId = a.id;
      admin = new Client(t.url);
      expect((await admin.login(a.email)).status).to.equal(200);
      const member = await makeUser(t.store, { orgId: org.id, role: 'council-member' });
      const c = new Client(t.url);
      expect((await c.login(member.email)).status).to.equal(200);
      const refused = await c.get(page);
      expect(refused.status).to.equal(403);
      expect(refused.text).to.include('Dit mag je niet doen');
    });
    after(() => t.close());

    it('lists the members with their roles, the menu marks the page', async () => {
      const r = await admin.get(page);
      expect(r.status).to.equal(200);
      expect(r.text).to.include('<h1>Leden</h1>').and.include('(jij)').and.include('aria-current="page">Leden</a>');
      expect(r.text).to.match(/<option value="council-member" selected>raadslid<\/option>/);
    });

    it('adds a new person and shows their single-use link once; the link opens the password page', async () => {
      const r = await form(admin, page, { email: 'An.Peeters@Voorbeeld.be', displayName: 'An Peeters', role: 'council-chair' });
      expect(r.status).to.equal(201);
      expect(r.text).to.include('An Peeters is nu voorzitter of secretaris van de raad.').and.include('Geef deze link aan An Peeters');
      const link = linkOf(r.text);
      expect(link).to.match(/\/reset\?token=[A-Za-z0-9_-]+$/);
      const open = await new Client(t.url).get(new URL(link as string).pathname + new URL(link as string).search);
      expect(open.status).to.equal(200);
      expect(open.text).to.include('Kies een wachtwoord');
      // the list shows them; the page again shows no link
      const again = await admin.get(page);
      expect(again.text).to.include('an.peeters@voorbeeld.be');
      expect(linkOf(again.text)).to.equal(undefined);
    });

    it('changes a role with the same form, and a bad e-mail or missing name is shown next to its field', async () => {
      const changed = await form(admin, page, { email: 'an.peeters@voorbeeld.be', role: 'alderman' });
      expect(changed.status).to.equal(200);
      expect(changed.text).to.include('An Peeters is nu schepen.');
      const bad = await form(admin, page, { email: 'geen-adres', displayName: '', role: 'participant' });
      expect(bad.status).to.equal(400);
      expect(fieldError(bad.text, 'email')).to.match(/\S/);
      expect(bad.text).to.include('value="geen-adres"');
      const noName = await form(admin, page, { email: 'nieuw@voorbeeld.be', displayName: '', role: 'participant' });
      expect(noName.status).to.equal(400);
      expect(fieldError(noName.text, 'displayName')).to.match(/\S/);
    });

    it('will not leave the organisation without an administrator, and removes another member', async () => {
      const last = await form(admin, `${page}/${adminId}/remove`, {});
      expect(last.status).to.equal(409);
      expect(last.text).to.include('role="alert"');
      const list = await admin.get(page);
      const id = /action="[^"]+\/members\/([0-9a-f-]{36})\/remove"/.exec(list.text)?.[1];
      expect(id).to.be.a('string');
      const removed = await form(admin, `${page}/${id}/remove`, {});
      expect(removed.status).to.equal(200);
      expect(removed.text).to.include('is geen lid meer.');
    });
  });
}
