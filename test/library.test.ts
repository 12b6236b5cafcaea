// The library's contract: options and input are checked, the result shares nothing with the input, every error has a code.
import { expect } from 'chai';
import * as lib from '../src/index.js';
import { ArmoedetoetsError } from '../src/index.js';
import { guarded } from '../src/boundary.js';
import { proposal, TEST_DATE } from './helpers.js';
import { rejection } from './rejection.js';

/** The error an async call rejects with; fails the test when it resolves. */

function thrown(fn: () => unknown): ArmoedetoetsError {
  try {
    fn();
  } catch (e) {
    expect(e, String(e)).to.be.instanceOf(ArmoedetoetsError);
    return e as ArmoedetoetsError;
  }
  throw new Error('expected an error');
}

const anyInput = (v: unknown): Record<string, unknown> => v as Record<string, unknown>;
const anyOptions = (v: unknown): lib.AssessOptions => v as lib.AssessOptions;

/** Every object and array reachable from `v`. */
function objectsIn(v: unknown, out = new Set<object>()): Set<object> {
  if (typeof v === 'object' && v !== null && !out.has(v)) {
    out.add(v);
    for (const x of Object.values(v)) objectsIn(x, out);
  }
  return out;
}

describe('library: the input', () => {
  for (const [what, value, type] of [
    ['null', null, 'null'],
    ['a string', 'kind: proposal', 'string'],
    ['an array', [proposal()], 'array'],
    ['a number', 42, 'number'],
    ['undefined', undefined, 'undefined'],
  ] as const) {
    it(`refuses ${what} with INPUT_INVALID, not a TypeError`, async () => {
      const e = await rejection(lib.assess(anyInput(value), { date: TEST_DATE }));
      expect(e.code).to.equal('INPUT_INVALID');
      expect(e.message).to.include('De invoer moet één object zijn').and.include(type);
    });
  }

  it('says so in the chosen language', async () => {
    expect((await rejection(lib.assess(anyInput(null), { lang: 'fr' }))).message).to.include("L'entrée doit être un seul objet");
  });

  it('refuses what is not data (a function, a throwing getter, endless nesting) with INPUT_INVALID', async () => {
    const withFunction = { ...proposal(), meta: { title: 'x', municipality: 'y', summary: () => 'z' } };
    expect((await rejection(lib.assess(withFunction, { date: TEST_DATE }))).code).to.equal('INPUT_INVALID');
    const withGetter = Object.defineProperty(proposal(), 'meta', {
      enumerable: true,
      get: () => {
        throw new Error('boom');
      },
    });
    const getter = await rejection(lib.assess(withGetter, { date: TEST_DATE }));
    expect(getter.code).to.equal('INPUT_INVALID');
    expect(getter.message).to.include('boom');
    const deep: Record<string, unknown> = proposal();
    let at = deep;
    for (let i = 0; i < 200_000; i++) at = (at['x'] = {}) as Record<string, unknown>;
    const nested = await rejection(lib.assess(deep, { date: TEST_DATE }));
    expect(nested.code).to.equal('INPUT_INVALID');
    expect(nested.message).to.include('te diep genest');
  });

  it('validateInput refuses null and a wrong language with a code too', () => {
    expect(thrown(() => lib.validateInput(anyInput(null))).code).to.equal('INPUT_INVALID');
    expect(thrown(() => lib.validateInput(proposal(), 'de' as lib.Lang)).code).to.equal('USAGE');
  });
});

describe('library: the options', () => {
  it('refuses an unknown language, naming the option', async () => {
    const e = await rejection(lib.assess(proposal(), anyOptions({ lang: 'de', date: TEST_DATE })));
    expect(e.code).to.equal('USAGE');
    expect(e.issues).to.deep.equal([{ path: 'lang', message: 'moet nl, fr of en zijn, niet "de"' }]);
  });

  it('refuses an unknown option (a typo) and lists the known ones', async () => {
    const e = await rejection(lib.assess(proposal(), anyOptions({ language: 'fr', date: TEST_DATE })));
    expect(e.code).to.equal('USAGE');
    expect(e.message).to.include('language');
    expect(e.issues[0]?.message).to.include('ruleset, lang, date, today');
  });

  it('refuses options that are not an object', async () => {
    expect((await rejection(lib.assess(proposal(), anyOptions(null)))).code).to.equal('USAGE');
    expect((await rejection(lib.assess(proposal(), anyOptions('fr')))).code).to.equal('USAGE');
  });

  it('refuses dates that are not text, and a today that is no real date; a wrong date stays an input error', async () => {
    const e = await rejection(lib.assess(proposal(), anyOptions({ date: 20250601 })));
    expect(e.code).to.equal('USAGE');
    expect(e.issues[0]?.path).to.equal('date');
    const today = await rejection(lib.assess(proposal(), { today: '2025-02-30' }));
    expect(today.code).to.equal('USAGE');
    expect(today.issues[0]).to.deep.include({ path: 'today' });
    const date = await rejection(lib.assess(proposal(), { date: '2025-02-30' }));
    expect(date.code).to.equal('INPUT_INVALID');
  });

  it('takes a ruleset as loadRuleset makes it; a hand-made one must pass the same lint first', async () => {
    const rs = lib.defaultRuleset();
    for (const bad of [{}, [], 'rules', { ...rs, parameters: {} }]) {
      const e = await rejection(lib.assess(proposal(), anyOptions({ ruleset: bad, date: TEST_DATE })));
      expect(e.code).to.equal('USAGE');
      expect(e.issues[0]?.message).to.include('loadRuleset()');
    }
    // shaped like a ruleset outside, unreadable inside: still USAGE, never a TypeError
    const hollow = await rejection(lib.assess(proposal(), anyOptions({ ruleset: { ...rs, checks: [null] }, date: TEST_DATE })));
    expect(hollow.code).to.equal('USAGE');
    // a weightless copy would hide a failed knock-out behind "no score": the lint refuses it here too
    const weightless = { ...rs, dimensions: rs.dimensions.map((d) => ({ ...d, weight: 0 })) };
    const e = await rejection(lib.assess(proposal(), { ruleset: weightless, date: TEST_DATE }));
    expect(e.code).to.equal('RULESET_INVALID');
    expect(e.issues.map((i) => i.message).join('\n')).to.include('gewicht 0 moet groter zijn dan 0');
    // a sound hand-made copy runs
    const heavier = { ...rs, dimensions: rs.dimensions.map((d) => ({ ...d, weight: d.weight * 2 })) };
    expect((await lib.assess(proposal(), { ruleset: heavier, date: TEST_DATE })).verdict.code).to.be.a('string');
    const a = await lib.assess(proposal(), { ruleset: lib.loadRuleset({ overlayDir: 'test/fixtures/overlay' }), date: TEST_DATE });
    expect(a.ruleset.overlay?.name).to.equal('teststad-lokaal');
  });

  it('accepts options given as undefined (as the CLI passes them)', async () => {
    const a = await lib.assess(proposal(), { date: TEST_DATE, lang: undefined, ruleset: undefined, today: undefined });
    expect(a.lang).to.equal('nl');
  });
});

describe('library: the result shares nothing with the input', () => {
  const input = (): Record<string, unknown> =>
    proposal({
      participation: { moments: [{ date: '2025-01-10', form: 'consultation' }] },
      affordability: { prices: [{ amount: 9, frequency: 'per-month' }] },
    });

  it("keeps a deep copy of the input: changing the caller's object later changes nothing", async () => {
    const raw = input();
    const a = await lib.assess(raw, { date: TEST_DATE });
    const before = JSON.stringify(a);
    expect(a.input).to.deep.equal(raw);
    expect(a.input).not.to.equal(raw);
    (raw['meta'] as Record<string, unknown>)['title'] = 'Changed';
    (raw['participation'] as { moments: unknown[] }).moments.push({ date: '2025-02-01', form: 'co-creation' });
    expect(JSON.stringify(a)).to.equal(before);
  });

  it('no object of the input is reachable from the result, nor the other way round', async () => {
    const raw = input();
    const a = await lib.assess(raw, { date: TEST_DATE });
    const shared = [...objectsIn(a)].filter((o) => objectsIn(raw).has(o));
    expect(shared).to.deep.equal([]);
    ((a.input as Record<string, Record<string, unknown>>)['meta'] as Record<string, unknown>)['title'] = 'Changed in the result';
    expect((raw['meta'] as Record<string, unknown>)['title']).to.equal('Testvoorstel');
  });

  it('changing one result does not reach the ruleset that the next one uses', async () => {
    const a = await lib.assess(input(), { date: TEST_DATE });
    a.ruleset.disabled.push({ id: 'X1', reason: 'changed in a result' });
    a.ruleset.name = 'changed';
    const b = await lib.assess(input(), { date: TEST_DATE });
    expect(b.ruleset.disabled).to.deep.equal([]);
    expect(b.ruleset.name).to.equal('armoedetoets-vlaanderen');
  });
});

describe('library: every error has a code', () => {
  it('wraps an unexpected error as INTERNAL with the original as its cause', () => {
    const e = thrown(() => lib.factsFor(anyInput(null) as lib.ValidInput, lib.defaultRuleset(), TEST_DATE));
    expect(e.code).to.equal('INTERNAL');
    expect(e.cause).to.be.instanceOf(TypeError);
    expect(e.message).to.include('Interne fout in armoedetoets: TypeError');
  });

  it('guarded() wraps thrown errors and rejected promises, and lets ArmoedetoetsErrors through unchanged', async () => {
    const own = new ArmoedetoetsError('USAGE', 'own');
    expect(
      thrown(
        guarded(() => {
          throw own;
        }),
      ),
    ).to.equal(own);
    expect(
      thrown(
        guarded(() => {
          throw new RangeError('r');
        }),
      ).code,
    ).to.equal('INTERNAL');
    const fromPromise = await rejection(
      guarded(async () => {
        throw new TypeError('t');
      })(),
    );
    expect(fromPromise.code).to.equal('INTERNAL');
    expect(fromPromise.cause).to.be.instanceOf(TypeError);
    expect(guarded((x: number) => x + 1)(1)).to.equal(2);
  });

  it('loadRuleset keeps its own codes', () => {
    expect(thrown(() => lib.loadRuleset({ dir: '/nonexistent/pack' })).code).to.equal('RULESET_NOT_FOUND');
  });
});
