// The storage suite on SQLite (always), and what only SQLite has: the file in DATA_DIR, its modes and
// pragmas, and two processes writing to one file.
import { expect } from 'chai';
import Database from 'better-sqlite3';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { migrations } from '../../src/store/migrations/index.js';
import { MEMORY_URL, SQLITE_FILE, openStore } from '../../src/store/open.js';
import { addVersion, rejectsWith, seedDossier, seedOrg, seedUser } from './fixtures.js';
import { sqliteHarness } from './harness.js';
import { storeSuite } from './suite.js';

const run = promisify(execFile);
/** Enough saves that the two processes' transactions interleave many times. */
const SAVES_PER_PROCESS = 150;

describe('store on SQLite', () => {
  storeSuite(sqliteHarness);

  describe('the database file', () => {
    let dir: string;
    beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'armoedetoets-sqlite-'))));
    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    it('DATA_DIR is created private (0700), the file 0600, in WAL mode', async () => {
      const dataDir = join(dir, 'nested', 'data');
      const store = await openStore({ databaseUrl: null, dataDir });
      await store.migrate();
      await store.close();
      expect(statSync(dataDir).mode & 0o777).to.equal(0o700);
      expect(statSync(join(dataDir, SQLITE_FILE)).mode & 0o777).to.equal(0o600);
      const raw = new Database(join(dataDir, SQLITE_FILE), { readonly: true });
      try {
        expect(raw.pragma('journal_mode', { simple: true })).to.equal('wal');
      } finally {
        raw.close();
      }
    });

    it('a DATA_DIR that cannot be made is a STORAGE error naming DATA_DIR', async () => {
      const file = join(dir, 'a-file');
      writeFileSync(file, 'not a folder');
      const e = await rejectsWith(openStore({ databaseUrl: null, dataDir: join(file, 'data') }), 'STORAGE');
      expect(e.message).to.match(/^DATA_DIR \(/);
    });

    it('a file that is not a database is a STORAGE error', async () => {
      writeFileSync(join(dir, SQLITE_FILE), 'x'.repeat(4096));
      const e = await rejectsWith(openStore({ databaseUrl: null, dataDir: dir }), 'STORAGE');
      expect(e.message).to.include(join(dir, SQLITE_FILE));
    });

    it('sqlite::memory: gives a private database', async () => {
      const store = await openStore({ databaseUrl: MEMORY_URL, dataDir: join(dir, 'unused') });
      expect(await store.migrate()).to.deep.equal(Object.keys(migrations('sqlite')));
      const org = await seedOrg(store);
      expect(await store.orgs.get(org.id)).to.deep.equal(org);
      await store.close();
    });

    it('two processes saving to one dossier at once number their versions without duplicates or gaps', async function () {
      this.timeout(60_000);
      const store = await openStore({ databaseUrl: null, dataDir: dir });
      await store.migrate();
      const org = await seedOrg(store);
      const user = await seedUser(store);
      const d = await seedDossier(store, org, user);
      await addVersion(store, d, user);
      const child = join(import.meta.dirname, 'add-versions.ts');
      // Both children start saving at the same moment, once both have loaded (tsx takes about a second).
      const startAt = String(Date.now() + 3000);
      const args = ['--import', 'tsx', child, dir, org.id, d.id, user.id, String(SAVES_PER_PROCESS), startAt];
      const outs = await Promise.all([run(process.execPath, args), run(process.execPath, args)]);
      const numbers = outs.flatMap((o) => o.stdout.trim().split(',').map(Number));
      const total = 1 + 2 * SAVES_PER_PROCESS;
      expect(numbers).to.have.length(total - 1);
      expect((await store.versions.list(org.id, d.id)).map((v) => v.number)).to.deep.equal(Array.from({ length: total }, (_, i) => i + 1));
      expect((await store.dossiers.get(org.id, d.id))?.latestVersion).to.equal(total);
      await store.close();
    });
  });
});
