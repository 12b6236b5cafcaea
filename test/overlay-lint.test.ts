// Overlays that would bend the verdict without saying so: orders, weights, incomes, ignored files, switched-off knock-outs.
import { expect } from 'chai';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { loadRuleset } from '../src/ruleset/load.js';
import { ArmoedetoetsError } from '../src/errors.js';
import type { ScoringSettings } from '../src/types.js';
import { cli } from './cli-io.js';

const MANIFEST = { name: 'lint-test', version: '1.0.0' };
const SCORING = JSON.parse(readFileSync('rules/scoring.json', 'utf8')) as ScoringSettings;

/** An overlay folder with these files (overlay.json by default); values are written as JSON. */
function overlay(files: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), 'overlay-lint-'));
  for (const [path, data] of Object.entries({ 'overlay.json': MANIFEST, ...files })) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), JSON.stringify(data));
  }
  return dir;
}

function scoring(change: (s: ScoringSettings) => void): ScoringSettings {
  const s = structuredClone(SCORING);
  change(s);
  return s;
}

/** The text of every issue of the error loadRuleset throws for this overlay. */
function refusal(dir: string): string {
  try {
    loadRuleset({ overlayDir: dir });
  } catch (e) {
    expect(e).to.be.instanceOf(ArmoedetoetsError);
    expect((e as ArmoedetoetsError).code).to.equal('RULESET_INVALID');
    const err = e as ArmoedetoetsError;
    return [err.message, ...err.issues.map((i) => `${i.path}: ${i.message}`)].join('\n');
  }
  throw new Error('the overlay was accepted');
}

function income(id: string, value: number): unknown {
  const source = { title: 'test', tag: 'default' };
  return { parameters: [{ id, description: { nl: 'test' }, unit: 'EUR/month', values: [{ validFrom: '2014-01-01', value, source }] }] };
}

describe('overlay lint: orders', () => {
  it('refuses a green line at or below the orange line', () => {
    for (const greenMin of [50, 40]) {
      const text = refusal(overlay({ 'scoring.json': scoring((s) => (s.lights.greenMin = greenMin)) }));
      expect(text).to.include('scoring.json: lights').and.include(`greenMin (${greenMin}) moet groter zijn dan orangeMin (50)`);
    }
  });

  it('refuses outcome points that do not fall from pass to partial to fail', () => {
    expect(refusal(overlay({ 'scoring.json': scoring((s) => (s.outcomePoints = { pass: 0.6, partial: 0.8, fail: 0 })) }))).to.include(
      'pass (0.6) ≥ partial (0.8) ≥ fail (0)',
    );
    expect(refusal(overlay({ 'scoring.json': scoring((s) => (s.outcomePoints = { pass: 1, partial: 0.2, fail: 0.5 })) }))).to.include(
      'pass (1) ≥ partial (0.2) ≥ fail (0.5)',
    );
    expect(refusal(overlay({ 'scoring.json': scoring((s) => (s.outcomePoints = { pass: 0.5, partial: 0.5, fail: 0.5 })) }))).to.include(
      'pass (0.5) moet meer punten geven dan fail (0.5)',
    );
  });

  it('accepts equal pass and partial points (a partial may count in full)', () => {
    const rs = loadRuleset({ overlayDir: overlay({ 'scoring.json': scoring((s) => (s.outcomePoints = { pass: 1, partial: 1, fail: 0 })) }) });
    expect(rs.scoring.outcomePoints.partial).to.equal(1);
  });
});

describe('overlay lint: weights', () => {
  it('refuses a dimension weight of 0 from overlay.json', () => {
    const text = refusal(overlay({ 'overlay.json': { ...MANIFEST, weights: { affordability: 0 } } }));
    expect(text).to.include('dimensie affordability').and.include('gewicht 0 moet groter zijn dan 0');
  });

  it('refuses a severity weight of 0', () => {
    const text = refusal(overlay({ 'scoring.json': scoring((s) => (s.severityWeights['3'] = 0)) }));
    expect(text).to.include('severityWeights.3');
  });

  it('refuses an overlay that sets every weight to 0, naming each', () => {
    const dims = JSON.parse(readFileSync('rules/dimensions.json', 'utf8')) as { dimensions: { id: string }[] };
    const weights = Object.fromEntries(dims.dimensions.map((d) => [d.id, 0]));
    const text = refusal(overlay({ 'overlay.json': { ...MANIFEST, weights }, 'scoring.json': scoring((s) => (s.severityWeights = { 1: 0, 2: 0, 3: 0 })) }));
    for (const d of dims.dimensions) expect(text).to.include(`dimensie ${d.id}`);
    for (const s of ['1', '2', '3']) expect(text).to.include(`severityWeights.${s}`);
  });
});

describe('overlay lint: incomes', () => {
  it('refuses a household income of 0 or less', () => {
    for (const value of [0, -100]) {
      const text = refusal(overlay({ 'parameters/income.json': income('income.leefloon.single', value) }));
      expect(text).to.include('parameter income.leefloon.single (vanaf 2014-01-01)').and.include(`een inkomen moet groter zijn dan 0, niet ${value}`);
    }
  });

  it('refuses a local income parameter of 0 even when no household uses it yet', () => {
    expect(refusal(overlay({ 'parameters/local.json': income('income.local.allowance', 0) }))).to.include('income.local.allowance');
  });

  it('accepts a positive local income', () => {
    const rs = loadRuleset({ overlayDir: overlay({ 'parameters/income.json': income('income.leefloon.single', 1400) }) });
    expect(rs.parameters.get('income.leefloon.single')?.values[0]?.value).to.equal(1400);
  });
});

describe('overlay lint: files the loader would ignore', () => {
  it('refuses dimensions.json by name and says to use weights', () => {
    const dims = JSON.parse(readFileSync('rules/dimensions.json', 'utf8')) as unknown;
    const text = refusal(overlay({ 'dimensions.json': dims }));
    expect(text).to.include('dimensions.json').and.include('"weights" in overlay.json');
  });

  it('refuses any other unknown JSON file, and lists them all', () => {
    const text = refusal(overlay({ 'ladder.json': {}, 'extra/notes.json': {} }));
    expect(text).to.include('ladder.json').and.include('extra/notes.json');
  });

  it('still reads scoring.json, checks/ and parameters/ (the example overlay loads)', () => {
    expect(loadRuleset({ overlayDir: 'examples/overlay' }).info.overlay?.name).to.equal('heidebeek');
  });
});

describe('overlay lint: switching off a knock-out', () => {
  const reason = 'De regio voert deze controle zelf uit; zie de beslissing van de raad.';

  it('refuses to disable a knock-out without allowDisableKnockout, naming each check', () => {
    const dir = overlay({
      'overlay.json': {
        ...MANIFEST,
        disable: [
          { id: 'DG1', reason },
          { id: 'PA8', reason },
          { id: 'F3', reason, allowDisableKnockout: false },
        ],
      },
    });
    const text = refusal(dir);
    expect(text).to.include('DG1 is een knock-outcheck').and.include('F3 is een knock-outcheck').and.include('allowDisableKnockout');
    expect(text).not.to.include('PA8 is');
  });

  it('disables a knock-out with allowDisableKnockout: true, and records it as a knock-out', () => {
    const rs = loadRuleset({
      overlayDir: overlay({
        'overlay.json': {
          ...MANIFEST,
          disable: [
            { id: 'DG1', reason, allowDisableKnockout: true },
            { id: 'PA8', reason },
          ],
        },
      }),
    });
    expect(rs.checks.find((c) => c.id === 'DG1')).to.equal(undefined);
    expect(rs.info.disabled).to.deep.equal([
      { id: 'DG1', reason, knockout: true },
      { id: 'PA8', reason, knockout: false },
    ]);
  });

  it('refuses a check disabled twice', () => {
    expect(
      refusal(
        overlay({
          'overlay.json': {
            ...MANIFEST,
            disable: [
              { id: 'PA8', reason },
              { id: 'PA8', reason },
            ],
          },
        }),
      ),
    ).to.include('PA8 staat twee keer');
  });

  it('refuses to turn off the knock-out rule itself in scoring.json', () => {
    const text = refusal(overlay({ 'scoring.json': scoring((s) => (s.verdict.unfavourable.anyKnockoutFailed = false)) }));
    expect(text).to.include('anyKnockoutFailed').and.include('allowDisableKnockout');
  });

  it('rules lint exits 2 naming the knock-out; rules list marks a disabled knock-out', async () => {
    const bad = await cli('rules', 'lint', '--rules', overlay({ 'overlay.json': { ...MANIFEST, disable: [{ id: 'TR1', reason }] } }));
    expect(bad.code).to.equal(2);
    expect(bad.stderr).to.include('TR1').and.not.include('    at ');
    const dir = overlay({ 'overlay.json': { ...MANIFEST, disable: [{ id: 'TR1', reason, allowDisableKnockout: true }] } });
    expect((await cli('rules', 'lint', '--rules', dir)).code).to.equal(0);
    expect((await cli('rules', 'list', '--rules', dir)).stdout).to.include(`TR1 [knock-out]: ${reason}`);
  });
});
