// The cheap scans that run before parsing (depth, duplicate keys) and the decoder: exact on real inputs, bounded on hostile ones.
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { exampleFiles } from '../src/examples.js';
import { decodeBytes } from '../src/validation/decode.js';
import { scanJson } from '../src/validation/json.js';
import { detectFormat, parseInputText } from '../src/validation/parse.js';
import { yamlTooDeepAt } from '../src/validation/yaml-depth.js';

/** Containers on the deepest path: a top-level mapping with scalars is 1. */
function nesting(v: unknown): number {
  if (v === null || typeof v !== 'object') return 0;
  return 1 + Math.max(0, ...Object.values(v).map(nesting));
}

/** The smallest limit the YAML scan lets the text through with. */
function yamlScanDepth(text: string): number {
  let n = 0;
  while (yamlTooDeepAt(text, n) !== null) n += 1;
  return n;
}

describe('scans before parsing', () => {
  it('the YAML depth scan counts every example exactly as deep as it is (no false alarm on real inputs)', () => {
    const files = exampleFiles().filter((f) => /\.ya?ml$/.test(f));
    expect(files.length).to.be.at.least(10);
    for (const f of files) {
      const text = readFileSync(f, 'utf8');
      expect(yamlScanDepth(text), f).to.equal(nesting(parse(text)));
    }
  });

  const SHAPES = [
    'a:\n- x\nb: 1\n',
    'fees:\n  - name: a\n    price: 3\n  - name: b\n',
    'fees:\n- name: a\n  price: 3\nother: 1\n',
    '- - - a\n',
    'x: [1, [2, {y: [3]}]]\n',
    'a: |\n    [[[[[[\n     {{{{\nb: 1\n',
    'a: "x [\n  [[[ y"\nb: 1\n',
    "a: 'it''s [ not'\nb: {c: 1} # [[[[\n",
    'a:\n  b:\n    c:\n      d: 1\n',
    'a:\n- b:\n  - c:\n    - d: 1\n',
    'x: &anchor\n  y: 1\nz: *anchor\n',
  ];
  for (const text of SHAPES) {
    it(`the YAML depth scan is exact on ${JSON.stringify(text)}`, () => {
      expect(yamlScanDepth(text)).to.equal(nesting(parse(text)));
    });
  }

  it('stops on the line where the nesting passes the limit', () => {
    const text = 'kind: proposal\nx:\n  y:\n    z: [[[[1]]]]\n';
    expect(yamlTooDeepAt(text, 6)).to.equal(4);
    expect(yamlTooDeepAt(text, 7)).to.equal(null);
  });

  it('the JSON scan finds duplicate keys (after decoding escapes) and stops at the depth limit', () => {
    expect(scanJson('{"a": 1, "b": {"c": [1, {"d": 1, "\\u0064": 2}]}}', 10)).to.deep.equal({ duplicate: { path: 'b.c[1].d', line: 1 } });
    expect(scanJson('{"a": "{[{[", "b": "\\"}"}', 2)).to.deep.equal({});
    expect(scanJson('[[[[1]]]]', 3)).to.deep.equal({ tooDeep: { path: '[0][0][0]', line: 1 } });
    expect(scanJson('{"a": {"a": 1}, "b": {"a": 2}}', 5)).to.deep.equal({});
  });
});

describe('decoding bytes', () => {
  const text = 'kind: proposal # café — €';
  it('reads UTF-8 with or without BOM and UTF-16 with a BOM as the same text', () => {
    expect(decodeBytes(Buffer.from(text))).to.deep.equal({ text });
    expect(decodeBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]))).to.deep.equal({ text });
    expect(decodeBytes(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]))).to.deep.equal({ text });
    const be = Buffer.from(text, 'utf16le').swap16();
    expect(decodeBytes(Buffer.concat([Buffer.from([0xfe, 0xff]), be]))).to.deep.equal({ text });
  });

  it('parseInputText skips a BOM left at the start of a string (the library takes text, not bytes)', () => {
    expect(parseInputText('\uFEFFkind: proposal\n', 'yaml')).to.deep.equal({ kind: 'proposal' });
    expect(parseInputText('\uFEFF{"kind": "proposal"}', 'json')).to.deep.equal({ kind: 'proposal' });
    expect(detectFormat('invoer', '\uFEFF{"kind": "proposal"}')).to.equal('json');
  });

  it('names what is wrong with anything else', () => {
    expect(decodeBytes(Buffer.from([0x6b, 0xe9, 0x0a]))).to.deep.equal({ problem: 'utf8' });
    expect(decodeBytes(Buffer.from(text, 'utf16le'))).to.deep.equal({ problem: 'nul' });
    expect(decodeBytes(Buffer.from([0xff, 0xfe, 0x41]))).to.deep.equal({ problem: 'utf16' });
    expect(decodeBytes(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('a\u0000b', 'utf16le')]))).to.deep.equal({ problem: 'nul' });
  });
});
