// The build's snapshot of the shipped pack: the same ruleset as loading the pack, and never used for another pack.
import { expect } from 'chai';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assess } from '../src/assess.js';
import { readExample } from '../src/examples.js';
import { RULES_DIR } from '../src/paths.js';
import { loadRuleset } from '../src/ruleset/load.js';
import { readSnapshot, snapshotText } from '../src/ruleset/snapshot.js';
import { TEST_DATE } from './helpers.js';

describe('ruleset snapshot (made by the build)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'armoedetoets-snapshot-'));
  const file = join(dir, 'shipped-ruleset.json');
  const loaded = loadRuleset();
  writeFileSync(file, snapshotText(loaded));

  it('gives the same ruleset, and the same assessment, as loading the pack', async () => {
    const snap = readSnapshot(file, RULES_DIR);
    expect(snap).to.deep.equal(loaded);
    const input = readExample('examples/proposals/afvalzak-prijsstijging.yaml');
    const a = await assess(input, { ruleset: loaded, today: TEST_DATE });
    const b = await assess(input, { ruleset: snap, today: TEST_DATE });
    expect(b).to.deep.equal(a);
  });

  it('is not used for a pack whose files changed since, nor with an overlay, nor when unreadable', () => {
    const pack = join(dir, 'rules');
    cpSync(RULES_DIR, pack, { recursive: true });
    expect(readSnapshot(file, pack), 'an unchanged copy').to.not.equal(undefined);
    const scoring = join(pack, 'scoring.json');
    writeFileSync(scoring, readFileSync(scoring, 'utf8') + '\n');
    expect(readSnapshot(file, pack), 'one byte more in scoring.json').to.equal(undefined);

    const withOverlay = join(dir, 'overlay.json');
    writeFileSync(withOverlay, snapshotText({ ...loaded, info: { ...loaded.info, overlay: { name: 'x', version: '1', hash: 'h' } } }));
    expect(readSnapshot(withOverlay, RULES_DIR)).to.equal(undefined);

    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{"info":');
    expect(readSnapshot(broken, RULES_DIR)).to.equal(undefined);
    expect(readSnapshot(join(dir, 'missing.json'), RULES_DIR)).to.equal(undefined);
  });
});
