// Properties of judging with ranges (fast-check): an answer only narrows, a fix only helps,
// unknowns alone never make a proposal unfavourable, a stated knock-out failure always does.
import { expect } from 'chai';
import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import { defaultRuleset } from '../src/ruleset/load.js';
import { scoreChecks } from '../src/scoring/score.js';
import { improvementPath } from '../src/scoring/improvement.js';
import { VERDICT_RANK } from '../src/scoring/verdict.js';
import type { Assessment, CheckResult, Outcome } from '../src/types.js';
import { proposal, result, run } from './helpers.js';

const rs = defaultRuleset();
const DIMS = rs.dimensions.map((d) => d.id);
const ORDER: Outcome[] = ['pass', 'partial', 'fail'];

/** A contiguous slice of pass/partial/fail (best first), or not applicable. */
const rangeArb = fc.oneof(
  fc.constant<Outcome[]>(['not-applicable']),
  fc.integer({ min: 0, max: 2 }).chain((from) => fc.integer({ min: from, max: 2 }).map((to) => ORDER.slice(from, to + 1))),
);

const checksArb = fc
  .array(fc.record({ dim: fc.constantFrom(...DIMS), range: rangeArb, severity: fc.constantFrom<1 | 2 | 3>(1, 2, 3), ko: fc.boolean() }), {
    minLength: 1,
    maxLength: 30,
  })
  .map((list) => list.map((c, i) => result(`X${i}`, c.dim, c.range, c.severity, c.ko)));

const factsArb = fc.record({
  'participation.claimedLevel': fc.integer({ min: 0, max: 6 }),
  'participation.tokenism': fc.constantFrom(true, false, null),
  'participation.livedExperience': fc.constantFrom(true, false, null),
});

function scored(checks: CheckResult[], facts: Record<string, number | boolean | null>) {
  return scoreChecks(rs, 'proposal', checks, facts, 'nl');
}

describe('properties of the ranges', () => {
  it('answering an open check never moves the score or the verdict outside its old range', () => {
    fc.assert(
      fc.property(checksArb, factsArb, fc.nat(), fc.nat(), fc.nat(), (checks, facts, pick, a, b) => {
        const open = checks.filter((c) => c.possible.length > 1);
        fc.pre(open.length > 0);
        const c = open[pick % open.length] as CheckResult;
        const i = a % c.possible.length;
        const j = i + (b % (c.possible.length - i));
        const narrowed = checks.map((x) => (x === c ? result(x.id, x.dimension, x.possible.slice(i, j + 1), x.severity, x.knockout) : x));
        const before = scored(checks, facts);
        const after = scored(narrowed, facts);
        const [o0, o1] = [before.score.overall, after.score.overall];
        if (o0 && o1) {
          expect(o1.low).to.be.at.least(o0.low - 0.05);
          expect(o1.high).to.be.at.most(o0.high + 0.05);
        }
        before.dimensions.forEach((d, k) => {
          const n = after.dimensions[k];
          if (d.score && n?.score) {
            expect(n.score.low).to.be.at.least(d.score.low - 0.05);
            expect(n.score.high).to.be.at.most(d.score.high + 0.05);
          }
        });
        expect(VERDICT_RANK[after.verdict.range.low]).to.be.at.least(VERDICT_RANK[before.verdict.range.low]);
        expect(VERDICT_RANK[after.verdict.range.high]).to.be.at.most(VERDICT_RANK[before.verdict.range.high]);
      }),
      { numRuns: 300 },
    );
  });

  it('the predicted gain of every step equals a full re-score with that check passed', () => {
    fc.assert(
      fc.property(checksArb, factsArb, (checks, facts) => {
        const now = scored(checks, facts);
        for (const step of improvementPath(rs, 'proposal', checks, facts, now.bounds)) {
          const fixed = checks.map((x) => (x.id === step.checkId ? result(x.id, x.dimension, 'pass', x.severity, x.knockout) : x));
          const after = scored(fixed, facts);
          expect(step.scoreAfter).to.deep.equal(after.score.overall);
          expect(step.gain).to.be.closeTo((after.score.overall?.low ?? 0) - (now.score.overall?.low ?? 0), 0.051);
          expect(step.verdictAfter).to.equal(after.verdict.code);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('fixing a check known to be wrong never lowers the low bound', () => {
    fc.assert(
      fc.property(checksArb, factsArb, fc.nat(), (checks, facts, pick) => {
        const wrong = checks.filter((c) => !c.possible.includes('pass') && c.possible[0] !== 'not-applicable');
        fc.pre(wrong.length > 0);
        const c = wrong[pick % wrong.length] as CheckResult;
        const before = scored(checks, facts);
        const after = scored(
          checks.map((x) => (x === c ? result(x.id, x.dimension, 'pass', x.severity, x.knockout) : x)),
          facts,
        );
        expect(after.score.overall?.low ?? 0).to.be.at.least((before.score.overall?.low ?? 0) - 0.05);
        expect(VERDICT_RANK[after.verdict.range.low]).to.be.at.least(VERDICT_RANK[before.verdict.range.low]);
      }),
      { numRuns: 300 },
    );
  });
});

/** Every yes/no/unknown field of the input schemas, as dotted paths (section.field[.sub]). */
function answerFields(): string[] {
  const out: string[] = [];
  const walk = (node: unknown, path: string[]): void => {
    if (!node || typeof node !== 'object') return;
    const n = node as { $ref?: string; properties?: Record<string, unknown> };
    if (n.$ref?.endsWith('#/$defs/answer')) out.push(path.join('.'));
    else for (const [k, v] of Object.entries(n.properties ?? {})) walk(v, [...path, k]);
  };
  for (const f of readdirSync('schemas/sections')) walk(JSON.parse(readFileSync(`schemas/sections/${f}`, 'utf8')), [f.split('.')[0] as string]);
  return out;
}

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let cur = target;
  for (const k of keys.slice(0, -1)) cur = (cur[k] ??= {}) as Record<string, unknown>;
  cur[keys[keys.length - 1] as string] = value;
}

function inputWith(answers: Record<string, unknown>): Record<string, unknown> {
  const input = proposal();
  for (const [path, v] of Object.entries(answers)) setPath(input, path, v);
  return input;
}

const FIELDS = answerFields();
/** Stated knock-out failures: the proposal must be unfavourable whatever else is (un)known. */
const KO_FAILURES: Record<string, Record<string, unknown>> = {
  // F3 applies from a monthly cost of 1 % of the leefloon: € 60 a month is well above it.
  F3: {
    'screening.triggers.price': 'yes',
    'affordability.socialTariff.exists': 'no',
    'affordability.prices': [{ label: 'Toegang', amount: 10, frequency: 'per-use', usesPerMonth: 6, per: 'household' }],
  },
  DG2: { 'screening.triggers.digital': 'yes', 'digital.onlineOnlyStep': 'yes' },
  TR1: { 'screening.triggers.contact': 'yes', 'trust.visibleMarkers.separateQueue': 'yes' },
};
const answersArb = (values: string[]) => fc.dictionary(fc.constantFrom(...FIELDS), fc.constantFrom(...values), { maxKeys: 40 });
const slow = { numRuns: 25 };

describe('properties of whole assessments', () => {
  it('finds the input fields to vary', () => {
    expect(FIELDS.length).to.be.greaterThan(100);
    const answers = Object.values(KO_FAILURES).flatMap((f) =>
      Object.entries(f)
        .filter(([, v]) => typeof v === 'string')
        .map(([k]) => k),
    );
    for (const f of answers) expect(FIELDS).to.include(f);
  });

  it('a proposal with every field unknown depends on missing information, never unfavourable', async () => {
    await fc.assert(
      fc.asyncProperty(answersArb(['onbekend', 'unknown']), async (answers) => {
        const a = await run(inputWith(answers));
        expect(a.verdict.code).to.equal('undetermined');
        expect(a.dimensions.filter((d) => d.light === 'red')).to.deep.equal([]);
      }),
      slow,
    );
  });

  it('a stated knock-out failure is unfavourable however much is unknown', async () => {
    for (const [id, failure] of Object.entries(KO_FAILURES)) {
      await fc.assert(
        fc.asyncProperty(answersArb(['yes', 'no', 'onbekend']), async (answers) => {
          const a: Assessment = await run(inputWith({ ...answers, ...failure }));
          expect(a.checks.find((c) => c.id === id)?.outcome, id).to.equal('fail');
          expect(a.verdict.code, id).to.equal('unfavourable');
        }),
        slow,
      );
    }
  });

  it('forgetting stated answers only widens the verdict range', async () => {
    await fc.assert(
      fc.asyncProperty(answersArb(['yes', 'no']), fc.array(fc.constantFrom(...FIELDS), { maxLength: 20 }), async (answers, forget) => {
        const full = await run(inputWith(answers));
        const thinner = { ...answers };
        for (const f of forget) if (f in thinner) thinner[f] = 'onbekend';
        const thin = await run(inputWith(thinner));
        // An unanswered trigger or applicability question counts as applicable (docs/scoring.md §2):
        // forgetting "this does not apply" changes what is assessed, not an answer within it.
        const na = (x: Assessment): string =>
          x.checks
            .filter((c) => c.outcome === 'not-applicable')
            .map((c) => c.id)
            .join(',');
        fc.pre(na(full) === na(thin));
        expect(VERDICT_RANK[thin.verdict.range.low], 'low').to.be.at.most(VERDICT_RANK[full.verdict.range.low]);
        expect(VERDICT_RANK[thin.verdict.range.high], 'high').to.be.at.least(VERDICT_RANK[full.verdict.range.high]);
        const [o0, o1] = [full.score.overall, thin.score.overall];
        if (o0 && o1) {
          expect(o1.low).to.be.at.most(o0.low + 0.05);
          expect(o1.high).to.be.at.least(o0.high - 0.05);
        }
      }),
      { numRuns: 60 },
    );
  });
});
