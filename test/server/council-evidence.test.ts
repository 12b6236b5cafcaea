// The council's record counts as evidence for the participation checks: the participation group's input
// becomes a participation moment in a new version of the dossier, the final feedback states the written
// feedback (PA7). The merge itself (pure), then through the pages on both databases: the version it makes,
// its assessment, what the dossier page says, a download that the CLI's engine assesses the same, and a
// version added in between that is never lost.
import { expect } from 'chai';
import { assess } from '../../src/assess.js';
import { clip, evidenceLimits, mergeEvidence, momentOf, type CouncilEvidence } from '../../src/server/council/evidence.js';
import { prepareEvidence, withEvidence } from '../../src/server/council/evidence-version.js';
import { addParticipation } from '../../src/server/council/service.js';
import type { Organisation, User } from '../../src/store/types.js';
import type { Assessment } from '../../src/types.js';
import { example } from './api-helpers.js';
import { backends, Client, makeOrg, makeUser, startTestServer, type Answer, type TestServer } from './harness.js';

const input = (participation: Record<string, unknown> = {}): Record<string, unknown> => ({ meta: { title: 'T' }, participation });
const group = (o: Partial<Extract<CouncilEvidence, { kind: 'participation' }>> = {}): CouncilEvidence => ({
  kind: 'participation',
  heldOn: '2025-04-01',
  participants: 8,
  text: 'Het tarief is te hoog voor ons.',
  expensesPaid: 'yes',
  ...o,
});
const limits = evidenceLimits('proposal');

describe('council evidence: the merge', () => {
  it('reads its limits from the input schema', () => {
    expect(limits).to.deep.equal({ summaryMax: 4000, momentsMax: 30 });
    expect(evidenceLimits('service-audit')).to.deep.equal(limits);
  });

  it("adds the group's input as a consultation of the participation group, its members there themselves", () => {
    const m = mergeEvidence(input({ moments: [{ date: '2025-01-01', form: 'information' }] }), group(), 'Participatiegroep', limits);
    expect(m.changes).to.deep.equal(['moment', 'expensesPaid']);
    const p = m.input['participation'] as Record<string, unknown>;
    expect(p['moments']).to.deep.equal([
      { date: '2025-01-01', form: 'information' },
      {
        date: '2025-04-01',
        form: 'consultation',
        who: 'Participatiegroep',
        participants: 8,
        collective: 'yes',
        livedExperience: 'yes',
        voices: ['participation-group'],
        summary: 'Het tarief is te hoog voor ons.',
      },
    ]);
    expect(p['support']).to.deep.equal({ expensesPaid: 'yes' });
  });

  it('changes nothing the second time, and never overwrites what the proposal states about expenses', () => {
    const once = mergeEvidence(input({ support: { expensesPaid: 'nee', safeSetting: 'yes' } }), group({ expensesPaid: 'yes' }), 'G', limits);
    expect(once.changes).to.deep.equal(['moment']);
    expect((once.input['participation'] as { support: unknown }).support).to.deep.equal({ expensesPaid: 'nee', safeSetting: 'yes' });
    const twice = mergeEvidence(once.input, group({ expensesPaid: 'yes' }), 'G', limits);
    expect(twice.changes).to.deep.equal([]);
    expect(twice.input).to.equal(once.input);
    const open = mergeEvidence(input({ support: { expensesPaid: 'onbekend' } }), group({ expensesPaid: 'no' }), 'G', limits);
    expect((open.input['participation'] as { support: unknown }).support).to.deep.equal({ expensesPaid: 'no' });
    expect(mergeEvidence(input(), group({ expensesPaid: 'unknown' }), 'G', limits).changes).to.deep.equal(['moment']);
  });

  it('keeps to the schema: a long text is clipped at a word, a full list of moments gets no more', () => {
    const long = 'woord '.repeat(2000);
    const moment = momentOf(group({ text: long }) as Extract<CouncilEvidence, { kind: 'participation' }>, 'G', 100);
    expect((moment['summary'] as string).length).to.be.at.most(100);
    expect(moment['summary']).to.match(/woord …$/);
    expect(clip('  kort  ', 100)).to.equal('kort');
    const full = Array.from({ length: limits.momentsMax }, (_, i) => ({ date: `2025-01-${String((i % 28) + 1).padStart(2, '0')}` }));
    const m = mergeEvidence(input({ moments: full }), group({ expensesPaid: 'unknown' }), 'G', limits);
    expect(m).to.include({ full: true });
    expect(m.changes).to.deep.equal([]);
  });

  it('a final feedback states the written feedback, also over an earlier "no"', () => {
    expect(mergeEvidence(input({ writtenFeedback: 'nee' }), { kind: 'feedback' }, 'G', limits).changes).to.deep.equal(['writtenFeedback']);
    expect(mergeEvidence(input(), { kind: 'feedback' }, 'G', limits).input['participation']).to.deep.equal({ writtenFeedback: 'yes' });
    expect(mergeEvidence(input({ writtenFeedback: true }), { kind: 'feedback' }, 'G', limits).changes).to.deep.equal([]);
  });
});

const outcome = (a: Assessment | undefined, id: string): string | undefined => a?.checks.find((c) => c.id === id)?.outcome;

for (const backend of backends()) {
  describe(`council evidence through the pages (${backend.name})`, function () {
    this.timeout(120_000);
    let t: TestServer;
    let org: Organisation;
    const users = {} as Record<'writer' | 'member' | 'chair' | 'participant' | 'alderman', User>;
    const clients = {} as Record<keyof typeof users, Client>;

    before(async () => {
      t = await startTestServer(backend);
      t.clock.set('2026-12-02T10:00:00.000Z');
      org = await makeOrg(t.store);
      const roles = { writer: 'ocmw-staff', member: 'council-member', chair: 'council-chair', participant: 'participant', alderman: 'alderman' } as const;
      for (const [who, role] of Object.entries(roles) as [keyof typeof roles, (typeof roles)[keyof typeof roles]][]) {
        users[who] = await makeUser(t.store, { orgId: org.id, role });
        clients[who] = new Client(t.url);
        expect((await clients[who].login(users[who].email)).status).to.equal(200);
      }
    });
    after(() => t.close());

    /** A dossier from an example; its council page. */
    async function dossierOf(name: string): Promise<{ id: string; page: string }> {
      const made = await clients.writer.post(`/api/v1/orgs/${org.slug}/dossiers`, { input: example(name) });
      expect(made.status, made.text).to.equal(201);
      return { id: made.body.dossier.id, page: `/o/${org.slug}/dossiers/${made.body.dossier.id}/council` };
    }
    /** The engine's result stored for the dossier's latest version, and the date it was assessed on. */
    const latestAssessment = async (id: string): Promise<Assessment | undefined> => {
      const d = await t.store.dossiers.get(org.id, id);
      const v = await t.store.versions.get(org.id, id, d?.latestVersion ?? 0);
      const stored = v && (await t.store.assessments.latestForVersion(org.id, v.id));
      return stored && (JSON.parse(stored.result) as Assessment);
    };
    const done = (a: Answer): string => {
      expect(a.status, a.text.slice(0, 300)).to.equal(303);
      return /done=([^#&]*)/.exec(a.headers.get('location') ?? '')?.[1] ?? '';
    };

    it("the group's input becomes a participation moment in a new version, and the checks count it", async () => {
      // The decision was taken on 2025-05-12: the group met before it, while the proposal could change.
      const { id, page } = await dossierOf('afvalzak-prijsstijging');
      const before = await latestAssessment(id);
      expect(outcome(before, 'PA1')).to.equal('fail');
      expect(before?.participation.effectiveLevel).to.equal(0);
      const fields = { partText: 'De zakken worden te duur voor ons.', partCount: '8', partHeldOn: '2025-04-01', partExpenses: 'yes' };
      expect(done(await clients.participant.form(`${page}/participation`, fields))).to.equal('participation-evidence');
      const v2 = await t.store.versions.get(org.id, id, 2);
      expect(v2).to.include({ origin: 'council-participation', authorId: users.participant.id });
      const moments = (JSON.parse(v2?.input ?? '{}') as { participation: { moments: Record<string, unknown>[] } }).participation.moments;
      expect(moments.at(-1)).to.include({ date: '2025-04-01', form: 'consultation', participants: 8, summary: 'De zakken worden te duur voor ons.' });
      expect(moments.at(-1)?.['who']).to.equal('Participatiegroep (inbreng genoteerd bij de raad)');
      const after = await latestAssessment(id);
      expect(outcome(after, 'PA1'), 'in time now').to.equal('pass');
      expect(outcome(after, 'PA2'), 'through a group').to.equal('pass');
      expect(after?.participation.effectiveLevel).to.equal(2);
      expect(after?.score.overall?.low).to.be.greaterThan(before?.score.overall?.low ?? Infinity);

      // The same input again is kept in the record, but adds no version: it is in the input already.
      expect(done(await clients.member.form(`${page}/participation`, fields))).to.equal('participation');
      expect((await t.store.dossiers.get(org.id, id))?.latestVersion).to.equal(2);
      expect(await t.store.council.participation.list(org.id, id)).to.have.length(2);

      const notice = await clients.participant.get(`${page}?lang=nl&done=participation-evidence`);
      expect(notice.text).to.include('Ze telt mee als bewijs');
      const dossierPage = await clients.member.get(`/o/${org.slug}/dossiers/${id}`);
      expect(dossierPage.text).to.include('Uit de inbreng van de participatiegroep');
      expect((await clients.member.get(`/o/${org.slug}/dossiers/${id}?lang=fr`)).text).to.include('D&#x27;après l&#x27;apport du groupe de participation');
      const listed = await clients.member.get(`/api/v1/orgs/${org.slug}/dossiers/${id}/versions`);
      expect(listed.body.items.map((v: { origin: string | null }) => v.origin)).to.deep.equal([null, 'council-participation']);
    });

    it('the version is an ordinary input: its download assesses to the stored result', async () => {
      const { id, page } = await dossierOf('schooltoelage-online');
      const fields = { partText: 'Online alleen lukt niet voor iedereen.', partCount: '6', partHeldOn: '2025-03-03', partExpenses: 'no' };
      expect(done(await clients.member.form(`${page}/participation`, fields))).to.equal('participation-evidence');
      const download = await clients.member.get(`/api/v1/orgs/${org.slug}/dossiers/${id}/versions/2/input.json`);
      expect(download.status).to.equal(200);
      const stored = await latestAssessment(id);
      const again = await assess(JSON.parse(download.text) as Record<string, unknown>, { lang: 'nl', today: '2026-12-02' });
      expect(again.verdict.code).to.equal(stored?.verdict.code);
      expect(again.score).to.deep.equal(stored?.score);
      expect(again.participation).to.deep.equal(stored?.participation);
      expect(again.checks.map((c) => [c.id, c.outcome])).to.deep.equal(stored?.checks.map((c) => [c.id, c.outcome]));
    });

    it('the final feedback states the written feedback (PA7) in a new version; a draft does not', async () => {
      const { id, page } = await dossierOf('afvalzak-prijsstijging');
      expect(done(await clients.writer.form(`${page}/submit`, {}))).to.equal('submit');
      expect(done(await clients.chair.form(`${page}/open`, {}))).to.equal('open');
      expect(done(await clients.member.form(`${page}/advice`, { number: '1', adviceConclusion: 'Ongunstig.', adviceOwn0: 'Geen prijsstijging.' }))).to.equal(
        'advice',
      );
      expect(done(await clients.chair.form(`${page}/advice/1/sign`, { signName: 'An Peeters', signRole: 'Voorzitter' }))).to.equal('sign');
      const answer = {
        number: '1',
        answerDecision: 'Het college houdt de prijs.',
        answerDecidedOn: '2026-12-01',
        answerResponse0: 'not-followed',
        answerReason0: 'Budget.',
      };
      expect(done(await clients.alderman.form(`${page}/answer`, answer))).to.equal('answer');
      const letter = { number: '1', feedbackLang: 'nl', feedbackText: 'Beste deelnemers,\n\nHet college houdt de prijs.\n\nDe raad' };
      expect(done(await clients.member.form(`${page}/feedback`, { ...letter, intent: 'save' }))).to.equal('feedback');
      expect((await t.store.dossiers.get(org.id, id))?.latestVersion, 'a draft is no evidence yet').to.equal(1);
      expect(outcome(await latestAssessment(id), 'PA7')).to.equal('fail');
      expect(done(await clients.member.form(`${page}/feedback`, { ...letter, intent: 'final' }))).to.equal('feedback-final-evidence');
      const v2 = await t.store.versions.get(org.id, id, 2);
      expect(v2?.origin).to.equal('council-feedback');
      expect((JSON.parse(v2?.input ?? '{}') as { participation: { writtenFeedback: unknown } }).participation.writtenFeedback).to.equal('yes');
      expect(outcome(await latestAssessment(id), 'PA7')).to.equal('pass');
      expect((await t.store.dossiers.get(org.id, id))?.status, 'the version leaves the status as it was').to.equal('decided');
      const audit = (await t.store.audit.list(org.id, { dossierId: id }, null, 50)).items;
      expect(audit.find((e) => e.action === 'council.feedback.final')?.details).to.include({ evidenceVersion: 2 });
      expect(audit.find((e) => e.action === 'version.add')?.details).to.include({ version: 2, origin: 'council-feedback' });
    });

    it('a version saved in between is never lost: the stale one is refused, prepared again and built on it', async () => {
      const { id } = await dossierOf('schooltoelage-online');
      const dossier = await t.store.dossiers.get(org.id, id);
      if (!dossier) throw new Error('no dossier');
      const deps = { store: t.store, now: () => new Date('2026-12-02T10:00:00Z') };
      const who = { userId: users.member.id, role: 'council-member' as const, lang: 'nl' as const };
      const ev = group({ heldOn: '2025-03-03' }) as Extract<CouncilEvidence, { kind: 'participation' }>;
      const value = { text: ev.text, participants: ev.participants, heldOn: ev.heldOn, expensesPaid: ev.expensesPaid };

      // Someone saves version 2 (a new title) after the evidence was prepared from version 1.
      const stale = await prepareEvidence(deps, org, dossier, ev);
      const changed = { ...(JSON.parse((await t.store.versions.get(org.id, id, 1))?.input ?? '{}') as Record<string, unknown>) };
      changed['meta'] = { ...(changed['meta'] as object), title: 'Nieuwe titel van de schooltoelage' };
      expect((await clients.writer.post(`/api/v1/orgs/${org.slug}/dossiers/${id}/versions`, changed)).status).to.equal(201);
      let refused: unknown;
      await addParticipation(t.store, org, dossier, who, value, stale.prepared).catch((e: unknown) => (refused = e));
      expect(refused).to.have.property('code', 'CONFLICT');
      expect(await t.store.council.participation.list(org.id, id), 'nothing half written').to.have.length(0);
      expect((await t.store.dossiers.get(org.id, id))?.latestVersion).to.equal(2);

      // withEvidence starts over from version 2 when another version gets in first once more.
      let calls = 0;
      const { preparation } = await withEvidence(deps, org, dossier, ev, async (evidence) => {
        calls += 1;
        if (calls === 1) expect((await clients.writer.post(`/api/v1/orgs/${org.slug}/dossiers/${id}/versions`, changed)).status).to.equal(201);
        return addParticipation(t.store, org, dossier, who, value, evidence);
      });
      expect(calls).to.equal(2);
      expect(preparation.prepared?.basedOn).to.equal(3);
      const v4 = await t.store.versions.get(org.id, id, 4);
      const kept = JSON.parse(v4?.input ?? '{}') as { meta: { title: string }; participation: { moments: unknown[] } };
      expect(kept.meta.title, "the other person's change is kept").to.equal('Nieuwe titel van de schooltoelage');
      expect(kept.participation.moments).to.have.length(1);
      expect(await t.store.council.participation.list(org.id, id)).to.have.length(1);
    });
  });
}
