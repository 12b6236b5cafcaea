// End to end: every page type, at desktop and phone width, in the states that change what it shows,
// checked with axe-core (no serious or critical violations) and by hand: the page's language is set,
// it has exactly one h1, every input, select and textarea has an accessible name, and at phone width
// the page never scrolls sideways. Folded parts (<details>) are opened first, so what they hold is
// checked too. The scene is set through the app (form posts, the API), each act by its own role.
import { expect } from 'chai';
import type { Page } from 'puppeteer-core';
import type { Role, User } from '../../src/store/types.js';
import { makeOrg, makeUser } from '../server/harness.js';
import { daysAgo } from './act.js';
import { client, councilOf, dossierId, form, posted } from './setup.js';
import { DESKTOP, PHONE, seriousViolations, startWorld, type World } from './world.js';

type Viewport = typeof DESKTOP | typeof PHONE;
type Who = Role | null | 'two-orgs';

/** What is wrong with the page as it is now, beyond axe: language, headings, labels, sideways scrolling. */
async function ownChecks(page: Page, viewport: Viewport): Promise<string[]> {
  // The screen's width, not the window's: a phone lays a too wide page out wider and zooms out, so
  // window.innerWidth grows with the page and comparing with it would never find the overflow.
  const f = await page.evaluate((width: number) => {
    const controls = Array.from(document.querySelectorAll('input, select, textarea')) as HTMLInputElement[];
    return {
      lang: document.documentElement.getAttribute('lang') ?? '',
      h1: Array.from(document.querySelectorAll('h1')).map((h) => (h.textContent ?? '').trim()),
      // (no named helper functions in here: the test's compiler would wrap them in a helper the page lacks)
      unnamed: controls
        .filter((el) => el.type !== 'hidden')
        .filter(
          (el) =>
            !Array.from(el.labels ?? []).some((l) => (l.textContent ?? '').trim() !== '') &&
            (el.getAttribute('aria-label') ?? '').trim() === '' &&
            !(el.getAttribute('aria-labelledby') ?? '').split(/\s+/).some((id) => id !== '' && (document.getElementById(id)?.textContent ?? '').trim() !== ''),
        )
        .map((el) => el.outerHTML.slice(0, 140)),
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: window.innerWidth,
      wide: Array.from(document.querySelectorAll('body *'))
        .filter((el) => el.getBoundingClientRect().right > width + 1)
        .slice(0, 3)
        .map((el) => `${el.tagName.toLowerCase()}.${(el as HTMLElement).className}`),
    };
  }, viewport.width);
  const problems: string[] = [];
  if (!/^(nl|fr|en)$/.test(f.lang)) problems.push(`<html lang="${f.lang}">`);
  if (f.h1.length !== 1) problems.push(`${f.h1.length} h1: ${JSON.stringify(f.h1)}`);
  for (const u of f.unnamed) problems.push(`no accessible name: ${u}`);
  if (viewport === PHONE && Math.max(f.scrollWidth, f.innerWidth) > viewport.width)
    problems.push(`wider than the ${viewport.width}px screen: laid out at ${Math.max(f.scrollWidth, f.innerWidth)}px (${f.wide.join(', ')})`);
  return problems;
}

interface Case {
  name: string;
  who: Who;
  /** The page's path (read when the case runs, after the scene is set). */
  path: () => string;
  status?: number;
  /** What the page shows in the state this case is about (CSS selectors that must each match). */
  shows?: string[];
}

describe('e2e: every page type passes axe-core and the own checks, desktop and phone', function () {
  this.timeout(300_000);
  let w: World;
  const tabs = new Map<string, Page>();
  let twoOrgs: User;
  const ids: Record<string, string> = {};
  let draft = '';
  const base = (): string => `/o/${w.org.slug}`;

  async function tabFor(who: Who): Promise<Page> {
    const key = String(who);
    let page = tabs.get(key);
    if (!page) {
      page = who === 'two-orgs' ? await w.tabAs(twoOrgs) : await w.tab(who);
      tabs.set(key, page);
    }
    return page;
  }

  before(async function () {
    w = await startWorld(this);
    // someone in two organisations: the start page lists both
    const other = await makeOrg(w.t.store, 'andere-gemeente');
    twoOrgs = await makeUser(w.t.store, { email: 'twee@voorbeeld.be', orgId: w.org.id, role: 'council-member' });
    await w.t.store.memberships.set(twoOrgs.id, other.id, 'ocmw-staff');

    const staff = await client(w, 'ocmw-staff');
    const member = await client(w, 'council-member');
    const chair = await client(w, 'council-chair');
    const alderman = await client(w, 'alderman');
    const participant = await client(w, 'participant');

    // the council's road, one dossier per state
    ids['submitted'] = await dossierId(w, 'Instap in UiTPAS met een kansentarief van 80 %');
    ids['draft'] = await dossierId(w, 'Nieuwe prijs restafvalzakken vanaf 1 juli 2025');
    ids['signed'] = await dossierId(w, 'Nieuwe tarieven zwembad De Kempvijver met automatisch kansentarief');
    ids['answered'] = await dossierId(w, 'Reglement gemeentelijke energiepremie 2025-2027');
    for (const state of ['submitted', 'draft', 'signed', 'answered']) {
      const c = councilOf(w, ids[state] as string);
      await c.submit(staff);
      if (state === 'submitted') continue;
      await c.open(chair);
      await c.comment(member, 'Wat kost dit voor een gezin met twee kinderen?');
      await c.participate(participant, daysAgo(7));
      await c.draftAdvice(member);
      if (state === 'draft') continue;
      await c.sign(chair);
      if (state === 'signed') continue;
      await c.answer(alderman, daysAgo(2));
      await c.feedback(member, 'Beste deelnemers,\n\nDank je voor jullie hulp. Het college zegt ja.\n\nDe raad');
    }

    // a service audited twice, its action plan made into actions: trend, changes, actions, and a comparison
    ids['service'] = await dossierId(w, 'Vrijetijdspas Bovenrode');
    const api = `/api/v1/orgs/${w.org.slug}/dossiers/${ids['service']}`;
    const first = (await staff.get(`${api}/versions/1/input.json`)).body as Record<string, Record<string, unknown>>;
    const second = { ...first, meta: { ...first['meta'], referenceDate: '2026-03-01' }, administration: { ...first['administration'], renewal: 'automatic' } };
    expect((await staff.post(`${api}/versions`, second)).status).to.equal(201);
    const servicePage = (await staff.get(`${base()}/services/${ids['service']}`)).text;
    const version = /name="version" value="(\d+)"/.exec(servicePage)?.[1];
    if (version) await posted(staff, `${base()}/services/${ids['service']}/actions`, { version });

    // a wizard draft of the council member's, with a wrong amount waiting at its step
    const start = await posted(member, `${base()}/drafts`, { kind: 'proposal', start: 'blank', 'meta.title': 'Sporthal', 'meta.municipality': 'Meersdonk' });
    draft = start.replace(/\/meta\?.*$/, '');
    const step = await form(member, `${draft}/affordability`, {
      _action: 'next',
      'affordability.prices__rows': '1',
      'affordability.prices.0.label': 'Volwassene',
      'affordability.prices.0.amount': 'abc',
      'affordability.prices.0.frequency': 'per-month',
    });
    expect(step.headers.get('location') ?? '').to.match(/\/affordability\?lang=nl#fouten$/);
  });
  after(async () => {
    await w?.close();
  });

  const council = (state: string) => () => `${base()}/dossiers/${ids[state]}/council`;
  const cases: Case[] = [
    { name: 'login', who: null, path: () => '/login' },
    { name: 'password page of a link that no longer works', who: null, path: () => '/reset?token=bestaat-niet', status: 400, shows: ['[role="alert"]'] },
    { name: 'start page (two organisations)', who: 'two-orgs', path: () => '/', shows: ['ul.next li:nth-child(2) a'] },
    ...(['admin', 'council-member', 'council-chair', 'ocmw-staff', 'alderman', 'participant'] as const).map((role): Case => ({
      name: `dashboard of ${role}`,
      who: role,
      path: () => base(),
    })),
    { name: 'dossier list', who: 'council-member', path: () => `${base()}/dossiers` },
    {
      name: 'dossier list, filtered',
      who: 'council-member',
      path: () => `${base()}/dossiers?kind=proposal&status=submitted&q=kansentarief`,
      shows: ['table.dossier-list tbody tr'],
    },
    {
      name: 'dossier list, a wrong date',
      who: 'council-member',
      path: () => `${base()}/dossiers?updatedFrom=gisteren`,
      status: 400,
      shows: ['#updatedFrom[aria-invalid="true"]'],
    },
    { name: 'dossier page (proposal)', who: 'council-member', path: () => `${base()}/dossiers/${ids['signed']}`, shows: ['table.lights'] },
    {
      name: 'dossier page (service audit)',
      who: 'ocmw-staff',
      path: () => `${base()}/dossiers/${ids['service']}`,
      shows: ['table.versions tbody tr:nth-child(2)'],
    },
    {
      name: 'compare two versions',
      who: 'ocmw-staff',
      path: () => `${base()}/dossiers/${ids['service']}/compare?from=1&to=2`,
      shows: ['table.compare-fields'],
    },
    { name: 'wizard start', who: 'council-member', path: () => `${base()}/drafts/new?kind=proposal` },
    { name: 'wizard step with a field error', who: 'council-member', path: () => `${draft}/affordability`, shows: ['#fouten + form [aria-invalid="true"]'] },
    { name: 'wizard review', who: 'council-member', path: () => `${draft}/review`, shows: ['#fouten a'] },
    { name: 'council page, submitted (chair)', who: 'council-chair', path: council('submitted'), shows: ['form[action*="/council/open"]'] },
    { name: 'council page, draft advice (member)', who: 'council-member', path: council('draft'), shows: ['.council-draft ~ details #adviceConclusion'] },
    { name: 'council page, draft advice (chair)', who: 'council-chair', path: council('draft'), shows: ['.council-draft a[href*="/advice/1/sign"]'] },
    { name: 'council page, signed (alderman)', who: 'alderman', path: council('signed'), shows: ['#advies .signed', '#answerDecision'] },
    { name: 'council page, answered (member)', who: 'council-member', path: council('answered'), shows: ['#feedbackText'] },
    { name: 'council page, answered (alderman, the correction)', who: 'alderman', path: council('answered'), shows: ['.council-correct #answerWhy'] },
    { name: 'council page, answered (participant)', who: 'participant', path: council('answered'), shows: ['#antwoord .council-answer'] },
    { name: 'sign confirmation', who: 'council-chair', path: () => `${council('draft')()}/advice/1/sign`, shows: ['#signName'] },
    { name: 'feedback print view', who: 'participant', path: () => `${council('answered')()}/feedback/print`, shows: ['.council-letter'] },
    { name: 'services register', who: 'ocmw-staff', path: () => `${base()}/services` },
    {
      name: 'service page (two audits, actions)',
      who: 'ocmw-staff',
      path: () => `${base()}/services/${ids['service']}`,
      shows: ['svg.trend-chart', '.change-block.gone', 'details.action-edit form'],
    },
    { name: 'error page 404', who: 'council-member', path: () => `${base()}/dossiers/00000000-0000-4000-8000-000000000000`, status: 404 },
    { name: 'error page 403', who: 'council-member', path: () => `${council('draft')()}/advice/1/sign`, status: 403 },
  ];

  for (const c of cases) {
    it(c.name, async () => {
      const page = await tabFor(c.who);
      const problems: string[] = [];
      for (const viewport of [DESKTOP, PHONE]) {
        await page.setViewport(viewport);
        const res = await page.goto(`${w.t.url}${c.path()}`, { waitUntil: 'load' });
        expect(res?.status(), `${c.name}: ${page.url()}`).to.equal(c.status ?? 200);
        for (const sel of c.shows ?? []) expect(await page.$(sel), `${c.name} shows ${sel}`).to.not.equal(null);
        await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
        const at = viewport === PHONE ? 'phone' : 'desktop';
        for (const p of [...(await seriousViolations(page)), ...(await ownChecks(page, viewport))]) problems.push(`${at}: ${p}`);
      }
      expect(problems).to.deep.equal([]);
    });
  }
});
