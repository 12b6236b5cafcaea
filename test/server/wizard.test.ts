// The wizard through the app, as a browser without script uses it (form posts, redirects), plus the
// script's preview post: start a proposal, fill in steps with "weet ik niet" and a wrong value (its error
// next to the field, in nl and fr), leave and resume, add and remove a row, watch the panel change,
// start from an uploaded example, submit into a dossier, and a colleague who cannot see the draft.
// (Every field of both schemas in its step: wizard-fields.test.ts.)
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readExample } from '../../src/examples.js';
import { PACKAGE_ROOT } from '../../src/paths.js';
import type { Organisation, User } from '../../src/store/types.js';
import type { SubjectKind } from '../../src/types.js';
import { backends, Client, makeOrg, makeUser, startTestServer, type Answer, type TestServer } from './harness.js';

type Fields = Record<string, string | string[]>;

const post = (c: Client, path: string, fields: Fields): Promise<Answer> => c.form(path, fields);

/** A file upload as a browser sends it (multipart/form-data). */
async function upload(c: Client, path: string, fields: Record<string, string>, file: { name: string; text: string }): Promise<Answer> {
  const data = new FormData();
  data.append('_csrf', c.csrf ?? '');
  for (const [k, v] of Object.entries(fields)) data.append(k, v);
  data.append('file', new Blob([file.text], { type: 'application/yaml' }), file.name);
  const res = await fetch(c.base + path, { method: 'POST', headers: { cookie: c.cookie ?? '' }, body: data, redirect: 'manual' });
  return { status: res.status, headers: res.headers, text: await res.text(), body: undefined };
}

const location = (a: Answer): string => a.headers.get('location') ?? '';
const pathOf = (url: string): string => url.split('#')[0] as string;
/** The text of the error shown next to a field, or undefined. */
const fieldError = (html: string, name: string): string | undefined => {
  const m = new RegExp(`id="${name.replace(/\./g, '\\.')}-error">([^<]*)<`).exec(html)?.[1];
  return m === undefined ? undefined : unescapeHtml(m);
};
/** Text as Handlebars escapes it, back: `&quot;` `&gt;` `&#x3D;` … */
const unescapeHtml = (s: string): string =>
  s.replace(/&(quot|gt|lt|amp|#x([0-9a-f]+)|#(\d+));/gi, (_, name: string, hex?: string, dec?: string) =>
    hex
      ? String.fromCodePoint(parseInt(hex, 16))
      : dec
        ? String.fromCodePoint(Number(dec))
        : (({ quot: '"', gt: '>', lt: '<', amp: '&' } as Record<string, string>)[name] ?? ''),
  );
const unknownCount = (html: string): number => Number(/class="panel-count">(\d+)</.exec(html)?.[1] ?? NaN);
const draftIdOf = (url: string): string => /\/drafts\/([^/?#]+)/.exec(url)?.[1] ?? '';

for (const backend of backends()) {
  describe(`wizard pages (${backend.name})`, function () {
    this.timeout(120_000);
    let t: TestServer;
    let org: Organisation;
    let an: User;
    let c: Client;
    const base = () => `/o/${org.slug}`;

    before(async () => {
      t = await startTestServer(backend);
      org = await makeOrg(t.store);
      an = await makeUser(t.store, { orgId: org.id, role: 'council-member' });
      c = new Client(t.url);
      expect((await c.login(an.email)).status).to.equal(200);
    });
    after(() => t.close());

    async function startBlank(title = 'Zwembad: sociaal tarief', kind: SubjectKind = 'proposal'): Promise<string> {
      const r = await post(c, `${base()}/drafts`, { kind, start: 'blank', 'meta.title': title, 'meta.municipality': 'Gent' });
      expect(r.status, r.text.slice(0, 300)).to.equal(303);
      return draftIdOf(location(r));
    }
    const draftInput = async (id: string): Promise<Record<string, unknown>> => JSON.parse((await t.store.drafts.get(org.id, id))?.data ?? '{}');

    it('starts a proposal: a start page with labelled fields, then a draft at its first step', async () => {
      const page = await c.get(`${base()}/drafts/new?kind=proposal`);
      expect(page.status).to.equal(200);
      expect(page.text).to.include('<h1>Nieuw voorstel</h1>').and.include('<label for="meta.title">').and.include('enctype="multipart/form-data"');
      const empty = await post(c, `${base()}/drafts`, { kind: 'proposal', start: 'blank', 'meta.title': '  ', 'meta.municipality': 'Gent' });
      expect(empty.status).to.equal(400);
      expect(fieldError(empty.text, 'meta.title')).to.equal('vul dit in');
      expect(empty.text).to.include('role="alert"');
      const r = await post(c, `${base()}/drafts`, { kind: 'proposal', start: 'blank', 'meta.title': 'Zwembad', 'meta.municipality': 'Gent' });
      expect(r.status).to.equal(303);
      expect(pathOf(location(r))).to.match(new RegExp(`^${base()}/drafts/[0-9a-f-]{36}/meta\\?lang=nl$`));
      const draft = await t.store.drafts.get(org.id, draftIdOf(location(r)));
      expect(draft).to.include({ kind: 'proposal', dossierId: null, authorId: an.id, step: 'meta' });
      expect(JSON.parse(draft?.data ?? '')).to.deep.equal({ kind: 'proposal', meta: { title: 'Zwembad', municipality: 'Gent' } });
      const step = await c.get(location(r));
      expect(step.status).to.equal(200);
      expect(step.text).to.include('value="Zwembad"').and.include('aria-current="step"').and.include('<script src="/assets/wizard.js" defer></script>');
      expect((await c.get(`${base()}/drafts/new?kind=service-audit`)).text).to.include('Nieuwe drempelscan');
      expect((await c.get(`${base()}/drafts/new?kind=iets`)).status).to.equal(400);
    });

    it('fills in steps: screening first after meta, "weet ik niet" kept as unknown (never "no"), ruled-out sections skipped', async () => {
      const id = await startBlank();
      const d = `${base()}/drafts/${id}`;
      const meta = await post(c, `${d}/meta`, { _action: 'next', 'meta.title': 'Zwembad: sociaal tarief', 'meta.municipality': 'Gent', 'meta.type': 'fee' });
      expect(pathOf(location(meta))).to.equal(`${d}/screening?lang=nl`);
      const screening = await post(c, `${d}/screening`, {
        _action: 'next',
        'screening.triggers.price': 'no',
        'screening.triggers.right': 'unknown',
        'screening.triggers.digital': 'yes',
        'screening.masterplanAxis__unknown': '1',
        'screening.lifeDomains__rows': '0',
      });
      // No price: affordability does not apply, and "Volgende" goes past it.
      expect(pathOf(location(screening))).to.equal(`${d}/rights?lang=nl`);
      const input = await draftInput(id);
      expect(input['screening']).to.deep.equal({ triggers: { price: 'no', right: 'unknown', digital: 'yes' } });
      expect((await t.store.drafts.get(org.id, id))?.unknowns).to.deep.equal(['screening.masterplanAxis']);
      const again = await c.get(`${d}/screening`);
      expect(again.text).to.match(/id="screening\.triggers\.right--unknown" name="screening\.triggers\.right" value="unknown" checked/);
      expect(again.text).not.to.match(/id="screening\.triggers\.right--no"[^>]*checked/);
      expect(again.text).to.match(/name="screening\.masterplanAxis__unknown" value="1"[^>]* checked/);
      const rights = await c.get(`${d}/rights`);
      expect(rights.text).to.match(/Betaalbaarheid<\/a> <span class="step-status">niet van toepassing<\/span>/);
      const back = await post(c, `${d}/rights`, { _action: 'prev' });
      expect(pathOf(location(back))).to.equal(`${d}/screening?lang=nl`);
    });

    it('a wrong value gets its error next to the field, in nl and fr, and what was typed stays; leaving and coming back resumes there', async () => {
      const id = await startBlank();
      const d = `${base()}/drafts/${id}`;
      const r = await post(c, `${d}/affordability`, {
        _action: 'next',
        'affordability.prices__rows': '2',
        'affordability.prices.0.label': 'Volwassene',
        'affordability.prices.0.amount': 'abc',
        'affordability.prices.0.frequency': 'per-use',
        'affordability.prices.1.amount': '-5',
        'affordability.prices.1.frequency': 'once',
        'affordability.depositAmount': '12,50',
        'affordability.socialTariff.discount': '150',
      });
      expect(location(r), 'a step with problems stays').to.equal(`${d}/affordability?lang=nl#fouten`);
      const nl = await c.get(`${d}/affordability`);
      expect(fieldError(nl.text, 'affordability.prices.0.amount')).to.equal('moet een nummer (number) bevatten — "abc"');
      expect(fieldError(nl.text, 'affordability.prices.1.amount')).to.equal('moet >= 0 zijn — -5');
      expect(nl.text).to.match(
        /id="affordability\.prices\.0\.amount" name="affordability\.prices\.0\.amount" value="abc"[^>]*aria-describedby="[^"]*affordability\.prices\.0\.amount-error"[^>]*aria-invalid="true"/,
      );
      expect(nl.text).to.include('value="-5"').and.include('value="12,5"').and.include('value="150"');
      // A share is typed as a percentage, and its problem is said as one.
      expect(fieldError(nl.text, 'affordability.socialTariff.discount')).to.equal('moet een percentage tussen 0 en 100 zijn');
      expect(((await draftInput(id))['affordability'] as { socialTariff: unknown }).socialTariff).to.deep.equal({ discount: 1.5 });
      expect(nl.text).to.match(/<div class="alert" role="alert" id="fouten"[^>]*>[\s\S]*href="#affordability\.prices\.0\.amount">Bedrag \(rij 1\)/);
      const fr = await c.get(`${d}/affordability?lang=fr`);
      expect(fieldError(fr.text, 'affordability.prices.0.amount')).to.equal('doit être de type number — "abc"');
      expect(fr.text).to.include('Vérifiez ces champs');
      // Leave, come back: the draft resumes at the step it stopped, in the language last chosen.
      const resume = await c.get(d);
      expect(resume.status).to.equal(303);
      expect(location(resume)).to.equal(`${d}/affordability?lang=fr`);
      await c.get(`${d}/affordability?lang=nl`);
      const fixed = await post(c, `${d}/affordability`, {
        _action: 'next',
        'affordability.prices__rows': '2',
        'affordability.prices.0.amount': '4,5',
        'affordability.prices.0.frequency': 'per-use',
        'affordability.prices.1.amount': '5',
        'affordability.prices.1.frequency': 'once',
        'affordability.socialTariff.discount': '15',
      });
      expect(pathOf(location(fixed))).to.equal(`${d}/rights?lang=nl`);
      expect(((await draftInput(id))['affordability'] as { prices: unknown[] }).prices).to.deep.equal([
        { amount: 4.5, frequency: 'per-use' },
        { amount: 5, frequency: 'once' },
      ]);
      expect((await c.get(d)).headers.get('location')).to.equal(`${d}/rights?lang=nl`);
    });

    it('adds a row (an empty one to fill in) and removes one, without script', async () => {
      const id = await startBlank();
      const d = `${base()}/drafts/${id}`;
      const add = await post(c, `${d}/impact`, { _action: 'add:impact.householdEffects', 'impact.householdEffects__rows': '0' });
      expect(location(add)).to.equal(`${d}/impact?add=impact.householdEffects&lang=nl#impact.householdEffects.0`);
      const shown = await c.get(pathOf(location(add)));
      expect(shown.text).to.include('name="impact.householdEffects.0.monthlyEffect"').and.include('name="impact.householdEffects__rows" value="1"');
      expect(shown.text).to.include('value="remove:impact.householdEffects.0"');
      const rows = {
        'impact.householdEffects__rows': '3',
        'impact.householdEffects.0.household': 'single-leefloon',
        'impact.householdEffects.0.monthlyEffect': '-12',
        'impact.householdEffects.1.household': 'couple-2',
        'impact.householdEffects.1.monthlyEffect': '3,5',
        'impact.householdEffects.2.household': 'older-igo',
        'impact.householdEffects.2.monthlyEffect': '0',
      };
      const remove = await post(c, `${d}/impact`, { _action: 'remove:impact.householdEffects.1', ...rows });
      expect(location(remove)).to.equal(`${d}/impact?lang=nl#impact.householdEffects`);
      expect(((await draftInput(id))['impact'] as Record<string, unknown>)['householdEffects']).to.deep.equal([
        { household: 'single-leefloon', monthlyEffect: -12 },
        { household: 'older-igo', monthlyEffect: 0 },
      ]);
      const after = await c.get(`${d}/impact`);
      expect(after.text).to.include('name="impact.householdEffects__rows" value="2"').and.not.include('impact.householdEffects.2.household');
    });

    it('the preview post saves the draft and answers the panel, which changes as answers change', async () => {
      const id = await startBlank();
      const d = `${base()}/drafts/${id}`;
      const first = await post(c, `${d}/preview`, { _step: 'screening', 'screening.triggers.price': 'yes', 'screening.lifeDomains__rows': '0' });
      expect(first.status).to.equal(200);
      expect(first.headers.get('content-type')).to.match(/^text\/html/);
      expect(first.text).not.to.include('<html');
      expect(first.text).to.include('Voorlopige uitkomst').and.include('class="panel-lights"');
      expect(((await draftInput(id))['screening'] as Record<string, unknown>)['triggers']).to.deep.equal({ price: 'yes' });
      const many = unknownCount(first.text);
      // Ruling out most themes leaves far fewer questions open.
      const triggers = ['price', 'right', 'application', 'digital', 'place', 'opening', 'contact', 'housing', 'health', 'support'];
      const none = await post(c, `${d}/preview`, { _step: 'screening', ...Object.fromEntries(triggers.map((k) => [`screening.triggers.${k}`, 'no'])) });
      expect(unknownCount(none.text)).to.be.lessThan(many);
      // An invalid value: the panel says what to fix instead of a verdict.
      const bad = await post(c, `${d}/preview`, { _step: 'participation', 'participation.claimedLevel': '9' });
      expect(unescapeHtml(bad.text)).to.include('Nog niet te beoordelen').and.include(`/participation?lang=nl#participation.claimedLevel`);
      expect((await post(c, `${d}/preview`, { _step: 'nergens' })).status).to.equal(404);
    });

    it('starts from an uploaded example (YAML, as the CLI reads it) and submits it: a dossier with version 1 holding the input', async () => {
      const file = 'examples/proposals/zwembad-sociaal-tarief.yaml';
      const text = readFileSync(join(PACKAGE_ROOT, file), 'utf8');
      const wrongKind = await upload(c, `${base()}/drafts`, { kind: 'service-audit', start: 'file' }, { name: 'zwembad.yaml', text });
      expect(wrongKind.status).to.equal(400);
      expect(wrongKind.text).to.include('kind: service-audit');
      const broken = await upload(c, `${base()}/drafts`, { kind: 'proposal', start: 'file' }, { name: 'kapot.yaml', text: 'kind: proposal\nmeta: [\n' });
      expect(broken.status).to.equal(400);
      expect(broken.text).to.include('Dit bestand kan niet gebruikt worden');
      const r = await upload(c, `${base()}/drafts`, { kind: 'proposal', start: 'file' }, { name: 'zwembad.yaml', text });
      expect(r.status, r.text.slice(0, 400)).to.equal(303);
      const id = draftIdOf(location(r));
      const example = readExample(file);
      expect(await draftInput(id)).to.deep.equal(example);
      const review = await c.get(`${base()}/drafts/${id}/review`);
      expect(review.text).to.include('Alles is in orde. Je kan indienen.');
      const submitted = await post(c, `${base()}/drafts/${id}/review`, { _action: 'submit' });
      expect(submitted.status).to.equal(303);
      const dossierId = /\/dossiers\/([^/?#]+)/.exec(location(submitted))?.[1] ?? '';
      expect(location(submitted)).to.equal(`${base()}/dossiers/${dossierId}?lang=nl`);
      const dossier = await t.store.dossiers.get(org.id, dossierId);
      expect(dossier).to.include({ kind: 'proposal', latestVersion: 1, ownerId: an.id, title: (example['meta'] as { title: string }).title });
      const v1 = await t.store.versions.get(org.id, dossierId, 1);
      expect(JSON.parse(v1?.input ?? '')).to.deep.equal(example);
      expect(v1?.authorId).to.equal(an.id);
      expect(await t.store.drafts.get(org.id, id), 'a submitted draft is gone').to.equal(undefined);
      expect((await t.store.assessments.listForDossier(org.id, dossierId)).length).to.equal(1);

      // A new version of that dossier: it starts from version 1, and submitting makes version 2.
      const start = await c.get(`${base()}/drafts/new?dossier=${dossierId}`);
      expect(start.text).to.include('Nieuwe versie van');
      const v = await post(c, `${base()}/drafts`, { kind: 'proposal', dossier: dossierId, start: 'dossier' });
      const vid = draftIdOf(location(v));
      expect(await t.store.drafts.get(org.id, vid)).to.include({ dossierId, baseVersion: 1 });
      expect((await c.get(`${base()}/drafts/${vid}/review`)).text, 'nothing moved on yet').to.not.include('Het dossier veranderde sinds je begon');
      await post(c, `${base()}/drafts/${vid}/meta`, { ...metaForm(example), 'meta.summary': 'Tweede versie.' });
      const second = await post(c, `${base()}/drafts/${vid}/review`, { _action: 'submit' });
      expect(location(second)).to.equal(`${base()}/dossiers/${dossierId}?lang=nl`);
      const v2 = await t.store.versions.get(org.id, dossierId, 2);
      expect((JSON.parse(v2?.input ?? '{}') as { meta: { summary: string } }).meta.summary).to.equal('Tweede versie.');
      // Someone else saves version 3 while a draft started from version 2 is open: the review says so.
      const late = draftIdOf(location(await post(c, `${base()}/drafts`, { kind: 'proposal', dossier: dossierId, start: 'dossier' })));
      expect((await t.store.drafts.get(org.id, late))?.baseVersion).to.equal(2);
      const other = await makeUser(t.store, { orgId: org.id, role: 'council-member' });
      const writer = new Client(t.url);
      await writer.login(other.email);
      expect((await writer.post(`/api/v1/orgs/${org.slug}/dossiers/${dossierId}/versions`, example)).status).to.equal(201);
      const moved = await c.get(`${base()}/drafts/${late}/review`);
      expect(moved.text)
        .to.include('Het dossier veranderde sinds je begon')
        .and.match(/Versie 3, door Test Gebruiker op \d+ \w+ \d{4}/);
      expect(moved.text).to.include('wordt versie 4 en gaat uit van versie 2');
      expect(moved.text).to.include(`href="${base()}/dossiers/${dossierId}/compare?from&#x3D;2&amp;to&#x3D;3&amp;lang&#x3D;nl"`);
      await post(c, `${base()}/drafts/${late}/delete`, {});
      // An uploaded file can start the next version too.
      const fromFile = await upload(c, `${base()}/drafts`, { kind: 'proposal', dossier: dossierId, start: 'file' }, { name: 'zwembad.yaml', text });
      const fid = draftIdOf(location(fromFile));
      expect(await t.store.drafts.get(org.id, fid)).to.include({ dossierId, kind: 'proposal' });
      expect(await draftInput(fid)).to.deep.equal(example);
    });

    it('will not submit a draft with problems: the review lists them, with links to their fields', async () => {
      const id = await startBlank();
      await post(c, `${base()}/drafts/${id}/participation`, { 'participation.claimedLevel': '9' });
      const r = await post(c, `${base()}/drafts/${id}/review`, { _action: 'submit' });
      expect(location(r)).to.equal(`${base()}/drafts/${id}/review?tried=1&lang=nl#fouten`);
      const review = await c.get(pathOf(location(r)));
      expect(unescapeHtml(review.text)).to.include('role="alert"').and.include(`/participation?lang=nl#participation.claimedLevel`);
      expect(await t.store.drafts.get(org.id, id)).to.not.equal(undefined);
      expect((await t.store.dossiers.list(org.id, { search: 'Zwembad: sociaal' }, null, 100)).items.length).to.equal(0);
    });

    it("a draft is its author's only: a colleague gets 404, and can throw away only their own", async () => {
      const id = await startBlank();
      const bo = await makeUser(t.store, { orgId: org.id, role: 'council-chair' });
      const other = new Client(t.url);
      await other.login(bo.email);
      for (const path of [`${base()}/drafts/${id}`, `${base()}/drafts/${id}/meta`, `${base()}/drafts/${id}/review`]) {
        const r = await other.get(path);
        expect(r.status, path).to.equal(404);
        expect(r.text).to.include('Dit concept bestaat niet (meer).');
      }
      expect((await post(other, `${base()}/drafts/${id}/meta`, { 'meta.title': 'Overgenomen' })).status).to.equal(404);
      expect((await post(other, `${base()}/drafts/${id}/delete`, {})).status).to.equal(404);
      expect((await post(other, `${base()}/drafts/${id}/preview`, { _step: 'meta' })).status).to.equal(404);
      expect(await t.store.drafts.get(org.id, id)).to.not.equal(undefined);
      const gone = await post(c, `${base()}/drafts/${id}/delete`, {});
      expect(gone.status).to.equal(303);
      expect(await t.store.drafts.get(org.id, id)).to.equal(undefined);
      // An alderman does not use the wizard; someone of another organisation does not see it exists.
      const alderman = await makeUser(t.store, { orgId: org.id, role: 'alderman' });
      const a = new Client(t.url);
      await a.login(alderman.email);
      expect((await a.get(`${base()}/drafts/new?kind=proposal`)).status).to.equal(403);
    });
  });
}

function metaForm(input: Record<string, unknown>): Fields {
  const meta = input['meta'] as Record<string, string>;
  return Object.fromEntries(Object.entries(meta).map(([k, v]) => [`meta.${k}`, String(v)]));
}
