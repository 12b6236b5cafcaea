// Dossiers and versions through the real app: create, list with filters and cursor pages, immutable
// numbered versions stored exactly as validated, change, soft delete, and bad input as a 4xx envelope.
import { expect } from 'chai';
import { parse } from 'yaml';
import { example, exampleText, startApp, type TestApp } from './api-helpers.js';

const ORG = '/api/v1/orgs/teststad';

describe('API: dossiers and versions', function () {
  this.timeout(60_000);
  let app: TestApp;
  let staff: Record<string, string>;

  before(async () => {
    app = await startApp();
    staff = await app.as('teststad', 'ocmw-staff');
  });
  after(async () => app.close());

  async function create(name: string, extra: Record<string, unknown> = {}) {
    const r = await app.call('POST', `${ORG}/dossiers`, { headers: staff, body: { input: example(name), ...extra } });
    expect(r.status, r.text).to.equal(201);
    return r.json as {
      dossier: { id: string; title: string; latestVersion: number };
      version: { number: number };
      assessment: { id: string; verdict: string };
    };
  }

  it('creates a dossier with version 1 and its assessment in one go; the stored input is the validated input', async () => {
    const r = await create('afvalzak-prijsstijging');
    expect(r.dossier.latestVersion).to.equal(1);
    expect(r.version.number).to.equal(1);
    expect(r.assessment.verdict).to.equal('unfavourable');
    expect(r.dossier.title).to.equal(example('afvalzak-prijsstijging')['meta'] && (example('afvalzak-prijsstijging')['meta'] as { title: string }).title);
    const download = await app.call('GET', `${ORG}/dossiers/${r.dossier.id}/versions/1/input.json`, { headers: staff });
    expect(download.status).to.equal(200);
    expect(download.text).to.equal(JSON.stringify(example('afvalzak-prijsstijging')));
    const yaml = await app.call('GET', `${ORG}/dossiers/${r.dossier.id}/versions/1/input.yaml`, { headers: staff });
    expect(yaml.headers.get('content-type')).to.match(/^application\/yaml/);
    expect(parse(yaml.text)).to.deep.equal(example('afvalzak-prijsstijging'));
    const one = await app.call('GET', `${ORG}/dossiers/${r.dossier.id}/versions/1`, { headers: staff });
    expect(one.json.input).to.deep.equal(example('afvalzak-prijsstijging'));
    expect(one.json.version.number).to.equal(1);
  });

  it('takes the first input as YAML text too, and a title of its own; a kind that differs from the input is refused', async () => {
    const r = await create('zwembad-sociaal-tarief', { input: exampleText('zwembad-sociaal-tarief'), title: 'Zwembad 2026', status: 'submitted' });
    expect(r.dossier.title).to.equal('Zwembad 2026');
    const bad = await app.call('POST', `${ORG}/dossiers`, { headers: staff, body: { input: example('zwembad-sociaal-tarief'), kind: 'service-audit' } });
    expect(bad.status).to.equal(400);
    expect(bad.json.error.issues[0].path).to.equal('kind');
    // A YAML body is the input itself, as the CLI's file: the title comes from meta.title.
    const direct = await app.call('POST', `${ORG}/dossiers`, { headers: staff, body: exampleText('uitpas-kansentarief'), type: 'application/yaml' });
    expect(direct.status, direct.text).to.equal(201);
    expect(direct.json.dossier.title).to.equal((example('uitpas-kansentarief')['meta'] as { title: string }).title);
    expect(direct.json.version.number).to.equal(1);
    const stored = await app.call('GET', `${ORG}/dossiers/${direct.json.dossier.id}/versions/1/input.json`, { headers: staff });
    expect(stored.text).to.equal(JSON.stringify(example('uitpas-kansentarief')));
  });

  it('versions are numbered, immutable, and each is assessed; YAML bodies are read as the CLI reads files', async () => {
    const { dossier } = await create('energiepremie-documenten');
    const v2 = await app.call('POST', `${ORG}/dossiers/${dossier.id}/versions`, {
      headers: staff,
      body: exampleText('nachtopvang-brussel'),
      type: 'application/yaml',
    });
    expect(v2.status, v2.text).to.equal(201);
    expect(v2.json.version.number).to.equal(2);
    expect(v2.json.dossier.latestVersion).to.equal(2);
    expect(v2.headers.get('location')).to.equal(`${ORG}/dossiers/${dossier.id}/versions/2`);
    const v3 = await app.call('POST', `${ORG}/dossiers/${dossier.id}/versions`, { headers: staff, body: example('energiepremie-documenten') });
    expect(v3.json.version.number).to.equal(3);
    const list = await app.call('GET', `${ORG}/dossiers/${dossier.id}/versions`, { headers: staff });
    expect(list.json.items.map((v: { number: number }) => v.number)).to.deep.equal([1, 2, 3]);
    expect((await app.call('GET', `${ORG}/dossiers/${dossier.id}/versions/1/input.json`, { headers: staff })).text).to.equal(
      JSON.stringify(example('energiepremie-documenten')),
    );
    const assessments = await app.call('GET', `${ORG}/dossiers/${dossier.id}/assessments`, { headers: staff });
    expect(assessments.json.items).to.have.length(3);
    // nothing overwrites a version: no route for it
    for (const method of ['PUT', 'PATCH', 'DELETE']) {
      expect(
        (await app.call(method, `${ORG}/dossiers/${dossier.id}/versions/1`, { headers: staff, body: example('energiepremie-documenten') })).status,
      ).to.equal(404);
    }
    for (const n of ['0', '4', '01', 'x', '1.5', '99999999999']) {
      expect((await app.call('GET', `${ORG}/dossiers/${dossier.id}/versions/${n}`, { headers: staff })).status, n).to.equal(404);
    }
  });

  it('lists with filters and cursor pages; every dossier once', async () => {
    const names = ['uitpas-kansentarief', 'schooltoelage-online', 'vrijetijdspas-drempelscan', 'ocmw-verhuis-rand', 'onthaalbrochure-participatiegroep'];
    for (const n of names) await create(n);
    const all = await app.call('GET', `${ORG}/dossiers?limit=100`, { headers: staff });
    const total = all.json.items.length as number;
    expect(total).to.be.at.least(names.length + 3);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const r = await app.call('GET', `${ORG}/dossiers?limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`, { headers: staff });
      expect(r.status, r.text).to.equal(200);
      expect(r.json.items.length).to.be.at.most(2);
      seen.push(...r.json.items.map((d: { id: string }) => d.id));
      cursor = r.json.nextCursor;
    } while (cursor);
    expect(seen).to.have.length(total);
    expect(new Set(seen).size).to.equal(total);

    const ids = async (q: string): Promise<string[]> => {
      const r = await app.call('GET', `${ORG}/dossiers?${q}`, { headers: staff });
      expect(r.status, `${q}: ${r.text}`).to.equal(200);
      return r.json.items.map((d: { title: string }) => d.title);
    };
    const audits = await ids('kind=service-audit');
    expect(audits).to.have.length(1);
    expect(audits[0]).to.match(/vrijetijdspas/i);
    expect(await ids('status=submitted')).to.deep.equal(['Zwembad 2026']);
    const favourable = await ids('verdict=favourable');
    expect(favourable).to.include('Zwembad 2026');
    expect(favourable.every((t) => !/schooltoelage/i.test(t))).to.equal(true);
    expect(await ids('q=ZWEMBAD')).to.deep.equal(['Zwembad 2026']);
    expect(await ids('updatedFrom=2999-01-01')).to.deep.equal([]);
    expect((await ids('updatedTo=2999-01-01')).length).to.equal(total);
    const housing = await ids('lifeDomain=housing');
    expect(housing.length).to.be.greaterThan(0).and.lessThan(total);
  });

  it('changes title and status, and deletes softly (administrators only), audited', async () => {
    const { dossier } = await create('buurtloket-dunne-nota');
    const patched = await app.call('PATCH', `${ORG}/dossiers/${dossier.id}`, { headers: staff, body: { status: 'submitted', title: '  Buurtloket  ' } });
    expect(patched.status, patched.text).to.equal(200);
    expect(patched.json.dossier).to.include({ status: 'submitted', title: 'Buurtloket' });
    const chair = await app.as('teststad', 'council-chair');
    expect((await app.call('PATCH', `${ORG}/dossiers/${dossier.id}`, { headers: chair, body: { status: 'in-review' } })).json.dossier.status).to.equal(
      'in-review',
    );
    expect((await app.call('DELETE', `${ORG}/dossiers/${dossier.id}`, { headers: staff })).status).to.equal(403);
    const admin = await app.as('teststad', 'admin');
    expect((await app.call('DELETE', `${ORG}/dossiers/${dossier.id}`, { headers: admin })).status).to.equal(204);
    expect((await app.call('GET', `${ORG}/dossiers/${dossier.id}`, { headers: staff })).status).to.equal(404);
    expect((await app.call('GET', `${ORG}/dossiers/${dossier.id}/versions/1`, { headers: staff })).status).to.equal(404);
    const list = await app.call('GET', `${ORG}/dossiers?limit=100`, { headers: staff });
    expect(list.json.items.map((d: { id: string }) => d.id)).not.to.include(dossier.id);
    const org = app.orgs.get('teststad');
    const audit = await app.store.audit.list(org?.id as string, { dossierId: dossier.id }, null, 10);
    expect(audit.items.map((e) => e.action).sort()).to.deep.equal(['dossier.create', 'dossier.delete', 'dossier.update', 'dossier.update']);
  });

  it("a status follows the council's workflow: the writer submits, the chair opens, signing and answering are acts; an administrator may set any, audited", async () => {
    const { dossier } = await create('schooltoelage-online');
    const path = `${ORG}/dossiers/${dossier.id}`;
    const chair = await app.as('teststad', 'council-chair');
    const admin = await app.as('teststad', 'admin');
    const refused = async (headers: Record<string, string>, status: string, code: number, message: RegExp): Promise<void> => {
      const r = await app.call('PATCH', path, { headers, body: { status } });
      expect(r.status, r.text).to.equal(code);
      expect(r.json.error.issues).to.deep.equal([{ path: 'status', message: r.json.error.message }]);
      expect(r.json.error.message).to.match(message);
    };
    await refused(staff, 'in-review', 403, /^je rol mag dit dossier niet van concept naar in-review zetten$/);
    await refused(chair, 'in-review', 409, /^een dossier met status concept kan niet rechtstreeks naar in-review$/);
    await refused(staff, 'advice-adopted', 409, /^advice-adopted volgt uit een handeling van de raad of het college .*raadspagina/);
    await refused(staff, 'closed', 403, /van concept naar closed/);
    const fr = await app.call('PATCH', path, { headers: { ...staff, 'accept-language': 'fr' }, body: { status: 'decided' } });
    expect(fr.json.error.message).to.match(/^decided découle d’un acte du conseil/);
    expect((await app.call('GET', path, { headers: staff })).json.dossier.status, 'nothing changed').to.equal('concept');
    const submitted = await app.call('PATCH', path, { headers: staff, body: { status: 'submitted' } });
    expect(submitted.json.dossier.status).to.equal('submitted');
    const closed = await app.call('PATCH', path, { headers: chair, body: { status: 'closed' } });
    expect(closed.json.dossier.status).to.equal('closed');
    await refused(chair, 'concept', 409, /met status closed/);
    const reopened = await app.call('PATCH', path, { headers: admin, body: { status: 'decided' } });
    expect(reopened.status, reopened.text).to.equal(200);
    const org = app.orgs.get('teststad');
    const audit = (await app.store.audit.list(org?.id as string, { dossierId: dossier.id }, null, 10)).items.filter((e) => e.action === 'dossier.update');
    expect(audit.map((e) => [e.details['status'], e.details['outsideWorkflow'] ?? false]).reverse()).to.deep.equal([
      ['submitted', false],
      ['closed', false],
      ['decided', true],
    ]);
  });

  it('an alderman and a participant read but do not write', async () => {
    const { dossier } = await create('uitpas-kansentarief');
    for (const role of ['alderman', 'participant'] as const) {
      const h = await app.as('teststad', role);
      expect((await app.call('GET', `${ORG}/dossiers/${dossier.id}`, { headers: h })).status).to.equal(200);
      expect((await app.call('POST', `${ORG}/dossiers/${dossier.id}/versions`, { headers: h, body: example('uitpas-kansentarief') })).status).to.equal(403);
      expect((await app.call('POST', `${ORG}/dossiers`, { headers: h, body: { input: example('uitpas-kansentarief') } })).status).to.equal(403);
    }
  });
});
