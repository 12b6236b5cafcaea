// Report labels are typed by the keys of templates/report/locales/nl.json: a misspelled key in code is
// a compile error (checked by `npm run typecheck` through the @ts-expect-error lines below), a key
// computed at run time is checked when it is read, and every key the templates use exists.
import { expect } from 'chai';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TEMPLATES_DIR } from '../src/paths.js';
import { fmt, isLabelKey, label, labelsFor, loadAuditLabels, loadLabels, type LabelKey, type Labels } from '../src/report/locales.js';
import { LANGS } from '../src/types.js';

/** Compile-time checks: if Labels or LabelKey lose their key set, these directives are unused and tsc fails. */
function typoesDoNotCompile(l: Labels): LabelKey {
  // @ts-expect-error a misspelled label is a compile error
  void l.reportTitel;
  // @ts-expect-error a computed string is not a label key without a check (use `label`)
  void l['report' + 'Title'];
  // @ts-expect-error a key that is not in nl.json is not a LabelKey
  const key: LabelKey = 'noSuchLabel';
  return key;
}

describe('report labels', () => {
  it('a known key is typed and read directly; the compile-time checks are in place', () => {
    const l = loadLabels('nl');
    expect(l.reportTitle).to.be.a('string').and.not.equal('');
    expect(typoesDoNotCompile).to.be.a('function');
  });

  it('a key computed at run time is checked when read: an unknown one throws, in label and in fmt', () => {
    const l = loadLabels('fr');
    expect(label(l, `report${'Title'}`)).to.equal(l.reportTitle);
    expect(isLabelKey(l, 'reportTitle')).to.equal(true);
    expect(isLabelKey(l, 'reportTitel')).to.equal(false);
    expect(isLabelKey(l, 'toString')).to.equal(false);
    expect(() => label(l, 'reportTitel')).to.throw('unknown report label "reportTitel"');
    expect(() => fmt(l, `level${'X'}`, { n: 1 })).to.throw('unknown report label');
    expect(fmt(l, 'levelN', { n: 3, title: 'x' })).to.contain('3');
  });

  it('every language, plain, audit and filled, has exactly the keys of nl.json as strings', () => {
    const keys = Object.keys(JSON.parse(readFileSync(join(TEMPLATES_DIR, 'report', 'locales', 'nl.json'), 'utf8')) as object).sort();
    for (const lang of LANGS) {
      for (const l of [loadLabels(lang), loadAuditLabels(lang), labelsFor(lang, 'college', false), labelsFor(lang, null, true)]) {
        expect(Object.keys(l).sort(), lang).to.deep.equal(keys);
        expect(Object.values(l).every((v) => typeof v === 'string' && v !== '')).to.equal(true);
        expect(Object.isFrozen(l)).to.equal(true);
      }
    }
  });

  it('every label the templates name (`l.key`) exists', () => {
    const dir = join(TEMPLATES_DIR, 'report');
    const files = [...readdirSync(dir).filter((f) => f.endsWith('.hbs')), ...readdirSync(join(dir, 'partials')).map((f) => join('partials', f))];
    const l = loadLabels('nl');
    const used = new Set<string>();
    for (const f of files) {
      const text = readFileSync(join(dir, f), 'utf8');
      for (const m of text.matchAll(/(?:^|[^\w.])(?:@root\.|(?:\.\.\/)+)?l\.(\w+)/g)) used.add(m[1] as string);
    }
    expect(used.size).to.be.greaterThan(100);
    expect([...used].filter((k) => !isLabelKey(l, k))).to.deep.equal([]);
  });
});
