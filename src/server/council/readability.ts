// The feedback's readability, measured with the engine's own measure (src/engine/readability) and the
// bands of the rules in force (information.readability.*), so that the page and check I1 agree.
import { measureText, type Bands, type Readability } from '../../engine/readability/measure.js';
import { resolveParam } from '../../ruleset/params.js';
import type { Lang, Ruleset } from '../../types.js';

/** The score bands of the ruleset on `date` (YYYY-MM-DD). */
export function readabilityBands(ruleset: Ruleset, date: string): Bands {
  const value = (id: string): number => resolveParam(ruleset.parameters, id, date).value;
  return {
    a2Min: value('information.readability.a2Min'),
    b1Min: value('information.readability.b1Min'),
    partialMin: value('information.readability.partialMin'),
  };
}

/** The measured readability of a text in `lang`; null when it holds no words. */
export function textReadability(text: string, lang: Lang, bands: Bands): Readability | null {
  return measureText(text, lang, bands);
}
