// Group commit on SQLite: transactions that arrive while one runs share one COMMIT, each in a savepoint of
// its own. One that fails leaves nothing and rejects with its own error; the others are stored. A COMMIT
// that fails fails every member: nothing is acknowledged that was not stored.
import { expect } from 'chai';
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { groupCommit } from '../../src/store/group-commit.js';
import { openStore } from '../../src/store/open.js';
import type { Store } from '../../src/store/types.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

describe('SQLite group commit', () => {
  let dir: string;
  let raw: Database.Database;
  let db: AnyDb;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'armoedetoets-group-'));
    raw = new Database(join(dir, 'g.sqlite'));
    raw.pragma('journal_mode = WAL');
    raw.pragma('foreign_keys = ON');
    db = new Kysely({ dialect: new SqliteDialect({ database: raw }) });
    await sql`create table parent (id integer primary key)`.execute(db);
    await sql`create table item (id integer primary key, parent integer references parent(id) deferrable initially deferred, note text)`.execute(db);
    await sql`insert into parent (id) values (1)`.execute(db);
  });
  afterEach(async () => {
    await db.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  const count = async (): Promise<number> => Number(((await sql<{ n: number }>`select count(*) as n from item`.execute(db)).rows[0] as { n: number }).n);

  it('shares commits among transactions that wait; a failing one is rolled back alone with its own error', async () => {
    const g = groupCommit(db as never, () => raw.inTransaction);
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) =>
        g.run(async (tx) => {
          await sql`insert into item (parent, note) values (1, ${`t${i}`})`.execute(tx);
          await sql`insert into item (parent, note) values (1, ${`t${i} bis`})`.execute(tx);
          if (i === 7) throw new Error('seven fails');
          return i;
        }),
      ),
    );
    expect(results.map((r) => r.status)).to.deep.equal(results.map((_, i) => (i === 7 ? 'rejected' : 'fulfilled')));
    expect(String((results[7] as PromiseRejectedResult).reason)).to.include('seven fails');
    expect((results[3] as PromiseFulfilledResult<number>).value).to.equal(3);
    expect(await count()).to.equal(38);
    const notes = (await sql<{ note: string }>`select note from item where note like 't7%'`.execute(db)).rows;
    expect(notes).to.deep.equal([]);
    const { commits, transactions } = g.stats();
    expect(transactions).to.equal(19);
    expect(commits, 'waiting transactions share a commit').to.be.lessThan(transactions);
  });

  it('a COMMIT that fails fails every member of the group, and nothing of it is stored', async () => {
    const g = groupCommit(db as never, () => raw.inTransaction);
    // a foreign key checked only at COMMIT: the group's commit fails because of one member
    const results = await Promise.allSettled([
      g.run((tx) => sql`insert into item (parent, note) values (1, 'fine')`.execute(tx)),
      g.run((tx) => sql`insert into item (parent, note) values (99, 'orphan')`.execute(tx)),
      g.run((tx) => sql`insert into item (parent, note) values (1, 'fine too')`.execute(tx)),
    ]);
    expect(results.map((r) => r.status)).to.deep.equal(['rejected', 'rejected', 'rejected']);
    expect(await count()).to.equal(0);
    expect(raw.inTransaction).to.equal(false);
    // and the next transaction works as usual
    await g.run((tx) => sql`insert into item (parent, note) values (1, 'after')`.execute(tx));
    expect(await count()).to.equal(1);
  });

  it('through the store: saves at once each get their own version, and one that fails leaves nothing', async () => {
    const store: Store = await openStore({ databaseUrl: null, dataDir: join(dir, 'data') });
    try {
      await store.migrate();
      const org = await store.orgs.create({ slug: 'g', name: 'Gemeente G', kind: 'gemeente', region: 'vlaanderen', languages: ['nl'] });
      const user = await store.users.create({ email: 'g@example.be', displayName: 'G', passwordHash: null, platformAdmin: false });
      const d = await store.dossiers.create({ orgId: org.id, kind: 'proposal', title: 'G', lifeDomains: [], ownerId: user.id });
      const saves = await Promise.allSettled(
        Array.from({ length: 12 }, (_, i) =>
          store.transaction(async (tx) => {
            const v = await tx.versions.add({ orgId: org.id, dossierId: d.id, input: JSON.stringify({ i }), authorId: user.id });
            if (i === 5) throw new Error('five fails');
            return v.number;
          }),
        ),
      );
      expect(saves.filter((s) => s.status === 'rejected')).to.have.length(1);
      const numbers = saves.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
      expect(numbers).to.deep.equal([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
      const stored = await store.versions.list(org.id, d.id);
      expect(stored.map((v) => v.number)).to.deep.equal(numbers);
      expect((await store.dossiers.get(org.id, d.id))?.latestVersion).to.equal(11);
    } finally {
      await store.close();
    }
  });
});
