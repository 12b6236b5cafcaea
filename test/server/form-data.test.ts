// The wizard's form ↔ input conversion (src/server/forms/form-data.ts), pure: every field of both schemas
// round-trips form → input → form unchanged; every shipped example round-trips input → form → input
// unchanged; numbers with Belgian commas; "weet ik niet" never becomes "no".
import { expect } from 'chai';
import { exampleFiles, readExample } from '../../src/examples.js';
import { formatTypedNumber, normaliseNumber, parseTypedNumber } from '../../src/server/forms/form-numbers.js';
import { replaceMarks, sameValue, sectionFromForm, sectionToForm, type FormValues } from '../../src/server/forms/form-data.js';
import { allFields, formModel } from '../../src/server/forms/schema-form.js';
import { validateInput } from '../../src/validation/validate.js';
import { LANGS, type SubjectKind } from '../../src/types.js';
import { sampleSectionForm } from './form-sample.js';

const KINDS: SubjectKind[] = ['proposal', 'service-audit'];
const section = (kind: SubjectKind, key: string) => formModel(kind).find((s) => s.key === key) as NonNullable<ReturnType<typeof formModel>[number]>;

describe('wizard form data', () => {
  describe('numbers as typed', () => {
    it('reads Belgian decimal commas and thousands points, and the English way in English', () => {
      expect(normaliseNumber('12,50', 'nl')).to.equal('12.50');
      expect(normaliseNumber('1.500', 'nl')).to.equal('1500');
      expect(normaliseNumber('1.500', 'en')).to.equal('1.500');
      expect(normaliseNumber('1.234,5', 'fr')).to.equal('1234.5');
      expect(normaliseNumber('1,234.5', 'en')).to.equal('1234.5');
      expect(normaliseNumber('0.500', 'nl'), 'a leading zero is a decimal').to.equal('0.500');
      expect(normaliseNumber('€ 12,5', 'nl')).to.equal('12.5');
      expect(normaliseNumber('-3', 'nl')).to.equal('-3');
      for (const bad of ['abc', '1,2,3', '12a', '', '-', '1..2']) expect(normaliseNumber(bad, 'nl'), bad).to.equal(undefined);
    });

    it('a share is typed as a percentage and shown again as typed, without binary rounding', () => {
      expect(parseTypedNumber('12,5', 'nl', true)).to.equal(0.125);
      expect(parseTypedNumber('7', 'nl', true)).to.equal(0.07);
      expect(formatTypedNumber(0.07, 'nl', true)).to.equal('7');
      expect(formatTypedNumber(0.125, 'en', true)).to.equal('12.5');
      for (const n of [0, 0.07, 0.1, 0.3333333333333333, 1, 1e-7, 0.000123]) {
        for (const lang of LANGS) expect(parseTypedNumber(formatTypedNumber(n, lang, true), lang, true), `${n} ${lang}`).to.equal(n);
      }
      for (const n of [12.5, 1234567.89, -0.5, 1e-7, 1e21, 3]) {
        for (const lang of LANGS) expect(parseTypedNumber(formatTypedNumber(n, lang, false), lang, false), `${n} ${lang}`).to.equal(n);
      }
    });
  });

  for (const kind of KINDS) {
    it(`${kind}: every field round-trips form → input → form unchanged, in every language, and the input is valid`, () => {
      for (const lang of LANGS) {
        const input: Record<string, unknown> = { kind };
        let unknowns: string[] = [];
        for (const s of formModel(kind)) {
          const form = sampleSectionForm(s, lang);
          const { value, unknowns: marks } = sectionFromForm(s, form, undefined, { lang });
          if (value !== undefined) input[s.key] = value;
          unknowns = replaceMarks(unknowns, s.key, marks);
          expect(sectionToForm(s, value, marks, lang), `${kind} ${s.key} ${lang}`).to.deep.equal(form);
        }
        expect(unknowns.length, 'some fields are marked "weet ik niet"').to.be.greaterThan(10);
        for (const u of unknowns) expect(u.endsWith('__unknown'), u).to.equal(false);
        // Every field the model has is there, in each of two rows.
        const leaves = allFields(kind).filter((f) => f.kind !== 'group' && f.kind !== 'rows');
        expect(leaves.length).to.be.greaterThan(300);
        expect(() => validateInput(input, lang)).not.to.throw();
      }
    });
  }

  it('"weet ik niet" is the unknown value where the schema has one, and is never "no"', () => {
    const s = section('proposal', 'affordability');
    const form: FormValues = {
      'affordability.socialTariff.exists': 'unknown',
      'affordability.goodType': 'unknown',
      'affordability.depositAmount__unknown': '1',
      'affordability.depositAmount': '30',
    };
    const { value, unknowns } = sectionFromForm(s, form, undefined, { lang: 'nl' });
    expect(value).to.deep.equal({ goodType: 'unknown', socialTariff: { exists: 'unknown' } });
    expect(unknowns).to.deep.equal(['affordability.depositAmount']);
    const back = sectionToForm(s, value, unknowns, 'nl');
    expect(back['affordability.depositAmount__unknown']).to.equal('1');
    expect(back['affordability.socialTariff.exists']).to.equal('unknown');
  });

  it('keeps what is not a number as typed; empty is absent; wholly empty rows go, the remove button takes its row out', () => {
    const s = section('proposal', 'affordability');
    const form: FormValues = {
      'affordability.prices__rows': '3',
      'affordability.prices.0.amount': 'abc',
      'affordability.prices.0.frequency': 'once',
      'affordability.prices.1.label': '',
      'affordability.prices.1.amount': '  ',
      'affordability.prices.2.amount': '-5',
      'affordability.prices.2.previousAmount__unknown': '1',
      'affordability.depositAmount': '',
    };
    const { value, unknowns } = sectionFromForm(s, form, undefined, { lang: 'nl' });
    expect(value).to.deep.equal({ prices: [{ amount: 'abc', frequency: 'once' }, { amount: -5 }] });
    expect(unknowns, 'the mark follows its row to its new number').to.deep.equal(['affordability.prices.1.previousAmount']);
    const removed = sectionFromForm(s, form, undefined, { lang: 'nl', remove: 'affordability.prices.0' });
    expect(removed.value).to.deep.equal({ prices: [{ amount: -5 }] });
    expect(removed.unknowns).to.deep.equal(['affordability.prices.0.previousAmount']);
    expect(sectionToForm(s, value, unknowns, 'nl')['affordability.prices.0.amount']).to.equal('abc');
  });

  it('every shipped example round-trips input → form → input unchanged (and means the same without the original)', () => {
    for (const file of exampleFiles()) {
      const input = readExample(file);
      const kind = input['kind'] as SubjectKind;
      for (const s of formModel(kind)) {
        const form = sectionToForm(s, input[s.key], [], 'nl');
        const again = sectionFromForm(s, form, input[s.key], { lang: 'nl' });
        expect(again.value, `${file} ${s.key}`).to.deep.equal(input[s.key]);
        expect(again.unknowns).to.deep.equal([]);
        // Without the original to keep, the same answers in their canonical spelling: the form again.
        const fresh = sectionFromForm(s, form, undefined, { lang: 'nl' });
        expect(sectionToForm(s, fresh.value, [], 'nl'), `${file} ${s.key}`).to.deep.equal(form);
        expect(sameValue(s.field, fresh.value, input[s.key]), `${file} ${s.key}`).to.equal(true);
      }
    }
  });

  it('an answer spelled "ja" or true stays as it was when the form leaves it unchanged', () => {
    const s = section('service-audit', 'screening');
    const before = { triggers: { price: 'ja', right: true, digital: 'no' } };
    const form = sectionToForm(s, before, [], 'fr');
    expect(form['screening.triggers.price']).to.equal('yes');
    expect(form['screening.triggers.right']).to.equal('yes');
    expect(sectionFromForm(s, form, before, { lang: 'fr' }).value).to.deep.equal(before);
    const changed = sectionFromForm(s, { ...form, 'screening.triggers.price': 'no' }, before, { lang: 'fr' });
    expect(changed.value).to.deep.equal({ triggers: { price: 'no', right: true, digital: 'no' } });
  });
});
