// The server as a process: it starts on a fresh DATA_DIR (seeding the demo organisation and printing the
// setup link), finishes a request that is in flight when SIGTERM comes, exits 0, and leaves an intact
// SQLite file. A wrong setting stops it with one Dutch line and exit 2.
import { expect } from 'chai';
import Database from 'better-sqlite3';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exampleFiles } from '../../src/examples.js';
import { SQLITE_FILE } from '../../src/store/open.js';
import { SESSION_SECRET_FILE } from '../../src/server/bootstrap.js';

const ROOT = process.cwd();
const BUNDLED_CLI = join(ROOT, 'dist', 'cli', 'main.cjs');

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

/** Resolves with the child's stdout once `pattern` appears in it (rejects when the child exits first). */
function waitFor(child: ChildProcess, pattern: RegExp, output: { stdout: string; stderr: string }): Promise<void> {
  return new Promise((resolve, reject) => {
    const check = (): void => {
      if (pattern.test(output.stdout)) resolve();
    };
    child.stdout?.on('data', (d: Buffer) => {
      output.stdout += d.toString();
      check();
    });
    child.stderr?.on('data', (d: Buffer) => void (output.stderr += d.toString()));
    child.once('exit', (code) => reject(new Error(`exited (${code}) before ${pattern}: ${output.stderr}`)));
  });
}

function exitOf(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) resolve(child.exitCode);
    else child.once('exit', (code) => resolve(code));
  });
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

const RUNNERS: { name: string; argv: string[]; needs?: string }[] = [
  { name: 'tsx src/server/main.ts', argv: ['--import', 'tsx', 'src/server/main.ts'] },
  { name: 'the built command: armoedetoets serve', argv: [BUNDLED_CLI, 'serve'], needs: BUNDLED_CLI },
];

describe('server process', function () {
  this.timeout(120_000);

  for (const runner of RUNNERS) {
    it(`${runner.name}: seeds, prints the setup link, finishes the request in flight at SIGTERM, exits 0, leaves the database intact`, async function () {
      if (runner.needs && !existsSync(runner.needs)) {
        // eslint-disable-next-line no-console
        console.log(`      overgeslagen: ${runner.needs} ontbreekt (eerst npm run build)`);
        this.skip();
      }
      const dataDir = join(mkdtempSync(join(tmpdir(), 'armoedetoets-serve-')), 'data');
      const port = await freePort();
      const child = spawn(process.execPath, runner.argv, {
        cwd: ROOT,
        env: {
          ...process.env,
          DATA_DIR: dataDir,
          PORT: String(port),
          LOG_LEVEL: 'warn',
          PUBLIC_URL: 'https://toets.example.be',
          DATABASE_URL: '',
          SESSION_SECRET: '',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      const out = { stdout: '', stderr: '' };
      try {
        await waitFor(child, /Eerste beheerder: open binnen 24 uur https:\/\/toets\.example\.be\/setup\?token=\S+ om een wachtwoord te kiezen\./, out);
        // A login whose body is still arriving when SIGTERM comes: it must still get its answer.
        const body = JSON.stringify({ email: 'niemand@voorbeeld.be', password: 'geen wachtwoord hier' });
        const socket = connect(port, '127.0.0.1');
        let answer = '';
        socket.on('data', (d) => void (answer += d.toString()));
        const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
        await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
        socket.write(
          `POST /api/v1/auth/login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n`,
        );
        socket.write(body.slice(0, 10));
        await sleep(300); // the headers reach the server: the request is in flight
        child.kill('SIGTERM');
        await sleep(300);
        expect(child.exitCode, 'the server waits for the request in flight').to.equal(null);
        socket.write(body.slice(10));
        await closed;
        expect(answer).to.match(/^HTTP\/1\.1 401 /);
        expect(answer).to.include('"UNAUTHENTICATED"');
        expect(await exitOf(child)).to.equal(0);
        expect(out.stdout.match(/Eerste beheerder/g)).to.have.length(1);

        const db = new Database(join(dataDir, SQLITE_FILE), { readonly: true });
        try {
          expect(db.pragma('integrity_check', { simple: true })).to.equal('ok');
          const org = db.prepare("select id from orgs where slug = 'voorbeeld'").get() as { id: string } | undefined;
          expect(org).not.to.equal(undefined);
          const dossiers = db.prepare('select count(*) as n from dossiers where org_id = ?').get(org?.id) as { n: number };
          expect(dossiers.n).to.equal(exampleFiles().length);
        } finally {
          db.close();
        }
        expect(statSync(join(dataDir, SESSION_SECRET_FILE)).mode & 0o777).to.equal(0o600);
      } finally {
        if (child.exitCode === null) child.kill('SIGKILL');
        rmSync(join(dataDir, '..'), { recursive: true, force: true });
      }
    });
  }

  it('stops at a wrong setting with one Dutch line naming the variable, exit 2', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, PORT: 'abc' },
      timeout: 60_000,
    });
    expect(r.status).to.equal(2);
    expect(r.stderr).to.equal('PORT moet een geheel getal tussen 1 en 65535 zijn, niet "abc"\n');
    expect(r.stdout).to.equal('');
  });
});
