// Scoring on hand-made check results: ranges, lights, knock-outs, the verdict from both ends, questions, the path.
import { expect } from 'chai';
import { defaultRuleset } from '../src/ruleset/load.js';
import { scoreChecks } from '../src/scoring/score.js';
import { improvementPath } from '../src/scoring/improvement.js';
import { possibleOutcomes } from '../src/engine/outcome.js';
import type { Outcome, Ruleset } from '../src/types.js';
import { result } from './helpers.js';

const OPEN: Outcome[] = ['pass', 'partial', 'fail'];

/** A ruleset with two dimensions only, so the arithmetic is visible. */
function smallRuleset(): Ruleset {
  const rs = defaultRuleset();
  return {
    ...rs,
    dimensions: [
      { id: 'a', code: 'A', title: { nl: 'A' }, weight: 1 },
      { id: 'b', code: 'B', title: { nl: 'B' }, weight: 1 },
    ],
    ladder: { ...rs.ladder, caps: [] },
  };
}

const goodParticipation = { 'participation.claimedLevel': 3, 'participation.tokenism': false };

describe('three-valued check outcomes', () => {
  it('keeps the outcomes a stated fact leaves possible', () => {
    // a stated "no" with an unknown alternative: partial or fail, not unknown
    expect(possibleOutcomes({ pass: false, partial: null }, true, true)).to.deep.equal(['partial', 'fail']);
    expect(possibleOutcomes({ pass: null, partial: true }, true, true)).to.deep.equal(['pass', 'partial']);
    expect(possibleOutcomes({ pass: null, partial: false }, true, true)).to.deep.equal(['pass', 'fail']);
    expect(possibleOutcomes({ pass: null }, null, false)).to.deep.equal(['pass', 'fail']);
    expect(possibleOutcomes({ pass: null, partial: null }, null, true)).to.deep.equal(OPEN);
    expect(possibleOutcomes({ pass: false, partial: false }, true, true)).to.deep.equal(['fail']);
    expect(possibleOutcomes({ pass: true, partial: null }, true, true)).to.deep.equal(['pass']);
  });

  it('is not applicable only when that is certain', () => {
    expect(possibleOutcomes({ pass: null }, false, false)).to.deep.equal(['not-applicable']);
    expect(possibleOutcomes({ appliesWhen: false, pass: null }, true, false)).to.deep.equal(['not-applicable']);
    expect(possibleOutcomes({ appliesWhen: null, pass: true }, null, false)).to.deep.equal(['pass']);
  });
});

describe('scoring', () => {
  const rs = smallRuleset();

  it('weights outcomes by severity and leaves not-applicable checks out', () => {
    const s = scoreChecks(
      rs,
      'proposal',
      [result('A1', 'a', 'pass', 3), result('A2', 'a', 'fail', 1), result('A3', 'a', 'not-applicable')],
      goodParticipation,
      'nl',
    );
    const a = s.dimensions.find((d) => d.id === 'a');
    // severity weights 4 and 1: 4 / 5 = 80, all of it known
    expect(a?.score).to.deep.equal({ low: 80, high: 80, known: 1 });
    expect(a?.light).to.equal('green');
    expect(a?.counts['not-applicable']).to.equal(1);
    expect(s.dimensions.find((d) => d.id === 'b')?.light).to.equal('not-applicable');
  });

  it('gives an open check a range from its worst to its best outcome, never red because of unknowns alone', () => {
    const s = scoreChecks(
      rs,
      'proposal',
      [result('A1', 'a', 'pass', 2), result('A2', 'a', OPEN, 2), result('A3', 'a', ['partial', 'fail'], 2)],
      goodParticipation,
      'nl',
    );
    const a = s.dimensions[0];
    // weights 2 each: low (2 + 0 + 0) / 6 = 33.3, high (2 + 2 + 1) / 6 = 83.3, known 2 / 6
    expect(a?.score).to.deep.equal({ low: 33.3, high: 83.3, known: 0.33 });
    expect(a?.lights).to.deep.equal({ low: 'red', high: 'green' });
    expect(a?.light).to.equal('open');
    const allUnknown = scoreChecks(rs, 'proposal', [result('A1', 'a', OPEN, 3), result('B1', 'b', OPEN, 1)], goodParticipation, 'nl');
    expect(allUnknown.dimensions.map((d) => d.light)).to.deep.equal(['open', 'open']);
    expect(allUnknown.verdict.code).to.equal('undetermined');
  });

  it('turns a dimension red on a failed knock-out, whatever it scores, and the verdict unfavourable however much is unknown', () => {
    const checks = [result('A1', 'a', 'fail', 3, true), ...Array.from({ length: 9 }, (_, i) => result(`A${i + 2}`, 'a', OPEN, 3)), result('B1', 'b', OPEN)];
    const s = scoreChecks(rs, 'proposal', checks, goodParticipation, 'nl');
    expect(s.dimensions[0]?.lights.high).to.equal('red');
    expect(s.verdict.code).to.equal('unfavourable');
    expect(s.verdict.range).to.deep.equal({ low: 'unfavourable', high: 'unfavourable' });
    expect(s.verdict.knockouts).to.deep.equal(['A1']);
  });

  it('leaves the verdict open while a knock-out may fail, and names it as the first question', () => {
    const checks = [
      result('A1', 'a', ['pass', 'fail'], 3, true),
      ...Array.from({ length: 5 }, (_, i) => result(`A${i + 2}`, 'a', 'pass', 3)),
      result('A9', 'a', OPEN, 1),
      result('B1', 'b', 'pass'),
    ];
    const s = scoreChecks(rs, 'proposal', checks, goodParticipation, 'nl');
    expect(s.dimensions[0]?.lights).to.deep.equal({ low: 'red', high: 'green' });
    expect(s.verdict.code).to.equal('undetermined');
    expect(s.verdict.range).to.deep.equal({ low: 'unfavourable', high: 'favourable' });
    expect(s.verdict.title).to.equal('Hangt af van ontbrekende informatie');
    expect(s.verdict.questions[0]).to.include({ checkId: 'A1', knockout: true, ifBad: 'unfavourable', ifGood: 'favourable' });
    // the minor open check cannot move the verdict on its own
    const minor = s.questions.find((q) => q.checkId === 'A9');
    expect(minor).to.include({ ifBad: null, ifGood: null });
    expect(minor?.swing).to.be.greaterThan(0);
  });

  it('is favourable only with a high score, no red, no open knock-out and real participation', () => {
    const checks = [result('A1', 'a', 'pass'), result('B1', 'b', 'pass')];
    expect(scoreChecks(rs, 'proposal', checks, goodParticipation, 'nl').verdict.code).to.equal('favourable');
    expect(scoreChecks(rs, 'proposal', checks, { 'participation.claimedLevel': 1, 'participation.tokenism': false }, 'nl').verdict.code).to.equal(
      'conditional',
    );
    expect(scoreChecks(rs, 'proposal', checks, { ...goodParticipation, 'participation.tokenism': true }, 'nl').verdict.code).to.equal('conditional');
    // tokenism not known: it may be either
    const open = scoreChecks(rs, 'proposal', checks, { 'participation.claimedLevel': 3, 'participation.tokenism': null }, 'nl');
    expect(open.verdict.range).to.deep.equal({ low: 'conditional', high: 'favourable' });
  });

  it('says most of the picture is missing when little of the weight is known', () => {
    const many = [result('A1', 'a', OPEN), result('A2', 'a', OPEN), result('B1', 'b', OPEN), result('B2', 'b', 'pass')];
    const few = [result('A1', 'a', OPEN, 1), result('A2', 'a', 'pass', 3), result('A3', 'a', 'pass'), result('B1', 'b', 'pass')];
    expect(scoreChecks(rs, 'proposal', many, goodParticipation, 'nl').verdict.reasons.join(' ')).to.include(
      'Slechts 25% van het gewicht is gekend (3 van de 4 toepasselijke checks staan open)',
    );
    expect(scoreChecks(rs, 'proposal', few, goodParticipation, 'nl').verdict.reasons.join(' ')).not.to.include('Slechts');
  });

  it('gives a service audit an action plan instead of a verdict on a proposal', () => {
    const s = scoreChecks(rs, 'service-audit', [result('A1', 'a', 'fail')], goodParticipation, 'nl');
    expect(s.verdict.code).to.equal('audit');
    // no verdict, but the summary still says which dimensions are red
    expect(s.verdict.reasons).to.have.length(2);
    expect(s.verdict.reasons[1]).to.equal('1 dimensie staat op rood: A.');
  });

  it('puts only what is known to be wrong in the improvement path, ordered by what it changes and gains', () => {
    const checks = [
      result('A1', 'a', 'fail', 3, true),
      result('A2', 'a', 'fail', 1),
      result('A3', 'a', OPEN, 3),
      result('A4', 'a', ['partial', 'fail'], 1),
      result('B1', 'b', 'pass'),
    ];
    const current = scoreChecks(rs, 'proposal', checks, goodParticipation, 'nl');
    // A: den 4+1+4+1 = 10, low 0, high (4 + 0.5) / 10 = 45 → overall 50–72.5
    expect(current.score.overall).to.deep.equal({ low: 50, high: 72.5, known: 0.75 });
    const path = improvementPath(rs, 'proposal', checks, goodParticipation, current.bounds);
    // A3 is open: a question, not a step
    expect(path.map((s) => s.checkId)).to.deep.equal(['A1', 'A2', 'A4']);
    expect(current.questions.map((q) => q.checkId)).to.include.members(['A3', 'A4']);
    // fixing the knock-out: A low 4/10 = 40 → overall low 70; high (4+4+0.5)/10 = 85 → 92.5
    expect(path[0]).to.include({ gain: 20, changesVerdict: true, verdictAfter: 'undetermined' });
    expect(path[0]?.scoreAfter).to.deep.equal({ low: 70, high: 92.5, known: 0.75 });
    // A2 (weight 1 of 10 in A, half of the overall): +5; A4 from fail to pass at worst: +5 as well, ordered by id
    expect(path.slice(1).map((s) => s.gain)).to.deep.equal([5, 5]);
  });

  it('shows the participation level as a range where a condition is unknown', () => {
    const full = defaultRuleset();
    const two = { ...full, dimensions: rs.dimensions };
    const checks = [
      result('PA1', 'a', ['pass', 'fail']),
      result('PA2', 'a', 'pass'),
      result('PA4', 'a', 'pass'),
      result('PA7', 'a', 'pass'),
      result('B1', 'b', 'pass'),
    ];
    const facts = { ...goodParticipation, 'participation.livedExperience': true, 'participation.evidence.level2': true, 'participation.evidence.level3': true };
    const p = scoreChecks(two, 'proposal', checks, facts, 'nl').participation;
    expect([p.effectiveLevel, p.effectiveHigh]).to.deep.equal([1, 3]);
    expect(p.caps.map((c) => [c.status, c.unknown, c.missing])).to.deep.equal([['unknown', ['PA1'], []]]);
  });
});

describe('messages with a count', () => {
  it('choose the singular or the plural through the language plural rules', async () => {
    const { t } = await import('../src/i18n.js');
    expect(t('nl', 'reasonRedDimensions', { count: 1, names: 'A' })).to.equal('1 dimensie staat op rood: A.');
    expect(t('nl', 'reasonRedDimensions', { count: 2, names: 'A, B' })).to.equal('2 dimensies staan op rood: A, B.');
    expect(t('fr', 'inputInvalid', { count: 1 })).to.equal("L'entrée contient 1 erreur :");
    expect(t('en', 'inputInvalid', { count: 0 })).to.equal('The input has 0 errors:');
  });
});
