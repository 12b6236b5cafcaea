// The kept SQLite statements: one compiled statement per SQL text, a fresh one while it is being iterated,
// and no more kept than the bound.
import { expect } from 'chai';
import Database from 'better-sqlite3';
import { cachedStatements, MAX_CACHED_STATEMENTS } from '../../src/store/statements.js';

describe('kept SQLite statements', () => {
  it('compiles each text once, gives a fresh one to a text still being iterated, and keeps at most the bound', () => {
    const raw = new Database(':memory:');
    let compiled = 0;
    const prepare = raw.prepare.bind(raw);
    raw.prepare = ((source: string) => {
      compiled++;
      return prepare(source);
    }) as typeof raw.prepare;
    const db = cachedStatements(raw);
    const a = db.prepare('select 1 as x');
    expect(db.prepare('select 1 as x')).to.equal(a);
    expect(compiled).to.equal(1);

    const iterating = db.prepare('select 1 as x union all select 2');
    const rows = iterating.iterate([]);
    rows.next();
    const other = db.prepare('select 1 as x union all select 2');
    expect(other).not.to.equal(iterating);
    expect(other.all([])).to.deep.equal([{ x: 1 }, { x: 2 }]);
    rows.return?.();

    for (let i = 0; i < MAX_CACHED_STATEMENTS + 10; i++) db.prepare(`select ${i} as x`);
    const before = compiled;
    db.prepare(`select ${MAX_CACHED_STATEMENTS + 9} as x`); // recent: kept
    db.prepare('select 0 as x'); // the oldest: dropped, compiled again
    expect(compiled).to.equal(before + 1);
    db.close();
  });
});
