// The dossier area's pages as a member uses them in a browser (a session, GET links and forms, no script):
// the dashboard per role, the list with its filters, a dossier with its latest assessment and downloads,
// two versions compared, and another organisation's dossier that does not exist here.
import { expect } from 'chai';
import type { Organisation, Role } from '../../src/store/types.js';
import { browserOrUndefined } from '../browser.js';
import { example } from './api-helpers.js';
import { backends, Client, makeOrg, makeUser, startTestServer, type Answer, type TestServer } from './harness.js';

const NOW = '2026-12-02T10:00:00.000Z';

/** An href as the page wrote it (Handlebars escapes "=" and "&"). */
const unescape = (s: string): string => s.replace(/&#x3D;/g, '=').replace(/&amp;/g, '&');
const hrefs = (html: string, prefix: string): string[] =>
  [...html.matchAll(/href="([^"]+)"/g)].map((m) => unescape(m[1] as string)).filter((h) => h.startsWith(prefix));
const sectionIds = (html: string): string[] => [...html.matchAll(/<section class="dash-section" id="([^"]+)"/g)].map((m) => m[1] as string);
/** The text of one dashboard section. */
const section = (html: string, id: string): string => html.split(`id="${id}"`)[1]?.split('</section>')[0] ?? '';
/** The error shown next to a field. */
const fieldError = (html: string, name: string): string | undefined => new RegExp(`id="${name}-error">([^<]*)<`).exec(html)?.[1];
/** The titles of the list's rows. */
const rowTitles = (html: string): string[] => [...html.matchAll(/<th scope="row"><a href="[^"]+">([^<]*)<\/a><\/th>/g)].map((m) => m[1] as string);

/** An example input with its title and review date changed. */
function input(name: string, title: string, reviewDate?: string): Record<string, unknown> {
  const i = example(name) as { meta: { title: string }; monitoring?: { reviewDate?: string } };
  i.meta.title = title;
  if (reviewDate && i.monitoring) i.monitoring.reviewDate = reviewDate;
  return i;
}

for (const backend of backends()) {
  describe(`dossier pages (${backend.name})`, function () {
    this.timeout(120_000);
    let t: TestServer;
    let org: Organisation;
    let other: Organisation;
    const clients = new Map<Role, Client>();
    const ids: Record<string, string> = {};
    let otherDossier = '';
    const as = (role: Role): Client => clients.get(role) as Client;
    const api = (path: string): string => `/api/v1/orgs/${org.slug}${path}`;
    const page = (path = ''): string => `/o/${org.slug}${path}`;

    async function create(c: Client, body: Record<string, unknown>, slug = org.slug): Promise<string> {
      const r = await c.post(`/api/v1/orgs/${slug}/dossiers`, { input: body });
      expect(r.status, r.text).to.equal(201);
      return r.body.dossier.id as string;
    }
    async function setStatus(id: string, status: string): Promise<void> {
      const r = await as('admin').send('PATCH', api(`/dossiers/${id}`), { json: { status } });
      expect(r.status, r.text).to.equal(200);
    }

    before(async () => {
      t = await startTestServer(backend);
      t.clock.set(NOW);
      org = await makeOrg(t.store);
      other = await makeOrg(t.store);
      for (const role of ['admin', 'council-member', 'council-chair', 'ocmw-staff', 'alderman', 'participant'] as const) {
        const u = await makeUser(t.store, { orgId: org.id, role });
        const c = new Client(t.url);
        expect((await c.login(u.email)).status).to.equal(200);
        clients.set(role, c);
      }
      // The swimming pool: version 1 as the example, version 2 no longer open to change (PA1 fails) at a higher price.
      ids['pool'] = await create(as('admin'), input('zwembad-sociaal-tarief', 'Zwembad De Kempvijver'));
      const v2 = input('zwembad-sociaal-tarief', 'Zwembad De Kempvijver') as {
        participation: Record<string, unknown>;
        affordability: { prices: { amount: number }[] };
      };
      v2.participation['proposalCouldChange'] = 'no';
      (v2.affordability.prices[0] as { amount: number }).amount = 5;
      expect((await as('admin').post(api(`/dossiers/${ids['pool']}/versions`), v2)).status).to.equal(201);
      // Decided, with their reviews: due in 18 days, overdue, and far ahead.
      ids['due'] = await create(as('admin'), input('uitpas-kansentarief', 'UiTPAS kansentarief', '2026-12-20'));
      ids['overdue'] = await create(as('admin'), input('uitpas-kansentarief', 'Energiepremie te laat', '2026-11-01'));
      ids['far'] = await create(as('admin'), input('uitpas-kansentarief', 'Verre evaluatie', '2027-06-30'));
      for (const k of ['due', 'overdue', 'far']) await setStatus(ids[k] as string, 'decided');
      // At the council, and an audit of the OCMW staff in concept.
      ids['submitted'] = await create(as('admin'), input('schooltoelage-online', 'Schooltoelage online'));
      await setStatus(ids['submitted'] as string, 'submitted');
      ids['audit'] = await create(as('ocmw-staff'), input('leefloonaanvraag-drempelscan', 'Drempelscan leefloon'));
      // Another organisation's dossier.
      const outsider = await makeUser(t.store, { orgId: other.id, role: 'admin' });
      const oc = new Client(t.url);
      await oc.login(outsider.email);
      otherDossier = await create(oc, input('zwembad-sociaal-tarief', 'Elders'), other.slug);
    });
    after(() => t.close());

    describe('the dashboard', () => {
      it('shows the alderman the reviews first: due and overdue, not those far ahead', async () => {
        const r = await as('alderman').get(page());
        expect(r.status).to.equal(200);
        const order = sectionIds(r.text);
        expect(order[0]).to.equal('reviews-due');
        expect(order).to.include.members(['at-council', 'recent']).and.not.include('my-concepts');
        const reviews = section(r.text, 'reviews-due');
        expect(reviews).to.include('UiTPAS kansentarief').and.include('evaluatie op 20 december 2026');
        expect(reviews).to.include('Energiepremie te laat').and.include('evaluatie gepland op 1 november 2026: te laat');
        expect(reviews).not.to.include('Verre evaluatie');
        // the overdue one first (by date)
        expect(reviews.indexOf('Energiepremie te laat')).to.be.lessThan(reviews.indexOf('UiTPAS kansentarief'));
        expect(hrefs(reviews, page('/dossiers')))
          .to.include(page(`/dossiers/${ids['due']}`))
          .and.include(page('/dossiers?status=decided'));
      });

      it('shows the council what is with it first, and each preparer only their own concepts', async () => {
        const council = await as('council-member').get(page());
        expect(sectionIds(council.text)[0]).to.equal('at-council');
        expect(section(council.text, 'at-council')).to.include('Schooltoelage online').and.not.include('Zwembad');
        expect(section(council.text, 'my-concepts')).to.include('Je hebt geen dossiers in concept.');
        const staff = await as('ocmw-staff').get(page());
        expect(sectionIds(staff.text)[0]).to.equal('my-concepts');
        expect(section(staff.text, 'my-concepts')).to.include('Drempelscan leefloon').and.not.include('Zwembad');
        const admin = await as('admin').get(page());
        expect(section(admin.text, 'my-concepts')).to.include('Zwembad De Kempvijver').and.not.include('Drempelscan leefloon');
        const participant = await as('participant').get(page());
        expect(sectionIds(participant.text)).to.deep.equal(['at-council', 'reviews-due', 'recent']);
      });

      it('speaks the language asked for, and keeps it for the next pages until another is chosen', async () => {
        const r = await as('alderman').get(`${page()}?lang=fr`);
        expect(r.text).to.include('<html lang="fr">').and.include('Évaluations à venir').and.include('en retard');
        expect((await as('alderman').get(page('/dossiers'))).text).to.include('<html lang="fr">');
        expect((await as('alderman').get(`${page()}?lang=nl`)).text).to.include('<html lang="nl">');
        expect((await as('alderman').get(page('/dossiers'))).text).to.include('<html lang="nl">');
      });
    });

    describe('the list', () => {
      it('lists every dossier with kind, status, a verdict in words, life domains and date', async () => {
        const r = await as('participant').get(page('/dossiers'));
        expect(r.status).to.equal(200);
        expect(rowTitles(r.text)).to.have.members([
          'Zwembad De Kempvijver',
          'UiTPAS kansentarief',
          'Energiepremie te laat',
          'Verre evaluatie',
          'Schooltoelage online',
          'Drempelscan leefloon',
        ]);
        expect(r.text).to.include('<span class="verdict v-conditional">Gunstig onder voorwaarden</span>');
        expect(r.text).to.include('drempelscan').and.include('ingediend').and.include('2 december 2026');
        expect(r.text).not.to.include('Elders');
        for (const name of ['q', 'kind', 'status', 'verdict', 'lifeDomain', 'updatedFrom', 'updatedTo']) expect(r.text).to.include(`<label for="${name}">`);
      });

      it('filters by kind, status, verdict, life domain and date, and searches the title; empty fields filter nothing', async () => {
        const titles = async (query: string): Promise<string[]> => {
          const r = await as('council-member').get(page(`/dossiers?${query}`));
          expect(r.status, `${query}: ${r.text.slice(0, 300)}`).to.equal(200);
          return rowTitles(r.text);
        };
        expect(await titles('kind=service-audit')).to.deep.equal(['Drempelscan leefloon']);
        expect(await titles('status=decided')).to.have.members(['UiTPAS kansentarief', 'Energiepremie te laat', 'Verre evaluatie']);
        expect(await titles('verdict=conditional'))
          .to.include('Zwembad De Kempvijver')
          .and.not.include('Drempelscan leefloon');
        expect(await titles('q=ZWEMBAD')).to.deep.equal(['Zwembad De Kempvijver']);
        expect(await titles('lifeDomain=culture-leisure&kind=proposal'))
          .to.include('Zwembad De Kempvijver')
          .and.not.include('Schooltoelage online');
        expect(await titles('updatedFrom=2026-12-02&updatedTo=2026-12-02')).to.have.length(6);
        expect(await titles('kind=&status=&verdict=&lifeDomain=&updatedFrom=&updatedTo=&q=')).to.have.length(6);
        const none = await as('council-member').get(page('/dossiers?updatedFrom=2027-01-01'));
        expect(none.status).to.equal(200);
        expect(rowTitles(none.text)).to.deep.equal([]);
        expect(none.text).to.include('Geen dossiers gevonden met deze filters.').and.include('Wis alle filters');
        // the form keeps what was chosen
        const kept = await as('council-member').get(page('/dossiers?status=decided&q=uitpas'));
        expect(kept.text).to.include('<option value="decided" selected>').and.include('value="uitpas"');
      });

      it('shows a bad value next to its field, with a summary, and no list', async () => {
        const r = await as('council-member').get(page('/dossiers?updatedFrom=gisteren&kind=boot'));
        expect(r.status).to.equal(400);
        expect(fieldError(r.text, 'updatedFrom')).to.equal('moet een datum zijn (JJJJ-MM-DD) of een tijdstip (ISO 8601)');
        expect(fieldError(r.text, 'kind')).to.match(/^moet een van deze waarden zijn/);
        expect(r.text).to.include('role="alert"').and.include('aria-invalid="true"').and.include('href="#updatedFrom"');
        expect(r.text).to.include('aria-describedby="updatedFrom-hint updatedFrom-error"');
        expect(rowTitles(r.text)).to.deep.equal([]);
        const cursor = await as('council-member').get(page('/dossiers?cursor=geen-cursor'));
        expect(cursor.status).to.equal(400);
        expect(cursor.text).to.include('De cursor is ongeldig');
      });

      it('pages with "volgende pagina" and keeps the filters', async () => {
        const many = await makeOrg(t.store);
        const u = await makeUser(t.store, { orgId: many.id, role: 'participant' });
        for (let i = 0; i < 52; i++) {
          t.clock.tick(1000);
          await t.store.dossiers.create({ orgId: many.id, kind: 'proposal', title: `Voorstel ${i}`, lifeDomains: [], ownerId: u.id });
        }
        const c = new Client(t.url);
        await c.login(u.email);
        const first = await c.get(`/o/${many.slug}/dossiers?kind=proposal`);
        expect(rowTitles(first.text)).to.have.length(50);
        expect(rowTitles(first.text)[0]).to.equal('Voorstel 51');
        const next = hrefs(first.text, `/o/${many.slug}/dossiers?`).find((h) => h.includes('cursor='));
        expect(next).to.be.a('string').and.include('kind=proposal');
        expect(first.text).to.include('Volgende pagina');
        const second = await c.get(next as string);
        expect(rowTitles(second.text)).to.deep.equal(['Voorstel 1', 'Voorstel 0']);
        expect(second.text).not.to.include('Volgende pagina');
        expect(second.text).to.include('Terug naar de eerste pagina');
        // a dossier without a version yet
        const empty = await c.get(hrefs(second.text, `/o/${many.slug}/dossiers/`)[0] as string);
        expect(empty.status).to.equal(200);
        expect(empty.text).to.include('Dit dossier heeft nog geen versie.').and.include('Vergelijken kan vanaf twee versies.');
      });
    });

    describe('a dossier', () => {
      let html = '';
      before(async () => {
        const r = await as('council-member').get(page(`/dossiers/${ids['pool']}`));
        expect(r.status).to.equal(200);
        html = r.text;
      });

      it('shows its status in the workflow, owner and versions', () => {
        expect(html).to.include('<h1>Zwembad De Kempvijver</h1>');
        expect(html).to.match(/<li class="current" aria-current="step">concept <span class="step-note">\(nu\)<\/span><\/li>/);
        for (const s of ['concept', 'ingediend', 'in behandeling', 'advies vastgesteld', 'beslist', 'opgevolgd']) expect(html).to.include(`>${s}`);
        expect(html).to.include('Test Gebruiker');
        // each version's row starts with its number ("Versie 2" when the table is a stack on a phone)
        expect(html).to.match(
          /<th scope="row">(?:<span class="stack-label">Versie <\/span>)?2<\/th>[\s\S]*Gunstig onder voorwaarden[\s\S]*<th scope="row">(?:<span class="stack-label">Versie <\/span>)?1<\/th>[\s\S]*Gunstig</,
        );
      });

      it('shows the latest assessment as the report does: verdict and why, lights, ladder, risks, steps, questions', () => {
        expect(html).to.include('Versie 2, getoetst op 2 december 2026.');
        expect(html).to.include('<strong>Gunstig onder voorwaarden</strong>');
        expect(html).to.include('Waarom').and.include('Schijnparticipatie');
        expect(html).to.match(/D1 Betaalbaarheid<\/th><td[^>]*>[^<]+<\/td><td[^>]*><span class="light l-green" aria-hidden="true"><\/span>groen/);
        expect(html).to.include('Opgegeven niveau').and.include('Werkelijk niveau');
        expect(html).to.include('Grootste risico').and.include('PA1');
        expect(html).to.include('Aanbevelingen');
        expect(html).to.include('Vragen voor de adviesraad');
        expect(html).to.match(/<ol class="findings questions"><li><strong>[^<]+\?<\/strong>/);
      });

      it('links the downloads, and every one of them answers', async function () {
        const reports = hrefs(html, api('/assessments/'));
        expect(reports, 'full in three formats, short in two, per language').to.have.length(15);
        for (const lang of ['nl', 'fr', 'en']) {
          for (const f of ['html', 'pdf', 'json']) expect(reports.some((h) => h.endsWith(`/report.${f}?lang=${lang}`))).to.equal(true);
          for (const f of ['html', 'pdf']) expect(reports.some((h) => h.endsWith(`/report.${f}?lang=${lang}&variant=short`))).to.equal(true);
        }
        expect(html).to.include('<span class="visually-hidden">Kort rapport voor het college in het Nederlands als PDF</span>');
        const inputs = hrefs(html, api(`/dossiers/${ids['pool']}/versions/`));
        expect(inputs).to.have.members([1, 2].flatMap((n) => ['json', 'yaml'].map((f) => api(`/dossiers/${ids['pool']}/versions/${n}/input.${f}`))));
        const withPdf = browserOrUndefined() !== undefined;
        for (const href of [...reports, ...inputs].filter((h) => withPdf || !h.includes('.pdf'))) {
          const r: Answer = await as('council-member').get(href);
          expect(r.status, href).to.equal(200);
        }
        const fr = await as('council-member').get(reports.find((h) => h.endsWith('report.html?lang=fr')) as string);
        expect(fr.headers.get('content-language')).to.equal('fr');
        // What a screen reader says for a link names the language in the page's own language.
        expect(html).to.include('<span class="visually-hidden">Rapport in het Frans als PDF</span>').and.not.include('Rapport in het Français');
        const en = await as('council-member').get(`${page(`/dossiers/${ids['pool']}`)}?lang=en`);
        expect(en.text).to.include('<span class="visually-hidden">Report in Dutch as HTML</span>');
        // The language chosen is kept (a cookie): back to Dutch for the tests after this one.
        await as('council-member').get(`${page(`/dossiers/${ids['pool']}`)}?lang=nl`);
      });

      it('a Brussels organisation prints the report in both its languages at once', async () => {
        await t.store.orgs.update(org.id, { languages: ['fr', 'nl'] });
        try {
          const r = await as('council-member').get(page(`/dossiers/${ids['pool']}`));
          const both = hrefs(r.text, api('/assessments/')).filter((h) => h.includes('lang=fr,nl'));
          expect(both.map((h) => h.replace(/^.*\/report\./, 'report.'))).to.deep.equal([
            'report.html?lang=fr,nl',
            'report.pdf?lang=fr,nl',
            'report.html?lang=fr,nl&variant=short',
            'report.pdf?lang=fr,nl&variant=short',
          ]);
          expect(r.text).to.include('Frans en Nederlands samen').and.include('<span class="visually-hidden">Rapport in het Frans en Nederlands als PDF</span>');
          const html = await as('council-member').get(both[0] as string);
          expect(html.status).to.equal(200);
          expect(html.headers.get('content-language')).to.equal('fr, nl');
        } finally {
          await t.store.orgs.update(org.id, { languages: ['nl'] });
        }
      });

      it('leads on: a new version (for those who prepare), the council, and two versions to compare', async () => {
        const newVersion = (text: string): string[] => hrefs(text, page('/drafts/new')).filter((h) => h.includes('dossier='));
        expect(newVersion(html)).to.deep.equal([page(`/drafts/new?kind=proposal&dossier=${ids['pool']}`)]);
        expect(hrefs(html, page(`/dossiers/${ids['pool']}/council`))).to.have.length(1);
        expect(html).to.include(`action="${page(`/dossiers/${ids['pool']}/compare`)}"`);
        expect(html).to.match(/<select id="from" name="from"><option value="1" selected>/);
        expect(html).to.match(/<select id="to" name="to">.*<option value="2" selected>/);
        const alderman = await as('alderman').get(page(`/dossiers/${ids['pool']}`));
        expect(newVersion(alderman.text)).to.deep.equal([]);
      });

      it('says plainly when there is only one version to compare', async () => {
        const r = await as('participant').get(page(`/dossiers/${ids['audit']}`));
        expect(r.status).to.equal(200);
        expect(r.text).to.include('Vergelijken kan vanaf twee versies.').and.include('Drempelscan: actieplan');
      });

      it("is a 404 page for another organisation's dossier, and for a dossier that does not exist", async () => {
        for (const path of [page(`/dossiers/${otherDossier}`), page('/dossiers/bestaat-niet'), page(`/dossiers/${otherDossier}/compare?from=1&to=2`)]) {
          const r = await as('admin').get(path);
          expect(r.status, path).to.equal(404);
          expect(r.headers.get('content-type')).to.match(/^text\/html/);
          expect(r.text).to.include('Deze pagina bestaat niet').and.not.include('Elders');
        }
      });
    });

    describe('compare', () => {
      it('shows the changed fields by name with old and new value, verdict and score before and after, and the check that turned worse', async () => {
        const r = await as('alderman').get(page(`/dossiers/${ids['pool']}/compare?from=1&to=2`));
        expect(r.status, r.headers.get('location') ?? '').to.equal(200);
        expect(r.text).to.include('<h1>Versie 1 en 2 vergeleken</h1>');
        // named by the catalogue's titles; the values by their choice labels (the value itself until the catalogue has one)
        expect(r.text).to.match(
          /<th scope="row">[^<]+ › [^<]+<span class="path">participation\.proposalCouldChange<\/span><\/th><td class="old"[^>]*>Ja<\/td><td class="new"[^>]*>Nee<\/td>/,
        );
        expect(r.text).to.match(
          /\(rij 1\) › [^<]+<span class="path">affordability\.prices\[0\]\.amount<\/span><\/th><td class="old"[^>]*>4,5<\/td><td class="new"[^>]*>5<\/td>/,
        );
        expect(r.text)
          .to.include('<span class="verdict v-favourable">Gunstig</span>')
          .and.include('<span class="verdict v-conditional">Gunstig onder voorwaarden</span>');
        const worse = r.text.split('Slechter geworden')[1]?.split('</ul>')[0] ?? '';
        expect(worse).to.include('PA1').and.include('voldaan → niet voldaan');
        expect(r.text).to.include('Er kwamen geen knock-outs bij en er verdwenen er geen.');
        expect(r.text).to.include('Score per dimensie').and.include('P Participatie');
      });

      it('compares the other way round too', async () => {
        const r = await as('alderman').get(page(`/dossiers/${ids['pool']}/compare?from=2&to=1`));
        expect(r.status).to.equal(200);
        expect(r.text.split('Beter geworden')[1]?.split('</ul>')[0]).to.include('PA1');
      });

      it('answers a missing, wrong or equal version with a 400 page that names the parameter', async () => {
        const cases: [string, string][] = [
          ['', 'from'],
          ['?from=1', 'to'],
          ['?from=een&to=2', 'from'],
          ['?from=1&to=9', 'to'],
          ['?from=2&to=2', 'to'],
        ];
        for (const [query, name] of cases) {
          const r = await as('council-member').get(page(`/dossiers/${ids['pool']}/compare${query}`));
          expect(r.status, query).to.equal(400);
          expect(r.text, query).to.include('Deze vergelijking kan niet: kijk de versies na.').and.include(`<strong>${name}</strong>: `);
        }
      });
    });
  });
}
