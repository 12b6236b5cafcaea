// Properties of reading input (fast-check): whatever bytes or text arrive, the reader, the decoder and
// the parser answer with a value or an ArmoedetoetsError with an input code, never another throw; a
// parsed value respects the depth limit, an oversized text is refused, and the printed error list
// stays within MAX_ERROR_LINES + 1 lines. Inputs are at most 64 kB and each property runs about 200
// times, so the whole file takes seconds; a hang would show as mocha's timeout.
import { expect } from 'chai';
import fc from 'fast-check';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify as stringifyYaml } from 'yaml';
import { errorJson, errorLine, errorLines, MAX_ERROR_LINES } from '../src/cli/problems.js';
import { ArmoedetoetsError } from '../src/errors.js';
import type { Lang } from '../src/types.js';
import { decodeBytes, decodeText } from '../src/validation/decode.js';
import { INPUT_LIMITS, parseInputText, type InputFormat, type ParseLimits } from '../src/validation/parse.js';
import { readRegularFile, readTextFile } from '../src/validation/read-file.js';
import { validateInput } from '../src/validation/validate.js';

/** Bounds every generated input: well above real inputs (a few kB), small enough to keep the runs quick. */
const MAX_GEN_BYTES = 64 * 1024;
const RUNS = 200;
const PARSE_CODES = new Set(['INPUT_SYNTAX', 'INPUT_INVALID', 'INPUT_TOO_LARGE']);

const langArb = fc.constantFrom<Lang>('nl', 'fr', 'en');
const formatArb = fc.constantFrom<InputFormat>('json', 'yaml');
/** The real limits, or small ones so that random inputs reach them often. */
const limitsArb: fc.Arbitrary<ParseLimits> = fc.oneof(
  fc.constant(INPUT_LIMITS),
  fc.record({ maxBytes: fc.integer({ min: 1, max: MAX_GEN_BYTES }), maxDepth: fc.integer({ min: 0, max: 8 }) }),
);

/** Any UTF-16 code unit, lone surrogates included: what a caller of the library can pass. */
const codeUnitArb = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
const anyStringArb = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 2000 }),
  fc.string({ unit: codeUnitArb, maxLength: 2000 }),
  fc.string({ unit: 'grapheme-ascii', maxLength: 2000 }),
);

/** Pieces that mean something to a JSON or YAML parser or to the scans before them. */
const FRAGMENTS = [
  '{',
  '}',
  '[',
  ']',
  ',',
  ':',
  ': ',
  '- ',
  '? ',
  '"',
  "'",
  '\\',
  '\\u0000',
  '\\ud800',
  '#',
  '|',
  '>',
  '|-',
  '&a ',
  '*a',
  '!!str ',
  '!!binary ',
  '<<: *a',
  '---\n',
  '...\n',
  '\n',
  '\r\n',
  '\r',
  '  ',
  '    ',
  '\t',
  'a',
  'a:',
  'a: ',
  'kind',
  'proposal',
  'meta',
  '__proto__',
  'constructor',
  'prototype',
  '1',
  '-1e999',
  'null',
  'true',
  '~',
  '\u0000',
  '\ufeff',
  '\u202e',
  '\u001b[2J',
  '%YAML 1.2\n',
  '"a":',
  '"a":1',
  '"__proto__":{}',
  '\ud800',
  '\udfff',
  '😀',
];
const fragmentText = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 3000 }).map((parts) => parts.join(''));

/** Deep nesting in every style either parser knows, optionally with noise around it. */
const deepText = fc
  .record({
    depth: fc.integer({ min: 0, max: 30_000 }),
    style: fc.constantFrom('json-object', 'json-array', 'yaml-block', 'yaml-seq', 'yaml-flow', 'yaml-mixed'),
    close: fc.boolean(),
    noise: fc.string({ maxLength: 20 }),
  })
  .map(({ depth, style, close, noise }) => {
    const n = style.startsWith('yaml-block') || style === 'yaml-mixed' ? Math.min(depth, 200) : depth;
    let text: string;
    switch (style) {
      case 'json-object':
        text = '{"a":'.repeat(n) + '1' + (close ? '}'.repeat(n) : '');
        break;
      case 'json-array':
        text = '{"a":' + '['.repeat(n) + (close ? ']'.repeat(n) : '') + '}';
        break;
      case 'yaml-block':
        text = Array.from({ length: n }, (_, i) => `${' '.repeat(2 * i)}a:`).join('\n') + `\n${' '.repeat(2 * n)}b: 1\n`;
        break;
      case 'yaml-seq':
        text = 'a: ' + '- '.repeat(n) + 'x\n';
        break;
      case 'yaml-flow':
        text = 'a: ' + '[{b: '.repeat(n) + '1' + (close ? '}]'.repeat(n) : '') + '\n';
        break;
      default:
        text = Array.from({ length: n }, (_, i) => `${' '.repeat(i)}${i % 2 ? '- ' : 'k:'}`).join('\n') + ' [[[{x: 1}]]]\n';
    }
    return noise + text + noise;
  });

/** One key (or value) of up to 60,000 characters. */
const hugeKeyText = fc
  .record({ size: fc.integer({ min: 1, max: 60_000 }), ch: fc.constantFrom('a', 'é', '😀', '\u0000', '"', ':'), json: fc.boolean() })
  .map(({ size, ch, json }) => {
    const key = ch.repeat(Math.floor(size / ch.length));
    return json ? `{${JSON.stringify(key)}: 1, "kind": "proposal"}` : `${key}: 1\nkind: proposal\n`;
  });

/** Thousands of forbidden keys, each in its own object, so that every one is a separate error. */
const manyBadKeysText = fc
  .record({ count: fc.integer({ min: 1, max: 2000 }), key: fc.constantFrom('constructor', 'prototype'), json: fc.boolean() })
  .map(({ count, key, json }) =>
    json
      ? `{"list": [${Array.from({ length: count }, () => `{"${key}": 1}`).join(',')}]}`
      : `list:\n${Array.from({ length: count }, () => `  - ${key}: 1`).join('\n')}\n`,
  );

/** Well-formed documents of any shape, as JSON or YAML: most of these parse, so the depth check on the value is exercised. */
const wellFormedText = fc
  .record({ doc: fc.dictionary(fc.string({ maxLength: 12 }), fc.jsonValue({ maxDepth: 12 }), { maxKeys: 8 }), json: fc.boolean() })
  .map(({ doc, json }) => (json ? JSON.stringify(doc, null, 1) : stringifyYaml(doc)));

const textArb = fc
  .record({
    body: fc.oneof(anyStringArb, fragmentText, deepText, hugeKeyText, manyBadKeysText, wellFormedText, wellFormedText),
    bom: fc.constantFrom('', '', '\ufeff', '\ufeff\ufeff'),
    nulAt: fc.option(fc.nat(), { nil: undefined }),
  })
  .map(({ body, bom, nulAt }) => {
    const text = nulAt === undefined ? body : body.slice(0, nulAt % (body.length + 1)) + '\u0000' + body.slice(nulAt % (body.length + 1));
    return (bom + text).slice(0, MAX_GEN_BYTES);
  });

const utf16 = (s: string, be: boolean): Buffer => {
  const le = Buffer.from(s, 'utf16le');
  return be ? Buffer.from(le).swap16() : le;
};
const BOMS = [[], [0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff], [0xef, 0xbb], [0xff]];

/** Bytes: random, or text in mixed encodings (UTF-8, UTF-16 both ways, Latin-1) after any BOM. */
const bytesArb = fc.oneof(
  fc.uint8Array({ maxLength: MAX_GEN_BYTES }),
  fc
    .record({
      bom: fc.constantFrom(...BOMS),
      parts: fc.array(fc.record({ text: fc.oneof(textArb, fc.string({ maxLength: 200 })), enc: fc.constantFrom('utf8', 'utf16le', 'utf16be', 'latin1') }), {
        minLength: 1,
        maxLength: 4,
      }),
    })
    .map(({ bom, parts }) => {
      const encoded = parts.map(({ text, enc }) =>
        enc === 'utf16le' ? utf16(text, false) : enc === 'utf16be' ? utf16(text, true) : Buffer.from(text, enc as BufferEncoding),
      );
      return new Uint8Array(Buffer.concat([Buffer.from(bom), ...encoded]).subarray(0, MAX_GEN_BYTES));
    }),
);

/** How far below the top object the deepest value sits (the top object's fields are at 1). */
function valueDepth(v: unknown, depth = 0): number {
  if (v === null || typeof v !== 'object') return depth;
  const children = Object.values(v as object);
  return Math.max(depth, ...children.map((c) => valueDepth(c, depth + 1)));
}

/** Runs `fn`; a throw must be an ArmoedetoetsError whose code is in `codes` and whose printed forms stay within the limits. */
function outcome<T>(fn: () => T, codes: Set<string>, lang: Lang): { value: T } | { error: ArmoedetoetsError } {
  try {
    return { value: fn() };
  } catch (e) {
    if (!(e instanceof ArmoedetoetsError)) {
      throw new Error(`threw ${(e as Error)?.name ?? typeof e} instead of ArmoedetoetsError: ${String((e as Error)?.message ?? e).slice(0, 300)}`);
    }
    expect(codes.has(e.code), e.code).to.equal(true);
    expect(e.message).to.be.a('string').and.not.equal('');
    expect(errorLines(e, lang).length).to.be.at.most(MAX_ERROR_LINES + 1);
    expect(errorLine(e, lang).split('; ').length).to.be.at.most(MAX_ERROR_LINES + 1);
    expect((errorJson(e)['issues'] as unknown[]).length).to.be.at.most(MAX_ERROR_LINES);
    return { error: e };
  }
}

/** Parses; on success checks the depth limit and that the text was within the byte limit. */
function checkParse(text: string, format: InputFormat, lang: Lang, limits: ParseLimits): void {
  const r = outcome(() => parseInputText(text, format, lang, limits), PARSE_CODES, lang);
  const size = Buffer.byteLength(text.replace(/^\ufeff/, ''), 'utf8');
  if ('value' in r) {
    expect(size).to.be.at.most(limits.maxBytes);
    expect(valueDepth(r.value)).to.be.at.most(limits.maxDepth);
    expect(r.value).to.be.an('object');
    // whatever the parser let through, validation answers with the one error type too
    outcome(() => validateInput(r.value, lang), new Set(['INPUT_INVALID']), lang);
  } else if (size > limits.maxBytes) {
    expect(r.error.code).to.equal('INPUT_TOO_LARGE');
  }
}

describe('properties of reading input', () => {
  it('any text, in either format, with any limits: a value within the limits or an input error', () => {
    fc.assert(
      fc.property(textArb, formatArb, langArb, limitsArb, (text, format, lang, limits) => checkParse(text, format, lang, limits)),
      { numRuns: RUNS },
    );
  });

  it('deeply nested text never gets past the depth limit, whatever the style', () => {
    fc.assert(
      fc.property(deepText, formatArb, langArb, limitsArb, (text, format, lang, limits) => checkParse(text, format, lang, limits)),
      { numRuns: RUNS },
    );
  });

  it('thousands of bad keys give at most MAX_ERROR_LINES printed lines and a count of the rest', () => {
    fc.assert(
      fc.property(manyBadKeysText, formatArb, langArb, (text, format, lang) => {
        const r = outcome(() => parseInputText(text, format, lang), PARSE_CODES, lang);
        expect('error' in r).to.equal(true);
      }),
      { numRuns: 50 },
    );
  });

  it('any bytes: decoded text or an encoding error naming the file; decoded text never holds a NUL', () => {
    fc.assert(
      fc.property(bytesArb, langArb, (bytes, lang) => {
        const r = outcome(() => decodeText(bytes, 'x.yaml', lang), new Set(['INPUT_SYNTAX']), lang);
        const pure = decodeBytes(bytes);
        if ('value' in r) {
          expect(pure).to.deep.equal({ text: r.value });
          expect(r.value.includes('\u0000')).to.equal(false);
        } else {
          expect(pure).to.have.property('problem');
          expect(r.error.message).to.contain('x.yaml');
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('any bytes through the whole reader (a fake file of those bytes) and parser: only input errors', () => {
    fc.assert(
      fc.property(bytesArb, formatArb, langArb, fc.integer({ min: 0, max: MAX_GEN_BYTES }), (bytes, format, lang, maxBytes) => {
        const read = (_path: string, max: number) =>
          bytes.length > max ? ({ ok: false, problem: 'too-large' } as const) : ({ ok: true, bytes: Buffer.from(bytes) } as const);
        const codes = new Set([...PARSE_CODES, 'INPUT_UNREADABLE']);
        const r = outcome(() => parseInputText(readTextFile('in.yaml', maxBytes, lang, read), format, lang), codes, lang);
        if (bytes.length > maxBytes) expect('error' in r && r.error.code).to.equal('INPUT_TOO_LARGE');
      }),
      { numRuns: RUNS },
    );
  });

  describe('on disk', () => {
    let dir = '';
    before(() => {
      dir = mkdtempSync(join(tmpdir(), 'armoedetoets-parse-props-'));
    });
    after(() => rmSync(dir, { recursive: true, force: true }));

    it('the bounded reader returns the whole file when it fits and refuses it when it does not, whatever its size', () => {
      let n = 0;
      fc.assert(
        fc.property(fc.uint8Array({ maxLength: 3 * 64 * 1024 + 7 }), fc.integer({ min: 0, max: 4 * 64 * 1024 }), (bytes, maxBytes) => {
          const file = join(dir, `f${n++}`);
          writeFileSync(file, bytes);
          const r = readRegularFile(file, maxBytes);
          if (bytes.length <= maxBytes) {
            expect(r.ok).to.equal(true);
            expect(r.ok && Buffer.compare(r.bytes, Buffer.from(bytes))).to.equal(0);
          } else {
            expect(r).to.deep.include({ ok: false, problem: 'too-large' });
          }
          rmSync(file);
        }),
        { numRuns: 50 },
      );
    });
  });
});
