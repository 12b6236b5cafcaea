// Measures several texts of a proposal (letter, leaflet, web page) and reports the hardest one.
import type { FactValue } from '../../types.js';
import { measureText, type Bands, type Readability, type TextLang } from './measure.js';

export interface TextInput {
  kind: string;
  language: TextLang;
  text: string;
}

/** The per-text result as a plain fact value. */
function entry(kind: string, r: Readability): { [key: string]: FactValue } {
  return { kind, ...r };
}

/**
 * The readability fact: null without measurable text, else the hardest text's figures (lowest
 * score: the text that shuts out most readers decides) with every text kept in `texts`.
 */
export function readabilityOf(texts: TextInput[], bands: Bands): { [key: string]: FactValue } | null {
  const measured = texts
    .map((t) => ({ kind: t.kind, r: measureText(t.text, t.language, bands) }))
    .filter((m): m is { kind: string; r: Readability } => m.r !== null);
  if (measured.length === 0) return null;
  const worst = measured.reduce((a, b) => (b.r.score < a.r.score ? b : a));
  return { ...entry(worst.kind, worst.r), texts: measured.map((m) => entry(m.kind, m.r)) };
}
