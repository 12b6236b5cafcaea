// A check with `from` applies only from that date: before it, it is not run (its parameters are never
// read) and is reported not applicable with the reason; without `from`, a missing value still fails.
import { expect } from 'chai';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadRuleset } from '../src/ruleset/load.js';
import { compilePack } from '../src/engine/compile.js';
import { ArmoedetoetsError } from '../src/errors.js';
import { cli } from './cli-io.js';
import { check, proposal, run } from './helpers.js';

const OVERLAY = 'test/fixtures/overlay-from';
const twoMoments = proposal({
  participation: {
    moments: [
      { date: '2025-01-10', form: 'consultation' },
      { date: '2025-02-10', form: 'consultation' },
    ],
  },
});
const oneMoment = proposal({ participation: { moments: [{ date: '2025-01-10', form: 'consultation' }] } });

/** A copy of the fixture overlay with `from` removed from L-TF1. */
function overlayWithoutFrom(): string {
  const dir = mkdtempSync(join(tmpdir(), 'overlay-from-'));
  cpSync(OVERLAY, dir, { recursive: true });
  const file = join(dir, 'checks', 'local.json');
  const data = JSON.parse(readFileSync(file, 'utf8')) as { checks: { id: string; from?: string }[] };
  for (const c of data.checks) if (c.id === 'L-TF1') delete c.from;
  writeFileSync(file, JSON.stringify(data));
  return dir;
}

describe('check start date (from)', () => {
  it('compilePack leaves a check out before its date and compiles it from that date on', () => {
    const rs = loadRuleset({ overlayDir: OVERLAY });
    const before = compilePack(rs, '2026-12-31');
    expect(before.notYet.map((c) => c.id)).to.deep.equal(['L-TF1']);
    expect(before.checks.map((c) => c.def.id))
      .to.include('L-TF2')
      .and.not.include('L-TF1');
    const on = compilePack(rs, '2027-01-01');
    expect(on.notYet).to.deep.equal([]);
    const tf1 = on.checks.find((c) => c.def.id === 'L-TF1');
    expect(tf1?.params[0]).to.include({ id: 'local.minMomentsFrom2027', value: 2, validFrom: '2027-01-01' });
  });

  it('reports the check not applicable before its date, with the reason, and scores it nowhere', async () => {
    const rs = loadRuleset({ overlayDir: OVERLAY });
    const a = await run(oneMoment, { ruleset: rs, date: '2026-06-01' });
    const tf1 = check(a, 'L-TF1');
    expect(tf1.outcome).to.equal('not-applicable');
    expect(tf1.why).to.include('pas vanaf 2027-01-01').and.include('2026-06-01');
    expect(tf1.parameters).to.deep.equal([]);
    expect(tf1.origin).to.equal('overlay');
    expect(check(a, 'L-TF2').outcome).to.equal('not-applicable');
    const participation = a.dimensions.find((d) => d.id === 'participation');
    expect(participation?.counts['not-applicable']).to.be.at.least(2);
    const fr = check(await run(oneMoment, { ruleset: rs, date: '2026-06-01', lang: 'fr' }), 'L-TF1');
    expect(fr.why).to.include('à partir du 2027-01-01');
  });

  it('runs the check from its date with the parameter then in force', async () => {
    const rs = loadRuleset({ overlayDir: OVERLAY });
    expect(check(await run(oneMoment, { ruleset: rs, date: '2027-01-01' }), 'L-TF1').outcome).to.equal('fail');
    const pass = check(await run(twoMoments, { ruleset: rs, date: '2027-01-01' }), 'L-TF1');
    expect(pass.outcome).to.equal('pass');
    expect(pass.title).to.include('Minstens 2');
  });

  it('does not reuse a compiled pack across a start date inside one parameter epoch', async () => {
    // No parameter changes between these two days, so only the start date of L-TF2 tells them apart.
    const rs = loadRuleset({ overlayDir: OVERLAY });
    expect(check(await run(oneMoment, { ruleset: rs, date: '2026-08-31' }), 'L-TF2').outcome).to.equal('not-applicable');
    expect(check(await run(oneMoment, { ruleset: rs, date: '2026-09-01' }), 'L-TF2').outcome).to.equal('pass');
    expect(check(await run(oneMoment, { ruleset: rs, date: '2026-08-31' }), 'L-TF2').outcome).to.equal('not-applicable');
  });

  it('without from, a local parameter with no value on the date still stops the assessment', async () => {
    const rs = loadRuleset({ overlayDir: overlayWithoutFrom() });
    try {
      await run(oneMoment, { ruleset: rs, date: '2026-06-01' });
      expect.fail('expected an error');
    } catch (e) {
      expect(e).to.be.instanceOf(ArmoedetoetsError);
      expect((e as ArmoedetoetsError).code).to.equal('RULESET_PARAM_MISSING');
      expect((e as Error).message)
        .to.include('local.minMomentsFrom2027')
        .and.include('geen waarde op 2026-06-01');
    }
  });

  it('the command line exits 2 for that, and 0 with the start date', async () => {
    const without = await cli('assess', 'test/fixtures/minimal.yaml', '--rules', overlayWithoutFrom(), '--date', '2026-06-01');
    expect(without.code).to.equal(2);
    expect(without.stderr).to.include('local.minMomentsFrom2027');
    const withFrom = await cli('assess', 'test/fixtures/minimal.yaml', '--rules', OVERLAY, '--date', '2026-06-01', '--format', 'json');
    expect(withFrom.code).to.equal(0);
    const out = JSON.parse(withFrom.stdout) as { checks: { id: string; outcome: string }[] };
    expect(out.checks.find((c) => c.id === 'L-TF1')?.outcome).to.equal('not-applicable');
  });

  it('lint refuses a start date on which a parameter of the check has no value', () => {
    const dir = mkdtempSync(join(tmpdir(), 'overlay-from-'));
    cpSync(OVERLAY, dir, { recursive: true });
    const file = join(dir, 'checks', 'local.json');
    const data = JSON.parse(readFileSync(file, 'utf8')) as { checks: { id: string; from?: string }[] };
    for (const c of data.checks) if (c.id === 'L-TF1') c.from = '2026-01-01';
    writeFileSync(file, JSON.stringify(data));
    try {
      loadRuleset({ overlayDir: dir });
      expect.fail('expected an error');
    } catch (e) {
      expect((e as ArmoedetoetsError).code).to.equal('RULESET_INVALID');
      expect((e as ArmoedetoetsError).issues.map((i) => `${i.path} ${i.message}`).join(' '))
        .to.include('L-TF1')
        .and.include('local.minMomentsFrom2027 heeft geen waarde op 2026-01-01');
    }
  });
});
