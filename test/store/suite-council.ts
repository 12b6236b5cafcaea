// The council's store section: comments on a dossier or a finding, participation input, numbered
// advices that never change once signed, one answer per signed advice, and feedback that is fixed once
// final; every read scoped to the organisation.
import { expect } from 'chai';
import type { SuiteState } from './suite.js';
import { addAssessment, addVersion, rejectsWith, seedDossier, seedOrg, seedUser } from './fixtures.js';

const RECS = [{ text: 'Ken het recht vanzelf toe.', checkId: 'R1' }, { text: 'Spreek de mensen zelf aan.' }];

async function world(s: SuiteState) {
  const org = await seedOrg(s.store);
  const user = await seedUser(s.store);
  const d = await seedDossier(s.store, org, user);
  return { org, user, d };
}

export function councilTests(s: SuiteState): void {
  it('comments: on the whole or on a check of an assessment of the dossier, oldest first, scoped to the organisation', async () => {
    const { org, user, d } = await world(s);
    const v = await addVersion(s.store, d, user);
    const a = await addAssessment(s.store, v);
    const whole = await s.store.council.comments.add({
      orgId: org.id,
      dossierId: d.id,
      assessmentId: null,
      checkId: null,
      authorId: user.id,
      text: 'Goed voorstel.',
    });
    s.clock.tick(5);
    const finding = await s.store.council.comments.add({
      orgId: org.id,
      dossierId: d.id,
      assessmentId: a.id,
      checkId: 'F2',
      authorId: user.id,
      text: 'Te duur.',
    });
    expect(await s.store.council.comments.list(org.id, d.id)).to.deep.equal([whole, finding]);
    expect(finding).to.include({ assessmentId: a.id, checkId: 'F2', text: 'Te duur.' });
    const other = await seedOrg(s.store);
    expect(await s.store.council.comments.list(other.id, d.id)).to.deep.equal([]);
    await rejectsWith(
      s.store.council.comments.add({ orgId: other.id, dossierId: d.id, assessmentId: null, checkId: null, authorId: user.id, text: 'x' }),
      'NOT_FOUND',
    );
    // An assessment of another dossier is no finding of this one.
    const d2 = await seedDossier(s.store, org, user);
    const a2 = await addAssessment(s.store, await addVersion(s.store, d2, user));
    await rejectsWith(
      s.store.council.comments.add({ orgId: org.id, dossierId: d.id, assessmentId: a2.id, checkId: 'F2', authorId: user.id, text: 'x' }),
      'NOT_FOUND',
    );
  });

  it('participation input: counts and dates, on behalf or not, read back as given', async () => {
    const { org, user, d } = await world(s);
    const p = await s.store.council.participation.add({
      orgId: org.id,
      dossierId: d.id,
      text: 'We vinden het tarief te hoog.\nEn de aanvraag te moeilijk.',
      participants: 7,
      heldOn: '2026-11-20',
      expensesPaid: 'yes',
      recordedBy: user.id,
      onBehalf: true,
    });
    expect(p).to.include({ participants: 7, heldOn: '2026-11-20', expensesPaid: 'yes', onBehalf: true });
    // Recorded in the same millisecond: still listed in the order they were made.
    const more = [];
    for (const n of [3, 4, 5, 6]) more.push(await s.store.council.participation.add({ ...p, participants: n, onBehalf: false }));
    expect((await s.store.council.participation.list(org.id, d.id)).map((e) => e.participants)).to.deep.equal([7, 3, 4, 5, 6]);
    expect((await s.store.council.participation.list(org.id, d.id))[0]).to.deep.equal(p);
    expect(await s.store.council.participation.list((await seedOrg(s.store)).id, d.id)).to.deep.equal([]);
  });

  it('advices: a draft is numbered, edited, signed; a signed advice never changes and a new one follows with the next number', async () => {
    const { org, user, d } = await world(s);
    const chair = await seedUser(s.store);
    const a1 = await s.store.council.advices.createDraft({ orgId: org.id, dossierId: d.id, conclusion: 'Gunstig.', recommendations: RECS, createdBy: user.id });
    expect(a1).to.include({ number: 1, status: 'draft', signedBy: null, signedAt: null });
    expect(a1.recommendations).to.deep.equal(RECS);
    await rejectsWith(
      s.store.council.advices.createDraft({ orgId: org.id, dossierId: d.id, conclusion: 'x', recommendations: [], createdBy: user.id }),
      'CONFLICT',
    );
    s.clock.tick(10);
    const edited = await s.store.council.advices.updateDraft(org.id, a1.id, { conclusion: 'Gunstig, onder voorwaarden.', recommendations: RECS.slice(1) });
    expect(edited).to.include({ conclusion: 'Gunstig, onder voorwaarden.', number: 1 });
    expect(edited.updatedAt > a1.updatedAt).to.equal(true);
    expect((await s.store.council.advices.drafts(org.id, 10)).map((a) => a.id)).to.deep.equal([a1.id]);
    const signed = await s.store.council.advices.sign(org.id, a1.id, { userId: chair.id, name: 'An Peeters', role: 'Voorzitter' });
    expect(signed).to.include({ status: 'signed', signedAt: s.clock.now().toISOString() });
    expect(signed.signedBy).to.deep.equal({ userId: chair.id, name: 'An Peeters', role: 'Voorzitter' });
    await rejectsWith(s.store.council.advices.updateDraft(org.id, a1.id, { conclusion: 'Anders.', recommendations: [] }), 'CONFLICT');
    await rejectsWith(s.store.council.advices.sign(org.id, a1.id, { userId: chair.id, name: 'X', role: 'Y' }), 'CONFLICT');
    expect(await s.store.council.advices.get(org.id, a1.id)).to.deep.equal(signed);
    expect(await s.store.council.advices.drafts(org.id, 10)).to.deep.equal([]);

    const a2 = await s.store.council.advices.createDraft({ orgId: org.id, dossierId: d.id, conclusion: 'Nieuw.', recommendations: [], createdBy: user.id });
    expect(a2.number).to.equal(2);
    expect((await s.store.council.advices.latest(org.id, d.id))?.id).to.equal(a2.id);
    expect((await s.store.council.advices.latestSigned(org.id, d.id))?.id).to.equal(a1.id);
    expect((await s.store.council.advices.byNumber(org.id, d.id, 1))?.id).to.equal(a1.id);
    expect((await s.store.council.advices.list(org.id, d.id)).map((a) => a.number)).to.deep.equal([1, 2]);

    const other = await seedOrg(s.store);
    expect(await s.store.council.advices.get(other.id, a1.id)).to.equal(undefined);
    expect(await s.store.council.advices.latest(other.id, d.id)).to.equal(undefined);
    await rejectsWith(s.store.council.advices.updateDraft(other.id, a2.id, { conclusion: 'x', recommendations: [] }), 'NOT_FOUND');
    await rejectsWith(s.store.council.advices.sign(other.id, a2.id, { userId: chair.id, name: 'X', role: 'Y' }), 'NOT_FOUND');
  });

  it('advices: drafts started at once on one dossier: one gets number 1, the others CONFLICT', async () => {
    const { org, user, d } = await world(s);
    const tries = await Promise.allSettled(
      Array.from({ length: 5 }, () =>
        s.store.council.advices.createDraft({ orgId: org.id, dossierId: d.id, conclusion: 'x', recommendations: [], createdBy: user.id }),
      ),
    );
    expect(tries.filter((t) => t.status === 'fulfilled')).to.have.length(1);
    expect((await s.store.council.advices.list(org.id, d.id)).map((a) => a.number)).to.deep.equal([1]);
  });

  it('answers: only to a signed advice, one item per recommendation, once', async () => {
    const { org, user, d } = await world(s);
    const draft = await s.store.council.advices.createDraft({ orgId: org.id, dossierId: d.id, conclusion: 'x', recommendations: RECS, createdBy: user.id });
    const items = [
      { index: 0, response: 'followed' as const, reason: '' },
      { index: 1, response: 'not-followed' as const, reason: 'Geen budget dit jaar.' },
    ];
    const answer = { orgId: org.id, adviceId: draft.id, decision: 'Het college keurt het goed.', decidedOn: '2026-12-10', items, recordedBy: user.id };
    await rejectsWith(s.store.council.answers.record(answer), 'CONFLICT');
    await s.store.council.advices.sign(org.id, draft.id, { userId: user.id, name: 'An', role: 'Voorzitter' });
    await rejectsWith(s.store.council.answers.record({ ...answer, items: items.slice(0, 1) }), 'INTERNAL');
    const made = await s.store.council.answers.record(answer);
    expect(made).to.include({ dossierId: d.id, decidedOn: '2026-12-10' });
    expect(made.items).to.deep.equal(items);
    expect(await s.store.council.answers.forAdvice(org.id, draft.id)).to.deep.equal(made);
    await rejectsWith(s.store.council.answers.record(answer), 'CONFLICT');
    expect(await s.store.council.answers.forAdvice((await seedOrg(s.store)).id, draft.id)).to.equal(undefined);
    await rejectsWith(s.store.council.answers.record({ ...answer, orgId: (await seedOrg(s.store)).id }), 'NOT_FOUND');
  });

  it('answers: a correction keeps every earlier content in the history, until the feedback is final', async () => {
    const { org, user, d } = await world(s);
    const advice = await s.store.council.advices.createDraft({ orgId: org.id, dossierId: d.id, conclusion: 'x', recommendations: RECS, createdBy: user.id });
    await s.store.council.advices.sign(org.id, advice.id, { userId: user.id, name: 'An', role: 'Voorzitter' });
    const items = [
      { index: 0, response: 'followed' as const, reason: '' },
      { index: 1, response: 'not-followed' as const, reason: 'Geen budget.' },
    ];
    const made = await s.store.council.answers.record({
      orgId: org.id,
      adviceId: advice.id,
      decision: 'Goedgekeurd.',
      decidedOn: '2026-12-10',
      items,
      recordedBy: user.id,
    });
    expect(made).to.include({ correctedBy: null, correctedAt: null });
    const alderman = await seedUser(s.store);
    s.clock.tick(5);
    const fixed = [items[0] as (typeof items)[number], { index: 1, response: 'partly' as const, reason: 'Voor een deel, in 2027.' }];
    const one = await s.store.council.answers.correct(org.id, made.id, {
      decision: 'Goedgekeurd met een wijziging.',
      decidedOn: '2026-12-11',
      items: fixed,
      by: alderman.id,
      why: 'Verkeerd antwoord aangeduid.',
    });
    expect(one).to.include({ id: made.id, decision: 'Goedgekeurd met een wijziging.', decidedOn: '2026-12-11', correctedBy: alderman.id, recordedBy: user.id });
    expect(one.items).to.deep.equal(fixed);
    expect(await s.store.council.answers.forAdvice(org.id, advice.id)).to.deep.equal(one);
    s.clock.tick(5);
    await s.store.council.answers.correct(org.id, made.id, {
      decision: 'Definitief goedgekeurd.',
      decidedOn: '2026-12-11',
      items: fixed,
      by: user.id,
      why: 'Tikfout.',
    });
    const history = await s.store.council.answers.history(org.id, made.id);
    expect(history.map((h) => [h.decision, h.recordedBy, h.replacedBy, h.why])).to.deep.equal([
      ['Goedgekeurd.', user.id, alderman.id, 'Verkeerd antwoord aangeduid.'],
      ['Goedgekeurd met een wijziging.', alderman.id, user.id, 'Tikfout.'],
    ]);
    expect(history[0]?.items).to.deep.equal(items);
    expect(history[0]?.recordedAt).to.equal(made.createdAt);
    expect(history[1]?.recordedAt).to.equal(one.correctedAt);
    await rejectsWith(
      s.store.council.answers.correct(org.id, made.id, { decision: 'x', decidedOn: '2026-12-11', items: fixed.slice(0, 1), by: user.id, why: 'x' }),
      'INTERNAL',
    );
    await rejectsWith(
      s.store.council.answers.correct((await seedOrg(s.store)).id, made.id, { decision: 'x', decidedOn: '2026-12-11', items: fixed, by: user.id, why: 'x' }),
      'NOT_FOUND',
    );
    expect(await s.store.council.answers.history((await seedOrg(s.store)).id, made.id)).to.deep.equal([]);
    const feedback = await s.store.council.feedback.save({ orgId: org.id, adviceId: advice.id, lang: 'nl', text: 'Beste deelnemers.', editedBy: user.id });
    await s.store.council.feedback.markFinal(org.id, feedback.id, user.id);
    await rejectsWith(
      s.store.council.answers.correct(org.id, made.id, { decision: 'Te laat.', decidedOn: '2026-12-11', items: fixed, by: user.id, why: 'x' }),
      'CONFLICT',
    );
    expect((await s.store.council.answers.forAdvice(org.id, advice.id))?.decision, 'nothing changed').to.equal('Definitief goedgekeurd.');
    expect(await s.store.council.answers.history(org.id, made.id)).to.have.length(2);
  });

  it('feedback: after the answer, a draft edited and then final, fixed from then on', async () => {
    const { org, user, d } = await world(s);
    const advice = await s.store.council.advices.createDraft({ orgId: org.id, dossierId: d.id, conclusion: 'x', recommendations: [], createdBy: user.id });
    await s.store.council.advices.sign(org.id, advice.id, { userId: user.id, name: 'An', role: 'Voorzitter' });
    const save = (text: string) => s.store.council.feedback.save({ orgId: org.id, adviceId: advice.id, lang: 'nl', text, editedBy: user.id });
    await rejectsWith(save('Te vroeg.'), 'CONFLICT');
    await s.store.council.answers.record({
      orgId: org.id,
      adviceId: advice.id,
      decision: 'Goedgekeurd.',
      decidedOn: '2026-12-10',
      items: [],
      recordedBy: user.id,
    });
    const first = await save('Beste deelnemers.');
    s.clock.tick(5);
    const editor = await seedUser(s.store);
    const second = await s.store.council.feedback.save({
      orgId: org.id,
      adviceId: advice.id,
      lang: 'nl',
      text: 'Beste deelnemers, dank je.',
      editedBy: editor.id,
    });
    expect(second).to.include({ id: first.id, status: 'draft', editedBy: editor.id, text: 'Beste deelnemers, dank je.', dossierId: d.id });
    expect(await s.store.council.feedback.forAdvice(org.id, advice.id)).to.deep.equal(second);
    const final = await s.store.council.feedback.markFinal(org.id, first.id, user.id);
    expect(final).to.include({ status: 'final', text: 'Beste deelnemers, dank je.' });
    await rejectsWith(save('Nog anders.'), 'CONFLICT');
    await rejectsWith(s.store.council.feedback.markFinal(org.id, first.id, user.id), 'CONFLICT');
    expect(await s.store.council.feedback.forAdvice(org.id, advice.id)).to.deep.equal(final);
    await rejectsWith(s.store.council.feedback.markFinal((await seedOrg(s.store)).id, first.id, user.id), 'NOT_FOUND');
  });

  it('a soft-deleted dossier takes its council work out of reach', async () => {
    const { org, user, d } = await world(s);
    const advice = await s.store.council.advices.createDraft({ orgId: org.id, dossierId: d.id, conclusion: 'x', recommendations: [], createdBy: user.id });
    await s.store.dossiers.softDelete(org.id, d.id, s.clock.now().toISOString());
    expect(await s.store.council.advices.drafts(org.id, 10)).to.deep.equal([]);
    await rejectsWith(
      s.store.council.comments.add({ orgId: org.id, dossierId: d.id, assessmentId: null, checkId: null, authorId: user.id, text: 'x' }),
      'NOT_FOUND',
    );
    await rejectsWith(
      s.store.council.advices.createDraft({ orgId: org.id, dossierId: d.id, conclusion: 'x', recommendations: [], createdBy: user.id }),
      'NOT_FOUND',
    );
    await rejectsWith(s.store.council.advices.sign(org.id, advice.id, { userId: user.id, name: 'An', role: 'Voorzitter' }), 'NOT_FOUND');
    expect(await s.store.council.advices.get(org.id, advice.id)).to.equal(undefined);
    expect(await s.store.council.advices.list(org.id, d.id)).to.deep.equal([]);
    expect(await s.store.council.comments.list(org.id, d.id)).to.deep.equal([]);
    await rejectsWith(
      s.store.council.answers.record({ orgId: org.id, adviceId: advice.id, decision: 'x', decidedOn: '2026-12-10', items: [], recordedBy: user.id }),
      'NOT_FOUND',
    );
  });
}
