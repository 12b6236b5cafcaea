// Build step (`npm run build`, after tsc): what a CLI call would otherwise compute at every start.
// - the validators of every schema as ajv standalone code (dist/src/validation/precompiled/), used
//   while the schemas' hash matches (src/validation/ajv.ts);
// - the shipped rule pack loaded, validated and linted (dist/src/ruleset/shipped-ruleset.json), used
//   while the pack's hash matches (src/ruleset/snapshot.ts).
// Neither is committed: dist/ is built, and a run from source computes both as before.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../src/paths.js';
import { loadRuleset } from '../src/ruleset/load.js';
import { SNAPSHOT_FILE, snapshotText } from '../src/ruleset/snapshot.js';
import { PRECOMPILED_DIR, PRECOMPILED_REFS, standaloneValidators } from '../src/validation/ajv.js';

const dist = join(PACKAGE_ROOT, 'dist', 'src');

const validators = join(dist, 'validation', PRECOMPILED_DIR);
rmSync(validators, { recursive: true, force: true });
mkdirSync(validators, { recursive: true });
let bytes = 0;
for (const [name, text] of standaloneValidators()) {
  writeFileSync(join(validators, name), text);
  bytes += text.length;
}
console.log(`precompile: ${PRECOMPILED_REFS.length} schemas as standalone validators in ${validators} (${Math.round(bytes / 1024)} kB)`);

const rs = loadRuleset(); // throws if the shipped pack is invalid: the build fails
const snapshot = join(dist, 'ruleset', SNAPSHOT_FILE);
writeFileSync(snapshot, snapshotText(rs));
console.log(`precompile: the shipped pack ${rs.info.name} ${rs.info.version} (${rs.info.hash}, ${rs.checks.length} checks) checked into ${snapshot}`);
