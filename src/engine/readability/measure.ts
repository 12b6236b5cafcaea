// Readability measures: Flesch-Douma (Dutch), Kandel & Moles (French), Flesch Reading Ease (English).
import { countSyllables, type TextLang } from './syllables.js';
import { sentences } from './tokenize.js';

export type { TextLang };
export type Measure = 'flesch-douma' | 'kandel-moles' | 'flesch';
/** Clear-language band of a score; indicative, derived from the measure's interpretation table. */
export type Level = 'A2' | 'B1' | 'B2' | 'C1';

/**
 * One formula per language: score = base − a × words per sentence − b × syllables per word.
 * - Dutch: Flesch-Douma, W.H. Douma (1960), De leesbaarheid van landbouwbladen, Landbouwhogeschool
 *   Wageningen: 206.835 − 0.93 × wps − 77 × spw. Chosen over Brouwer's Leesindex because it keeps
 *   Flesch's 0–100 scale and interpretation table, so one set of bands serves all languages.
 * - French: L. Kandel & A. Moles (1958), "Application de l'indice de Flesch à la langue française",
 *   Cahiers Études de Radio-Télévision 19: 207 − 1.015 × wps − 73.6 × spw.
 * - English: R. Flesch (1948), "A new readability yardstick", Journal of Applied Psychology 32:
 *   206.835 − 1.015 × wps − 84.6 × spw.
 */
const FORMULAS: Record<TextLang, { measure: Measure; base: number; perSentence: number; perSyllable: number }> = {
  nl: { measure: 'flesch-douma', base: 206.835, perSentence: 0.93, perSyllable: 77 },
  fr: { measure: 'kandel-moles', base: 207, perSentence: 1.015, perSyllable: 73.6 },
  en: { measure: 'flesch', base: 206.835, perSentence: 1.015, perSyllable: 84.6 },
};

/** Clear-language guidance caps sentences at about twenty words; longer ones are reported. */
const LONG_SENTENCE_WORDS = 20;

/** Björnsson's LIX definition of a long word: more than six letters. */
const LONG_WORD_LETTERS = 6;

/** Score bands (at or above): a2Min → A2, b1Min → B1, partialMin → B2, below → C1. */
export interface Bands {
  a2Min: number;
  b1Min: number;
  partialMin: number;
}

export interface Readability {
  measure: Measure;
  language: TextLang;
  score: number;
  level: Level;
  words: number;
  sentences: number;
  syllables: number;
  /** Average sentence length in words. */
  wordsPerSentence: number;
  syllablesPerWord: number;
  /** Share of words longer than six letters (LIX). */
  longWordShare: number;
  /** Share of sentences longer than twenty words. */
  longSentenceShare: number;
}

const round = (n: number, d: number): number => Math.round(n * 10 ** d) / 10 ** d;

export function levelOf(score: number, bands: Bands): Level {
  if (score >= bands.a2Min) return 'A2';
  if (score >= bands.b1Min) return 'B1';
  if (score >= bands.partialMin) return 'B2';
  return 'C1';
}

/** A sentence in capitals only (a shouted heading) is read as words, not as acronyms. */
function caseFor(sentence: string[]): string[] {
  const letters = sentence.join('');
  return letters === letters.toUpperCase() && sentence.length > 1 ? sentence.map((w) => w.toLowerCase()) : sentence;
}

/** Measures one text; null when it holds no words. The score is not clipped to 0–100. */
export function measureText(text: string, language: TextLang, bands: Bands): Readability | null {
  const split = sentences(text).map(caseFor);
  const all = split.flat();
  if (all.length === 0) return null;
  const syllables = all.reduce((sum, w) => sum + countSyllables(w, language), 0);
  const wps = all.length / split.length;
  const spw = syllables / all.length;
  const f = FORMULAS[language];
  const score = round(f.base - f.perSentence * wps - f.perSyllable * spw, 1);
  const long = all.filter((w) => [...w.replace(/[^\p{L}]/gu, '')].length > LONG_WORD_LETTERS).length;
  return {
    measure: f.measure,
    language,
    score,
    level: levelOf(score, bands),
    words: all.length,
    sentences: split.length,
    syllables,
    wordsPerSentence: round(wps, 2),
    syllablesPerWord: round(spw, 3),
    longWordShare: round(long / all.length, 4),
    longSentenceShare: round(split.filter((s) => s.length > LONG_SENTENCE_WORDS).length / split.length, 4),
  };
}
