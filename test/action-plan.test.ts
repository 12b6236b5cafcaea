// The audit's action plan: every check says what its fix takes (quick win or structural work); the plan shows
// quick wins first, then structural work, each step with an owner and a deadline to fill in on paper.
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assess } from '../src/assess.js';
import { readExample } from '../src/examples.js';
import { RULES_DIR } from '../src/paths.js';
import { buildReportModel, renderReportHtml } from '../src/report/index.js';
import { defaultRuleset } from '../src/ruleset/load.js';
import type { Assessment } from '../src/types.js';
import { audit, check, run } from './helpers.js';

const rs = defaultRuleset();
const TODAY = '2025-06-01';
const onthaal = (): Promise<Assessment> => assess(readExample('examples/audits/ocmw-onthaal-drempelscan.yaml'), { lang: 'nl', today: TODAY });

describe('check effort', () => {
  it('is set on every check of the pack, as quick or structural', () => {
    expect(rs.checks.length).to.be.at.least(84);
    for (const c of rs.checks) expect(c.effort, c.id).to.be.oneOf(['quick', 'structural']);
    const effort = (id: string) => rs.checks.find((c) => c.id === id)?.effort;
    // A text, an opening moment, a training: quick. Automatic granting, a relocation, IT: structural.
    for (const id of ['I1', 'T2', 'TR4', 'A8']) expect(effort(id), id).to.equal('quick');
    for (const id of ['R1', 'F6', 'M1', 'R4', 'DG7']) expect(effort(id), id).to.equal('structural');
  });

  it('has at most one variants list per check in the rule files (a duplicate key would silently drop one)', () => {
    for (const c of rs.checks) {
      const text = readFileSync(join(RULES_DIR, 'checks', `${c.dimension}.json`), 'utf8');
      const start = text.indexOf(`"id": "${c.id}"`);
      const next = text.slice(start + 1).search(/"id": "[A-Z]/);
      const own = next < 0 ? text.slice(start) : text.slice(start, start + 1 + next);
      expect((own.match(/"variants"\s*:/g) ?? []).length, c.id).to.be.at.most(1);
    }
  });
});

describe('severity of official minima', () => {
  it('weighs the legal minima of the OCMW and leefloon procedure as critical, without new knock-outs', () => {
    const def = (id: string) => rs.checks.find((c) => c.id === id);
    for (const id of ['T2', 'A2', 'A3', 'A8', 'DG7']) {
      expect(def(id)?.severity, id).to.equal(3);
      expect(def(id)?.knockout, id).to.equal(false);
      expect(
        def(id)?.sources.some((s) => s.tag === 'official'),
        id,
      ).to.equal(true);
    }
  });

  it('ranks a known failure of the walk-in minimum above the questions still open in its dimension', async () => {
    const a = await run(audit({ screening: { triggers: { opening: 'yes' } }, time: { walkInMomentsPerWeek: 1 } }));
    expect(check(a, 'T2').outcome).to.equal('fail');
    const path = a.improvementPath.filter((s) => s.dimension === 'time');
    expect(path[0]?.checkId).to.equal('T2');
    expect(path.slice(1).every((s) => s.outcome === 'unknown')).to.equal(true);
  });
});

describe('action plan of an audit', () => {
  it('groups quick wins before structural work, numbered through the plan, in the order of the path', async () => {
    const a = await onthaal();
    const m = buildReportModel(a, { ruleset: rs, lang: 'nl' });
    expect(m.plan.map((g) => g.effort)).to.deep.equal(['quick', 'structural']);
    const all = m.plan.flatMap((g) => g.steps);
    expect(all.map((s) => s.rank)).to.deep.equal(all.map((_, i) => i + 1));
    expect([...all.map((s) => s.id)].sort()).to.deep.equal([...m.steps.map((s) => s.id)].sort());
    const effort = new Map(rs.checks.map((c) => [c.id, c.effort]));
    for (const g of m.plan) {
      for (const s of g.steps) expect(effort.get(s.id), s.id).to.equal(g.effort);
      const pathOrder = m.steps.filter((s) => s.effort === g.effort).map((s) => s.id);
      expect(g.steps.map((s) => s.id)).to.deep.equal(pathOrder);
    }
  });

  it('takes the effort from the step when it carries one, else from the check definition', async () => {
    const a = await onthaal();
    const structural = a.improvementPath.find((s) => rs.checks.find((c) => c.id === s.checkId)?.effort === 'structural');
    if (!structural) throw new Error('no structural step');
    const copy: Assessment = { ...a, improvementPath: a.improvementPath.map((s) => (s === structural ? { ...s, effort: 'quick' as const } : s)) };
    const m = buildReportModel(copy, { ruleset: rs, lang: 'nl' });
    expect(m.plan[0]?.steps.map((s) => s.id)).to.include(structural.checkId);
  });

  it('shows the question first for an unknown step', async () => {
    const a = await onthaal();
    const m = buildReportModel(a, { ruleset: rs, lang: 'nl' });
    const unknown = m.plan.flatMap((g) => g.steps).find((s) => a.checks.find((c) => c.id === s.id)?.outcome === 'unknown');
    if (!unknown) throw new Error('no unknown step');
    expect(unknown.ask).to.equal(check(a, unknown.id).ask);
    expect(
      m.plan
        .flatMap((g) => g.steps)
        .filter((s) => s.ask !== null)
        .every((s) => check(a, s.id).outcome === 'unknown'),
    ).to.equal(true);
  });

  it('renders two tables with empty owner and deadline cells to fill in', async () => {
    const a = await onthaal();
    for (const [lang, owner, deadline] of [
      ['nl', 'Eigenaar', 'Deadline'],
      ['fr', 'Responsable', 'Échéance'],
      ['en', 'Owner', 'Deadline'],
    ] as const) {
      const html = renderReportHtml(a, { ruleset: rs, lang, generatedAt: TODAY });
      const plan = html.slice(html.indexOf('id="plan-h"'), html.indexOf('id="unknowns-h"'));
      expect(plan.match(/<table class="data steps plan-steps">/g) ?? []).to.have.length(2);
      expect(plan.match(new RegExp(`<th scope="col" class="fill">${owner}</th><th scope="col" class="fill">${deadline}</th>`, 'g')) ?? []).to.have.length(2);
      expect(plan.indexOf('id="plan-quick-h"')).to.be.lessThan(plan.indexOf('id="plan-structural-h"'));
      expect((plan.match(/<td class="fill"><\/td>/g) ?? []).length).to.equal(2 * a.improvementPath.length);
    }
  });

  it('leaves a proposal with its improvement path', async () => {
    const a = await assess(readExample('examples/proposals/energiepremie-documenten.yaml'), { lang: 'nl', today: TODAY });
    const m = buildReportModel(a, { ruleset: rs, lang: 'nl' });
    expect(m.plan).to.deep.equal([]);
    const html = renderReportHtml(a, { ruleset: rs, lang: 'nl', generatedAt: TODAY });
    expect(html).to.include('id="path-h"');
    expect(html).not.to.include('<table class="data steps plan-steps">');
  });
});
