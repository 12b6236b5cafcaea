// Files out: -o writes through symlinks, whole or not at all, never over a device, a folder or an input; folder runs.
import { expect } from 'chai';
import { execFileSync } from 'node:child_process';
import { copyFileSync, linkSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeFileAtomic, type WriteAll } from '../src/cli/write-file.js';
import { cli, cliProcess, cliWith } from './cli-io.js';

const tmp = (): string => mkdtempSync(join(tmpdir(), 'files-out-'));
const MINIMAL = 'test/fixtures/minimal.yaml';

/**
 * A character device to aim -o at. As root, a copy of /dev/null made in a temporary folder: if the
 * guard under test ever broke, root would replace the machine's /dev/null (as -o once did). Other
 * users cannot replace anything in /dev, so /dev/null itself is safe for them.
 */
function charDevice(): string {
  if (process.getuid?.() !== 0) return '/dev/null';
  const device = join(tmp(), 'null');
  execFileSync('mknod', ['-m', '666', device, 'c', '1', '3']);
  return device;
}

/** A write that gets half the bytes onto the disk and then fails, as a full disk does. */
const failHalfway: WriteAll = (fd, data) => {
  writeFileSync(fd, data.subarray(0, Math.floor(data.length / 2)));
  throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
};

describe('files out: -o', function () {
  this.timeout(60_000);

  it('writes through a symlink to its target: the link stays, the target is replaced and keeps its permissions', async () => {
    const dir = tmp();
    const target = join(dir, 'echt.txt');
    writeFileSync(target, 'oud\n', { mode: 0o640 });
    symlinkSync('echt.txt', join(dir, 'link.txt'));
    const r = await cli('assess', MINIMAL, '-o', join(dir, 'link.txt'));
    expect(r.code, r.stderr).to.equal(0);
    expect(lstatSync(join(dir, 'link.txt')).isSymbolicLink()).to.equal(true);
    expect(readFileSync(target, 'utf8')).to.match(/^Minimaal voorstel — Teststad/);
    expect(statSync(target).mode & 0o777).to.equal(0o640);
    // a dangling link: its target is created
    symlinkSync('nieuw.txt', join(dir, 'los.txt'));
    expect((await cli('assess', MINIMAL, '-o', join(dir, 'los.txt'))).code).to.equal(0);
    expect(readFileSync(join(dir, 'nieuw.txt'), 'utf8')).to.match(/^Minimaal voorstel/);
    expect(readdirSync(dir).sort()).to.deep.equal(['echt.txt', 'link.txt', 'los.txt', 'nieuw.txt']);
  });

  it('refuses a device file and leaves it one', async () => {
    const device = charDevice();
    const r = await cli('assess', MINIMAL, '-o', device);
    expect(r.code).to.equal(2);
    expect(r.stderr).to.include(`"${device}"`).and.include('geen gewoon bestand maar een apparaatbestand');
    expect(statSync(device).isCharacterDevice()).to.equal(true);
    const link = join(tmp(), 'null.txt');
    symlinkSync(device, link);
    expect((await cli('assess', MINIMAL, '-o', link, '--lang', 'en')).stderr).to.include('not a regular file but a device file');
    expect(statSync(device).isCharacterDevice()).to.equal(true);
  });

  it('refuses a directory and a FIFO, without opening the FIFO', async () => {
    const dir = tmp();
    const d = await cli('assess', MINIMAL, '-o', dir);
    expect(d.code).to.equal(2);
    expect(d.stderr).to.include('geen gewoon bestand maar een map');
    const fifo = join(dir, 'pijp');
    execFileSync('mkfifo', [fifo]);
    const f = cliProcess(['assess', MINIMAL, '-o', fifo]);
    expect(f.timedOut).to.equal(false);
    expect(f.code).to.equal(2);
    expect(f.stderr).to.include('named pipe (FIFO)');
    expect(statSync(fifo).isFIFO()).to.equal(true);
  });

  it('refuses to write over the input, by its path, a symlink or a hard link to it', async () => {
    const dir = tmp();
    const input = join(dir, 'voorstel.yaml');
    copyFileSync(MINIMAL, input);
    symlinkSync('voorstel.yaml', join(dir, 'link.yaml'));
    linkSync(input, join(dir, 'hard.yaml'));
    for (const out of [input, join(dir, 'link.yaml'), join(dir, 'hard.yaml')]) {
      const r = await cli('assess', input, '--format', 'json', '-o', out);
      expect(r.code, out).to.equal(2);
      expect(r.stderr).to.include(`dat is het invoerbestand ${input}`);
    }
    expect(readFileSync(input, 'utf8')).to.equal(readFileSync(MINIMAL, 'utf8'));
    // nor over the earlier audit, nor over the saved assessment that report renders
    const saved = join(dir, 'toets.json');
    expect((await cli('assess', MINIMAL, '--format', 'json', '-o', saved)).code).to.equal(0);
    const again = await cli('report', saved, '--format', 'html', '-o', saved, '--lang', 'fr');
    expect(again.code).to.equal(2);
    expect(again.stderr).to.include(`c'est le fichier d'entrée ${saved}`);
    const audit = join(dir, 'audit.yaml');
    copyFileSync('examples/audits/ocmw-onthaal-drempelscan.yaml', audit);
    const prev = await cli('audit', 'examples/audits/vrijetijdspas-drempelscan.yaml', '--previous', audit, '-o', audit);
    expect(prev.code).to.equal(2);
    expect(readFileSync(audit, 'utf8')).to.equal(readFileSync('examples/audits/ocmw-onthaal-drempelscan.yaml', 'utf8'));
  });

  it("-o '' is an argument error, also for PDF (nothing written to the terminal); a PDF to a terminal is refused", async () => {
    for (const format of ['text', 'pdf']) {
      const r = await cli('assess', MINIMAL, '--format', format, '-o', '');
      expect(r.code).to.equal(2);
      expect(r.stdout).to.equal('');
      expect(r.stderr).to.include('-o vraagt een bestandsnaam');
    }
    // a terminal is a device: refused before any PDF is made (no browser is looked for)
    const r = await cliWith({ browserPath: '/nergens/chromium' }, 'assess', MINIMAL, '--format', 'pdf', '-o', charDevice());
    expect(r.code).to.equal(2);
    expect(r.stderr).to.include('geen gewoon bestand maar een apparaatbestand');
    expect(r.stderr).not.to.include('chromium');
  });
});

describe('files out: whole or not at all, through the real writer', () => {
  it('a write that fails halfway leaves the earlier file as it was and no temporary file', () => {
    const dir = tmp();
    const target = join(dir, 'advies.html');
    writeFileSync(target, 'het vorige advies');
    expect(() => writeFileAtomic(target, 'x'.repeat(100_000), failHalfway)).to.throw(/no space/);
    expect(readFileSync(target, 'utf8')).to.equal('het vorige advies');
    expect(readdirSync(dir)).to.deep.equal(['advies.html']);
  });

  it('the CLI says the disk is full, naming the file, and keeps the earlier report', async () => {
    const dir = tmp();
    const target = join(dir, 'advies.json');
    writeFileSync(target, 'het vorige advies');
    const r = await cliWith({ writeFile: (p, data) => writeFileAtomic(p, data, failHalfway) }, 'assess', MINIMAL, '--format', 'json', '-o', target);
    expect(r.code).to.equal(2);
    expect(r.stderr).to.include(`"${target}"`).and.include('de schijf is vol');
    expect(readFileSync(target, 'utf8')).to.equal('het vorige advies');
    expect(readdirSync(dir)).to.deep.equal(['advies.json']);
  });
});

describe('files out: folder runs', function () {
  this.timeout(60_000);

  function inputs(names: string[]): { dir: string; input: string } {
    const dir = tmp();
    const input = join(dir, 'in');
    mkdirSync(input);
    for (const n of names) copyFileSync(n.toLowerCase().endsWith('.json') ? 'test/fixtures/encoding/utf8-bom.json' : MINIMAL, join(input, n));
    return { dir, input };
  }

  it('two inputs with the same stem get distinct outputs (a.yaml.txt, a.json.txt); others keep the stem', async () => {
    const { dir, input } = inputs(['a.yaml', 'a.json', 'b.yml']);
    const out = join(dir, 'out');
    const r = await cli('assess', input, '-o', out);
    expect(r.code, r.stderr).to.equal(0);
    expect(readdirSync(out).sort()).to.deep.equal(['a.json.txt', 'a.yaml.txt', 'b.txt']);
    expect(readFileSync(join(out, 'a.json.txt'), 'utf8')).to.match(/^Zwembad/);
    expect(readFileSync(join(out, 'a.yaml.txt'), 'utf8')).to.match(/^Minimaal voorstel/);
  });

  it('names that would still clash stop the run before anything is written', async () => {
    const { dir, input } = inputs(['a.yaml', 'a.json', 'a.yaml.json']);
    const out = join(dir, 'out');
    const r = await cli('assess', input, '--format', 'json', '-o', out);
    expect(r.code).to.equal(2);
    expect(r.stderr).to.include('a.yaml.json').and.include('er is niets geschreven');
    expect(() => readdirSync(out)).to.throw(/ENOENT/);
  });

  it('extensions are matched case-blind (.YAML, .Json, .YML); *.expected.JSON is not an input', async () => {
    const { dir, input } = inputs(['Een.YAML', 'twee.Json', 'drie.YML', 'vier.expected.JSON']);
    const out = join(dir, 'out');
    const r = await cli('assess', input, '--format', 'html', '-o', out);
    expect(r.code, r.stderr).to.equal(0);
    expect(readdirSync(out).sort()).to.deep.equal(['Een.html', 'drie.html', 'twee.html']);
    expect(r.stderr).to.include('3 van 3 bestanden weergegeven');
  });

  it('the output folder may not be the input folder, also through a symlink; the inputs stay as they were', async () => {
    const { dir, input } = inputs(['a.json']);
    const before = readFileSync(join(input, 'a.json'), 'utf8');
    const same = await cli('assess', input, '--format', 'json', '-o', input);
    expect(same.code).to.equal(2);
    expect(same.stderr).to.include('is de invoermap');
    symlinkSync('in', join(dir, 'ook-in'));
    const viaLink = await cli('assess', input, '--format', 'json', '-o', join(dir, 'ook-in'), '--lang', 'en');
    expect(viaLink.code).to.equal(2);
    expect(viaLink.stderr).to.include('is the input folder');
    expect(readdirSync(input)).to.deep.equal(['a.json']);
    expect(readFileSync(join(input, 'a.json'), 'utf8')).to.equal(before);
  });

  it('an output that is a link to an input is refused for that file only; the input stays', async () => {
    const { dir, input } = inputs(['a.yaml', 'b.yaml']);
    const out = join(dir, 'out');
    mkdirSync(out);
    symlinkSync(join(input, 'a.yaml'), join(out, 'a.txt'));
    const r = await cli('assess', input, '-o', out);
    expect(r.code).to.equal(2);
    expect(r.stderr).to.include('overgeslagen: a.yaml').and.include('dat is het invoerbestand');
    expect(readFileSync(join(input, 'a.yaml'), 'utf8')).to.equal(readFileSync(MINIMAL, 'utf8'));
    expect(readFileSync(join(out, 'b.txt'), 'utf8')).to.match(/^Minimaal voorstel/);
  });

  it('an empty folder is exit 2 with a message, in the chosen language', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'leesmij.txt'), 'geen invoer');
    const r = await cli('assess', dir, '-o', join(dir, 'uit'));
    expect(r.code).to.equal(2);
    expect(r.stderr).to.include(`Geen invoerbestanden in de map ${dir}`);
    const fr = await cli('assess', dir, '-o', join(dir, 'uit'), '--lang', 'fr');
    expect(fr.stderr).to.include("Aucun fichier d'entrée");
  });

  it('a FIFO in the folder is reported and skipped; it does not block the run', () => {
    const { dir, input } = inputs(['a.yaml']);
    execFileSync('mkfifo', [join(input, 'pijp.yaml')]);
    mkdirSync(join(input, 'map.yaml'));
    const out = join(dir, 'out');
    const r = cliProcess(['assess', input, '-o', out]);
    expect(r.timedOut, 'the run waited on the FIFO').to.equal(false);
    expect(r.code).to.equal(2);
    expect(r.stderr).to.include('overgeslagen: pijp.yaml: Geen gewoon bestand').and.include('overgeslagen: map.yaml');
    expect(r.stderr).to.include('1 van 3 bestanden weergegeven');
    expect(readdirSync(out)).to.deep.equal(['a.txt']);
  });
});
