// Overlay folders are read like inputs: regular files only, a byte limit while reading, exit 2 naming the file.
import { expect } from 'chai';
import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli, cliProcess } from './cli-io.js';

const NO_TRACE = /\n\s+at /;

/** A copy of the test overlay in a temporary folder, to break in one way. */
function overlay(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'overlay-files-')), 'overlay');
  cpSync('test/fixtures/overlay', dir, { recursive: true });
  return dir;
}

describe('overlay files', function () {
  this.timeout(60_000);

  it('a dangling symlink in the overlay: exit 2 naming it, in the chosen language', async () => {
    const dir = overlay();
    const link = join(dir, 'checks', 'weg.json');
    symlinkSync(join(dir, 'nergens.json'), link);
    const r = await cli('rules', 'lint', '--rules', dir);
    expect(r.code, r.stderr).to.equal(2);
    expect(r.stderr).to.include(link).and.include('bestaat niet');
    const en = await cli('rules', 'lint', '--rules', dir, '--lang', 'en');
    expect(en.stderr).to.include('Cannot read the file').and.include('does not exist');
    expect(r.stderr + en.stderr).not.to.match(NO_TRACE);
  });

  it('a symlink loop (a file, or a folder pointing up) is exit 2 naming it, not an endless walk', async () => {
    const files = overlay();
    symlinkSync('b.json', join(files, 'a.json'));
    symlinkSync('a.json', join(files, 'b.json'));
    const r = await cli('rules', 'lint', '--rules', files);
    expect(r.code).to.equal(2);
    expect(r.stderr).to.include(join(files, 'a.json')).and.include('ELOOP');
    const up = overlay();
    symlinkSync('..', join(up, 'checks', 'omhoog'));
    const u = await cli('rules', 'list', '--rules', up);
    expect(u.code).to.equal(2);
    expect(u.stderr)
      .to.include(join(up, 'checks', 'omhoog'))
      .and.include('kring');
  });

  it('no permission to read an overlay file: exit 2 naming it', async function () {
    const dir = overlay();
    chmodSync(join(dir, '..'), 0o755); // the folder itself stays reachable for another user
    chmodSync(join(dir, 'overlay.json'), 0o000);
    // root reads anything: run the command as nobody then
    const r =
      process.getuid?.() === 0
        ? cliProcess(['rules', 'lint', '--rules', dir, '--lang', 'fr'], { uid: 65534 })
        : await cli('rules', 'lint', '--rules', dir, '--lang', 'fr');
    expect(r.code, r.stderr).to.equal(2);
    expect(r.stderr).to.include(join(dir, 'overlay.json')).and.include('accès refusé');
    expect(r.stderr).not.to.match(NO_TRACE);
  });

  it('a symlink to /dev/zero and a FIFO named *.json are refused without being read (exit 2, bounded memory)', () => {
    const zero = overlay();
    symlinkSync('/dev/zero', join(zero, 'parameters', 'nul.json'));
    const z = cliProcess(['rules', 'lint', '--rules', zero]);
    expect(z.timedOut, 'the command read /dev/zero').to.equal(false);
    expect(z.code, z.stderr).to.equal(2);
    expect(z.stderr).to.include(`Geen gewoon bestand: ${join(zero, 'parameters', 'nul.json')}`);
    const fifo = overlay();
    execFileSync('mkfifo', [join(fifo, 'checks', 'pijp.json')]);
    const f = cliProcess(['rules', 'lint', '--rules', fifo]);
    expect(f.timedOut, 'the command waited on the FIFO').to.equal(false);
    expect(f.code, f.stderr).to.equal(2);
    expect(f.stderr).to.include('FIFO').and.include('pijp.json');
  });

  it('an overlay file with a duplicate key is refused naming file, key and line; one with a BOM is read', async () => {
    const dup = overlay();
    const file = join(dup, 'overlay.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace('"version": "1.0.0",', '"version": "1.0.0",\n  "name": "ander",'));
    const r = await cli('rules', 'lint', '--rules', dup);
    expect(r.code).to.equal(2);
    expect(r.stderr).to.include(`${file}: Geen geldige JSON: dubbele sleutel "name" (regel 4)`);
    const bom = overlay();
    writeFileSync(join(bom, 'overlay.json'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), readFileSync(join(bom, 'overlay.json'))]));
    const ok = await cli('rules', 'lint', '--rules', bom);
    expect(ok.code, ok.stderr).to.equal(0);
  });
});
