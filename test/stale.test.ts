// Staleness warnings: a parameter whose last value is older than its usual update interval plus a grace.
import { expect } from 'chai';
import { addMonths, GRACE_MONTHS, staleParameters } from '../src/ruleset/stale.js';
import { defaultRuleset } from '../src/ruleset/load.js';
import { t } from '../src/i18n.js';
import type { ParameterDefinition } from '../src/types.js';

function param(id: string, dates: string[], updateEvery?: number): ParameterDefinition {
  return {
    id,
    description: { nl: id },
    unit: 'EUR/month',
    values: dates.map((validFrom, i) => ({ validFrom, value: i + 1, source: { title: 'test', tag: 'official' } })),
    ...(updateEvery === undefined ? {} : { updateEvery }),
  };
}

const params = (...defs: ParameterDefinition[]): Map<string, ParameterDefinition> => new Map(defs.map((d) => [d.id, d]));

describe('addMonths', () => {
  it('adds months across years and clamps the day to the end of the month', () => {
    expect(addMonths('2025-02-01', 11)).to.equal('2026-01-01');
    expect(addMonths('2025-11-15', 3)).to.equal('2026-02-15');
    expect(addMonths('2024-08-31', 6)).to.equal('2025-02-28');
    expect(addMonths('2023-12-31', 2)).to.equal('2024-02-29');
  });
});

describe('staleParameters', () => {
  it('lists a parameter only once its last value is older than interval plus grace', () => {
    // Interval 9 + grace 2 = 11 months after 2025-02-01 is 2026-01-01.
    const p = params(param('income.x', ['2024-05-01', '2025-02-01'], 9));
    expect(GRACE_MONTHS).to.equal(2);
    expect(staleParameters(p, '2026-01-01')).to.deep.equal([]);
    expect(staleParameters(p, '2026-01-02')).to.deep.equal([{ id: 'income.x', lastValidFrom: '2025-02-01', updateEvery: 9 }]);
  });

  it('never lists parameters without an interval (constants, own defaults)', () => {
    expect(staleParameters(params(param('default.x', ['2014-03-14'])), '2030-01-01')).to.deep.equal([]);
  });

  it('is not stale at a date when the pack already knows a later value', () => {
    const p = params(param('income.x', ['2020-01-01', '2026-03-01'], 9));
    expect(staleParameters(p, '2024-06-01')).to.deep.equal([]);
  });

  it('uses the latest validFrom whatever the order of the values, and sorts by id', () => {
    const p = params(param('b.y', ['2025-01-01', '2023-01-01'], 12), param('a.x', ['2020-01-01'], 12));
    expect(staleParameters(p, '2026-12-02')).to.deep.equal([
      { id: 'a.x', lastValidFrom: '2020-01-01', updateEvery: 12 },
      { id: 'b.y', lastValidFrom: '2025-01-01', updateEvery: 12 },
    ]);
  });

  it('on the shipped pack: the leefloon is current on 2026-12-02, the EU-SILC threshold is not', () => {
    const stale = staleParameters(defaultRuleset().parameters, '2026-12-02').map((s) => s.id);
    expect(stale).to.include('income.povertyThreshold.single').and.include('income.povertyThreshold.couple2children');
    expect(stale).not.to.include('income.leefloon.single');
    expect(stale.filter((id) => id.startsWith('income.leefloon.'))).to.deep.equal([]);
    // A year on, without new indexations, the leefloon would be flagged too.
    expect(staleParameters(defaultRuleset().parameters, '2027-12-02').map((s) => s.id)).to.include('income.leefloon.family');
  });

  it('has a message in three languages', () => {
    const vars = { id: 'income.leefloon.single', since: '2026-03-01', date: '2027-06-01' };
    expect(t('nl', 'staleParameter', vars)).to.equal(
      'Parameter income.leefloon.single: de laatste waarde geldt sinds 2026-03-01; op 2027-06-01 is er wellicht een nieuwere.',
    );
    expect(t('fr', 'staleParameter', vars)).to.include('depuis le 2026-03-01');
    expect(t('en', 'staleParameter', vars)).to.include('probably a newer one');
  });
});
