// A service's audits over time from their stored results: the scores per dimension across the audits, the
// barriers gone, new, remaining or unclear between the last two audits, and what became of an action's barrier.
import { expect } from 'chai';
import { assess } from '../../src/assess.js';
import { readExample } from '../../src/examples.js';
import { actionFate, barrierChanges, barriersOf, fateAt, OVERALL, trendSeries } from '../../src/server/services/audit-trend.js';
import type { Assessment, CheckResult } from '../../src/types.js';

const TODAY = '2025-06-01';
type Input = Record<string, Record<string, unknown>>;
const base = (): Input => structuredClone(readExample('examples/audits/ocmw-onthaal-drempelscan.yaml')) as Input;
const run = (input: Input): Promise<Assessment> => assess(input, { lang: 'nl', today: TODAY });

/** The same audit with one check's outcome replaced (what a changed answer does). */
function withCheck(a: Assessment, id: string, possible: CheckResult['possible']): Assessment {
  return {
    ...a,
    checks: a.checks.map((c) => (c.id === id ? { ...c, possible, outcome: possible.length === 1 ? (possible[0] as CheckResult['outcome']) : 'unknown' } : c)),
  };
}

describe('audit trend', () => {
  let first: Assessment;
  let second: Assessment;
  before(async () => {
    first = await run(base());
    const v = base();
    (v['meta'] as Record<string, unknown>)['referenceDate'] = '2026-09-15';
    (v['time'] as { phone: Record<string, unknown> }).phone['freeOrLocalRate'] = 'ja';
    (v['time'] as { phone: Record<string, unknown> }).phone['shortWait'] = 'ja';
    (v['reachability'] as Record<string, unknown>)['stepFree'] = 'nee';
    second = await run(v);
  });

  it('has the overall score first, then every applicable dimension, each with one point per audit in the order of the audits', () => {
    const series = trendSeries(
      [
        { number: 2, result: second },
        { number: 1, result: first },
      ],
      'Totaalscore',
    );
    expect(series[0]).to.include({ id: OVERALL, title: 'Totaalscore', code: '' });
    const applicable = second.dimensions.filter((d) => d.applicable).map((d) => d.id);
    expect(series.slice(1).map((s) => s.id)).to.deep.equal(applicable);
    for (const s of series) {
      expect(s.points.map((p) => p.number)).to.deep.equal([1, 2]);
      expect(s.points.map((p) => p.date)).to.deep.equal(['2025-09-15', '2026-09-15']);
    }
    const time = series.find((s) => s.id === 'time');
    const dim = (a: Assessment) => a.dimensions.find((d) => d.id === 'time');
    expect(time?.code).to.equal(dim(second)?.code);
    expect(time?.points.map((p) => p.score)).to.deep.equal([first, second].map((a) => ({ low: dim(a)?.score?.low, high: dim(a)?.score?.high })));
    expect((time?.points[1]?.score?.low ?? 0) > (time?.points[0]?.score?.low ?? 0), 'the free phone line raises Time').to.equal(true);
    expect(series[0]?.points[0]?.score).to.deep.equal({ low: first.score.overall?.low, high: first.score.overall?.high });
  });

  it('leaves out dimensions that never applied, and gives a dimension no score at an audit where it did not apply', () => {
    const series = trendSeries([{ number: 1, result: first }], 'Totaal');
    const never = first.dimensions.filter((d) => !d.applicable).map((d) => d.id);
    expect(never.length).to.be.greaterThan(0);
    expect(series.map((s) => s.id)).to.not.include.members(never);
    const gone = { ...second, dimensions: second.dimensions.map((d) => (d.id === 'time' ? { ...d, applicable: false, score: null } : d)) };
    const time = trendSeries(
      [
        { number: 1, result: first },
        { number: 2, result: gone },
      ],
      'Totaal',
    ).find((s) => s.id === 'time');
    expect(time?.points[1]).to.include({ score: null, light: 'not-applicable' });
    expect(time?.points[0]?.score).to.not.equal(null);
  });

  it('barriers are the checks known not to be met (failed or partly met, not the open questions): the steps of the action plan', () => {
    const ids = barriersOf(first).map((b) => b.checkId);
    expect(ids).to.include('T6');
    expect([...ids].sort()).to.deep.equal(first.improvementPath.map((s) => s.checkId).sort());
    for (const c of first.checks) {
      const known = c.possible.length > 0 && c.possible.every((o) => o === 'fail' || o === 'partial');
      expect(ids.includes(c.id), c.id).to.equal(known);
    }
  });

  it('sorts the barriers of the audit before into gone, remaining and unclear, and names the new ones', () => {
    const c = barrierChanges(first, second);
    expect(c.gone.map((b) => b.checkId)).to.deep.equal(['T6']);
    expect(c.added.map((b) => b.checkId)).to.deep.equal(['M5']);
    expect(c.unclear).to.deep.equal([]);
    expect(c.remaining.length).to.equal(barriersOf(first).length - 1);
    const reopened = withCheck(second, 'I4', ['pass', 'fail']);
    const again = barrierChanges(first, reopened);
    expect(again.unclear.map((b) => b.checkId)).to.deep.equal(['I4']);
    expect(again.remaining.map((b) => b.checkId)).to.not.include('I4');
  });

  it("an action's barrier: its fate at the latest audit after the action's own, none before a later audit", () => {
    const audits = [
      { number: 1, result: first },
      { number: 2, result: second },
    ];
    expect(actionFate({ checkId: 'T6', versionNumber: 1 }, audits)).to.deep.equal({ number: 2, fate: 'gone' });
    expect(actionFate({ checkId: 'I4', versionNumber: 1 }, audits)).to.deep.equal({ number: 2, fate: 'remaining' });
    expect(actionFate({ checkId: 'M5', versionNumber: 2 }, audits)).to.equal(null);
    expect(fateAt(withCheck(second, 'I4', ['not-applicable']), 'I4')).to.equal('gone');
    expect(fateAt(second, 'NO-SUCH-CHECK')).to.equal('gone');
  });
});
