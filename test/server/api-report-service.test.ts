// Reports of stored assessments: from the saved result (never scored again), kept by content key, and a
// busy or failing PDF pool turned into a 503 error with a retry time.
import { expect } from 'chai';
import { ArmoedetoetsError } from '../../src/errors.js';
import { verdictTitle } from '../../src/output/words.js';
import type { BrowserPool } from '../../src/report/pdf/pool.js';
import { createDossier } from '../../src/server/services/dossiers.js';
import { checkInput } from '../../src/server/services/input.js';
import { uploadOverlay } from '../../src/server/services/overlays.js';
import { PDF_RETRY_AFTER_SECONDS, reportKey, reportOf } from '../../src/server/services/reports.js';
import { RulesetCache } from '../../src/server/services/rulesets.js';
import type { StoredAssessment } from '../../src/store/types.js';
import { LANGS, type Assessment } from '../../src/types.js';
import { example, seedOrg, TEST_NOW, testStore, type TestStore } from './api-helpers.js';
import { rejection } from '../rejection.js';

/** A stand-in for the browser pool: counts PDFs, or fails as told. */
function fakePool(fail?: () => Error): BrowserPool & { calls: number } {
  const pool = {
    calls: 0,
    async pdf(html: string): Promise<Uint8Array> {
      pool.calls++;
      if (fail) throw fail();
      return Buffer.from(`%PDF-fake ${html.length}`);
    },
  };
  return pool as unknown as BrowserPool & { calls: number };
}

describe('report service', function () {
  this.timeout(60_000);
  let t: TestStore;
  let stored: StoredAssessment;
  let rulesets: RulesetCache;

  beforeEach(async () => {
    t = await testStore();
    const { org, user } = await seedOrg(t.store, 'teststad');
    rulesets = new RulesetCache();
    const checked = checkInput(example('zwembad-sociaal-tarief'), 'nl');
    const saved = await createDossier({ store: t.store, now: () => TEST_NOW, rulesets }, org, { userId: user.id, tokenId: null }, user.id, {
      title: 'Zwembad',
      kind: 'proposal',
      checked,
    });
    stored = saved.assessment;
    // Stricter local rules uploaded afterwards must not change what the stored assessment's report says.
    const scoring = JSON.parse((await import('node:fs')).readFileSync('rules/scoring.json', 'utf8')) as { verdict: { favourable: { overallAtLeast: number } } };
    scoring.verdict.favourable.overallAtLeast = 95;
    await uploadOverlay(
      t.store,
      org,
      { userId: user.id, tokenId: null },
      user.id,
      { 'overlay.json': '{"name":"streng","version":"1.0.0"}', 'scoring.json': JSON.stringify(scoring) },
      'nl',
      rulesets,
    );
  });
  afterEach(async () => t.close());

  it('JSON in its own language is the stored text byte for byte; in another, the same verdict and scores', async () => {
    const pool = fakePool();
    const nl = await reportOf({ store: t.store, pool, rulesets }, stored, 'json', 'nl');
    expect(Buffer.from(nl.body).toString('utf8')).to.equal(stored.result);
    for (const lang of ['fr', 'en'] as const) {
      const other = JSON.parse(Buffer.from((await reportOf({ store: t.store, pool, rulesets }, stored, 'json', lang)).body).toString('utf8')) as Assessment;
      const saved = JSON.parse(stored.result) as Assessment;
      expect(other.lang).to.equal(lang);
      expect(other.verdict.code).to.equal(stored.verdict).and.equal('favourable');
      expect(other.score).to.deep.equal(saved.score);
      expect(other.verdict.title).to.equal(verdictTitle('favourable', lang));
    }
  });

  it('HTML in nl, fr and en shows the stored verdict, also after the rules changed', async () => {
    const pool = fakePool();
    for (const lang of LANGS) {
      const html = Buffer.from((await reportOf({ store: t.store, pool, rulesets }, stored, 'html', lang)).body).toString('utf8');
      expect(html).to.include(`lang="${lang}"`);
      expect(html).to.include(`<p class="verdict-title">${verdictTitle('favourable', lang)}</p>`);
      expect(html).to.include('verdict verdict-favourable');
      // the stored score range, in the report language's number format
      const number = (n: number): string => n.toLocaleString(lang === 'en' ? 'en-GB' : `${lang}-BE`, { maximumFractionDigits: 1 });
      expect(html).to.include(`${number(stored.scoreLow)}–${number(stored.scoreHigh)}`);
    }
    expect(pool.calls).to.equal(0);
  });

  it('a second request is served from the report store: no second PDF', async () => {
    const pool = fakePool();
    const first = await reportOf({ store: t.store, pool, rulesets }, stored, 'pdf', 'fr');
    const second = await reportOf({ store: t.store, pool, rulesets }, stored, 'pdf', 'fr');
    expect([first.cached, second.cached]).to.deep.equal([false, true]);
    expect(Buffer.from(second.body).equals(Buffer.from(first.body))).to.equal(true);
    expect(pool.calls).to.equal(1);
    expect(await t.store.reports.get(reportKey(stored.resultHash, 'pdf', 'fr'))).to.not.equal(undefined);
    // identical requests at once share one rendering
    const [a, b] = await Promise.all([
      reportOf({ store: t.store, pool, rulesets }, stored, 'pdf', 'en'),
      reportOf({ store: t.store, pool, rulesets }, stored, 'pdf', 'en'),
    ]);
    expect(Buffer.from(a.body).equals(Buffer.from(b.body))).to.equal(true);
    expect(pool.calls).to.equal(2);
  });

  it('a full queue is BUSY with a retry time; a browser that failed twice is UNAVAILABLE; neither is kept', async () => {
    const busy = fakePool(() => new ArmoedetoetsError('BUSY', 'De PDF-maker is bezig'));
    const e = await rejection(reportOf({ store: t.store, pool: busy, rulesets }, stored, 'pdf', 'en'));
    expect(e.code).to.equal('BUSY');
    expect(e.data['retryAfterSeconds']).to.equal(PDF_RETRY_AFTER_SECONDS);
    expect(e.message).to.include('busy');
    const gone = fakePool(() => new ArmoedetoetsError('RENDER_FAILED', 'De browser is gestopt', { data: { browserGone: true } }));
    const u = await rejection(reportOf({ store: t.store, pool: gone, rulesets }, stored, 'pdf', 'nl'));
    expect(u.code).to.equal('UNAVAILABLE');
    expect(u.message).to.include('browser');
    expect(await t.store.reports.get(reportKey(stored.resultHash, 'pdf', 'nl'))).to.equal(undefined);
  });
});
