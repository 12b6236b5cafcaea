// Text variants: a check's wording follows the case (audit, region, situation); the base text otherwise.
import { expect } from 'chai';
import { defaultRuleset } from '../src/ruleset/load.js';
import { lintIssues } from '../src/ruleset/lint.js';
import type { Ruleset } from '../src/types.js';
import { audit, check, proposal, run } from './helpers.js';

function withVariants(): Ruleset {
  const base = defaultRuleset();
  const checks = base.checks.map((c) =>
    c.id !== 'T2'
      ? c
      : {
          ...c,
          variants: [
            { when: { 'subject.kind': 'service-audit', 'subject.region': 'brussels' }, fix: { nl: 'Brusselse scan-fix', fr: 'Correctif bruxellois' } },
            { when: { 'subject.kind': 'service-audit' }, fix: { nl: 'Scan-fix' }, sources: [{ title: 'Alleen voor de scan', tag: 'practice' as const }] },
          ],
        },
  );
  return { ...base, checks };
}

describe('text variants', () => {
  const rs = withVariants();

  it('keeps the base text when no variant holds', async () => {
    const c = check(await run(proposal(), { ruleset: rs }), 'T2');
    expect(c.fix).to.equal(check(await run(proposal()), 'T2').fix);
    expect(c.sources).to.deep.equal(rs.checks.find((x) => x.id === 'T2')?.sources);
  });

  it('uses the first variant whose facts all hold, with its sources', async () => {
    const c = check(await run(audit(), { ruleset: rs }), 'T2');
    expect(c.fix).to.equal('Scan-fix');
    expect(c.sources.map((s) => s.title)).to.deep.equal(['Alleen voor de scan']);
    const b = check(await run(audit({ meta: { title: 'X', municipality: 'Y', region: 'brussels' } }), { ruleset: rs, lang: 'fr' }), 'T2');
    expect(b.fix).to.equal('Correctif bruxellois');
  });

  it('falls back to Dutch for a variant text without the language, and lints unknown facts', async () => {
    const c = check(await run(audit(), { ruleset: rs, lang: 'en' }), 'T2');
    expect(c.fix).to.equal('Scan-fix');
    const bad = { ...rs, checks: rs.checks.map((x) => (x.id === 'T2' ? { ...x, variants: [{ when: { 'no.such': true }, fix: { nl: 'x' } }] } : x)) };
    expect(lintIssues(bad).map((i) => i.message)).to.include('onbekend feit no.such');
  });
});
