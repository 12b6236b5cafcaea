// The API's services on a real SQLite store: saving dossiers and versions with their assessments, overlays,
// re-assessing, and the ruleset cache.
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { loadRuleset } from '../../src/ruleset/load.js';
import { assessVersion } from '../../src/server/services/assessing.js';
import { addVersion, createDossier } from '../../src/server/services/dossiers.js';
import { checkInput } from '../../src/server/services/input.js';
import { uploadOverlay } from '../../src/server/services/overlays.js';
import { reassessAll } from '../../src/server/services/reassess.js';
import { RulesetCache } from '../../src/server/services/rulesets.js';
import type { Organisation, User } from '../../src/store/types.js';
import { ArmoedetoetsError } from '../../src/errors.js';
import { cli } from '../cli-io.js';
import { example, overlayTexts, seedOrg, TEST_NOW, testStore, type TestStore } from './api-helpers.js';

const OVERLAY_FILES = ['overlay.json', 'checks/local.json', 'parameters/local.json'];

/** An overlay whose "favourable" needs 95 points: zwembad-sociaal-tarief (86.7–93.2) is favourable no more. */
function strictScoring(): Record<string, string> {
  const scoring = JSON.parse(readFileSync('rules/scoring.json', 'utf8')) as { verdict: { favourable: { overallAtLeast: number } } };
  scoring.verdict.favourable.overallAtLeast = 95;
  return { 'overlay.json': JSON.stringify({ name: 'streng', version: '1.0.0' }), 'scoring.json': JSON.stringify(scoring) };
}

describe('API services (SQLite)', function () {
  this.timeout(60_000);
  let t: TestStore;
  let org: Organisation;
  let user: User;
  let rulesets: RulesetCache;
  const actor = (): { userId: string; tokenId: null } => ({ userId: user.id, tokenId: null });
  const deps = () => ({ store: t.store, now: () => TEST_NOW, rulesets });

  beforeEach(async () => {
    t = await testStore();
    ({ org, user } = await seedOrg(t.store, 'teststad'));
    rulesets = new RulesetCache();
  });
  afterEach(async () => t.close());

  it("a new dossier stores version 1 exactly as validated and the CLI's --format json as its assessment", async () => {
    for (const name of ['afvalzak-prijsstijging', 'vrijetijdspas-drempelscan', 'cpas-enquete-sociale-bruxelles']) {
      const raw = example(name);
      const checked = checkInput(raw, 'nl');
      const saved = await createDossier(deps(), org, actor(), user.id, { title: 'T', kind: checked.input.kind, checked });
      expect(saved.dossier.latestVersion).to.equal(1);
      expect(saved.version.number).to.equal(1);
      expect(saved.version.input).to.equal(JSON.stringify(raw));
      const dir = name.includes('drempelscan') ? 'audits' : 'proposals';
      const run = await cli('assess', `examples/${dir}/${name}.yaml`, '--format', 'json');
      expect(run.code, run.stderr).to.equal(0);
      expect(saved.assessment.result).to.equal(run.stdout);
      const parsed = JSON.parse(run.stdout) as { verdict: { code: string }; score: { overall: { low: number; high: number } } };
      expect(saved.assessment.verdict).to.equal(parsed.verdict.code);
      expect([saved.assessment.scoreLow, saved.assessment.scoreHigh]).to.deep.equal([parsed.score.overall.low, parsed.score.overall.high]);
      expect(saved.assessment.overlayVersion).to.equal(null);
    }
    const audit = await t.store.audit.list(org.id, {}, null, 50);
    expect(audit.items.map((e) => e.action)).to.deep.equal(['dossier.create', 'dossier.create', 'dossier.create']);
    // ids, numbers and codes only: never the input's text
    for (const e of audit.items) for (const v of Object.values(e.details)) expect(String(v)).not.to.match(/afvalzak|Teststad|drempel/i);
  });

  it('versions are numbered 1, 2, 3 and never change; life domains follow the latest version', async () => {
    const first = checkInput(example('afvalzak-prijsstijging'), 'nl');
    const saved = await createDossier(deps(), org, actor(), user.id, { title: 'Afval', kind: 'proposal', checked: first });
    const changed = example('afvalzak-prijsstijging');
    (changed['screening'] as Record<string, unknown>)['lifeDomains'] = [{ domain: 'mobility', direction: '-' }];
    let dossier = saved.dossier;
    for (const n of [2, 3]) {
      const v = await addVersion(deps(), org, dossier, actor(), user.id, checkInput(changed, 'nl'));
      expect(v.version.number).to.equal(n);
      dossier = v.dossier;
    }
    expect(dossier.latestVersion).to.equal(3);
    expect(dossier.lifeDomains).to.deep.equal(['mobility']);
    expect((await t.store.versions.get(org.id, dossier.id, 1))?.input).to.equal(first.text);
    expect((await t.store.versions.list(org.id, dossier.id)).map((v) => v.number)).to.deep.equal([1, 2, 3]);
  });

  it('an uploaded overlay gets the folder hash, is used by later assessments, and is loaded once', async () => {
    const files = overlayTexts('test/fixtures/overlay', OVERLAY_FILES);
    const overlay = await uploadOverlay(t.store, org, actor(), user.id, files, 'nl', rulesets);
    expect(overlay.version).to.equal(1);
    expect(overlay.hash).to.equal(loadRuleset({ overlayDir: 'test/fixtures/overlay' }).info.overlay?.hash);
    const checked = checkInput(example('zwembad-sociaal-tarief'), 'nl');
    const saved = await createDossier(deps(), org, actor(), user.id, { title: 'Zwembad', kind: 'proposal', checked });
    expect(saved.assessment.overlayVersion).to.equal(1);
    expect(saved.assessment.overlayHash).to.equal(overlay.hash);
    const again = await assessVersion(t.store, { org, dossierId: saved.dossier.id, version: 1, actor: null }, deps());
    expect(again.result).to.equal(saved.assessment.result);
    // the upload's own lint load is kept: no load from the stored files at all
    expect(rulesets.loads).to.equal(0);
    const fresh = new RulesetCache();
    await assessVersion(t.store, { org, dossierId: saved.dossier.id, version: 1, actor: null }, { ...deps(), rulesets: fresh });
    await assessVersion(t.store, { org, dossierId: saved.dossier.id, version: 1, actor: null }, { ...deps(), rulesets: fresh });
    expect(fresh.loads).to.equal(1);
  });

  it('a bad overlay is refused with the lint issues and nothing is stored', async () => {
    const files = { ...overlayTexts('test/fixtures/overlay', OVERLAY_FILES), 'dimensions.json': '{}' };
    let error: unknown;
    try {
      await uploadOverlay(t.store, org, actor(), user.id, files, 'fr', rulesets);
    } catch (e) {
      error = e;
    }
    expect(error).to.be.instanceOf(ArmoedetoetsError);
    expect((error as ArmoedetoetsError).code).to.equal('RULESET_INVALID');
    expect((error as ArmoedetoetsError).message).to.include("L'overlay est refusé");
    expect((error as ArmoedetoetsError).issues.map((i) => i.path)).to.include('dimensions.json');
    expect(await t.store.overlays.latest(org.id)).to.equal(undefined);
  });

  it('the ruleset cache keeps at most its bound, dropping the least recently used', () => {
    const cache = new RulesetCache(2);
    const overlays = ['a', 'b', 'c'].map((name) => {
      const files = { 'overlay.json': JSON.stringify({ name: `overlay-${name}`, version: '1.0.0' }) };
      return { files, hash: loadRuleset({ overlayFiles: files }).info.overlay?.hash as string };
    });
    const [a, b, c] = overlays as [(typeof overlays)[0], (typeof overlays)[0], (typeof overlays)[0]];
    const first = cache.forOverlay(a);
    cache.forOverlay(b);
    expect(cache.forOverlay(a)).to.equal(first); // a used again: b is now the oldest
    cache.forOverlay(c); // drops b
    expect(cache.loads).to.equal(3);
    expect(cache.forOverlay(a)).to.equal(first);
    cache.forOverlay(b);
    expect(cache.loads).to.equal(4);
  });

  it('reassess lists the dossiers whose verdict changed and stores nothing twice', async () => {
    const energy = checkInput(example('energiepremie-documenten'), 'nl');
    const swim = checkInput(example('zwembad-sociaal-tarief'), 'nl');
    await createDossier(deps(), org, actor(), user.id, { title: 'Energie', kind: 'proposal', checked: energy });
    const a = await createDossier(deps(), org, actor(), user.id, { title: 'Zwembad', kind: 'proposal', checked: swim });
    expect(a.assessment.verdict).to.equal('favourable');
    const none = await reassessAll(deps());
    expect(none).to.deep.include({ dossiers: 2, assessed: 0, changed: [], failed: [] });

    await uploadOverlay(t.store, org, actor(), user.id, strictScoring(), 'nl', rulesets);
    const report = await reassessAll(deps());
    expect(report.dossiers).to.equal(2);
    expect(report.changed.map((c) => [c.dossierId, c.from, c.orgSlug])).to.deep.equal([[a.dossier.id, 'favourable', 'teststad']]);
    expect(report.changed[0]?.to).to.equal('conditional');
    const latest = await t.store.assessments.latestForVersion(org.id, a.version.id);
    expect(latest?.overlayVersion).to.equal(1);
    expect(latest?.createdBy).to.equal(null);
    expect((await reassessAll(deps())).assessed).to.equal(0);
    const actions = (await t.store.audit.list(org.id, {}, null, 50)).items.map((e) => e.action);
    expect(actions.filter((x) => x === 'assessment.reassess')).to.have.length(report.assessed);
  });
});
