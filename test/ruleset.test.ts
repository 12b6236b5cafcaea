// The rule pack: every file validates, every check of the domain model exists, overlays apply, broken packs are named.
import { expect } from 'chai';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadRuleset, defaultRuleset } from '../src/ruleset/load.js';
import { valueAt } from '../src/ruleset/params.js';
import { factContext } from '../src/assess.js';
import { ArmoedetoetsError } from '../src/errors.js';
import { check, proposal, run } from './helpers.js';

const OVERLAY = 'test/fixtures/overlay';

/** Every check ID named in the domain reference (§5 and §6). */
const DOMAIN_IDS = [
  ...['F', 10],
  ...['R', 8],
  ...['A', 9],
  ...['DG', 7],
  ...['I', 7],
  ...['M', 6],
  ...['T', 6],
  ...['TR', 7],
  ...['S', 5],
  ...['E', 7],
  ...['MO', 4],
  ...['PA', 8],
].reduce<string[]>((ids, v, i, arr) => (i % 2 === 0 ? ids.concat(Array.from({ length: arr[i + 1] as number }, (_, k) => `${v as string}${k + 1}`)) : ids), []);

function copyPack(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pack-'));
  cpSync('rules', dir, { recursive: true });
  return dir;
}

function expectError(fn: () => unknown, code: string): ArmoedetoetsError {
  try {
    fn();
  } catch (e) {
    expect(e).to.be.instanceOf(ArmoedetoetsError);
    expect((e as ArmoedetoetsError).code).to.equal(code);
    return e as ArmoedetoetsError;
  }
  throw new Error('expected an error');
}

describe('rule pack', () => {
  it('loads, validates and lints the shipped pack', () => {
    const rs = defaultRuleset();
    expect(rs.info.name).to.equal('armoedetoets-vlaanderen');
    expect(rs.info.hash).to.match(/^[0-9a-f]{16}$/);
  });

  it('holds every check ID of the domain model (84), with three languages and a source', () => {
    const rs = defaultRuleset();
    const ids = new Set(rs.checks.map((c) => c.id));
    const missing = DOMAIN_IDS.filter((id) => !ids.has(id));
    expect(missing, `missing checks: ${missing.join(', ')}`).to.deep.equal([]);
    for (const c of rs.checks) {
      for (const text of [c.title, c.why, c.fix]) {
        expect(text.fr, `${c.id} fr`).to.be.a('string').and.not.equal('');
        expect(text.en, `${c.id} en`).to.be.a('string').and.not.equal('');
      }
      expect(c.sources.length, c.id).to.be.greaterThan(0);
    }
  });

  it('marks exactly the knock-outs of the domain model', () => {
    const ko = defaultRuleset()
      .checks.filter((c) => c.knockout)
      .map((c) => c.id)
      .sort();
    expect(ko).to.deep.equal(['DG1', 'DG2', 'F3', 'F6', 'R1', 'TR1']);
  });

  it('picks the leefloon in force on each side of an indexation date', () => {
    const rs = defaultRuleset();
    const single = rs.parameters.get('income.leefloon.single');
    if (!single) throw new Error('no leefloon');
    expect(valueAt(single, '2022-12-31')?.value).to.equal(1160.7);
    expect(valueAt(single, '2023-01-01')?.value).to.equal(1214.13);
    expect(valueAt(single, '2023-07-01')?.value).to.equal(1238.41);
    expect(valueAt(single, '2024-04-30')?.value).to.equal(1263.17);
    expect(valueAt(single, '2024-05-01')?.value).to.equal(1288.46);
    expect(valueAt(single, '2025-01-31')?.value).to.equal(1288.46);
    expect(valueAt(single, '2025-02-01')?.value).to.equal(1314.2);
    expect(valueAt(single, '2026-03-01')?.value).to.equal(1340.47);
    expect(factContext(rs, '2025-02-01').param('income.leefloon.family')).to.equal(1776.07);
    expect(factContext(rs, '2026-12-02').param('income.leefloon.cohabiting')).to.equal(893.65);
  });

  it('says clearly when no parameter value exists yet on a date', () => {
    const e = expectError(() => factContext(defaultRuleset(), '2020-01-01').param('income.leefloon.single'), 'RULESET_PARAM_MISSING');
    expect(e.message).to.include('2022-11-01');
  });

  it('separates "not found" from "broken", and names the file and the rule', () => {
    expectError(() => loadRuleset({ dir: '/nonexistent/pack' }), 'RULESET_NOT_FOUND');
    const dir = copyPack();
    const file = join(dir, 'checks', 'participation.json');
    const data = JSON.parse(readFileSync(file, 'utf8')) as { checks: { severity: number }[] };
    (data.checks[2] as { severity: number }).severity = 7;
    writeFileSync(file, JSON.stringify(data));
    const e = expectError(() => loadRuleset({ dir }), 'RULESET_INVALID');
    expect(e.issues.map((i) => i.path).join(' ')).to.include('checks/participation.json: checks[2] (PA3).severity');
  });

  it('refuses a numeric threshold written as a literal', () => {
    const dir = copyPack();
    const file = join(dir, 'checks', 'participation.json');
    const data = JSON.parse(readFileSync(file, 'utf8')) as { checks: { pass: unknown }[] };
    (data.checks[0] as { pass: unknown }).pass = { fact: 'participation.momentCount', operator: 'greaterThan', value: 2 };
    writeFileSync(file, JSON.stringify(data));
    const e = expectError(() => loadRuleset({ dir }), 'RULESET_INVALID');
    expect(e.issues.map((i) => i.message).join(' ')).to.include('drempel als getal');
  });

  it('refuses a rule that reads an unknown fact or parameter', () => {
    const dir = copyPack();
    const file = join(dir, 'checks', 'participation.json');
    const data = JSON.parse(readFileSync(file, 'utf8')) as { checks: { pass: unknown }[] };
    (data.checks[0] as { pass: unknown }).pass = { fact: 'participation.typo', operator: 'lessThan', value: { param: 'nope.nope' } };
    writeFileSync(file, JSON.stringify(data));
    const e = expectError(() => loadRuleset({ dir }), 'RULESET_INVALID');
    const text = e.issues.map((i) => `${i.path} ${i.message}`).join(' ');
    expect(text).to.include('PA1').and.include('onbekend feit participation.typo').and.include('onbekende parameter nope.nope');
  });
});

describe('local overlay', () => {
  it('records pack, overlay and content hashes, and the disabled check with its reason', () => {
    const rs = loadRuleset({ overlayDir: OVERLAY });
    expect(rs.info.overlay?.name).to.equal('teststad-lokaal');
    expect(rs.info.overlay?.hash).to.match(/^[0-9a-f]{16}$/);
    expect(rs.info.disabled).to.deep.equal([
      { id: 'PA8', reason: 'De gemeente heeft geen ervaringsdeskundige in dienst; de raad bespreekt dit apart.', knockout: false },
    ]);
    expect(rs.checks.find((c) => c.id === 'PA8')).to.equal(undefined);
    expect(rs.dimensions.find((d) => d.id === 'participation')?.weight).to.equal(3);
  });

  it('runs the local check with its local parameter, and overrides a shipped parameter', async () => {
    const ruleset = loadRuleset({ overlayDir: OVERLAY });
    const moment = { date: '2025-01-10', form: 'consultation' };
    const one = await run(proposal({ participation: { moments: [moment] } }), { ruleset });
    const two = await run(proposal({ participation: { moments: [moment, moment] } }), { ruleset });
    expect(check(one, 'L-TS1').outcome).to.equal('fail');
    expect(check(two, 'L-TS1').outcome).to.equal('pass');
    expect(check(two, 'L-TS1').origin).to.equal('overlay');
    expect(check(two, 'L-TS1').parameters[0]).to.include({ id: 'local.minMoments', value: 2 });
    expect(factContext(ruleset, '2025-06-01').param('income.leefloon.single')).to.equal(1500);
    expect(two.ruleset.overlay?.name).to.equal('teststad-lokaal');
  });

  it('fills {param:…} in check texts with the value in force, so texts follow an overlay', async () => {
    const input = proposal({ screening: { triggers: { price: 'yes' } }, affordability: { prices: [{ amount: 9, frequency: 'per-month' }] } });
    const shipped = check(await run(input), 'F1');
    const local = check(await run(input, { ruleset: loadRuleset({ overlayDir: 'examples/overlay' }) }), 'F1');
    expect(shipped.fix).to.include('onder 1% van het leefloon');
    expect(local.fix).to.include('onder 0,5% van het leefloon');
    expect(local.fix).not.to.include('{param:');
    expect(local.parameters.map((p) => p.id)).to.include('affordability.costShare.green');
  });

  it('refuses a text that cites an unknown parameter', () => {
    const dir = copyPack();
    const file = join(dir, 'checks', 'participation.json');
    const data = JSON.parse(readFileSync(file, 'utf8')) as { checks: { fix: { nl: string } }[] };
    (data.checks[0] as { fix: { nl: string } }).fix.nl = 'Minstens {param:nope.missing} dagen.';
    writeFileSync(file, JSON.stringify(data));
    const e = expectError(() => loadRuleset({ dir }), 'RULESET_INVALID');
    expect(e.issues.map((i) => i.message).join(' ')).to.include('{param:nope.missing}');
  });

  it('refuses to disable a check that does not exist', () => {
    const dir = mkdtempSync(join(tmpdir(), 'overlay-'));
    writeFileSync(join(dir, 'overlay.json'), JSON.stringify({ name: 'x-y', version: '1.0.0', disable: [{ id: 'ZZ9', reason: 'bestaat niet' }] }));
    const e = expectError(() => loadRuleset({ overlayDir: dir }), 'RULESET_INVALID');
    expect(e.message).to.include('ZZ9');
  });

  it('refuses a disabled check without a reason', () => {
    const dir = mkdtempSync(join(tmpdir(), 'overlay-'));
    writeFileSync(join(dir, 'overlay.json'), JSON.stringify({ name: 'x-y', version: '1.0.0', disable: [{ id: 'PA8' }] }));
    const e = expectError(() => loadRuleset({ overlayDir: dir }), 'RULESET_INVALID');
    expect(e.issues.map((i) => i.path).join(' ')).to.include('reason');
  });
});
