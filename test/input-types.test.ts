// The input types (src/validation/input-types.ts) are generated from the JSON Schemas: the committed
// file must be what the generator makes of the schemas now, and a fact module that misspells a field
// of a section it reads through `section()` must not compile (checked by `npm run typecheck` through
// the @ts-expect-error lines below).
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { housingFacts } from '../src/engine/facts/housing.js';
import { section } from '../src/engine/facts/read.js';
import { PACKAGE_ROOT } from '../src/paths.js';
import type { HousingSection, ProposalInput } from '../src/validation/input-types.js';
import { INPUT_TYPES_FILE, inputTypesText } from '../scripts/input-types.js';

/** Compile-time checks: if the generated types lose their fields (or gain an index signature), these directives are unused and tsc fails. */
function typoesDoNotCompile(input: Record<string, unknown>): HousingSection {
  const h = section(input, 'housing');
  // @ts-expect-error a misspelled field of a section is a compile error
  void h.depositSuport;
  // @ts-expect-error a section that no schema defines is a compile error
  void section(input, 'houssing');
  // @ts-expect-error a value outside the schema's enum is a compile error
  const p: ProposalInput = { kind: 'proposal', meta: { title: 't', municipality: 'm' }, housing: { depositSupport: 'maybe' } };
  return p.housing ?? h;
}

describe('input types generated from the schemas', () => {
  it('the committed src/validation/input-types.ts is what the schemas give now (else run `npx tsx scripts/gen-input-types.ts`)', async function () {
    this.timeout(60000);
    const committed = readFileSync(join(PACKAGE_ROOT, INPUT_TYPES_FILE), 'utf8');
    const fresh = await inputTypesText();
    expect(committed === fresh, `${INPUT_TYPES_FILE} is stale: run \`npx tsx scripts/gen-input-types.ts\``).to.equal(true);
    for (const name of ['ProposalInput', 'ServiceAuditInput', 'HousingSection', 'AffordabilitySection', 'Answer']) {
      expect(fresh).to.match(new RegExp(`export (interface|type) ${name}\\b`));
    }
    expect(fresh, 'no open index signatures: every schema object is closed').not.to.include('[k: string]');
  });

  it('a typed section reads like the untyped one did: absent or malformed sections give unknown facts', () => {
    expect(typoesDoNotCompile).to.be.a('function');
    expect(section({}, 'housing')).to.deep.equal({});
    expect(section({ housing: 'x' }, 'housing')).to.deep.equal({});
    const facts = housingFacts({ kind: 'proposal', housing: { depositSupport: 'ja', emergencyHousing: 'nee' } });
    expect(facts['housing.depositSupport']).to.equal(true);
    expect(facts['housing.emergencyHousing']).to.equal(false);
    expect(facts['housing.landlordMediation']).to.equal(null);
  });
});
