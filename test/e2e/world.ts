// The end-to-end world: the app on an ephemeral port over a fresh SQLite store holding the demo
// organisation (its examples as dossiers), one user per role with a password, and headless Chromium
// (puppeteer-core) whose pages sign in through /login as a person would. axe-core checks a page.
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { seedAssessHook } from '../../src/server/seed-hook.js';
import { seedDemo } from '../../src/server/seed.js';
import { ROLES, type Organisation, type Role, type User } from '../../src/store/types.js';
import { requireBrowser } from '../browser.js';
export { seriousViolations } from '../axe.js';
import { backends, makeUser, PASSWORD, startTestServer, uniq, type TestServer } from '../server/harness.js';

export const DESKTOP = { width: 1280, height: 900 };
export const PHONE = { width: 390, height: 844, isMobile: true, hasTouch: true, deviceScaleFactor: 1 };

export interface World {
  t: TestServer;
  org: Organisation;
  users: Map<Role, User>;
  browser: Browser;
  /** A new tab signed in as the user of `role` (or signed out with null), at `viewport`. */
  tab(role: Role | null, viewport?: typeof DESKTOP | typeof PHONE): Promise<Page>;
  /** A new tab signed in as `user` (one made by the test, e.g. in two organisations). */
  tabAs(user: User, viewport?: typeof DESKTOP | typeof PHONE): Promise<Page>;
  close(): Promise<void>;
}

export async function startWorld(ctx: Mocha.Context): Promise<World> {
  const executablePath = requireBrowser(ctx);
  const backend = backends()[0];
  if (!backend) throw new Error('no store backend');
  const t = await startTestServer(backend);
  // assessed as a first start does (main.ts), so every example's dossier page shows its assessment
  await seedDemo(t.store, seedAssessHook);
  const org = await t.store.orgs.bySlug('voorbeeld');
  if (!org) throw new Error('the demo organisation is missing after seedDemo');
  const users = new Map<Role, User>();
  for (const role of ROLES) users.set(role, await makeUser(t.store, { email: `${role}-${uniq()}@voorbeeld.be`, orgId: org.id, role }));
  const browser = await puppeteer.launch({
    executablePath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run', '--disable-sync'],
  });
  const tabAs = async (user: User | null, viewport: typeof DESKTOP | typeof PHONE = DESKTOP): Promise<Page> => {
    // A browser context of its own per tab: its own cookies, so two users never share a session.
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    await page.setViewport(viewport);
    // A Flemish user's browser: the pages speak Dutch unless the user chooses otherwise.
    await page.setExtraHTTPHeaders({ 'accept-language': 'nl-BE,nl;q=0.9,en;q=0.5' });
    if (user) await signIn(page, t.url, user);
    return page;
  };
  const tab = (role: Role | null, viewport: typeof DESKTOP | typeof PHONE = DESKTOP): Promise<Page> => tabAs(role ? (users.get(role) as User) : null, viewport);
  return {
    t,
    org,
    users,
    browser,
    tab,
    tabAs,
    async close() {
      await browser.close();
      await t.close();
    },
  };
}

/** Signs in through the login page, as a person types it. */
export async function signIn(page: Page, base: string, user: User): Promise<void> {
  await page.goto(`${base}/login`, { waitUntil: 'load' });
  await page.type('#email', user.email);
  await page.type('#password', PASSWORD);
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('button[type="submit"]')]);
  if (new URL(page.url()).pathname === '/login') throw new Error(`signing in as ${user.email} failed: still on /login`);
}
