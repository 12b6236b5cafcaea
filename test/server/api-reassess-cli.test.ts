// `armoedetoets reassess` on a DATA_DIR: the dossiers whose verdict changed, in Dutch, and nothing stored twice.
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { runCli } from '../../src/cli/run.js';
import { realFiles } from '../../src/cli/files.js';
import { openStore } from '../../src/store/open.js';
import { createDossier } from '../../src/server/services/dossiers.js';
import { checkInput } from '../../src/server/services/input.js';
import { uploadOverlay } from '../../src/server/services/overlays.js';
import { example, seedOrg, TEST_NOW, testStore } from './api-helpers.js';

async function reassess(dataDir: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(['reassess', ...args], {
    ...realFiles,
    stdout: (s) => void (stdout += s),
    stderr: (s) => void (stderr += s),
    today: '2025-06-01',
    color: false,
    progress: false,
    env: { DATA_DIR: dataDir, LOG_LEVEL: 'silent' },
    cwd: dataDir,
  });
  return { code, stdout, stderr };
}

describe('armoedetoets reassess', function () {
  this.timeout(60_000);

  it('lists the dossiers whose verdict changed after the rules changed, then none', async () => {
    const t = await testStore();
    try {
      const { org, user } = await seedOrg(t.store, 'teststad');
      const actor = { userId: user.id, tokenId: null };
      const deps = { store: t.store, now: () => TEST_NOW };
      for (const name of ['zwembad-sociaal-tarief', 'afvalzak-prijsstijging']) {
        const checked = checkInput(example(name), 'nl');
        await createDossier(deps, org, actor, user.id, { title: name, kind: 'proposal', checked });
      }
      const scoring = JSON.parse(readFileSync('rules/scoring.json', 'utf8')) as { verdict: { favourable: { overallAtLeast: number } } };
      scoring.verdict.favourable.overallAtLeast = 95;
      await uploadOverlay(
        t.store,
        org,
        actor,
        user.id,
        { 'overlay.json': '{"name":"streng","version":"1.0.0"}', 'scoring.json': JSON.stringify(scoring) },
        'nl',
      );
      await t.store.close();

      const first = await reassess(t.dataDir);
      expect(first.code, first.stderr).to.equal(0);
      expect(first.stdout).to.include('Herbeoordeeld: 2 open dossiers; bij 1 veranderde het oordeel:');
      expect(first.stdout).to.include('teststad · zwembad-sociaal-tarief (versie 1): Gunstig → Gunstig onder voorwaarden');
      expect(first.stdout).not.to.include('afvalzak');
      const fr = await reassess(t.dataDir, '--lang', 'fr');
      expect(fr.stdout).to.include('aucun avis');
      const extra = await reassess(t.dataDir, 'alles');
      expect(extra.code).to.equal(2);
    } finally {
      t.store = await openStore({ databaseUrl: null, dataDir: t.dataDir });
      await t.close();
    }
  });
});
