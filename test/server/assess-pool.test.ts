// The server's assessment worker threads: the same bytes as in the request's thread for every example, a
// full queue answered at once with 503 BUSY and Retry-After, and a worker that crashes or hangs replaced
// while its request gets a 503 envelope (never a hang).
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { isArmoedetoetsError } from '../../src/errors.js';
import { exampleFiles, readExample } from '../../src/examples.js';
import { AssessPool } from '../../src/server/workers/pool.js';
import { tasks, type PublicAssessJob, type StoredAssessJob } from '../../src/server/workers/tasks.js';
import { TEST_DATE } from '../helpers.js';
import { overlayTexts, startApp, type TestApp } from './api-helpers.js';

const ODD_WORKER = new URL('./fixtures/odd-worker.ts', import.meta.url);
const inThread = tasks();

async function refusal(p: Promise<unknown>): Promise<{ code: string; message: string; data: Record<string, unknown> }> {
  try {
    await p;
  } catch (e) {
    if (!isArmoedetoetsError(e)) throw e;
    return { code: e.code, message: e.message, data: e.data };
  }
  throw new Error('the job was not refused');
}

describe('assessment worker threads', function () {
  this.timeout(120_000);

  describe('results', () => {
    let pool: AssessPool;
    before(async () => {
      pool = new AssessPool({ size: 2 });
      await pool.ready();
    });
    after(() => pool.close());

    it('are byte for byte what this thread gives, for every example, public (both layouts) and stored (with and without an overlay)', async () => {
      const overlay = {
        version: 3,
        hash: 'fixture-overlay',
        files: overlayTexts('test/fixtures/overlay', ['overlay.json', 'checks/local.json', 'parameters/local.json']),
      };
      for (const file of exampleFiles()) {
        const text = readFileSync(file, 'utf8');
        for (const pretty of [true, false]) {
          const job: PublicAssessJob = { text, format: 'yaml', requestLang: 'fr', today: TEST_DATE, pretty };
          const [there, here] = await Promise.all([pool.run('public', job), inThread.public(job)]);
          expect(Buffer.from(there).equals(Buffer.from(here)), `${file} pretty=${pretty}`).to.equal(true);
        }
        for (const o of [undefined, overlay]) {
          const job: StoredAssessJob = { input: readExample(file), overlay: o, lang: 'nl', today: TEST_DATE };
          expect(await pool.run('stored', job), file).to.deep.equal(await inThread.stored(job));
        }
      }
      expect(pool.stats()).to.include({ size: 2, ready: 2, busy: 0, queued: 0, replaced: 0 });
    });

    it('cross an input error as the same error, in the request language', async () => {
      const job: PublicAssessJob = { text: 'meta: {}\n', format: 'yaml', requestLang: 'en', today: TEST_DATE, pretty: false };
      const there = await refusal(pool.run('public', job));
      const here = await refusal(inThread.public(job));
      expect(there.code).to.equal('INPUT_INVALID');
      expect(there).to.deep.equal(here);
    });
  });

  describe('trouble', () => {
    it('a job that hangs is refused after the time limit and its worker replaced; the next job is served', async () => {
      // Long enough for a cold worker's first real assessment on a loaded machine, short enough to wait for once.
      const pool = new AssessPool({ size: 1, timeoutMs: 3000, workerUrl: ODD_WORKER });
      try {
        await pool.ready();
        const e = await refusal(pool.run('public', { text: 'hang', format: 'yaml', requestLang: 'nl', today: TEST_DATE, pretty: false }));
        expect(e.code).to.equal('UNAVAILABLE');
        expect(e.data['retryAfterSeconds']).to.be.a('number');
        // the replacement loads the rules first (its own start is not this short time limit's business)
        while (pool.stats().ready < 1) await sleep(20);
        const text = readFileSync(exampleFiles()[0] as string, 'utf8');
        const ok = await pool.run('public', { text, format: 'yaml', requestLang: 'nl', today: TEST_DATE, pretty: false });
        expect(JSON.parse(Buffer.from(ok).toString('utf8'))).to.have.property('verdict');
        expect(pool.stats().replaced).to.equal(1);
      } finally {
        await pool.close();
      }
    });

    it('a closed pool refuses, and closing refuses what runs and waits (no promise left hanging)', async () => {
      const pool = new AssessPool({ size: 1, workerUrl: ODD_WORKER });
      await pool.ready();
      const job = { text: 'hang', format: 'yaml', requestLang: 'nl', today: TEST_DATE, pretty: false } as const;
      const running = refusal(pool.run('public', job));
      const waiting = refusal(pool.run('public', job));
      await sleep(50);
      await pool.close();
      expect((await running).code).to.equal('UNAVAILABLE');
      expect((await waiting).code).to.equal('UNAVAILABLE');
      expect((await refusal(pool.run('public', job))).code).to.equal('UNAVAILABLE');
    });

    it('a worker script that cannot start makes ready() fail (the server then does not start)', async () => {
      const pool = new AssessPool({ size: 1, workerUrl: new URL('./fixtures/no-such-worker.js', import.meta.url) });
      try {
        let failed: unknown;
        await pool.ready().catch((e: unknown) => (failed = e));
        expect(String(failed)).to.match(/could not start/);
      } finally {
        await pool.close();
      }
    });
  });

  describe('through the API', () => {
    let app: TestApp;
    let pool: AssessPool;
    before(async () => {
      pool = new AssessPool({ size: 1, maxQueue: 1, workerUrl: ODD_WORKER });
      await pool.ready();
      app = await startApp({ workers: pool });
    });
    after(async () => {
      await app.close();
      await pool.close();
    });

    const send = (text: string) => app.call('POST', '/api/v1/assess', { body: text, type: 'text/yaml' });

    it("assess answers what this thread's code answers", async () => {
      const file = exampleFiles()[3] as string;
      const r = await app.call('POST', '/api/v1/assess?pretty=true', { body: readFileSync(file, 'utf8'), type: 'text/yaml' });
      expect(r.status).to.equal(200);
      const here = await inThread.public({ text: readFileSync(file, 'utf8'), format: 'yaml', requestLang: 'nl', today: TEST_DATE, pretty: true });
      expect(r.bytes.equals(Buffer.from(here))).to.equal(true);
    });

    it('a full queue is answered at once with 503 BUSY and Retry-After, in the request language', async () => {
      const running = send('slow'); // holds the one worker 300 ms
      await sleep(100);
      const queued = send('slow'); // the one place in the queue
      await sleep(50);
      const refused = await app.call('POST', '/api/v1/assess', { body: 'slow', type: 'text/yaml', headers: { 'accept-language': 'fr' } });
      expect(refused.status).to.equal(503);
      expect(refused.headers.get('retry-after')).to.equal('1');
      expect(refused.json.error.code).to.equal('BUSY');
      expect(refused.json.error.message).to.include('Réessayez');
      // the two before it were served (their answer: "slow" is no input, a 4xx)
      for (const r of await Promise.all([running, queued])) expect(r.status).to.be.within(400, 499);
    });

    it('a request whose worker crashes gets a 503 envelope; the worker is replaced and the next request served', async () => {
      const before = pool.stats().replaced;
      const r = await send('crash');
      expect(r.status).to.equal(503);
      expect(r.headers.get('retry-after')).to.equal('1');
      expect(r.json.error.code).to.equal('UNAVAILABLE');
      expect(r.json.error.issues).to.deep.equal([]);
      const ok = await send(readFileSync(exampleFiles()[0] as string, 'utf8'));
      expect(ok.status).to.equal(200);
      expect(pool.stats().replaced).to.equal(before + 1);
    });
  });
});
