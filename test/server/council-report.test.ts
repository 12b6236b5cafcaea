// The council's record in the report: the report routes of an assessment of the dossier's latest
// version pass it to the renderer, and its hash is part of the rendered report's cache key, so that a
// new input, advice or answer never serves a report rendered before it. (The renderer shows the
// record once the report's own part lands; here: that it is passed and keyed, not the rendered text.)
import { expect } from 'chai';
import type { CouncilRecord } from '../../src/report/council.js';
import { councilForAssessment, councilHash, councilRecordFor } from '../../src/server/council/record.js';
import { REPORT_VARIANT, reportKey } from '../../src/server/services/reports.js';
import type { Organisation, StoredAssessment, User } from '../../src/store/types.js';
import { example } from './api-helpers.js';
import { backends, Client, makeOrg, makeUser, startTestServer, type TestServer } from './harness.js';

for (const backend of backends()) {
  describe(`council record in the report (${backend.name})`, function () {
    this.timeout(120_000);
    let t: TestServer;
    let org: Organisation;
    let chair: User;
    let c: Client;
    let dossierId = '';
    let first: StoredAssessment;

    before(async () => {
      t = await startTestServer(backend);
      t.clock.set('2026-12-02T10:00:00.000Z');
      org = await makeOrg(t.store);
      chair = await makeUser(t.store, { orgId: org.id, role: 'council-chair' });
      c = new Client(t.url);
      await c.login(chair.email);
      const made = await c.post(`/api/v1/orgs/${org.slug}/dossiers`, { input: example('zwembad-sociaal-tarief') });
      dossierId = made.body.dossier.id;
      first = (await t.store.assessments.get(org.id, made.body.assessment.id)) as StoredAssessment;
    });
    after(() => t.close());

    const report = (id: string, format: 'html' | 'json') => c.get(`/api/v1/orgs/${org.slug}/assessments/${id}/report.${format}?lang=nl`);
    const keyFor = (a: StoredAssessment, format: 'html' | 'json', record?: CouncilRecord) => reportKey(a.resultHash, format, 'nl', REPORT_VARIANT, record);

    it('without council work the record is empty and the key is the plain one', async () => {
      expect(await councilRecordFor(t.store, org.id, dossierId)).to.deep.equal({ participation: [] });
      expect(await councilForAssessment(t.store, first)).to.equal(undefined);
      expect((await report(first.id, 'html')).headers.get('x-report-cache')).to.equal('miss');
      expect(await t.store.reports.get(keyFor(first, 'html'))).to.not.equal(undefined);
    });

    it('input, a signed advice and the answer each give a new record, a new key and a fresh rendering', async () => {
      const p = await t.store.council.participation.add({
        orgId: org.id,
        dossierId,
        text: 'Te duur.',
        participants: 6,
        heldOn: '2026-11-20',
        expensesPaid: 'no',
        recordedBy: chair.id,
        onBehalf: true,
      });
      const withInput = await councilRecordFor(t.store, org.id, dossierId);
      expect(withInput.participation).to.deep.equal([
        { text: 'Te duur.', participants: 6, heldOn: '2026-11-20', expensesPaid: 'no', recordedBy: 'Test Gebruiker', onBehalf: true },
      ]);
      expect(p.participants).to.equal(6);
      expect((await report(first.id, 'html')).headers.get('x-report-cache')).to.equal('miss');
      expect((await report(first.id, 'html')).headers.get('x-report-cache')).to.equal('hit');
      expect(await t.store.reports.get(keyFor(first, 'html', withInput)), 'the route rendered with this very record').to.not.equal(undefined);

      const a = await t.store.council.advices.createDraft({
        orgId: org.id,
        dossierId,
        conclusion: 'Gunstig.',
        recommendations: [{ text: 'Doe het.', checkId: 'R1' }],
        createdBy: chair.id,
      });
      expect(await councilRecordFor(t.store, org.id, dossierId), 'a draft is not in the report').to.deep.equal(withInput);
      await t.store.council.advices.sign(org.id, a.id, { userId: chair.id, name: 'An Peeters', role: 'Voorzitter' });
      const withAdvice = await councilRecordFor(t.store, org.id, dossierId);
      expect(withAdvice.advice).to.deep.equal({
        number: 1,
        conclusion: 'Gunstig.',
        recommendations: [{ text: 'Doe het.', checkId: 'R1' }],
        signedBy: { name: 'An Peeters', role: 'Voorzitter' },
        signedOn: '2026-12-02',
      });
      expect(councilHash(withAdvice)).to.not.equal(councilHash(withInput));
      expect((await report(first.id, 'html')).headers.get('x-report-cache'), 'a new advice is never a stale report').to.equal('miss');
      expect(await t.store.reports.get(keyFor(first, 'html', withAdvice))).to.not.equal(undefined);

      await t.store.council.answers.record({
        orgId: org.id,
        adviceId: a.id,
        decision: 'Goedgekeurd.',
        decidedOn: '2026-12-01',
        items: [{ index: 0, response: 'partly', reason: 'Niet overal.' }],
        recordedBy: chair.id,
      });
      const withAnswer = await councilRecordFor(t.store, org.id, dossierId);
      expect(withAnswer.answer).to.deep.equal({
        decision: 'Goedgekeurd.',
        decidedOn: '2026-12-01',
        recordedBy: 'Test Gebruiker',
        items: [{ recommendation: 'Doe het.', response: 'partly', reason: 'Niet overal.' }],
      });
      expect((await report(first.id, 'html')).headers.get('x-report-cache')).to.equal('miss');
      expect(await t.store.reports.get(keyFor(first, 'html', withAnswer))).to.not.equal(undefined);
    });

    it('the JSON report is the engine result alone: its key never changes with the council', async () => {
      expect((await report(first.id, 'json')).headers.get('x-report-cache')).to.equal('miss');
      expect(await t.store.reports.get(keyFor(first, 'json'))).to.not.equal(undefined);
      await t.store.council.participation.add({
        orgId: org.id,
        dossierId,
        text: 'Nog iets.',
        participants: 2,
        heldOn: '2026-11-30',
        expensesPaid: 'yes',
        recordedBy: chair.id,
        onBehalf: true,
      });
      expect((await report(first.id, 'json')).headers.get('x-report-cache')).to.equal('hit');
    });

    it("an older version's assessment shows no council record: it reports what was known then", async () => {
      const v2 = await c.post(`/api/v1/orgs/${org.slug}/dossiers/${dossierId}/versions`, example('zwembad-sociaal-tarief'));
      expect(v2.status).to.equal(201);
      const second = (await t.store.assessments.get(org.id, v2.body.assessment.id)) as StoredAssessment;
      expect(await councilForAssessment(t.store, first)).to.equal(undefined);
      expect(await councilForAssessment(t.store, second)).to.deep.equal(await councilRecordFor(t.store, org.id, dossierId));
      await report(first.id, 'html');
      expect(await t.store.reports.get(keyFor(first, 'html'))).to.not.equal(undefined);
      await report(second.id, 'html');
      expect(await t.store.reports.get(keyFor(second, 'html', await councilRecordFor(t.store, org.id, dossierId)))).to.not.equal(undefined);
    });
  });
}
