// Scoring: lights, knock-outs, verdict rules and the improvement path, on hand-made check results.
import { expect } from 'chai';
import { defaultRuleset } from '../src/ruleset/load.js';
import { scoreChecks } from '../src/scoring/score.js';
import { improvementPath } from '../src/scoring/improvement.js';
import type { CheckResult, Outcome, Ruleset } from '../src/types.js';

function result(id: string, dimension: string, outcome: Outcome, severity: 1 | 2 | 3 = 2, knockout = false): CheckResult {
  return {
    id, dimension, outcome, severity, knockout, title: id, why: '', fix: `fix ${id}`, ask: id,
    sources: [], facts: {}, conditions: [], parameters: [], origin: 'pack',
  };
}

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

describe('scoring', () => {
  const rs = smallRuleset();

  it('weights outcomes by severity and leaves not-applicable checks out', () => {
    const s = scoreChecks(rs, 'proposal', [result('A1', 'a', 'pass', 3), result('A2', 'a', 'fail', 1), result('A3', 'a', 'not-applicable')], goodParticipation, 'nl');
    const a = s.dimensions.find((d) => d.id === 'a');
    // severity weights 4 and 1: 4 / 5 = 80
    expect(a?.score).to.equal(80);
    expect(a?.light).to.equal('green');
    expect(a?.counts['not-applicable']).to.equal(1);
    expect(s.dimensions.find((d) => d.id === 'b')?.light).to.equal('not-applicable');
  });

  it('counts unknown as a risk, below partial and above fail', () => {
    const unknown = scoreChecks(rs, 'proposal', [result('A1', 'a', 'unknown')], goodParticipation, 'nl').dimensions[0]?.score;
    const partial = scoreChecks(rs, 'proposal', [result('A1', 'a', 'partial')], goodParticipation, 'nl').dimensions[0]?.score;
    expect(unknown).to.equal(25);
    expect(partial).to.equal(50);
  });

  it('turns a dimension red on a failed knock-out, whatever it scores, and the verdict unfavourable', () => {
    const checks = [result('A1', 'a', 'fail', 3, true), ...Array.from({ length: 9 }, (_, i) => result(`A${i + 2}`, 'a', 'pass', 3)), result('B1', 'b', 'pass')];
    const s = scoreChecks(rs, 'proposal', checks, goodParticipation, 'nl');
    expect(s.dimensions[0]?.score).to.equal(90);
    expect(s.dimensions[0]?.light).to.equal('red');
    expect(s.verdict.code).to.equal('unfavourable');
    expect(s.verdict.knockouts).to.deep.equal(['A1']);
  });

  it('caps a dimension at orange while a knock-out is unknown, and withholds a favourable verdict', () => {
    const s = scoreChecks(rs, 'proposal', [result('A1', 'a', 'unknown', 3, true), ...Array.from({ length: 20 }, (_, i) => result(`A${i + 2}`, 'a', 'pass', 3)), result('B1', 'b', 'pass')], goodParticipation, 'nl');
    expect(s.dimensions[0]?.light).to.equal('orange');
    expect(s.verdict.code).to.equal('conditional');
  });

  it('is favourable only with a high score, no red, no unknown knock-out and real participation', () => {
    const checks = [result('A1', 'a', 'pass'), result('B1', 'b', 'pass')];
    expect(scoreChecks(rs, 'proposal', checks, goodParticipation, 'nl').verdict.code).to.equal('favourable');
    expect(scoreChecks(rs, 'proposal', checks, { 'participation.claimedLevel': 1 }, 'nl').verdict.code).to.equal('conditional');
    expect(scoreChecks(rs, 'proposal', checks, { ...goodParticipation, 'participation.tokenism': true }, 'nl').verdict.code).to.equal('conditional');
  });

  it('says information is needed first when many checks are unknown', () => {
    const many = [result('A1', 'a', 'unknown'), result('A2', 'a', 'unknown'), result('B1', 'b', 'pass')];
    const few = [result('A1', 'a', 'unknown'), result('A2', 'a', 'pass'), result('A3', 'a', 'pass'), result('A4', 'a', 'pass'), result('B1', 'b', 'pass')];
    expect(scoreChecks(rs, 'proposal', many, goodParticipation, 'nl').verdict.reasons.join(' ')).to.include('2 van de 3 toepasselijke checks zijn onbekend');
    expect(scoreChecks(rs, 'proposal', few, goodParticipation, 'nl').verdict.reasons.join(' ')).not.to.include('onbekend');
  });

  it('gives a service audit an action plan instead of a verdict on a proposal', () => {
    const s = scoreChecks(rs, 'service-audit', [result('A1', 'a', 'fail')], goodParticipation, 'nl');
    expect(s.verdict.code).to.equal('audit');
    // no verdict, but the summary still says which dimensions are red
    expect(s.verdict.reasons).to.have.length(2);
    expect(s.verdict.reasons[1]).to.match(/^1 dimensie.* rood/);
  });

  it('orders the improvement path: verdict changes first, then knock-outs, then gain', () => {
    const checks = [result('A1', 'a', 'fail', 3, true), result('A2', 'a', 'fail', 1), result('A3', 'a', 'unknown', 3), result('B1', 'b', 'pass')];
    const current = scoreChecks(rs, 'proposal', checks, goodParticipation, 'nl');
    const path = improvementPath(rs, 'proposal', checks, goodParticipation, current);
    expect(path.map((s) => s.checkId)).to.deep.equal(['A1', 'A3', 'A2']);
    expect(path[0]?.changesVerdict).to.equal(true);
    // A: (4·1 + 1·0 + 4·0.25) / 9 = 55.6, B: 100 → overall 77.8 ≥ 75, no red dimension left
    expect(path[0]?.verdictAfter).to.equal('favourable');
    expect(path[1]?.gain).to.be.greaterThan(path[2]?.gain ?? 0);
    for (const s of path) expect(s.scoreAfter).to.be.closeTo((current.score.overall ?? 0) + s.gain, 0.11);
  });
});
