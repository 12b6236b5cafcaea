// Honest source tags: the pack's own defaults say so, and texts that bind another government are not "official".
import { expect } from 'chai';
import { defaultRuleset } from '../src/ruleset/load.js';
import type { SourceRef } from '../src/types.js';

function allSources(): { where: string; source: SourceRef }[] {
  const rs = defaultRuleset();
  const out: { where: string; source: SourceRef }[] = [];
  for (const c of rs.checks) for (const s of c.sources) out.push({ where: c.id, source: s });
  for (const [id, p] of rs.parameters) for (const v of p.values) out.push({ where: `${id}@${v.validFrom}`, source: v.source });
  return out;
}

describe('source tags', () => {
  it("titles every default as this pack's own choice, never as an official text", () => {
    for (const { where, source } of allSources().filter((x) => x.source.tag === 'default')) {
      expect(source.title, where).to.match(/^Standaard van dit pakket \(geen officiële norm\): /);
      expect(source.title, where).not.to.match(/armoedetoets \(14 maart 2014\)|REFERENCE/);
    }
  });

  it('does not tag as official a text that binds another government than the municipality', () => {
    const otherGovernment =
      /omzendbrief Beleid en regelgevingsprocessen|Poverty Impact Assessment|Fairer Scotland|Beleidskompas|regelgevingsimpactanalyse|quickscan/;
    for (const { where, source } of allSources().filter((x) => otherGovernment.test(x.source.title))) {
      expect(source.tag, `${where}: ${source.title}`).to.equal('practice');
    }
  });

  it('tags the knock-outs F6 and R1 on the Flemish circular as practice for local government', () => {
    const rs = defaultRuleset();
    for (const id of ['F6', 'R1']) {
      const circular = rs.checks.find((c) => c.id === id)?.sources.find((s) => s.title.includes('omzendbrief'));
      expect(circular?.tag, id).to.equal('practice');
      expect(circular?.title, id).to.include('bindt de Vlaamse regering');
    }
  });

  it('gives every leefloon and EU-SILC value its own source, with an https url where it names a web page', () => {
    const rs = defaultRuleset();
    for (const id of [
      'income.leefloon.cohabiting',
      'income.leefloon.single',
      'income.leefloon.family',
      'income.povertyThreshold.single',
      'income.povertyThreshold.couple2children',
    ]) {
      const p = rs.parameters.get(id);
      expect(p?.updateEvery, id).to.be.a('number');
      for (const v of p?.values ?? []) {
        expect(v.source.title.length, `${id}@${v.validFrom}`).to.be.within(3, 300);
        if (v.source.tag === 'official') expect(v.source.url, `${id}@${v.validFrom}`).to.match(/^https:\/\//);
      }
    }
  });
});
