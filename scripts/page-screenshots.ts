// Screenshots of every page type, at desktop and phone width, into docs/img/pages/ (committed, and looked
// at): the server as `npm start` runs it (a fresh DATA_DIR, the demo organisation), one user per role
// signed in through /login, and headless Chromium. `npm run screenshots:pages`.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { freePort } from '../bench/server/child.js';
import { findBrowser } from '../src/report/pdf/index.js';
import { hashPassword } from '../src/server/auth/passwords.js';
import { startServer, type RunningServer } from '../src/server/bootstrap.js';
import { readExample } from '../src/examples.js';
import { createActionsFromPlan } from '../src/server/services/actions.js';
import { addVersion, createDossier } from '../src/server/services/dossiers.js';
import { checkInput } from '../src/server/services/input.js';
import type { Organisation, Role, Store } from '../src/store/types.js';

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
  /** Something to do on the page before the picture (type a wrong value, say). */
  act?: (page: Page) => Promise<void>;
}

interface Ctx {
  org: string;
  data: Prepared;
  page: Page;
}

/** What the pictures show, made through the services as the pages would: two versions, a signed and answered advice, two audits. */
interface Prepared {
  proposal: string;
  service: string;
}

async function prepare(server: RunningServer, orgSlug: string, authorEmail: string): Promise<Prepared> {
  const store = server.deps.store;
  const org = (await store.orgs.bySlug(orgSlug)) as Organisation;
  const author = (await store.users.byEmail(authorEmail)) as { id: string };
  const deps = { store, now: server.deps.now };
  const actor = { userId: author.id, tokenId: null };
  const read = (file: string): Record<string, unknown> => readExample(file) as Record<string, unknown>;

  // A proposal in two versions (the second lowers the price), at the council with a signed advice and the college's answer.
  const v1 = read('examples/proposals/zwembad-sociaal-tarief.yaml');
  const p = await createDossier(deps, org, actor, author.id, { title: 'Zwembad De Kempvijver', kind: 'proposal', checked: checkInput(v1, 'nl') });
  const v2 = structuredClone(v1) as { affordability?: { prices?: { amount?: number }[] } };
  const price = v2.affordability?.prices?.[0];
  if (price && typeof price.amount === 'number') price.amount = Math.max(0, price.amount - 1);
  await addVersion(deps, org, p.dossier, actor, author.id, checkInput(v2 as Record<string, unknown>, 'nl'));
  await store.dossiers.update(org.id, p.dossier.id, { status: 'in-review' });
  await store.council.participation.add({
    orgId: org.id,
    dossierId: p.dossier.id,
    text: 'Het tarief is voor gezinnen met kinderen nog altijd te hoog.\nMaak de korting automatisch.',
    participants: 7,
    heldOn: '2026-11-12',
    expensesPaid: 'yes',
    recordedBy: author.id,
    onBehalf: true,
  });
  const advice = await store.council.advices.createDraft({
    orgId: org.id,
    dossierId: p.dossier.id,
    conclusion: 'De raad geeft een gunstig advies als het sociaal tarief automatisch wordt toegekend.',
    recommendations: [
      { text: 'Ken het sociaal tarief automatisch toe op basis van het statuut.' },
      { text: 'Bespreek de prijs opnieuw met de participatiegroep.' },
    ],
    createdBy: author.id,
  });
  await store.council.advices.sign(org.id, advice.id, { userId: author.id, name: 'An Peeters', role: 'Voorzitter van de welzijnsraad' });
  await store.dossiers.update(org.id, p.dossier.id, { status: 'advice-adopted' });

  // A service audited twice, with the actions of the first audit's plan.
  const a1 = read('examples/audits/ocmw-onthaal-drempelscan.yaml');
  const s = await createDossier(deps, org, actor, author.id, { title: 'Onthaal van het OCMW', kind: 'service-audit', checked: checkInput(a1, 'nl') });
  await createActionsFromPlan(deps, org, s.dossier, 1, actor, 'nl');
  const a2 = structuredClone(a1) as { meta?: { referenceDate?: string } };
  if (a2.meta) a2.meta.referenceDate = '2026-11-15';
  await addVersion(deps, org, s.dossier, actor, author.id, checkInput(a2 as Record<string, unknown>, 'nl'));
  return { proposal: p.dossier.id, service: s.dossier.id };
}

/** A draft started from the wizard's start page as a person does: title and municipality, then on. */
async function newDraft(c: Ctx): Promise<string> {
  await c.page.goto(`${BASE.url}/o/${c.org}/drafts/new?kind=proposal`, { waitUntil: 'load' });
  await c.page.type('[name="meta.title"]', 'Nieuwe prijs voor de speelpleinwerking');
  await c.page.type('[name="meta.municipality"]', 'Gemeente Voorbeeld');
  await Promise.all([c.page.waitForNavigation({ waitUntil: 'load' }), c.page.click('main form:not([enctype]) button[type="submit"]')]);
  return new URL(c.page.url()).pathname.split('/').slice(0, 5).join('/');
}

const BASE = { url: '' };

export const SHOTS: Shot[] = [
  { name: 'login', role: null, path: () => '/login' },
  { name: 'dashboard-council-member', role: 'council-member', path: (s) => `/o/${s.org}`, full: true },
  { name: 'dashboard-alderman', role: 'alderman', path: (s) => `/o/${s.org}`, full: true },
  { name: 'dossiers', role: 'council-member', path: (s) => `/o/${s.org}/dossiers`, full: true },
  { name: 'dossier', role: 'council-member', path: (s) => `/o/${s.org}/dossiers/${s.data.proposal}`, full: true },
  { name: 'compare', role: 'council-member', path: (s) => `/o/${s.org}/dossiers/${s.data.proposal}/compare?from=1&to=2`, full: true },
  { name: 'wizard-start', role: 'council-member', path: (s) => `/o/${s.org}/drafts/new?kind=proposal` },
  { name: 'wizard-screening', role: 'council-member', path: async (s) => `${await newDraft(s)}/screening`, full: true },
  {
    name: 'wizard-error',
    role: 'council-member',
    path: async (s) => `${await newDraft(s)}/affordability`,
    act: async (page) => {
      // A price row added, then a wrong amount saved: the error shows next to the field and at the top.
      const add = await page.$('button[name="_action"][value^="add:affordability.prices"]');
      if (!add) throw new Error('wizard-error: no button to add a price row');
      await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), add.click()]);
      await page.type('[name="affordability.prices.0.label"]', 'Dagticket');
      await page.type('[name="affordability.prices.0.amount"]', 'abc');
      await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('button.secondary[name="_action"][value="save"]')]);
    },
  },
  { name: 'council', role: 'alderman', path: (s) => `/o/${s.org}/dossiers/${s.data.proposal}/council`, full: true },
  { name: 'services', role: 'ocmw-staff', path: (s) => `/o/${s.org}/services`, full: true },
  // The first screen: the trend and what changed (the action list below it is long: 35 actions from one plan).
  { name: 'service', role: 'ocmw-staff', path: (s) => `/o/${s.org}/services/${s.data.service}` },
  { name: 'members', role: 'admin', path: (s) => `/o/${s.org}/members`, full: true },
  { name: 'not-found', role: 'council-member', path: (s) => `/o/${s.org}/dossiers/bestaat-niet` },
];

/**
 * What makes the page wider than the screen (a phone page must not be): nothing when it fits, else the
 * innermost elements that stick out to the right. Measured as the phone lays the page out: a page too
 * wide for it is laid out wider and zoomed out, so the window's own width grows with it.
 */
function overflowing(page: Page, width: number): Promise<string[]> {
  // No named functions inside: tsx would wrap them in a helper the page does not have.
  return page.evaluate((width: number) => {
    const laidOut = Math.max(document.documentElement.scrollWidth, window.innerWidth);
    if (laidOut <= width) return [];
    const out: string[] = [`laid out at ${laidOut} px`];
    for (const el of Array.from(document.querySelectorAll('body *'))) {
      if (el.getBoundingClientRect().right <= width + 1) continue;
      // the innermost: an element that sticks out while none of its children does
      if (Array.from(el.children).some((c) => c.getBoundingClientRect().right > width + 1)) continue;
      out.push(
        `${el.tagName.toLowerCase()}${el.className ? '.' + String(el.className).split(' ').join('.') : ''} (${Math.round(el.getBoundingClientRect().right)} px)`,
      );
    }
    return out.slice(0, 8);
  }, width);
}

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
    BASE.url = server.url;
    const data = await prepare(server, org.slug, emails.get('council-chair') as string);
    browser = await puppeteer.launch({
      executablePath: findBrowser(process.env['ARMOEDETOETS_BROWSER'] || undefined),
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--no-first-run',
        '--disable-sync',
        '--hide-scrollbars',
      ],
    });
    for (const shot of SHOTS) {
      for (const [size, viewport] of Object.entries(VIEWPORTS)) {
        const context = await browser.createBrowserContext();
        const page = await context.newPage();
        await page.setViewport(viewport);
        await page.setExtraHTTPHeaders({ 'accept-language': 'nl-BE,nl;q=0.9' });
        if (shot.role) await signIn(page, server.url, emails.get(shot.role) as string);
        const path = await shot.path({ org: org.slug, data, page });
        const res = await page.goto(server.url + path, { waitUntil: 'load' });
        if (shot.act) await shot.act(page);
        const wide = size === 'phone' ? await overflowing(page, viewport.width) : [];
        if (wide.length > 0) console.warn(`  wider than the screen (${size}): ${wide.join(' | ')}`);
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
