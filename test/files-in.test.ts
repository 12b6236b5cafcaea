// Files in: regular files only (symlinks followed), a byte limit while reading, encodings, duplicate keys, depth, long error lists.
import { expect } from 'chai';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MAX_INPUT_BYTES, MAX_SAVED_BYTES } from '../src/validation/parse.js';
import type { Assessment } from '../src/types.js';
import { cli, cliProcess } from './cli-io.js';

const tmp = (): string => mkdtempSync(join(tmpdir(), 'files-in-'));
const MINIMAL = 'test/fixtures/minimal.yaml';
const ENC = 'test/fixtures/encoding';
const mkfifo = (path: string): void => void execFileSync('mkfifo', [path]);
/** No stack trace in what the user sees. */
const NO_TRACE = /\n\s+at /;

describe('files in: only regular files, read with a hard limit', function () {
  this.timeout(60_000);

  it('a FIFO as input is refused by name at once, never opened (exit 2, "geen gewoon bestand")', () => {
    const fifo = join(tmp(), 'voorstel.yaml');
    mkfifo(fifo);
    const r = cliProcess(['assess', fifo]);
    expect(r.timedOut, 'the command waited on the FIFO').to.equal(false);
    expect(r.code, r.stderr).to.equal(2);
    expect(r.stderr).to.include('Geen gewoon bestand').and.include(fifo).and.include('FIFO');
  });

  it('/dev/zero (stat size 0, endless) is refused as a device, also through a symlink, in the chosen language', () => {
    const link = join(tmp(), 'zero.json');
    symlinkSync('/dev/zero', link);
    const r = cliProcess(['validate', '/dev/zero']);
    expect(r.timedOut).to.equal(false);
    expect(r.code, r.stderr).to.equal(2);
    expect(r.stderr).to.include('Geen gewoon bestand: /dev/zero').and.include('apparaatbestand');
    const fr = cliProcess(['report', link, '--format', 'text', '--lang', 'fr']);
    expect(fr.timedOut).to.equal(false);
    expect(fr.code, fr.stderr).to.equal(2);
    expect(fr.stderr).to.include('Pas un fichier ordinaire').and.include(link);
  });

  it('a directory is "geen gewoon bestand" for validate, report and --previous', async () => {
    const dir = tmp();
    const v = await cli('validate', dir);
    expect(v.code).to.equal(2);
    expect(v.stderr).to.include(`Geen gewoon bestand: ${dir} is een map`);
    const rep = await cli('report', dir, '--format', 'text', '--lang', 'en');
    expect(rep.stderr).to.include(`Not a regular file: ${dir} is a directory`);
    const prev = await cli('audit', 'examples/audits/ocmw-onthaal-drempelscan.yaml', '--previous', dir);
    expect(prev.code).to.equal(2);
    expect(prev.stderr).to.include('Geen gewoon bestand');
  });

  it('a missing file, a dangling symlink and a symlink loop name the file and the reason', async () => {
    const dir = tmp();
    symlinkSync(join(dir, 'nergens.yaml'), join(dir, 'los.yaml'));
    symlinkSync('b.yaml', join(dir, 'a.yaml'));
    symlinkSync('a.yaml', join(dir, 'b.yaml'));
    const dangling = await cli('validate', join(dir, 'los.yaml'));
    expect(dangling.code).to.equal(2);
    expect(dangling.stderr).to.include(join(dir, 'los.yaml')).and.include('bestaat niet');
    const loop = await cli('validate', join(dir, 'a.yaml'), '--lang', 'en');
    expect(loop.code).to.equal(2);
    expect(loop.stderr).to.include('symbolic links in a loop').and.include('ELOOP');
    expect(dangling.stderr + loop.stderr).not.to.match(NO_TRACE);
  });

  it('a file that holds more than stat says is cut off at the limit: /proc files say size 0', async function () {
    const { readRegularFile } = await import('../src/validation/read-file.js');
    const proc = '/proc/self/maps';
    let size;
    try {
      size = readFileSync(proc).length;
    } catch {
      this.skip();
    }
    expect(size).to.be.greaterThan(200);
    const r = readRegularFile(proc, 100);
    expect(r).to.deep.equal({ ok: false, problem: 'too-large' });
    const whole = readRegularFile(proc, 10_000_000);
    expect(whole.ok).to.equal(true);
  });

  it('one size limit for saved assessments: report and audit --previous both take a 1.3 MB one, both refuse one over the limit', async () => {
    const dir = tmp();
    const saved = join(dir, 'vorige.json');
    const audit = 'examples/audits/ocmw-onthaal-drempelscan.yaml';
    expect((await cli('assess', audit, '--format', 'json', '-o', saved)).code).to.equal(0);
    // padded past the input limit with whitespace: still the same JSON
    writeFileSync(saved, readFileSync(saved, 'utf8') + ' '.repeat(1_300_000));
    const report = await cli('report', saved, '--format', 'text');
    expect(report.code, report.stderr).to.equal(0);
    const previous = await cli('audit', audit, '--previous', saved, '--format', 'html', '-o', join(dir, 'audit.html'));
    expect(previous.code, previous.stderr).to.equal(0);
    // a sparse file over the saved limit: refused by both, with the same words
    const huge = join(dir, 'groot.json');
    writeFileSync(huge, '{}');
    truncateSync(huge, MAX_SAVED_BYTES + 1);
    const r1 = await cli('report', huge, '--format', 'text');
    const r2 = await cli('audit', audit, '--previous', huge);
    expect(r1.code).to.equal(2);
    expect(r2.code).to.equal(2);
    expect(r1.stderr).to.include('te groot').and.include(`hoogstens ${MAX_SAVED_BYTES}`);
    expect(r2.stderr).to.equal(r1.stderr);
  });

  it('an earlier input given as --previous is held to the input limit', async () => {
    const dir = tmp();
    const earlier = join(dir, 'vorige.yaml');
    writeFileSync(earlier, readFileSync('examples/audits/ocmw-onthaal-drempelscan.yaml', 'utf8') + `# ${'x'.repeat(MAX_INPUT_BYTES)}\n`);
    const r = await cli('audit', 'examples/audits/ocmw-onthaal-drempelscan.yaml', '--previous', earlier);
    expect(r.code).to.equal(2);
    expect(r.stderr).to.include('te groot').and.include(`hoogstens ${MAX_INPUT_BYTES}`);
  });
});

describe('files in: encodings', () => {
  const reference = async (): Promise<Assessment> => JSON.parse((await cli('assess', `${ENC}/utf8-bom.yaml`, '--format', 'json')).stdout) as Assessment;

  for (const file of ['utf8-bom.yaml', 'utf8-bom.json', 'utf16le-bom.yaml', 'utf16be-bom.yaml']) {
    it(`${file} is read as the same text`, async () => {
      const r = await cli('assess', `${ENC}/${file}`, '--format', 'json');
      expect(r.code, r.stderr).to.equal(0);
      const a = JSON.parse(r.stdout) as Assessment;
      expect(a.subject.title).to.equal('Zwembad — sociaal tarief café');
      expect(a.verdict).to.deep.equal((await reference()).verdict);
    });
  }

  const REFUSED: [string, string][] = [
    ['latin1.yaml', 'ongeldige UTF-8-bytes'],
    ['nul-byte.yaml', 'NUL-bytes'],
    ['utf16le-no-bom.yaml', 'UTF-16 zonder BOM'],
    ['utf16le-odd.yaml', 'ongeldige UTF-16'],
  ];
  for (const [file, why] of REFUSED) {
    it(`${file} is refused by name: "geen UTF-8 of UTF-16"`, async () => {
      const r = await cli('validate', `${ENC}/${file}`);
      expect(r.code).to.equal(2);
      expect(r.stderr).to.include('Geen UTF-8 of UTF-16').and.include(file).and.include(why);
    });
  }

  it('says so in French and English', async () => {
    expect((await cli('validate', `${ENC}/latin1.yaml`, '--lang', 'fr')).stderr)
      .to.include('Ni UTF-8 ni UTF-16')
      .and.include('octets UTF-8 invalides');
    expect((await cli('validate', `${ENC}/nul-byte.yaml`, '--lang', 'en')).stderr)
      .to.include('Not UTF-8 or UTF-16')
      .and.include('NUL bytes');
  });
});

describe('files in: duplicate keys, depth and long error lists', function () {
  this.timeout(60_000);

  it('refuses duplicate keys in JSON as in YAML, with the path and line of the duplicate', async () => {
    const top = await cli('validate', 'test/fixtures/bad/duplicate-key.json');
    expect(top.code).to.equal(2);
    expect(top.stderr).to.include('Geen geldige JSON: dubbele sleutel "kind" (regel 4)');
    // "\u0061mount" is "amount" once decoded
    const nested = await cli('assess', 'test/fixtures/bad/duplicate-key-nested.json', '--lang', 'fr');
    expect(nested.code).to.equal(2);
    expect(nested.stderr).to.include('clé en double « affordability.fees[1].amount » (ligne 7)');
    const yaml = await cli('validate', 'test/fixtures/bad/duplicate-key-nested.yaml', '--lang', 'en');
    expect(yaml.code).to.equal(2);
    expect(yaml.stderr).to.include('Not valid YAML (line 10): duplicate key "affordability.fees[1].amount"');
  });

  const n = 100_000;
  const DEEP: [string, string][] = [
    ['brackets.json', `{"kind": "proposal", "x": ${'['.repeat(n)}${']'.repeat(n)}}`],
    ['flow.yaml', `kind: proposal\nx: ${'['.repeat(n)}${']'.repeat(n)}\n`],
    ['flow-maps.yaml', `kind: proposal\nx: ${'{a: '.repeat(n)}1${'}'.repeat(n)}\n`],
    ['dashes.yaml', `kind: proposal\nx:\n  ${'- '.repeat(n)}a\n`],
  ];
  for (const [name, text] of DEEP) {
    it(`${name}: 100,000 levels deep is refused before parsing, with the line, not a stack overflow`, async () => {
      const file = join(tmp(), name);
      writeFileSync(file, text);
      const r = await cli('validate', file);
      expect(r.code, r.stderr).to.equal(2);
      expect(r.stderr).to.match(/te diep genest \(meer dan 20 niveaus\)/);
      // only the scan before parsing knows the line
      expect(r.stderr).to.match(/\(regel [1-3]\)/);
      expect(r.stderr).not.to.include('call stack');
    });
  }

  const badKeys = (count: number): string => {
    const file = join(tmp(), 'veel.yaml');
    const keys = Array.from({ length: count }, (_, i) => `k${i}: 1`).join('\n');
    writeFileSync(file, `kind: proposal\nmeta:\n  title: x\n  municipality: y\n${keys}\n`);
    return file;
  };

  it('60,000 bad keys give at most 51 lines: 50, then "… en nog N fouten"', async () => {
    const nl = await cli('validate', badKeys(60_000));
    expect(nl.code).to.equal(2);
    const lines = nl.stderr.trimEnd().split('\n');
    expect(lines).to.have.length(51);
    expect(lines[0]).to.equal('De invoer bevat 60000 fouten:');
    expect(lines[50]).to.equal('  … en nog 59951 fouten');
  });

  it('the same in French and English, and in the JSON error output', async () => {
    const file = badKeys(100);
    const fr = await cli('validate', file, '--lang', 'fr');
    expect(fr.stderr.trimEnd().split('\n')).to.have.length(51);
    expect(fr.stderr.trimEnd().split('\n').at(-1)).to.equal('  … et encore 51 erreurs');
    const en = await cli('validate', file, '--lang', 'en');
    expect(en.stderr.trimEnd().split('\n').at(-1)).to.equal('  … and 51 more errors');
    const json = JSON.parse((await cli('validate', file, '--format', 'json')).stderr) as { error: { issues: unknown[]; omittedIssues: number } };
    expect(json.error.issues).to.have.length(50);
    expect(json.error.omittedIssues).to.equal(50);
    // one more than fits: the singular
    expect((await cli('validate', badKeys(50))).stderr.trimEnd().split('\n').at(-1)).to.equal('  … en nog 1 fout');
  });

  it('a skipped file in a folder run is one line, also with thousands of errors', async () => {
    const dir = tmp();
    mkdirSync(join(dir, 'in'));
    copyFileSync(MINIMAL, join(dir, 'in', 'goed.yaml'));
    writeFileSync(
      join(dir, 'in', 'slecht.yaml'),
      `kind: proposal\nmeta:\n  title: x\n  municipality: y\n${Array.from({ length: 500 }, (_, i) => `k${i}: 1`).join('\n')}\n`,
    );
    const r = await cli('assess', join(dir, 'in'), '--format', 'json', '-o', join(dir, 'out'));
    expect(r.code).to.equal(2);
    const skipped = r.stderr.split('\n').filter((l) => l.startsWith('overgeslagen'));
    expect(skipped).to.have.length(1);
    expect(skipped[0]).to.include('… en nog 451 fouten');
  });
});
