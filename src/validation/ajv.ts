// One Ajv (draft 2020-12) instance holding every schema of schemas/, compiled once on first use.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { SCHEMAS_DIR } from '../paths.js';

export const SCHEMA_BASE = 'https://armoedetoets.be/schemas/';

// ajv-formats is CommonJS; its default export arrives wrapped under NodeNext.
const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;

function schemaFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...schemaFiles(full));
    else if (name.endsWith('.schema.json')) out.push(full);
  }
  return out;
}

let instance: Ajv2020 | undefined;

function ajv(): Ajv2020 {
  if (instance) return instance;
  // allErrors is safe here: every string and array in the input schemas is bounded, and the
  // input size is capped before parsing (ENGINEERING.md, ajv).
  const a = new Ajv2020({ allErrors: true, verbose: true, strict: true, allowUnionTypes: true });
  addFormats(a);
  for (const file of schemaFiles(SCHEMAS_DIR)) {
    a.addSchema(JSON.parse(readFileSync(file, 'utf8')) as object);
  }
  instance = a;
  return a;
}

const cache = new Map<string, ValidateFunction>();

/** The compiled validator for a schema id relative to SCHEMA_BASE, e.g. `proposal.schema.json`. */
export function validatorFor(ref: string): ValidateFunction {
  let fn = cache.get(ref);
  if (!fn) {
    fn = ajv().getSchema(SCHEMA_BASE + ref);
    if (!fn) throw new Error(`schema not found: ${ref}`);
    cache.set(ref, fn);
  }
  return fn;
}

/** The raw schema object, for generating forms and docs. */
export function schemaFor(ref: string): unknown {
  return ajv().getSchema(SCHEMA_BASE + ref)?.schema;
}

export type { ErrorObject };
