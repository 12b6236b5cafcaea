// Build step (`npm run build`): writes the precompiled validators (ajv standalone code) beside the
// compiled src/validation/ajv.js, so a CLI run never compiles a schema. Not committed: dist/ is built,
// and a module made from other schemas is not used (src/validation/ajv.ts compares their hash).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../src/paths.js';
import { PRECOMPILED_DIR, PRECOMPILED_REFS, standaloneValidators } from '../src/validation/ajv.js';

const target = join(PACKAGE_ROOT, 'dist', 'src', 'validation', PRECOMPILED_DIR);
rmSync(target, { recursive: true, force: true });
mkdirSync(target, { recursive: true });
let bytes = 0;
for (const [name, text] of standaloneValidators()) {
  writeFileSync(join(target, name), text);
  bytes += text.length;
}
console.log(`validators: ${PRECOMPILED_REFS.length} schemas precompiled into ${target} (${Math.round(bytes / 1024)} kB)`);
