// The precompiled validators (ajv standalone code written by the build) judge every input exactly as
// the validators compiled at run time, and are not used once the schemas changed.
import { expect } from 'chai';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ValidateFunction } from 'ajv/dist/2020.js';
import { exampleFiles, readExample } from '../src/examples.js';
import { PACKAGE_ROOT, RULES_DIR, SCHEMAS_DIR } from '../src/paths.js';
import { detectFormat, parseInputText } from '../src/validation/parse.js';
import { createAjv, PRECOMPILED_REFS, precompiledIn, SCHEMA_BASE, schemasHash, standaloneValidators, validatorFor } from '../src/validation/ajv.js';

/** What a validator says about one document: valid or not, and its errors without the schema objects. */
function verdict(validate: ValidateFunction, data: unknown): unknown {
  const ok = validate(data);
  const errors = (validate.errors ?? []).map((e) => ({
    instancePath: e.instancePath,
    schemaPath: e.schemaPath,
    keyword: e.keyword,
    params: e.params,
    message: e.message,
    data: e.data,
  }));
  return { ok, errors };
}

function jsonFilesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? jsonFilesUnder(join(dir, d.name)) : d.name.endsWith('.json') ? [join(dir, d.name)] : [],
  );
}

describe('precompiled validators', function () {
  this.timeout(120_000);
  let dir: string;
  let precompiled: (ref: string) => ValidateFunction | undefined;

  before(() => {
    // Written as the build writes them; node_modules beside them so that their require() calls resolve.
    dir = mkdtempSync(join(tmpdir(), 'armoedetoets-validators-'));
    symlinkSync(join(PACKAGE_ROOT, 'node_modules'), join(dir, 'node_modules'));
    for (const [name, text] of standaloneValidators()) writeFileSync(join(dir, name), text);
    const found = precompiledIn(dir, schemasHash());
    expect(found, 'the freshly written validators were not accepted').to.be.a('function');
    precompiled = found as (ref: string) => ValidateFunction | undefined;
  });

  it('give the same result and the same errors as run-time compilation, for every example, bad fixture and pack file', () => {
    const runtime = createAjv();
    const inputs: [string, unknown][] = exampleFiles().map((f) => [f, readExample(f)]);
    const badDir = join(PACKAGE_ROOT, 'test', 'fixtures', 'bad');
    for (const name of readdirSync(badDir)) {
      const text = readFileSync(join(badDir, name), 'utf8');
      try {
        inputs.push([name, parseInputText(text, detectFormat(name, text))]);
      } catch {
        // a parse error never reaches a validator
      }
    }
    const packFiles: [string, unknown][] = jsonFilesUnder(RULES_DIR).map((f) => [f, JSON.parse(readFileSync(f, 'utf8'))]);
    let compared = 0;
    let invalid = 0;
    for (const ref of PRECOMPILED_REFS) {
      const pre = precompiled(ref);
      const rt = runtime.getSchema(SCHEMA_BASE + ref);
      expect(pre, ref).to.be.a('function');
      expect(rt, ref).to.be.a('function');
      for (const [name, data] of [...inputs, ...packFiles]) {
        const a = verdict(pre as ValidateFunction, data);
        const b = verdict(rt as ValidateFunction, data);
        expect(a, `${ref} on ${name}`).to.deep.equal(b);
        compared++;
        if (!(a as { ok: boolean }).ok) invalid++;
      }
    }
    expect(compared).to.be.greaterThan(300);
    expect(invalid, 'nothing was invalid: the errors were never compared').to.be.greaterThan(100);
  });

  it('are not used when the schemas changed after the build (then everything is compiled at run time)', () => {
    expect(precompiledIn(dir, 'a-hash-of-other-schemas')).to.equal(undefined);
    expect(precompiledIn(join(dir, 'nowhere'), schemasHash())).to.equal(undefined);
    // the hash follows every schema file, sections included
    const copy = mkdtempSync(join(tmpdir(), 'armoedetoets-schemas-'));
    cpSync(SCHEMAS_DIR, copy, { recursive: true });
    expect(schemasHash(copy)).to.equal(schemasHash());
    const section = join(copy, 'sections', readdirSync(join(copy, 'sections'))[0] as string);
    writeFileSync(section, readFileSync(section, 'utf8').replace('"type"', ' "type"'));
    expect(schemasHash(copy)).not.to.equal(schemasHash());
    mkdirSync(join(copy, 'sections', 'extra'));
    writeFileSync(join(copy, 'sections', 'extra', 'x.schema.json'), '{}');
    expect(schemasHash(copy)).not.to.equal(schemasHash());
  });

  it('without a build (tsx, tests) validatorFor compiles at run time and still finds every ref', () => {
    for (const ref of PRECOMPILED_REFS) expect(validatorFor(ref), ref).to.be.a('function');
    expect(() => validatorFor('geen.schema.json')).to.throw('schema not found');
  });
});
