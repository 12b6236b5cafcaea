// What the templates need to show a step's fields (partials/field-*.hbs): per field its control, label,
// help, unit and bounds, its value as the form holds it, its "weet ik niet", and its problems. Built from
// the form model, so a field added to a schema is shown without a template change. Pure.
import { formatScore } from '../../i18n.js';
import type { FieldIssue } from '../../errors.js';
import type { Lang, SubjectKind } from '../../types.js';
import { choiceLabel, fieldText } from '../forms/catalogue.js';
import { childName, isPercent, offersUnknownMark, ROWS_SUFFIX, UNKNOWN_SUFFIX, type FormValues } from '../forms/form-data.js';
import type { FormField, FormSection, Unit } from '../forms/schema-form.js';
import { pageLabel, type PageLabelKey } from './render.js';
import { issueName } from './wizard-steps.js';

export interface OptionView {
  id: string;
  value: string;
  label: string;
  checked: boolean;
  /** The "weet ik niet" option (set apart from the others). */
  isUnknown?: boolean;
}

export interface FieldView {
  /** The partial that shows it (field-radios, field-number …). */
  partial: string;
  name: string;
  id: string;
  /** The element a link to the field focuses (the first radio of a group). */
  focusId: string;
  label: string;
  help?: string;
  helpId?: string;
  bounds?: string;
  boundsId?: string;
  required: boolean;
  errors: string[];
  error?: string;
  errorId?: string;
  describedBy?: string;
  invalid: boolean;
  value?: string;
  options?: OptionView[];
  inputMode?: string;
  maxLength?: number;
  prefix?: string;
  suffix?: string;
  spokenUnit?: string;
  /** A share shown as a percentage. */
  percent?: boolean;
  unknown?: { id: string; name: string; checked: boolean; label: string };
  children?: FieldView[];
  rows?: { id: string; legend: string; removeValue: string; removeLabel: string; children: FieldView[] }[];
  countName?: string;
  count?: number;
  addValue?: string;
  addLabel?: string;
  noRows?: string;
  /** Row number, for a field in a row (shown in the list of problems). */
  rowNumber?: number;
}

export interface BuildContext {
  lang: Lang;
  kind: SubjectKind;
  section: string;
  form: FormValues;
  /** A list of rows shown with one empty row more ("rij toevoegen"). */
  addRow?: string;
}

/** Radio buttons up to this many choices; more become a select. */
const MAX_RADIOS = 6;

const UNIT_LABELS: Record<Unit, { shown?: PageLabelKey; spoken?: PageLabelKey; suffix: boolean }> = {
  euro: { shown: 'wizardUnitEuro', spoken: 'wizardUnitEuroSpoken', suffix: false },
  share: { shown: 'wizardUnitShare', spoken: 'wizardUnitShareSpoken', suffix: true },
  days: { shown: 'wizardUnitDays', spoken: 'wizardUnitDaysSpoken', suffix: true },
  minutes: { shown: 'wizardUnitMinutes', spoken: 'wizardUnitMinutesSpoken', suffix: true },
  count: { suffix: true },
};

const first = (v: string | string[] | undefined): string | undefined => (Array.isArray(v) ? v[0] : v);
const all = (v: string | string[] | undefined): string[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
/** A value's id part: choice values are short codes, but "+", "-" and "0" are choices too. */
const idPart = (v: string): string => ({ '+': 'plus', '-': 'min', '0': 'nul' })[v] ?? v.replace(/[^A-Za-z0-9_-]/g, '_');

function answerLabel(lang: Lang, path: string, value: string, fallback: PageLabelKey): string {
  const own = choiceLabel(lang, path, value);
  return own === value ? pageLabel(lang, fallback) : own;
}

function options(f: FormField, name: string, c: BuildContext, values: readonly string[]): OptionView[] {
  const picked = all(c.form[name]);
  const fallback: Record<string, PageLabelKey> =
    f.kind === 'answer' ? { yes: 'wizardYes', no: 'wizardNo', unknown: 'wizardUnknown' } : { unknown: 'wizardUnknown' };
  return values.map((value) => ({
    id: `${name}--${idPart(value)}`,
    value,
    label: fallback[value] ? answerLabel(c.lang, f.path, value, fallback[value]) : choiceLabel(c.lang, f.path, value),
    checked: picked.includes(value),
    ...(value === f.unknownValue ? { isUnknown: true } : {}),
  }));
}

/** The choices in the order shown: "weet ik niet" last. */
function ordered(f: FormField): string[] {
  const choices = f.choices ?? [];
  return f.unknownValue ? [...choices.filter((v) => v !== f.unknownValue), f.unknownValue] : choices;
}

function numberBounds(f: FormField, lang: Lang): string | undefined {
  if (f.min === undefined || f.max === undefined) return undefined;
  const scale = isPercent(f) ? 100 : 1;
  // Caps far above any real value (a million euro, ten years of days) say nothing worth reading.
  if (f.min >= 0 && (f.max - f.min) * scale > 1000) return undefined;
  return pageLabel(lang, 'wizardBounds', { min: formatScore(f.min * scale, lang), max: formatScore(f.max * scale, lang) });
}

function leaf(f: FormField, name: string, c: BuildContext, base: FieldView): FieldView {
  const value = first(c.form[name]) ?? '';
  switch (f.kind) {
    case 'answer':
      return { ...base, partial: 'field-radios', options: options(f, name, c, ordered(f)) };
    case 'choice': {
      const radios = f.choices !== undefined && f.choices.length <= MAX_RADIOS && (f.required || f.unknownValue !== undefined || base.unknown !== undefined);
      const shown = options(f, name, c, ordered(f));
      if (radios) return { ...base, partial: 'field-radios', options: shown };
      return {
        ...base,
        partial: 'field-select',
        focusId: name,
        options: [{ id: '', value: '', label: pageLabel(c.lang, 'wizardChoose'), checked: value === '' }, ...shown],
      };
    }
    case 'choices':
      return { ...base, partial: 'field-checkboxes', options: options(f, name, c, f.choices ?? []) };
    case 'number':
    case 'integer': {
      const unit = f.unit ? UNIT_LABELS[f.unit] : undefined;
      const shown = unit?.shown ? pageLabel(c.lang, unit.shown) : undefined;
      const bounds = numberBounds(f, c.lang);
      return {
        ...base,
        partial: 'field-number',
        focusId: name,
        value,
        percent: isPercent(f),
        // A minus sign is not on every phone's number keyboard: fields that take one get the full keyboard.
        inputMode: f.min !== undefined && f.min < 0 ? 'text' : f.kind === 'integer' && !isPercent(f) ? 'numeric' : 'decimal',
        ...(shown ? (unit?.suffix ? { suffix: shown } : { prefix: shown }) : {}),
        ...(unit?.spoken ? { spokenUnit: pageLabel(c.lang, unit.spoken) } : {}),
        ...(bounds ? { bounds, boundsId: `${name}-bounds` } : {}),
      };
    }
    case 'date':
      return { ...base, partial: 'field-date', focusId: name, value };
    case 'texts':
      return {
        ...base,
        partial: 'field-textarea',
        focusId: name,
        value,
        bounds: pageLabel(c.lang, 'wizardTextsHint'),
        boundsId: `${name}-bounds`,
      };
    case 'longtext':
      return { ...base, partial: 'field-textarea', focusId: name, value, ...(f.maxLength ? { maxLength: f.maxLength } : {}) };
    default:
      return { ...base, partial: 'field-text', focusId: name, value, ...(f.maxLength ? { maxLength: f.maxLength } : {}) };
  }
}

function build(f: FormField, name: string, c: BuildContext, index: Map<string, FieldView>, rowNumber?: number): FieldView {
  // Claimed before the children, so that the index holds the fields in the order they are shown.
  index.set(name, PENDING);
  const text = fieldText(c.lang, c.kind, f);
  const base: FieldView = {
    partial: 'field-text',
    name,
    id: name,
    focusId: `${name}--${idPart(ordered(f)[0] ?? '')}`,
    label: text.title,
    ...(text.help ? { help: text.help, helpId: `${name}-help` } : {}),
    required: f.required,
    errors: [],
    invalid: false,
    ...(rowNumber !== undefined ? { rowNumber } : {}),
  };
  if (offersUnknownMark(f, c.section)) {
    const id = name + UNKNOWN_SUFFIX;
    base.unknown = { id, name: id, checked: c.form[id] !== undefined, label: pageLabel(c.lang, 'wizardUnknown') };
  }
  let view: FieldView;
  if (f.kind === 'group') {
    view = {
      ...base,
      partial: 'field-group',
      focusId: name,
      children: (f.children ?? []).map((ch) => build(ch, childName(name, ch.key), c, index, rowNumber)),
    };
  } else if (f.kind === 'rows') {
    const saved = Number.parseInt(first(c.form[name + ROWS_SUFFIX]) ?? '0', 10) || 0;
    const count = saved + (c.addRow === name && saved < (f.maxItems ?? Infinity) ? 1 : 0);
    const rows = Array.from({ length: count }, (_, i) => {
      const rowName = childName(name, i);
      return {
        id: rowName,
        legend: `${text.title}: ${pageLabel(c.lang, 'wizardRow', { n: i + 1 })}`,
        removeValue: `remove:${rowName}`,
        removeLabel: pageLabel(c.lang, 'wizardRowRemove', { n: i + 1 }),
        children: (f.children ?? []).map((ch) => build(ch, childName(rowName, ch.key), c, index, i + 1)),
      };
    });
    view = {
      ...base,
      partial: 'field-rows',
      focusId: name,
      rows,
      countName: name + ROWS_SUFFIX,
      count,
      ...(count < (f.maxItems ?? Infinity) ? { addValue: `add:${name}`, addLabel: pageLabel(c.lang, 'wizardRowsAdd', { title: text.title }) } : {}),
      noRows: pageLabel(c.lang, 'wizardRowsNone'),
    };
  } else {
    view = leaf(f, name, c, base);
  }
  index.set(name, view);
  return view;
}

/** A field being built (its place in the index is taken before its children's). */
const PENDING: FieldView = { partial: '', name: '', id: '', focusId: '', label: '', required: false, errors: [], invalid: false };

/** The closest field shown for an issue's name: itself, or the group or list of rows it is in. */
function closest(index: ReadonlyMap<string, FieldView>, name: string): FieldView | undefined {
  const parts = name.split('.');
  for (let n = parts.length; n > 0; n--) {
    const v = index.get(parts.slice(0, n).join('.'));
    if (v) return v;
  }
  return undefined;
}

function finish(v: FieldView): void {
  if (v.errors.length > 0) {
    v.invalid = true;
    v.error = v.errors.join(' ');
    v.errorId = `${v.name}-error`;
  }
  const ids = [v.helpId, v.boundsId, v.errorId].filter((x): x is string => x !== undefined);
  if (ids.length > 0) v.describedBy = ids.join(' ');
  for (const ch of v.children ?? []) finish(ch);
  for (const r of v.rows ?? []) for (const ch of r.children) finish(ch);
}

export interface StepFields {
  fields: FieldView[];
  /** The problems of this step, in the order of the fields, for the list at the top. */
  summary: { href: string; label: string; message: string }[];
}

/**
 * The fields of one section with their values and problems. An issue lands on its own field, or on the
 * closest group or list of rows shown; a share out of range is said as a percentage (the form shows one).
 */
export function stepFields(section: FormSection, c: BuildContext, issues: readonly FieldIssue[]): StepFields {
  const index = new Map<string, FieldView>();
  const fields = (section.field.children ?? []).map((f) => build(f, childName(section.key, f.key), c, index));
  const placed: FieldView[] = [];
  for (const issue of issues) {
    const name = issueName(issue.path);
    const view = closest(index, name);
    if (!view) continue;
    const typed = first(c.form[view.name]) ?? '';
    // A number out of a share's range: the form shows a percentage, so the message speaks of one.
    const isShare = view.percent === true && /^-?[\d.,]+$/.test(typed.trim());
    view.errors.push(isShare ? pageLabel(c.lang, 'wizardSharePercent') : issue.message);
    if (!placed.includes(view)) placed.push(view);
  }
  for (const f of fields) finish(f);
  const order = [...index.keys()];
  placed.sort((a, b) => order.indexOf(a.name) - order.indexOf(b.name));
  const summary = placed.map((v) => ({
    href: v.focusId,
    label: v.rowNumber !== undefined ? `${v.label} (${pageLabel(c.lang, 'wizardRow', { n: v.rowNumber })})` : v.label,
    message: v.error ?? '',
  }));
  return { fields, summary };
}
