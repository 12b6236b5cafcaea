// Golden tests: every example assesses to its expected key outcome and to a valid output document.
import { expect } from 'chai';
import { existsSync, readFileSync } from 'node:fs';
import { assess } from '../src/assess.js';
import { validatorFor } from '../src/validation/ajv.js';
import { exampleFiles, expectedFileFor, readExample } from '../src/examples.js';
import type { Light, Outcome, VerdictCode } from '../src/types.js';
import { TEST_DATE } from './helpers.js';

/** What an example is meant to show; lives beside it as <name>.expected.json. */
interface Expected {
  why: string;
  verdict: VerdictCode;
  knockouts?: string[];
  participation?: { claimed?: number; effective?: number; tokenism?: boolean };
  lights?: Record<string, Light>;
  outcomes?: Record<string, Outcome>;
  /** Checks that must be among the first steps of the improvement path / action plan. */
  topSteps?: string[];
  minScore?: number;
  maxScore?: number;
  /** The verdict at the worst and at the best end, when it depends on missing information. */
  range?: { low: VerdictCode; high: VerdictCode };
  /** Audit: the check whose fix opens the quick wins of the action plan. */
  firstQuickWin?: string;
  /** Checks that must be among the questions that would settle the verdict. */
  questions?: string[];
}

const files = exampleFiles();

describe('examples (golden)', () => {
  it('ships at least 8 proposals and 3 service audits, each with its expected outcome', () => {
    expect(files.filter((f) => f.startsWith('examples/proposals')).length).to.be.at.least(8);
    expect(files.filter((f) => f.startsWith('examples/audits')).length).to.be.at.least(3);
    for (const f of files) expect(existsSync(expectedFileFor(f)), f).to.equal(true);
  });

  for (const file of files) {
    it(`${file}`, async () => {
      const raw = readExample(file);
      const exp = JSON.parse(readFileSync(expectedFileFor(file), 'utf8')) as Expected;
      const a = await assess(raw, { today: TEST_DATE });
      const validate = validatorFor('assessment.schema.json');
      expect(validate(JSON.parse(JSON.stringify(a))), JSON.stringify(validate.errors)).to.equal(true);
      expect(a.kind).to.equal(file.startsWith('examples/audits') ? 'service-audit' : 'proposal');
      expect(a.verdict.code, `verdict — ${exp.why}`).to.equal(exp.verdict);
      if (exp.knockouts) expect(a.verdict.knockouts).to.have.members(exp.knockouts);
      if (exp.participation?.claimed !== undefined) expect(a.participation.claimedLevel).to.equal(exp.participation.claimed);
      if (exp.participation?.effective !== undefined) expect(a.participation.effectiveLevel).to.equal(exp.participation.effective);
      if (exp.participation?.tokenism !== undefined) expect(a.participation.tokenism).to.equal(exp.participation.tokenism);
      for (const [dim, light] of Object.entries(exp.lights ?? {})) {
        expect(a.dimensions.find((d) => d.id === dim)?.light, `light of ${dim}`).to.equal(light);
      }
      for (const [id, outcome] of Object.entries(exp.outcomes ?? {})) {
        expect(a.checks.find((c) => c.id === id)?.outcome, `outcome of ${id}`).to.equal(outcome);
      }
      const firstIds = a.improvementPath.slice(0, Math.max(5, exp.topSteps?.length ?? 0)).map((s) => s.checkId);
      // An audit's action plan opens with its quick wins, in the order of the path.
      if (exp.firstQuickWin) expect(a.improvementPath.find((s) => s.effort === 'quick')?.checkId, 'first quick win').to.equal(exp.firstQuickWin);
      for (const id of exp.topSteps ?? []) expect(firstIds, `${id} among the first steps`).to.include(id);
      // The overall score is a range: its low bound is at least minScore, its high bound at most maxScore.
      if (exp.minScore !== undefined) expect(a.score.overall?.low).to.be.at.least(exp.minScore);
      if (exp.maxScore !== undefined) expect(a.score.overall?.high).to.be.at.most(exp.maxScore);
      if (exp.range) expect(a.verdict.range).to.deep.equal(exp.range);
      for (const id of exp.questions ?? [])
        expect(
          a.verdict.questions.map((q) => q.checkId),
          `${id} among the decisive questions`,
        ).to.include(id);
    });
  }
});
