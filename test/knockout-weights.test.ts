// A failed knock-out decides the verdict before anything else, whatever the weights: even when nothing weighs.
import { expect } from 'chai';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultRuleset, loadRuleset } from '../src/ruleset/load.js';
import { scoreChecks } from '../src/scoring/score.js';
import { verdictCode, type VerdictInputs } from '../src/scoring/verdict-code.js';
import { ArmoedetoetsError } from '../src/errors.js';
import type { Outcome, Ruleset } from '../src/types.js';
import { result } from './helpers.js';

const goodParticipation = { 'participation.claimedLevel': 3, 'participation.tokenism': false };
const OPEN: Outcome[] = ['pass', 'partial', 'fail'];

/** The shipped pack with every dimension and severity weight at 0: what an unchecked overlay could build. */
function weightless(): Ruleset {
  const rs = defaultRuleset();
  return {
    ...rs,
    dimensions: rs.dimensions.map((d) => ({ ...d, weight: 0 })),
    scoring: { ...rs.scoring, severityWeights: { '1': 0, '2': 0, '3': 0 } },
  };
}

describe('a failed knock-out, whatever the weights', () => {
  it('lint refuses an overlay that sets every weight to 0', () => {
    const dir = mkdtempSync(join(tmpdir(), 'overlay-zero-'));
    const weights = Object.fromEntries(defaultRuleset().dimensions.map((d) => [d.id, 0]));
    writeFileSync(join(dir, 'overlay.json'), JSON.stringify({ name: 'nul-gewicht', version: '1.0.0', weights }));
    writeFileSync(join(dir, 'scoring.json'), JSON.stringify({ ...defaultRuleset().scoring, severityWeights: { 1: 0, 2: 0, 3: 0 } }));
    expect(() => loadRuleset({ overlayDir: dir })).to.throw(ArmoedetoetsError, 'fout');
  });

  it('scoring with such a ruleset still says unfavourable on a failed knock-out, and why', () => {
    const rs = weightless();
    const checks = [result('F3', 'affordability', 'fail', 3, true), result('F1', 'affordability', 'pass', 3), result('R2', 'rights', 'pass')];
    const s = scoreChecks(rs, 'proposal', checks, goodParticipation, 'nl');
    expect(s.score.overall).to.equal(null);
    expect(s.verdict.code).to.equal('unfavourable');
    expect(s.verdict.range).to.deep.equal({ low: 'unfavourable', high: 'unfavourable' });
    expect(s.verdict.reasons[0]).to.include('Knock-outcheck F3 faalt');
    // the same with only the dimensions weightless (every check still counts within its dimension)
    const dimsOnly = { ...defaultRuleset(), dimensions: rs.dimensions };
    expect(scoreChecks(dimsOnly, 'proposal', checks, goodParticipation, 'nl').verdict.code).to.equal('unfavourable');
  });

  it('a knock-out that may fail makes the low end unfavourable, also without weights', () => {
    const checks = [result('F3', 'affordability', ['pass', 'fail'], 3, true), result('R2', 'rights', OPEN)];
    const s = scoreChecks(weightless(), 'proposal', checks, goodParticipation, 'nl');
    expect(s.verdict.range).to.deep.equal({ low: 'unfavourable', high: 'conditional' });
    expect(s.verdict.code).to.equal('undetermined');
  });

  it('without a failed knock-out, no score still gives no verdict against the proposal', () => {
    const s = scoreChecks(weightless(), 'proposal', [result('F1', 'affordability', 'fail', 3)], goodParticipation, 'nl');
    expect(s.verdict.code).to.equal('conditional');
  });

  it('verdictCode looks at knock-outs before it asks for an overall score', () => {
    const s = defaultRuleset().scoring;
    const none: VerdictInputs = { overall: null, red: 0, severe: 0, knockoutsFailed: 0, effectiveLevel: 3, tokenism: false };
    expect(verdictCode('proposal', s, none)).to.equal('conditional');
    expect(verdictCode('proposal', s, { ...none, knockoutsFailed: 1 })).to.equal('unfavourable');
    expect(verdictCode('proposal', s, { ...none, red: s.verdict.unfavourable.redDimensionsAtLeast })).to.equal('unfavourable');
    expect(verdictCode('proposal', s, { ...none, overall: 95, knockoutsFailed: 1 })).to.equal('unfavourable');
    expect(verdictCode('service-audit', s, { ...none, knockoutsFailed: 1 })).to.equal('audit');
  });
});
