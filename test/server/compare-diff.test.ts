// The compare page's pure part: two inputs compared field by field, paths named by their catalogue key,
// knock-outs that appeared or went away.
import { expect } from 'chai';
import { catalogueKey, diffInputs, flattenInput, knockoutChanges, pathParts, prefixKeys, wordDiff } from '../../src/server/pages/compare-diff.js';

describe('compare: the diff of two versions', () => {
  it('flattens an input: objects by key, rows by index, a list of scalars as one value; empty reads as absent', () => {
    const flat = flattenInput({
      kind: 'proposal',
      meta: { title: 'Zwembad', language: 'nl' },
      affordability: { prices: [{ amount: 3.5 }, { amount: 2, note: null }] },
      rights: { dataSources: ['crossroads-bank', 'own-records'], documentsAsked: [] },
      fit: {},
    });
    expect([...flat.entries()]).to.deep.equal([
      ['kind', 'proposal'],
      ['meta.title', 'Zwembad'],
      ['meta.language', 'nl'],
      ['affordability.prices[0].amount', 3.5],
      ['affordability.prices[1].amount', 2],
      ['affordability.prices[1].note', null],
      ['rights.dataSources', ['crossroads-bank', 'own-records']],
    ]);
  });

  it('lists changed, added and removed fields with the old and new value, in the new order', () => {
    const before = { meta: { title: 'A', summary: 'oud' }, participation: { proposalCouldChange: 'yes', claimedLevel: 3 }, list: ['x', 'y'] };
    const after = { meta: { title: 'A', municipality: 'Heikant' }, participation: { proposalCouldChange: 'no', claimedLevel: 3 }, list: ['x', 'y'] };
    expect(diffInputs(before, after)).to.deep.equal([
      { path: 'meta.summary', before: 'oud' },
      { path: 'meta.municipality', after: 'Heikant' },
      { path: 'participation.proposalCouldChange', before: 'yes', after: 'no' },
    ]);
  });

  it('sees a changed list of choices and rows that were added or removed', () => {
    const before = { a: { tags: ['x', 'y'] }, rows: [{ n: 1 }] };
    const after = { a: { tags: ['y', 'x'] }, rows: [{ n: 1 }, { n: 2 }] };
    expect(diffInputs(before, after)).to.deep.equal([
      { path: 'a.tags', before: ['x', 'y'], after: ['y', 'x'] },
      { path: 'rows[1].n', after: 2 },
    ]);
    expect(diffInputs(after, before)).to.deep.equal([
      { path: 'a.tags', before: ['y', 'x'], after: ['x', 'y'] },
      { path: 'rows[1].n', before: 2 },
    ]);
  });

  it('finds nothing between equal inputs, and tells 0, false, null and "" apart', () => {
    const input = { a: 0, b: false, c: null, d: '', e: [{ f: [1, 2] }] };
    expect(diffInputs(input, structuredClone(input))).to.deep.equal([]);
    expect(diffInputs({ a: 0 }, { a: false })).to.deep.equal([{ path: 'a', before: 0, after: false }]);
    expect(diffInputs({ a: null }, { a: '' })).to.deep.equal([{ path: 'a', before: null, after: '' }]);
    expect(diffInputs({ a: null }, {})).to.deep.equal([{ path: 'a', before: null }]);
  });

  it('splits a path into its parts and names it by the catalogue key of each part', () => {
    expect(pathParts('affordability.prices[2].amount')).to.deep.equal([{ key: 'affordability' }, { key: 'prices', index: 2 }, { key: 'amount' }]);
    expect(catalogueKey('a.b[2].c[10].d')).to.equal('a.b[].c[].d');
    expect(prefixKeys('a.b[2].c[1].d')).to.deep.equal(['a', 'a.b', 'a.b[].c', 'a.b[].c[].d']);
    expect(prefixKeys('meta')).to.deep.equal(['meta']);
  });

  it('names the knock-outs that appeared and those that went away', () => {
    expect(knockoutChanges(['F3', 'DG1'], ['DG1', 'R1'])).to.deep.equal({ appeared: ['R1'], gone: ['F3'] });
    expect(knockoutChanges([], [])).to.deep.equal({ appeared: [], gone: [] });
  });
});

describe('compare: two texts word by word', () => {
  const join = (parts: { text: string; op: string }[], keep: string): string =>
    parts
      .filter((p) => p.op === 'same' || p.op === keep)
      .map((p) => p.text)
      .join('');

  it('marks the words that changed and keeps the rest', () => {
    const before = 'stijgt van 3,50 naar 4,50 euro per beurt';
    const after = 'stijgt van 3,50 naar 5,00 euro per beurt';
    const parts = wordDiff(before, after);
    expect(parts.filter((p) => p.op !== 'same')).to.deep.equal([
      { text: '4,50 ', op: 'del' },
      { text: '5,00 ', op: 'ins' },
    ]);
    expect(join(parts, 'del')).to.equal(before);
    expect(join(parts, 'ins')).to.equal(after);
  });

  it('gives back both texts exactly, whitespace included, for added and removed words', () => {
    for (const [b, a] of [
      ['een twee drie', 'nul een drie vier'],
      ['', 'nieuw'],
      ['weg', ''],
      ['  voorloop\nregel twee  ', 'voorloop regel  twee'],
    ] as const) {
      const parts = wordDiff(b, a);
      expect(join(parts, 'del'), `old of ${b} → ${a}`).to.equal(b);
      expect(join(parts, 'ins'), `new of ${b} → ${a}`).to.equal(a);
    }
  });
});
