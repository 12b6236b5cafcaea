// Nothing acknowledged is lost (issue 9, section 7): the real server as a child process takes saves on
// several connections, is killed with SIGKILL while some are in flight, and is started again on the same
// data. Every save that got a 2xx is there with the exact input (JSON.stringify of the validated input),
// numbered without gaps or duplicates; every stored version has its assessment and audit entry (the API
// writes version, assessment and audit entry in one transaction, src/server/services/dossiers.ts); the
// session survives; SQLite passes its integrity check. Saves that got no answer may or may not be there,
// but whole if they are.
import Database from 'better-sqlite3';
import { expect } from 'chai';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateInput } from '../../src/index.js';
import { SQLITE_FILE } from '../../src/store/open.js';
import type { AuditEntry, Store } from '../../src/store/types.js';
import { example } from './api-helpers.js';
import { backends, Client, makeOrg, makeUser, TEST_SECRET, uniq, type Backend } from './harness.js';
import { serverArgv, startServerProcess, type ServerProcess } from './server-process.js';

/** Parallel connections: several saves wait on the dossier's lock at once when the kill comes. */
const CONNECTIONS = 8;
/** Acknowledged saves before the kill: enough for each connection to have saved several times. */
const ACKS_BEFORE_KILL = 30;
/** The kill comes up to this long after that: at a moment of the stream no answer has announced. */
const KILL_JITTER_MS = 20;

interface Save {
  marker: string;
  /** What the server must store: JSON.stringify of the validated input. */
  expected: string;
  status?: number;
  version?: number;
  error?: string;
}

/** The example with a marker in its title, so that every stored version names the save it came from. */
function markedInput(marker: string): { input: Record<string, unknown>; expected: string } {
  const input = example('zwembad-sociaal-tarief');
  input['meta'] = { ...(input['meta'] as Record<string, unknown>), title: `Zwembad, bewaring ${marker}` };
  return { input, expected: JSON.stringify(validateInput(structuredClone(input), 'nl')) };
}

async function auditOf(store: Store, orgId: string, dossierId: string): Promise<AuditEntry[]> {
  const all: AuditEntry[] = [];
  let cursor: string | null = null;
  do {
    const page: { items: AuditEntry[]; nextCursor: string | null } = await store.audit.list(orgId, { dossierId }, cursor, 100);
    all.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor !== null);
  return all;
}

async function run(backend: Backend): Promise<void> {
  const harness = await backend.make();
  const dataDir = harness.dialect === 'sqlite' ? harness.dataDir : mkdtempSync(join(tmpdir(), 'armoedetoets-kill-'));
  const servers: ServerProcess[] = [];
  try {
    const setup = await harness.open();
    await setup.migrate();
    const org = await makeOrg(setup);
    const user = await makeUser(setup, { orgId: org.id, role: 'ocmw-staff' });
    await setup.close();
    const env = { DATA_DIR: dataDir, DATABASE_URL: harness.databaseUrl ?? '', SESSION_SECRET: TEST_SECRET, PUBLIC_RATE_LIMIT: '0' };

    const first = await startServerProcess(env);
    servers.push(first);
    const client = new Client(first.url);
    expect((await client.login(user.email)).status).to.equal(200);
    const v1 = markedInput(`eerste-${uniq()}`);
    const created = await client.post(`/api/v1/orgs/${org.slug}/dossiers`, { input: v1.input });
    expect(created.status, created.text).to.equal(201);
    const dossierId: string = created.body.dossier.id;
    const versionsPath = `/api/v1/orgs/${org.slug}/dossiers/${dossierId}/versions`;
    const saves: Save[] = [{ marker: 'v1', expected: v1.expected, status: 201, version: 1 }];

    // The stream: each connection saves again as soon as it has its answer, until the server is gone. The
    // kill comes at a random moment shortly after the ACKS_BEFORE_KILL-th acknowledgement, mid-stream.
    let acked = 0;
    let inFlight = 0;
    let inFlightAtKill = -1;
    let gone = false;
    let killing = false;
    void first.exited.then(() => (gone = true));
    const run = `${uniq()}`;
    const worker = async (w: number): Promise<void> => {
      for (let n = 0; !gone; n++) {
        const marker = `${run}-${w}-${n}`;
        const { input, expected } = markedInput(marker);
        const save: Save = { marker, expected };
        saves.push(save);
        inFlight++;
        try {
          const r = await client.send('POST', versionsPath, { json: input });
          save.status = r.status;
          if (r.status >= 200 && r.status < 300) {
            save.version = r.body.version.number;
            acked++;
          } else save.error = r.text.slice(0, 300);
        } catch (e) {
          save.error = String(e);
        } finally {
          inFlight--;
        }
        if (acked >= ACKS_BEFORE_KILL && !killing) {
          killing = true;
          setTimeout(() => {
            inFlightAtKill = inFlight;
            first.child.kill('SIGKILL');
          }, Math.random() * KILL_JITTER_MS);
        }
      }
    };
    await Promise.all(Array.from({ length: CONNECTIONS }, (_, w) => worker(w)));
    expect(await first.exited).to.equal('SIGKILL');
    expect(inFlightAtKill, 'saves in flight when the server was killed').to.be.at.least(1);

    const answered = saves.filter((s) => s.status !== undefined);
    const refused = answered.filter((s) => s.status !== 201);
    expect(
      refused.map((s) => `${s.marker}: ${s.status} ${s.error}`),
      'every answered save was taken',
    ).to.deep.equal([]);
    const ackedSaves = saves.filter((s) => s.status === 201);
    expect(ackedSaves.length).to.be.at.least(ACKS_BEFORE_KILL + 1);

    // Started again on the same data; the session (kept in the database) still works.
    const second = await startServerProcess(env);
    servers.push(second);
    const again = new Client(second.url);
    again.cookie = client.cookie;
    expect((await again.get('/api/v1/auth/me')).status, 'the session survives the kill').to.equal(200);
    const list = await again.get(versionsPath);
    expect(list.status, list.text).to.equal(200);
    const numbers: number[] = list.body.items.map((v: { number: number }) => v.number);
    expect(numbers, 'numbered 1, 2, 3 … without gaps or duplicates').to.deep.equal(numbers.map((_, i) => i + 1));
    expect(new Set(ackedSaves.map((s) => s.version)).size, 'no two acknowledged saves got the same number').to.equal(ackedSaves.length);

    // Every stored version is exactly one save's input, whole; every acknowledged save is the version it was told.
    const byText = new Map(saves.map((s) => [s.expected, s]));
    const stored = new Map<string, number>();
    for (const n of numbers) {
      const r = await again.get(`${versionsPath}/${n}/input.json`);
      expect(r.status).to.equal(200);
      const save = byText.get(r.text);
      expect(save, `version ${n} is the input of one of the saves: ${r.text.slice(0, 200)}`).not.to.equal(undefined);
      expect(stored.has(r.text), `version ${n} stores a save a second time`).to.equal(false);
      stored.set(r.text, n);
    }
    for (const s of ackedSaves) expect(stored.get(s.expected), `acknowledged save ${s.marker} as version ${s.version}`).to.equal(s.version);
    const unanswered = saves.filter((s) => s.status === undefined);
    expect(numbers.length).to.be.within(ackedSaves.length, ackedSaves.length + unanswered.length);

    const dossier = await again.get(`/api/v1/orgs/${org.slug}/dossiers/${dossierId}`);
    expect(dossier.body.dossier.latestVersion).to.equal(numbers.length);
    const assessments = await again.get(`/api/v1/orgs/${org.slug}/dossiers/${dossierId}/assessments`);
    const assessed = new Set(assessments.body.items.map((a: { versionId: string }) => a.versionId));
    const versionIds: string[] = list.body.items.map((v: { id: string }) => v.id);
    expect(
      versionIds.filter((id) => !assessed.has(id)),
      'every version has its assessment',
    ).to.deep.equal([]);
    expect(dossier.body.latestAssessment.versionId).to.equal(versionIds[versionIds.length - 1]);
    expect(await second.stop('SIGTERM')).to.equal(0);

    const check = await harness.open();
    try {
      const audit = await auditOf(check, org.id, dossierId);
      const logged = audit.filter((e) => e.action === 'dossier.create' || e.action === 'version.add').map((e) => Number(e.details['version']));
      expect(
        logged.sort((a, b) => a - b),
        'one audit entry per version',
      ).to.deep.equal(numbers);
    } finally {
      await check.close();
    }
    if (harness.dialect === 'sqlite') {
      const db = new Database(join(dataDir, SQLITE_FILE), { readonly: true });
      try {
        expect(db.pragma('integrity_check', { simple: true })).to.equal('ok');
        expect(db.pragma('foreign_key_check')).to.deep.equal([]);
      } finally {
        db.close();
      }
    }
  } finally {
    for (const s of servers) await s.stop('SIGKILL');
    await harness.cleanup();
    if (harness.dialect !== 'sqlite') rmSync(dataDir, { recursive: true, force: true });
  }
}

for (const backend of backends()) {
  describe(`nothing acknowledged is lost (${backend.name}, ${serverArgv().name})`, function () {
    this.timeout(240_000);
    it('keeps every save that got a 2xx, whole and numbered without gaps, after SIGKILL mid-stream', () => run(backend));
  });
}
