// Numbers as people type them in a form field and as the form shows them again: Belgian decimal commas
// ("12,50") and thousands points ("1.500") in Dutch and French, the English way in English; a share of
// 0–1 shown and typed as a percentage. Decimal points are moved as text, so nothing is lost to binary
// rounding: what the form shows parses back to the very same number.
import type { Lang } from '../../types.js';

/** A plain decimal string: optional minus, digits, optional fraction ("-12.5", "0.125"). */
const DECIMAL = /^-?(\d+(\.\d*)?|\.\d+)$/;

/** Moves the decimal point of a plain decimal string `places` to the right (negative: to the left). */
export function shiftDecimal(dec: string, places: number): string {
  const negative = dec.startsWith('-');
  const body = negative || dec.startsWith('+') ? dec.slice(1) : dec;
  const [int = '', frac = ''] = body.split('.');
  let digits = int + frac;
  let point = int.length + places;
  if (point < 0) {
    digits = '0'.repeat(-point) + digits;
    point = 0;
  }
  if (point > digits.length) digits += '0'.repeat(point - digits.length);
  const whole = digits.slice(0, point).replace(/^0+(?=\d)/, '') || '0';
  const fraction = digits.slice(point).replace(/0+$/, '');
  const out = fraction ? `${whole}.${fraction}` : whole;
  return negative && /[1-9]/.test(out) ? `-${out}` : out;
}

/** A number as a plain decimal string, never in exponent notation (1e-7 → "0.0000001"). */
export function plainDecimal(n: number): string {
  const s = String(n);
  const e = /^(-?[\d.]+)e([+-]\d+)$/.exec(s);
  return e ? shiftDecimal(e[1] as string, Number(e[2])) : s;
}

/**
 * What was typed as a plain decimal string, or undefined when it is not a number. Spaces and a euro or
 * percent sign are ignored. With both a point and a comma, the last one is the decimal mark; with one of
 * them, it is the decimal mark unless it groups thousands the way of the language ("1.500" in Dutch and
 * French, "1,500" in English).
 */
export function normaliseNumber(typed: string, lang: Lang): string | undefined {
  const s = typed.replace(/[\s\u00a0\u202f€%]/g, '').replace(/^\+/, '');
  const comma = s.includes(',');
  const point = s.includes('.');
  let dec = s;
  if (comma && point) {
    const decimalMark = s.lastIndexOf(',') > s.lastIndexOf('.') ? ',' : '.';
    const grouping = decimalMark === ',' ? '.' : ',';
    dec = s.split(grouping).join('').replace(decimalMark, '.');
  } else if (comma) {
    dec = lang === 'en' && /^-?[1-9]\d{0,2}(,\d{3})+$/.test(s) ? s.replace(/,/g, '') : s.replace(',', '.');
  } else if (point && lang !== 'en' && /^-?[1-9]\d{0,2}(\.\d{3})+$/.test(s)) {
    dec = s.replace(/\./g, '');
  }
  return DECIMAL.test(dec) ? dec : undefined;
}

/** The number typed, as stored: a share typed as a percentage becomes its fraction ("12,5" → 0.125). */
export function parseTypedNumber(typed: string, lang: Lang, percent: boolean): number | undefined {
  const dec = normaliseNumber(typed, lang);
  if (dec === undefined) return undefined;
  const n = Number(percent ? shiftDecimal(dec, -2) : dec);
  return Number.isFinite(n) ? n : undefined;
}

/** A stored number as the form shows it: a decimal comma in Dutch and French, a share as a percentage. */
export function formatTypedNumber(n: number, lang: Lang, percent: boolean): string {
  const dec = percent ? shiftDecimal(plainDecimal(n), 2) : plainDecimal(n);
  return lang === 'en' ? dec : dec.replace('.', ',');
}
