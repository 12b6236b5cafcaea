// An overlay given as uploaded texts (the server's stored overlay) loads exactly as the folder holding those files.
import { expect } from 'chai';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { ArmoedetoetsError } from '../src/errors.js';
import { packFromTexts, readPackFolder } from '../src/ruleset/files.js';
import { loadRuleset } from '../src/ruleset/load.js';

/** Every file below `dir` as relative path → text (what an upload of the folder holds). */
function textsOf(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.json')) out[relative(dir, full).split('\\').join('/')] = readFileSync(full, 'utf8');
    }
  };
  walk(dir);
  return out;
}

function writeTexts(texts: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'overlay-texts-'));
  for (const [path, text] of Object.entries(texts)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

function thrown(fn: () => unknown): ArmoedetoetsError {
  try {
    fn();
  } catch (e) {
    expect(e).to.be.instanceOf(ArmoedetoetsError);
    return e as ArmoedetoetsError;
  }
  throw new Error('expected an error');
}

describe('overlay from uploaded texts', () => {
  for (const dir of ['test/fixtures/overlay', 'examples/overlay', 'test/fixtures/overlay-from']) {
    it(`${dir}: the same hash, info and checks as the folder`, () => {
      const fromDir = loadRuleset({ overlayDir: dir });
      const fromTexts = loadRuleset({ overlayFiles: textsOf(dir) });
      expect(fromTexts.info).to.deep.equal(fromDir.info);
      expect(fromTexts.checks).to.deep.equal(fromDir.checks);
      expect([...fromTexts.parameters.entries()]).to.deep.equal([...fromDir.parameters.entries()]);
    });
  }

  it('files are hashed in the folder walk order, not in plain sorted path order', () => {
    // "a" (a folder) sorts before "a-b.json" and "a.json" in a directory listing; as whole paths "a/…" sorts last.
    const texts = { 'a.json': '{"x":1}', 'a-b.json': '{"x":2}', 'a/b.json': '{"x":3}', 'z/y/x.json': '{}', 'z/a.json': '[]' };
    const folder = readPackFolder(writeTexts(texts));
    const uploaded = packFromTexts('overlay', texts);
    expect(uploaded.hash).to.equal(folder.hash);
    expect(uploaded.files.map((f) => f.path)).to.deep.equal(folder.files.map((f) => f.path));
    expect(uploaded.files.map((f) => f.path)).to.deep.equal(['a/b.json', 'a-b.json', 'a.json', 'z/a.json', 'z/y/x.json']);
  });

  it('a leading BOM is dropped as a file read drops it', () => {
    const texts = { 'overlay.json': '{"name":"x","version":"1"}' };
    expect(packFromTexts('overlay', { 'overlay.json': '\ufeff' + texts['overlay.json'] }).hash).to.equal(packFromTexts('overlay', texts).hash);
  });

  it('the same lint errors as the folder (an unknown file, a broken check, a bad disable)', () => {
    const base = textsOf('test/fixtures/overlay');
    const cases: Record<string, string>[] = [
      { ...base, 'dimensions.json': '{}' },
      { ...base, 'checks/local.json': '{"dimension": "affordability", "checks": [{"id": 3}]}' },
      { ...base, 'overlay.json': JSON.stringify({ ...JSON.parse(base['overlay.json'] as string), disable: [{ id: 'NOPE', reason: 'x' }] }) },
      { ...base, 'parameters/local.json': '{"parameters": [' },
    ];
    for (const texts of cases) {
      const dir = writeTexts(texts);
      const a = thrown(() => loadRuleset({ overlayDir: dir }));
      const b = thrown(() => loadRuleset({ overlayFiles: texts }));
      expect(b.code).to.equal(a.code);
      expect(b.message.split(dir).join('overlay')).to.equal(a.message.split(dir).join('overlay'));
      expect(b.issues.map((i) => i.path.split(dir).join('overlay'))).to.deep.equal(a.issues.map((i) => i.path.split(dir).join('overlay')));
    }
  });

  it('refuses paths that are not relative *.json names, texts that are not strings, NUL and oversized files', () => {
    const base = textsOf('test/fixtures/overlay');
    for (const path of ['../x.json', '/abs.json', 'a/./b.json', 'a//b.json', 'notes.txt', 'c\\d.json', '.hidden.json', '']) {
      const e = thrown(() => loadRuleset({ overlayFiles: { ...base, [path]: '{}' } }));
      expect(e.code, path).to.equal('RULESET_INVALID');
      expect(e.issues[0]?.path).to.equal(path);
    }
    expect(thrown(() => loadRuleset({ overlayFiles: { ...base, 'checks/x.json': 3 as unknown as string } })).code).to.equal('RULESET_INVALID');
    expect(thrown(() => loadRuleset({ overlayFiles: { ...base, 'checks/x.json': '{"a":"\u0000"}' } })).message).to.include('NUL');
    const big = thrown(() => loadRuleset({ overlayFiles: { ...base, 'checks/x.json': ' '.repeat(2_000_001) } }));
    expect(big.code).to.equal('RULESET_INVALID');
    expect(thrown(() => loadRuleset({ overlayFiles: { ...base, '../x.json': '{}' }, lang: 'fr' })).message).to.include('nom de fichier invalide');
  });

  it('an empty upload lacks overlay.json; both forms at once are refused', () => {
    expect(thrown(() => loadRuleset({ overlayFiles: {} })).message).to.include('overlay.json ontbreekt');
    const dir = mkdtempSync(join(tmpdir(), 'overlay-texts-'));
    cpSync('test/fixtures/overlay', dir, { recursive: true });
    expect(thrown(() => loadRuleset({ overlayDir: dir, overlayFiles: textsOf(dir) })).code).to.equal('USAGE');
  });
});
