// Bad input: one fixture per failure, each must give exit code 2 and a clear message naming the field.
import { expect } from 'chai';
import { mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ArmoedetoetsError } from '../src/errors.js';
import { MAX_INPUT_BYTES, parseInputText, type InputFormat } from '../src/validation/parse.js';
import { cli } from './cli-io.js';

const BAD = 'test/fixtures/bad';

interface Case {
  file: string;
  /** Text the Dutch error output must contain (field path and problem). */
  expect: string[];
}

const CASES: Case[] = [
  { file: 'malformed-json.json', expect: ['Geen geldige JSON'] },
  { file: 'malformed-yaml.yaml', expect: ['Geen geldige YAML (regel', 'aanhalingsteken'] },
  { file: 'month-13.yaml', expect: ['meta.referenceDate', '2025-13-01'] },
  { file: 'ladder-level-9.yaml', expect: ['participation.claimedLevel', '<= 6'] },
  { file: 'wrong-type-level.yaml', expect: ['participation.claimedLevel', 'integer'] },
  { file: 'negative-count.yaml', expect: ['participation.moments[0].participants', '>= 0'] },
  { file: 'unknown-field.yaml', expect: ['participaton', 'dit veld kent de toets niet'] },
  { file: 'missing-kind.yaml', expect: ['kind', 'proposal', 'service-audit'] },
  { file: 'unknown-kind.yaml', expect: ['kind', 'proposal'] },
  { file: 'missing-title.yaml', expect: ['meta.title', 'ontbreekt: vul dit veld in'] },
  { file: 'empty-file.yaml', expect: ['leeg'] },
  { file: 'not-an-object.yaml', expect: ['één object', 'array'] },
  { file: 'proto-key.json', expect: ['__proto__', 'niet toegestaan'] },
  { file: 'proto-key.yaml', expect: ['meta.__proto__', 'niet toegestaan'] },
  { file: 'duplicate-key.yaml', expect: ['Geen geldige YAML (regel 2)', 'dubbele sleutel'] },
  { file: 'invalid-answer.yaml', expect: ['screening.triggers.price', 'yes, no, unknown', 'misschien'] },
  { file: 'alias-bomb.yaml', expect: ['aliassen'] },
  { file: 'too-deep.json', expect: ['te diep genest'] },
];

describe('bad input', () => {
  for (const c of CASES) {
    it(`${c.file}: exit 2 with a Dutch message naming the problem, no stack trace`, async () => {
      const r = await cli('validate', join(BAD, c.file));
      expect(r.code, r.stderr).to.equal(2);
      expect(r.stdout).to.equal('');
      for (const s of c.expect) expect(r.stderr).to.include(s);
      expect(r.stderr).not.to.match(/\n\s+at /);
      // assess must refuse it the same way
      const a = await cli('assess', join(BAD, c.file));
      expect(a.code).to.equal(2);
    });
  }

  it('reports every error of a file at once, each with its field path', async () => {
    const r = await cli('validate', join(BAD, 'many-errors.yaml'));
    expect(r.code).to.equal(2);
    for (const path of [
      'meta.title',
      'meta.referenceDate',
      'participation.claimedLevel',
      'participation.writtenFeedback',
      'participation.moments[0].date',
      'participation.moments[0].form',
    ]) {
      expect(r.stderr).to.include(path);
    }
    expect(r.stderr).to.match(/De invoer bevat \d+ fout/);
  });

  it('speaks French and English with --lang', async () => {
    const fr = await cli('validate', join(BAD, 'ladder-level-9.yaml'), '--lang', 'fr');
    expect(fr.stderr).to.include("L'entrée contient 1 erreur");
    expect(fr.stderr).to.include('participation.claimedLevel');
    const en = await cli('validate', join(BAD, 'ladder-level-9.yaml'), '--lang', 'en');
    expect(en.stderr).to.include('The input has 1 error');
    expect(en.stderr).to.include('must be <= 6');
  });

  it('refuses an oversized file from its size, before reading it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'armoedetoets-'));
    const file = join(dir, 'big.yaml');
    // 3 GB on paper, nothing on disk: reading it would take long; only stat knows its size
    writeFileSync(file, 'kind: proposal\n');
    truncateSync(file, 3 * 1024 ** 3);
    const r = await cli('validate', file);
    expect(r.code).to.equal(2);
    expect(r.stderr).to.include(`Het bestand ${file} is te groot: ${3 * 1024 ** 3} bytes, hoogstens ${MAX_INPUT_BYTES} toegestaan.`);
  });

  it('names a missing file', async () => {
    const r = await cli('assess', 'test/fixtures/bad/does-not-exist.yaml');
    expect(r.code).to.equal(2);
    expect(r.stderr).to.include('Kan het bestand niet lezen');
    expect(r.stderr).to.include('ENOENT');
  });

  it('refuses an impossible --date and an unknown option', async () => {
    const ok = 'test/fixtures/bad/../../../test/fixtures/minimal.yaml';
    const d = await cli('assess', ok, '--date', '2025-02-30');
    expect(d.code).to.equal(2);
    expect(d.stderr).to.include('--date');
    const o = await cli('assess', ok, '--formaat', 'json');
    expect(o.code).to.equal(2);
    expect(o.stderr).to.include('Gebruik:');
  });

  it('the parser itself refuses __proto__, constructor and prototype keys, before any schema sees them', () => {
    // no kind, no schema: only the parser's own guard stands between these keys and the caller
    const HOSTILE: [string, InputFormat, string][] = [
      ['{"__proto__": {"polluted": true}}', 'json', '__proto__'],
      ['{"list": [{"a": 1}, {"constructor": {"prototype": {"polluted": true}}}]}', 'json', 'list[1].constructor'],
      ['meta:\n  prototype:\n    polluted: true\n', 'yaml', 'meta.prototype'],
      ['x: {__proto__: {polluted: true}}\n', 'yaml', 'x.__proto__'],
    ];
    for (const [text, format, path] of HOSTILE) {
      let caught: unknown;
      try {
        parseInputText(text, format);
      } catch (e) {
        caught = e;
      }
      expect(caught, text).to.be.instanceOf(ArmoedetoetsError);
      const err = caught as ArmoedetoetsError;
      expect(err.code).to.equal('INPUT_INVALID');
      expect(
        err.issues.map((i) => i.path),
        text,
      ).to.include(path);
      expect(err.issues.find((i) => i.path === path)?.message).to.include('niet toegestaan');
    }
    expect(({} as Record<string, unknown>)['polluted']).to.equal(undefined);
  });
});
