// Writes src/validation/input-types.ts from the JSON Schemas (run by `npm run build`; see scripts/input-types.ts).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../src/paths.js';
import { INPUT_TYPES_FILE, inputTypesText } from './input-types.js';

const file = join(PACKAGE_ROOT, INPUT_TYPES_FILE);
const text = await inputTypesText();
let old = '';
try {
  old = readFileSync(file, 'utf8');
} catch {
  // first run: no file yet
}
if (old !== text) writeFileSync(file, text);
console.log(`input types: ${INPUT_TYPES_FILE} ${old === text ? 'is current' : 'written'}`);
