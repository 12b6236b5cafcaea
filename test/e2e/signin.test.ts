// End to end: signing in and out in a real browser, the start page, and an error page, each checked with axe-core.
import { expect } from 'chai';
import { seriousViolations, startWorld, PHONE, type World } from './world.js';

describe('e2e: signing in (headless Chromium)', function () {
  this.timeout(120_000);
  let w: World;
  before(async function () {
    w = await startWorld(this);
  });
  after(async () => {
    await w?.close();
  });

  it('a page that needs a login sends to /login and back after signing in', async () => {
    const page = await w.tab(null);
    await page.goto(`${w.t.url}/o/${w.org.slug}`, { waitUntil: 'load' });
    expect(new URL(page.url()).pathname).to.equal('/login');
    expect(await page.$eval('h1', (h) => h.textContent)).to.equal('Aanmelden');
    expect(await seriousViolations(page)).to.deep.equal([]);
    // a wrong password: the form comes back with one message, the e-mail kept
    const user = w.users.get('council-member');
    await page.type('#email', user?.email ?? '');
    await page.type('#password', 'not the password at all');
    await Promise.all([page.waitForNavigation(), page.click('button[type="submit"]')]);
    expect(await page.$eval('[role="alert"]', (e) => e.textContent ?? '')).to.match(/\S/);
    expect(await page.$eval('#email', (e) => (e as HTMLInputElement).value)).to.equal(user?.email);
    expect(await seriousViolations(page)).to.deep.equal([]);
  });

  it('signs out with the button in the header, on a phone too', async () => {
    const page = await w.tab('council-chair', PHONE);
    await page.goto(`${w.t.url}/`, { waitUntil: 'load' });
    await Promise.all([page.waitForNavigation(), page.click('form.logout button')]);
    expect(new URL(page.url()).pathname).to.equal('/login');
    await page.goto(`${w.t.url}/`, { waitUntil: 'load' });
    expect(new URL(page.url()).pathname).to.equal('/login');
  });

  it('a page of an organisation one is not in is a 404 page, not a leak', async () => {
    const page = await w.tab('admin');
    const res = await page.goto(`${w.t.url}/o/bestaat-niet`, { waitUntil: 'load' });
    expect(res?.status()).to.equal(404);
    expect(await page.$eval('h1', (h) => h.textContent)).to.equal('Deze pagina bestaat niet');
    expect(await seriousViolations(page)).to.deep.equal([]);
  });
});
