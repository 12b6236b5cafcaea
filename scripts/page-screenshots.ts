// Screenshots of every page type, at desktop and phone width, into docs/img/pages/ (committed, and looked
// at): the server as `npm start` runs it (a fresh DATA_DIR, the demo organisation), one user per role
// signed in through /login, and headless Chromium. `npm run screenshots:pages`.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { findBrowser } from '../src/report/pdf/index.js';
import { hashPassword } from '../src/server/auth/passwords.js';
import { startServer, type RunningServer } from '../src/server/bootstrap.js';
import type { Role, Store } from '../src/store/types.js';

const OUT = process.env['SCREENS_DIR'] ?? 'docs/img/pages';
const PASSWORD = 'schermafdruk-wachtwoord-2026';
const VIEWPORTS = {
  desktop: { width: 1280, height: 900 },
  phone: { width: 390, height: 844, isMobile: true, hasTouch: true, deviceScaleFactor: 1 },
} as const;

/** One page type: who looks at it and where (a path, or a function that finds it). */
interface Shot {
  name: string;
  role: Role | null;
  path: (s: Ctx) => Promise<string> | string;
  /** Full page (long pages) or the first screen. */
  full?: boolean;
}

interface Ctx {
  store: Store;
  base: string;
  org: string;
  orgId: string;
  page: Page;
}

async function firstDossier(s: Ctx, kind: 'proposal' | 'service-audit'): Promise<string> {
  const page = await s.store.dossiers.list(s.orgId, { kind }, null, 1);
  const d = page.items[0];
  if (!d) throw new Error(`the demo organisation has no ${kind}`);
  return d.id;
}

export const SHOTS: Shot[] = [
  { name: 'login', role: null, path: () => '/login' },
  { name: 'dashboard', role: 'council-member', path: (s) => `/o/${s.org}`, full: true },
  { name: 'dossiers', role: 'council-member', path: (s) => `/o/${s.org}/dossiers`, full: true },
  { name: 'dossier', role: 'council-member', path: async (s) => `/o/${s.org}/dossiers/${await firstDossier(s, 'proposal')}`, full: true },
];

async function makeUsers(store: Store, orgId: string): Promise<Map<Role, string>> {
  const emails = new Map<Role, string>();
  const hash = await hashPassword(PASSWORD);
  for (const role of ['admin', 'council-member', 'council-chair', 'ocmw-staff', 'alderman', 'participant'] as const) {
    const email = `${role}@voorbeeld.be`;
    const user = await store.users.create({ email, displayName: `Voorbeeld ${role}`, passwordHash: hash, platformAdmin: false });
    await store.memberships.set(user.id, orgId, role);
    emails.set(role, email);
  }
  return emails;
}

async function signIn(page: Page, base: string, email: string): Promise<void> {
  await page.goto(`${base}/login`, { waitUntil: 'load' });
  await page.type('#email', email);
  await page.type('#password', PASSWORD);
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('button[type="submit"]')]);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const dataDir = mkdtempSync(join(tmpdir(), 'armoedetoets-shots-'));
  const quiet = { stdout: () => undefined, stderr: (s: string) => process.stderr.write(s) };
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  try {
    server = await startServer(
      { DATA_DIR: dataDir, PORT: String(await freePort()), HOST: '127.0.0.1', LOG_LEVEL: 'warn', ASSESS_WORKERS: '0' },
      process.cwd(),
      quiet,
    );
    const store = server.deps.store;
    const org = await store.orgs.bySlug('voorbeeld');
    if (!org) throw new Error('no demo organisation');
    const emails = await makeUsers(store, org.id);
    browser = await puppeteer.launch({
      executablePath: findBrowser(process.env['ARMOEDETOETS_BROWSER'] || undefined),
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run', '--disable-sync'],
    });
    for (const shot of SHOTS) {
      for (const [size, viewport] of Object.entries(VIEWPORTS)) {
        const context = await browser.createBrowserContext();
        const page = await context.newPage();
        await page.setViewport(viewport);
        await page.setExtraHTTPHeaders({ 'accept-language': 'nl-BE,nl;q=0.9' });
        if (shot.role) await signIn(page, server.url, emails.get(shot.role) as string);
        const path = await shot.path({ store, base: server.url, org: org.slug, orgId: org.id, page });
        const res = await page.goto(server.url + path, { waitUntil: 'load' });
        const file = join(OUT, `${shot.name}-${size}.png`);
        await page.screenshot({ path: file as `${string}.png`, fullPage: shot.full === true });
        console.log(`${file}  (${res?.status() ?? '?'} ${path})`);
        await context.close();
      }
    }
  } finally {
    await browser?.close();
    await server?.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
