// Two instances on one PostgreSQL (issue 9, section 1): two server processes with the same SESSION_SECRET,
// each with a DATA_DIR of its own, as behind a load balancer. A session made on one works on the other and
// ends on both; login failures on both count together; the public rate limit is one limit for both.
// Clients are told apart by X-Forwarded-For (TRUST_PROXY=loopback: the load balancer is on loopback).
import { expect } from 'chai';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LOGIN_WINDOW_MS, MAX_FAILURES_PER_ACCOUNT, secondsToWindowEnd } from '../../src/server/auth/throttle.js';
import { PUBLIC_WINDOW_MS } from '../../src/server/rate-limit.js';
import type { Organisation, User } from '../../src/store/types.js';
import { postgresHarness, type Harness } from '../store/harness.js';
import { example } from './api-helpers.js';
import { Client, makeOrg, makeUser, PASSWORD, TEST_SECRET, uniq } from './harness.js';
import { serverArgv, startServerProcess, type ServerProcess } from './server-process.js';

/** Small, so that the test reaches it; the two instances share it. */
const PUBLIC_LIMIT = 5;
/** Counts are kept in fixed windows: a check that would straddle a window's end waits for the next one. */
const WINDOW_MARGIN_S = 10;

async function clearOfWindowEnd(windowMs: number): Promise<void> {
  const left = secondsToWindowEnd(Date.now(), windowMs);
  if (left < WINDOW_MARGIN_S) await new Promise((r) => setTimeout(r, left * 1000 + 100));
}

let address = 0;
/** A client of its own address (the load balancer's X-Forwarded-For). */
function from(): { headers: Record<string, string> } {
  return { headers: { 'x-forwarded-for': `198.51.100.${++address}` } };
}

describe(`two instances on one PostgreSQL (${serverArgv().name})`, function () {
  this.timeout(180_000);
  let harness: Harness | undefined;
  const dirs: string[] = [];
  let a: ServerProcess;
  let b: ServerProcess;
  let org: Organisation;
  let user: User;

  before(async function () {
    const url = process.env['TEST_DATABASE_URL'];
    if (!url) {
      if (process.env['CI']) throw new Error('CI has no TEST_DATABASE_URL: .ci/run should run the tests inside scripts/with-postgres.sh');
      // eslint-disable-next-line no-console
      console.log('      overgeslagen: TEST_DATABASE_URL is niet gezet (scripts/with-postgres.sh start een PostgreSQL)');
      this.skip();
    }
    harness = await postgresHarness(url);
    const setup = await harness.open();
    await setup.migrate();
    org = await makeOrg(setup);
    user = await makeUser(setup, { orgId: org.id, role: 'council-member' });
    await setup.close();
    const env = (): Record<string, string> => {
      const dir = mkdtempSync(join(tmpdir(), 'armoedetoets-instance-'));
      dirs.push(dir);
      return {
        DATA_DIR: dir,
        DATABASE_URL: harness?.databaseUrl ?? '',
        SESSION_SECRET: TEST_SECRET,
        PUBLIC_RATE_LIMIT: String(PUBLIC_LIMIT),
        TRUST_PROXY: 'loopback',
      };
    };
    // Started together, as a deployment starts them: both migrate and seed the same database at once.
    [a, b] = await Promise.all([startServerProcess(env()), startServerProcess(env())]);
  });

  after(async () => {
    await Promise.all([a, b].filter((s) => s !== undefined).map((s) => s.stop('SIGTERM')));
    await harness?.cleanup();
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  it('logs in on A, works on B with that cookie and CSRF token, logs out on B: the cookie is refused on A', async () => {
    const o = from();
    const onA = new Client(a.url);
    expect((await onA.login(user.email)).status).to.equal(200);
    const onB = new Client(b.url);
    onB.cookie = onA.cookie;
    onB.csrf = onA.csrf;
    const dossiers = `/api/v1/orgs/${org.slug}/dossiers`;
    expect((await onB.get(dossiers, o)).status).to.equal(200);
    const created = await onB.post(dossiers, { input: example('uitpas-kansentarief') }, o);
    expect(created.status, created.text).to.equal(201);
    const id: string = created.body.dossier.id;
    const saved = await onB.post(`${dossiers}/${id}/versions`, example('zwembad-sociaal-tarief'), o);
    expect(saved.status, saved.text).to.equal(201);
    expect(saved.body.version.number).to.equal(2);
    const seenOnA = await onA.get(`${dossiers}/${id}`, o);
    expect(seenOnA.body.dossier.latestVersion).to.equal(2);
    expect(seenOnA.body.latestAssessment.versionId).to.equal(saved.body.version.id);

    expect((await onB.post('/api/v1/auth/logout', {}, o)).status).to.equal(204);
    const cookie = onA.cookie;
    const refused = await onA.get('/api/v1/auth/me', o);
    expect(onA.cookie, 'A is sent the same cookie').to.equal(cookie);
    expect(refused.status).to.equal(401);
    expect((await onA.get(dossiers, o)).status).to.equal(401);
  });

  it('counts login failures on A and B together: at the limit, either refuses even the right password', async () => {
    await clearOfWindowEnd(LOGIN_WINDOW_MS);
    const target = user.email;
    // Each attempt from another address: only the account's count can add up to the limit.
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++) {
      const r = await new Client(i % 2 === 0 ? a.url : b.url).post('/api/v1/auth/login', { email: target, password: `fout wachtwoord ${uniq()}` }, from());
      expect(r.status, `failure ${i + 1}: ${r.text}`).to.equal(401);
    }
    for (const server of [a, b]) {
      const r = await new Client(server.url).post('/api/v1/auth/login', { email: target, password: PASSWORD }, from());
      expect(r.status, r.text).to.equal(429);
      expect(r.body.error.code).to.equal('RATE_LIMITED');
    }
  });

  it(`shares the public rate limit: ${PUBLIC_LIMIT} requests alternated over A and B, then 429 on both`, async () => {
    await clearOfWindowEnd(PUBLIC_WINDOW_MS);
    const o = from();
    for (let i = 0; i < PUBLIC_LIMIT; i++) {
      const r = await new Client(i % 2 === 0 ? a.url : b.url).get('/api/v1/rules', o);
      expect(r.status, `request ${i + 1}`).to.equal(200);
    }
    for (const server of [b, a]) {
      const r = await new Client(server.url).get('/api/v1/rules', o);
      expect(r.status).to.equal(429);
      expect(r.body.error.code).to.equal('RATE_LIMITED');
      expect(Number(r.headers.get('retry-after'))).to.be.above(0);
    }
    // another address is not affected
    expect((await new Client(b.url).get('/api/v1/rules', from())).status).to.equal(200);
  });
});
