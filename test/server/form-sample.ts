// A filled-in form for every field of a kind's model, built from the model itself (so a field added to a
// schema is in it at once): two rows per list of rows, choices and text lists, dates, numbers within
// their bounds, and "weet ik niet" on every third field that offers it.
import { formatTypedNumber } from '../../src/server/forms/form-numbers.js';
import { childName, isPercent, offersUnknownMark, ROWS_SUFFIX, UNKNOWN_SUFFIX, type FormValues } from '../../src/server/forms/form-data.js';
import type { FormField, FormSection } from '../../src/server/forms/schema-form.js';
import type { Lang } from '../../src/types.js';

function sampleNumber(f: FormField): number {
  const min = f.min ?? -Infinity;
  const max = f.max ?? Infinity;
  const candidates = f.kind === 'integer' ? [3, -3, min] : isPercent(f) ? [0.125] : [12.5, -12.5, 1.5, 0.25];
  const n = candidates.find((c) => c >= min && c <= max && (min >= 0 || c < 0));
  return n ?? candidates.find((c) => c >= min && c <= max) ?? min;
}

/** The form of one section with every field filled in (or marked "weet ik niet"). */
export function sampleSectionForm(section: FormSection, lang: Lang): FormValues {
  const out: FormValues = {};
  let markable = 0;
  const walk = (f: FormField, name: string): void => {
    if (f.kind === 'group') {
      for (const c of f.children ?? []) walk(c, childName(name, c.key));
      return;
    }
    if (f.kind === 'rows') {
      out[name + ROWS_SUFFIX] = '2';
      for (const i of [0, 1]) for (const c of f.children ?? []) walk(c, childName(childName(name, i), c.key));
      return;
    }
    if (offersUnknownMark(f, section.key) && markable++ % 3 === 2) {
      out[name + UNKNOWN_SUFFIX] = '1';
      return;
    }
    const choices = f.choices ?? [];
    switch (f.kind) {
      case 'answer':
        out[name] = ['yes', 'no', 'unknown'][name.length % 3] as string;
        break;
      case 'choice':
        out[name] = choices[name.length % choices.length] as string;
        break;
      case 'choices':
        out[name] = choices.slice(0, 2);
        break;
      case 'number':
      case 'integer':
        out[name] = formatTypedNumber(sampleNumber(f), lang, isPercent(f));
        break;
      case 'date':
        out[name] = '2026-03-31';
        break;
      case 'longtext':
        out[name] = 'Regel een\nRegel twee';
        break;
      case 'texts':
        out[name] = 'een\ntwee';
        break;
      default:
        out[name] = `Tekst ${name.length}`;
    }
  };
  walk(section.field, section.key);
  return out;
}
