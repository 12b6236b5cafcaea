// The services pages as an OCMW worker uses them: a service audited twice (one answer changed so that a
// barrier goes away, another so that one comes), the actions made from the first audit's plan and followed
// up through their forms (no script), the trend of the scores, what changed, overdue actions; and who may
// read or change what.
import { expect } from 'chai';
import type { Organisation, User } from '../../src/store/types.js';
import { overdueActionsPanel } from '../../src/server/pages/services-dashboard.js';
import { example } from './api-helpers.js';
import { backends, Client, makeOrg, makeUser, startTestServer, type Answer, type TestServer } from './harness.js';

const AUDIT = 'ocmw-onthaal-drempelscan';

/** A form post as a browser sends it: the CSRF token as the form's hidden field, no header. */
function form(c: Client, path: string, fields: Record<string, string>): Promise<Answer> {
  return c.send('POST', path, { raw: new URLSearchParams(fields).toString(), headers: { 'content-type': 'application/x-www-form-urlencoded' }, csrf: false });
}

const csrfOf = (html: string): string => /name="_csrf" value="([^"]+)"/.exec(html)?.[1] ?? '';
/** The ids of the actions on a page, in the page's order. */
const actionIds = (html: string): string[] => [...html.matchAll(/<li class="action[^"]*" id="actie-([^"]+)"/g)].map((m) => m[1] as string);
/** One action's card. */
const card = (html: string, id: string): string => {
  const start = html.lastIndexOf('<li', html.indexOf(`id="actie-${id}"`));
  return html.slice(start, html.indexOf('</li>', start));
};
/** A value as Handlebars writes it into an attribute (it escapes "=" too). */
const attr = (s: string): string =>
  s.replace(/[&<>"'`=]/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#x27;', '`': '&#x60;', '=': '&#x3D;' })[ch] as string);
const fieldError = (html: string, id: string): string | undefined => new RegExp(`id="${id}-error">([^<]*)<`).exec(html)?.[1];

/** The second audit: the phone line is now free and answered quickly (T6 goes), the building no longer step-free (M5 comes). */
function secondAudit(): Record<string, unknown> {
  const v = structuredClone(example(AUDIT)) as {
    meta: Record<string, unknown>;
    time: { phone: Record<string, unknown> };
    reachability: Record<string, unknown>;
  };
  v.meta['referenceDate'] = '2026-09-15';
  v.time.phone['freeOrLocalRate'] = 'ja';
  v.time.phone['shortWait'] = 'ja';
  v.reachability['stepFree'] = 'nee';
  return v;
}

for (const backend of backends()) {
  describe(`services pages (${backend.name})`, function () {
    this.timeout(120_000);
    let t: TestServer;
    let org: Organisation;
    let worker: User;
    let participant: User;
    let c: Client;
    let serviceId = '';
    let base = '';

    before(async () => {
      t = await startTestServer(backend);
      t.clock.set('2026-10-01T10:00:00.000Z');
      org = await makeOrg(t.store);
      worker = await makeUser(t.store, { orgId: org.id, role: 'ocmw-staff' });
      participant = await makeUser(t.store, { orgId: org.id, role: 'participant' });
      c = new Client(t.url);
      expect((await c.login(worker.email)).status).to.equal(200);
      base = `/o/${org.slug}/services`;
    });
    after(() => t.close());

    it('starts with an empty register that offers to review a service', async () => {
      const r = await c.get(base);
      expect(r.status).to.equal(200);
      expect(r.text).to.include('<h1>Diensten</h1>').and.include('Er is nog geen dienst doorgelicht.');
      expect(r.text).to.include(`href="${attr(`/o/${org.slug}/drafts/new?kind=service-audit`)}"`);
      expect(r.text).not.to.match(/<script/i);
    });

    it('the first audit: the service in the register and on its page, and the actions made from its plan, once', async () => {
      const made = await c.post(`/api/v1/orgs/${org.slug}/dossiers`, { input: example(AUDIT) });
      expect(made.status, made.text).to.equal(201);
      serviceId = made.body.dossier.id;
      const reg = await c.get(base);
      expect(reg.text).to.include('Onthaal Sociaal Huis Lindeveld').and.include('15 september 2025 (audit 1)');
      expect(reg.text).to.include(`href="${attr(`/o/${org.slug}/drafts/new?kind=service-audit&dossier=${serviceId}`)}"`);

      const page = await c.get(`${base}/${serviceId}`);
      expect(page.status).to.equal(200);
      expect(page.text).to.include('Na een tweede audit zie je hier hoe de scores veranderen.');
      expect(page.text).to.include('Er zijn nog geen acties.').and.include('Acties maken uit het actieplan');
      const steps = (JSON.parse((await t.store.assessments.get(org.id, made.body.assessment.id))?.result ?? '{}') as { improvementPath: unknown[] })
        .improvementPath.length;
      expect(steps).to.be.greaterThan(10);

      const first = await form(c, `${base}/${serviceId}/actions`, { _csrf: csrfOf(page.text), version: '1' });
      expect(first.status, first.text).to.equal(303);
      expect(first.headers.get('location')).to.equal(`${base}/${serviceId}?lang=nl&created=${steps}&audit=1#acties`);
      const again = await form(c, `${base}/${serviceId}/actions`, { _csrf: csrfOf(page.text), version: '1' });
      expect(again.headers.get('location')).to.include('created=0');
      const after = await c.get(`${base}/${serviceId}?created=${steps}&audit=1`);
      expect(after.text).to.include(`Er zijn ${steps} acties gemaakt uit het actieplan van audit 1.`);
      expect(actionIds(after.text)).to.have.length(steps);
      expect(after.text).to.include(`Voor elke stap van het actieplan van audit 1 is er een actie`);
      expect(after.text).not.to.include('<button type="submit">Acties maken uit het actieplan</button>');
      // The plan's first quick win first, with the check it addresses.
      const actions = await t.store.actions.listForDossier(org.id, serviceId);
      expect(actions.map((a) => a.position)).to.deep.equal(actions.map((_, i) => i + 1));
      expect(card(after.text, actions[0]?.id as string)).to.include('Lost deze drempel op:');
    });

    it('follows an action up through its form: done with a note and an owner from the organisation', async () => {
      const actions = await t.store.actions.listForDossier(org.id, serviceId);
      const phone = actions.find((a) => a.checkId === 'T6');
      if (!phone) throw new Error('no action for T6');
      const page = await c.get(`${base}/${serviceId}`);
      const saved = await form(c, `${base}/${serviceId}/actions/${phone.id}?lang=nl`, {
        _csrf: csrfOf(page.text),
        status: 'done',
        ownerUserId: worker.id,
        ownerName: '',
        dueDate: '2026-06-30',
        note: 'Gewoon lokaal nummer sinds mei',
      });
      expect(saved.status, saved.text).to.equal(303);
      expect(saved.headers.get('location')).to.equal(`${base}/${serviceId}?lang=nl&saved=${phone.id}#actie-${phone.id}`);
      const shown = await c.get(saved.headers.get('location') as string);
      expect(shown.text).to.include('De actie is opgeslagen.');
      const mine = card(shown.text, phone.id);
      expect(mine).to.include('<span class="status-tag">klaar</span>').and.include('Test Gebruiker').and.include('30 juni 2026');
      expect(mine).to.include('Gewoon lokaal nummer sinds mei').and.not.include('overdue-flag');
      expect(await t.store.actions.get(org.id, phone.id)).to.include({ status: 'done', ownerUserId: worker.id, dueDate: '2026-06-30', updatedBy: worker.id });
      const audit = (await t.store.audit.list(org.id, { dossierId: serviceId }, null, 100)).items;
      const entry = audit.find((e) => e.action === 'action.update');
      expect(entry?.details).to.include({ actionId: phone.id, checkId: 'T6', status: 'done', statusChanged: true, noteChanged: true });
      expect(JSON.stringify(entry?.details)).not.to.include('lokaal nummer');
      // Newest first: the second click made nothing and skipped every step the first one made.
      const creations = audit.filter((e) => e.action === 'actions.create').map((e) => e.details);
      const made = (await t.store.actions.listForDossier(org.id, serviceId)).length;
      expect(creations).to.have.length(2);
      expect(creations[0]).to.include({ version: 1, created: 0, skipped: made });
      expect(creations[1]).to.include({ version: 1, created: made, skipped: 0 });
    });

    it('refuses a wrong date and two owners at once: the form comes back open, with each problem next to its field', async () => {
      const [a] = await t.store.actions.listForDossier(org.id, serviceId);
      const id = a?.id as string;
      const page = await c.get(`${base}/${serviceId}`);
      const bad = await form(c, `${base}/${serviceId}/actions/${id}`, {
        _csrf: csrfOf(page.text),
        status: 'in-progress',
        ownerUserId: worker.id,
        ownerName: 'Sarah <Verhulst>',
        dueDate: '31-12-2026',
        note: '',
      });
      expect(bad.status).to.equal(400);
      expect(bad.text).to.include('role="alert"').and.include(`href="#dueDate-${id}"`);
      expect(fieldError(bad.text, `dueDate-${id}`)).to.equal('Geef een geldige datum, bijvoorbeeld 2026-12-31.');
      expect(bad.text).to.include(`<li><a href="#dueDate-${id}">Deadline: Geef een geldige datum, bijvoorbeeld 2026-12-31.</a></li>`);
      expect(fieldError(bad.text, `ownerName-${id}`)).to.equal('Kies iemand uit de lijst of typ een naam, niet allebei.');
      const mine = card(bad.text, id);
      expect(mine).to.include('<details class="action-edit" open>').and.include('value="31-12-2026"').and.include('value="Sarah &lt;Verhulst&gt;"');
      expect(mine).to.include(`aria-describedby="dueDate-${id}-hint dueDate-${id}-error" aria-invalid="true"`);
      expect(mine).to.include('<option value="in-progress" selected>');
      expect(await t.store.actions.get(org.id, id)).to.include({ status: 'open', dueDate: null });
    });

    it('marks an action whose due date has passed as overdue, in words, on the page, the register and the dashboard', async () => {
      const actions = await t.store.actions.listForDossier(org.id, serviceId);
      const late = actions.find((a) => a.checkId !== 'T6') as (typeof actions)[number];
      const page = await c.get(`${base}/${serviceId}`);
      const r = await form(c, `${base}/${serviceId}/actions/${late.id}`, {
        _csrf: csrfOf(page.text),
        status: 'open',
        ownerUserId: '',
        ownerName: 'Sarah Verhulst',
        dueDate: '2026-09-30',
        note: '',
      });
      expect(r.status, r.text).to.equal(303);
      const shown = await c.get(`${base}/${serviceId}`);
      expect(card(shown.text, late.id)).to.include('is-overdue').and.include('te laat</strong>').and.include('Sarah Verhulst');
      expect(shown.text).to.include('te laat: 1');
      const reg = await c.get(base);
      expect(reg.text).to.include('class="has-overdue"').and.include('1 te laat');
      const ctx = { requestId: 'x', lang: 'nl' as const, actor: null, org, role: 'ocmw-staff' as const };
      const panel = await overdueActionsPanel(t.deps, ctx);
      expect(panel?.title).to.equal('Acties te laat (1)');
      expect(panel?.items).to.deep.equal([
        {
          href: `${base}/${serviceId}?lang=nl#actie-${late.id}`,
          label: late.title,
          meta: 'Onthaal Sociaal Huis Lindeveld · deadline 30 september 2026 · Sarah Verhulst',
        },
      ]);
      expect(await overdueActionsPanel(t.deps, { ...ctx, role: 'participant' })).to.equal(null);
      // On the due date itself it is not late yet.
      t.clock.set('2026-09-30T10:00:00.000Z');
      expect(card((await c.get(`${base}/${serviceId}`)).text, late.id)).not.to.include('is-overdue');
      t.clock.set('2026-10-01T10:00:00.000Z');
    });

    it('filters a long action list: still to do, overdue, done or dropped; a saved action stays in view', async () => {
      const all = await t.store.actions.listForDossier(org.id, serviceId);
      const late = all.find((a) => a.dueDate === '2026-09-30') as (typeof all)[number];
      const done = all.filter((a) => a.status === 'done').map((a) => a.id);
      const todo = all.filter((a) => a.status === 'open' || a.status === 'in-progress').map((a) => a.id);
      expect(done.length + todo.length, 'this service has no dropped actions yet').to.equal(all.length);
      expect(done).to.have.length.greaterThan(0);
      const page = await c.get(`${base}/${serviceId}`);
      expect(actionIds(page.text)).to.have.members(all.map((a) => a.id));
      expect(page.text).to.include(`aria-current="page"><strong>alle (${all.length})</strong>`);
      expect(page.text).to.include(`>nog te doen (${todo.length})<`).and.include('>te laat (1)<').and.include(`>afgerond of geschrapt (${done.length})<`);
      expect(actionIds((await c.get(`${base}/${serviceId}?show=todo`)).text)).to.have.members(todo);
      expect(actionIds((await c.get(`${base}/${serviceId}?show=overdue`)).text)).to.deep.equal([late.id]);
      const closed = await c.get(`${base}/${serviceId}?show=closed`);
      expect(actionIds(closed.text)).to.have.members(done);
      expect(closed.text).to.include(`aria-current="page"><strong>afgerond of geschrapt (${done.length})</strong>`);
      expect((await c.get(`${base}/${serviceId}?show=nonsense`)).text, 'an unknown filter lists them all').to.include(`<strong>alle (${all.length})</strong>`);
      // Marking the late action done from the overdue list: back to that list, the action still shown there.
      const overdue = await c.get(`${base}/${serviceId}?show=overdue`);
      const r = await form(c, `${base}/${serviceId}/actions/${late.id}?lang=nl&show=overdue`, {
        _csrf: csrfOf(overdue.text),
        status: 'done',
        ownerUserId: '',
        ownerName: 'Sarah Verhulst',
        dueDate: '2026-09-30',
        note: '',
      });
      expect(r.status, r.text).to.equal(303);
      expect(r.headers.get('location')).to.include('show=overdue').and.include(`saved=${late.id}`);
      const back = await c.get(r.headers.get('location') ?? '');
      expect(actionIds(back.text)).to.deep.equal([late.id]);
      expect(back.text).to.include('>te laat (0)<');
      const none = await c.get(`${base}/${serviceId}?show=overdue`);
      expect(actionIds(none.text)).to.deep.equal([]);
      expect(none.text).to.include('Geen acties in deze keuze.');
      // Put it back as the later tests expect it: open and overdue.
      const again = await c.get(`${base}/${serviceId}`);
      await form(c, `${base}/${serviceId}/actions/${late.id}`, {
        _csrf: csrfOf(again.text),
        status: 'open',
        ownerUserId: '',
        ownerName: 'Sarah Verhulst',
        dueDate: '2026-09-30',
        note: '',
      });
    });

    it('the second audit: the trend with two points per dimension, the barriers gone and new, and what the done action achieved', async () => {
      const v2 = await c.post(`/api/v1/orgs/${org.slug}/dossiers/${serviceId}/versions`, secondAudit());
      expect(v2.status, v2.text).to.equal(201);
      const page = await c.get(`${base}/${serviceId}`);
      expect(page.status).to.equal(200);
      expect(page.text).to.include('Aantal audits: 2. Laatste audit: 15 september 2026.');
      const svgs = [...page.text.matchAll(/<svg[^>]*class="trend-chart"[\s\S]*?<\/svg>/g)].map((m) => m[0]);
      expect(svgs.length).to.be.greaterThan(5);
      for (const svg of svgs) {
        expect(svg).to.match(/role="img" aria-labelledby="trend-[\w-]+-title trend-[\w-]+-desc"/);
        const desc = /<desc[^>]*>([^<]*)<\/desc>/.exec(svg)?.[1] ?? '';
        expect(desc).to.include('audit 1 (15 september 2025)').and.include('audit 2 (15 september 2026)');
        // Two audits, two points: each a marker (circle, square, triangle or diamond) on the low bound.
        const markers = (svg.match(/<(circle|rect|path) [^>]*stroke="#ffffff" stroke-width="1.5"\/>/g) ?? []).length;
        expect(markers, desc).to.equal(2);
      }
      expect(page.text).to.include('<caption>De scores per audit als tabel</caption>');
      expect(page.text).to.include('groen vanaf 75 · oranje vanaf 50');
      expect(page.text).to.include('Wat veranderde sinds audit 1');
      const changes = page.text.slice(page.text.indexOf('id="changes-h"'), page.text.indexOf('id="acties"'));
      const gone = changes.slice(changes.indexOf('Drempels die weg zijn'), changes.indexOf('Nieuwe drempels'));
      expect(gone).to.include('<strong>T6</strong>');
      const added = changes.slice(changes.indexOf('Nieuwe drempels'), changes.indexOf('Drempels die blijven'));
      expect(added).to.include('<strong>M5</strong>').and.not.include('<strong>T6</strong>');
      expect(changes).to.match(/Uit audit 1 kwamen \d+ acties\. Klaar: 1\. Bij 1 van de klare acties is de drempel weg in audit 2\./);
      const phone = (await t.store.actions.listForDossier(org.id, serviceId)).find((a) => a.checkId === 'T6') as { id: string };
      expect(card(page.text, phone.id)).to.include('In audit 2: de drempel is weg');
      // The new audit's plan: its own actions, beside those of the first.
      expect(page.text).to.include('<button type="submit">Acties maken uit het actieplan</button>');
      expect(page.text).to.include('Het actieplan van audit 2 telt');
      const made = await form(c, `${base}/${serviceId}/actions`, { _csrf: csrfOf(page.text), version: '2' });
      expect(made.status).to.equal(303);
      // Only the new barrier: every other step still has its open action from audit 1, which carries on.
      expect(made.headers.get('location')).to.include('created=1&audit=2');
      const both = await c.get(`${base}/${serviceId}`);
      expect(both.text.indexOf('Uit audit 2 (15 september 2026)')).to.be.lessThan(both.text.indexOf('Uit audit 1 (15 september 2025)'));
      expect(both.text.slice(both.text.indexOf('Uit audit 2'))).to.include('Lost deze drempel op: M5');
    });

    it('shows the page in French with the same numbers', async () => {
      const r = await c.get(`${base}/${serviceId}?lang=fr`);
      expect(r.text).to.include('<html lang="fr">').and.include('Évolution des scores').and.include('Obstacles levés');
      expect(r.text).to.include(`action="${attr(`${base}/${serviceId}/actions?lang=fr`)}"`);
    });

    it('lets a participant read but not change: no forms, and a post is a 403 page', async () => {
      const p = new Client(t.url);
      expect((await p.login(participant.email)).status).to.equal(200);
      const page = await p.get(`${base}/${serviceId}`);
      expect(page.status).to.equal(200);
      expect(page.text).to.include('Onthaal Sociaal Huis Lindeveld').and.include('Drempels die weg zijn');
      expect(page.text).not.to.include('/actions').and.not.include('Nieuwe audit');
      const [a] = await t.store.actions.listForDossier(org.id, serviceId);
      const refused = await form(p, `${base}/${serviceId}/actions/${a?.id}`, { _csrf: csrfOf(page.text), status: 'done' });
      expect(refused.status).to.equal(403);
      expect(refused.headers.get('content-type')).to.match(/^text\/html/);
      expect(refused.text).to.include('Dit mag je niet doen');
      expect((await t.store.actions.get(org.id, a?.id as string))?.status).not.to.equal('done');
      expect((await p.get(base)).status).to.equal(200);
    });

    it('is not there for another organisation, nor for a proposal or an action of another service', async () => {
      const other = await makeOrg(t.store);
      const stranger = await makeUser(t.store, { orgId: other.id, role: 'admin' });
      const s = new Client(t.url);
      expect((await s.login(stranger.email)).status).to.equal(200);
      expect((await s.get(`${base}/${serviceId}`)).status).to.equal(404);
      expect((await s.get(base)).status).to.equal(404);
      expect((await s.get(`/o/${other.slug}/services/${serviceId}`)).status).to.equal(404);
      const proposal = await c.post(`/api/v1/orgs/${org.slug}/dossiers`, { input: example('zwembad-sociaal-tarief') });
      expect((await c.get(`${base}/${proposal.body.dossier.id}`)).status).to.equal(404);
      const [a] = await t.store.actions.listForDossier(org.id, serviceId);
      const second = await c.post(`/api/v1/orgs/${org.slug}/dossiers`, { input: example('vrijetijdspas-drempelscan') });
      const page = await c.get(`${base}/${serviceId}`);
      const wrong = await form(c, `${base}/${second.body.dossier.id}/actions/${a?.id}`, { _csrf: csrfOf(page.text), status: 'done' });
      expect(wrong.status).to.equal(404);
      expect((await form(c, `${base}/${serviceId}/actions`, { _csrf: csrfOf(page.text), version: '9' })).status).to.equal(404);
      expect((await form(c, `${base}/${serviceId}/actions`, { _csrf: csrfOf(page.text), version: 'x' })).status).to.equal(404);
    });
  });
}
