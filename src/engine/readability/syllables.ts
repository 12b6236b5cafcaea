// Syllable counters for Dutch, French and English, tuned for the readability formulas (spoken syllables).
export type TextLang = 'nl' | 'fr' | 'en';

const VOWELS = new Set([...'aeiouyàáâäèéêëìíîïòóôöùúûüœæ']);
/** A vowel with a diaeresis always opens a new syllable (financiële, beïnvloeden, naïf, Noël). */
const DIAERESIS = new Set([...'äëïöü']);

/**
 * Dutch vowel units, longest first: each is one syllable nucleus. Covers the diphthongs and long
 * vowels (ij, ei, ui, oe, ou, au, eu, ie, aa, ee, oo, uu), their -i/-u extensions (aai, ooi, oei,
 * eeu, ieu) and the French loan "eau" (bureau). Any other vowel sequence is a hiatus (so-ci-aal).
 */
const NL_UNITS = ['aai', 'ooi', 'oei', 'eeu', 'ieu', 'eau', 'aa', 'ee', 'oo', 'uu', 'ie', 'ei', 'ij', 'ui', 'oe', 'ou', 'au', 'eu', 'éé'];

/** Common English loans in Dutch and French public texts whose spelling misleads the rules. */
const LOANS: Record<string, number> = {
  online: 2,
  website: 2,
  websites: 2,
  smartphone: 2,
  smartphones: 2,
  update: 2,
  software: 2,
  team: 1,
  teams: 1,
  coach: 1,
  coaching: 2,
  mail: 1,
  mails: 1,
  app: 1,
  apps: 1,
  cookies: 2,
};

function isVowel(c: string | undefined): boolean {
  return c !== undefined && VOWELS.has(c);
}

/** Counts Dutch nuclei: a greedy walk over vowel units; a consonantal y (yoghurt) is skipped. */
function dutch(w: string): number {
  let count = 0;
  let i = 0;
  while (i < w.length) {
    const c = w[i] as string;
    if (c === 'y' && isVowel(w[i + 1])) {
      i += 1; // y before a vowel is a consonant (yoga, royaal)
      continue;
    }
    if (DIAERESIS.has(c)) {
      count += 1;
      i += 1;
      continue;
    }
    if (isVowel(c)) {
      const unit = NL_UNITS.find((u) => w.startsWith(u, i));
      count += 1;
      i += unit ? unit.length : 1;
      continue;
    }
    i += 1;
  }
  return count;
}

/** Counts maximal vowel runs, splitting at diaeresis vowels and at a y between vowels. */
function vowelRuns(w: string, splitAfterAccent: boolean): number {
  let count = 0;
  let inRun = false;
  for (let i = 0; i < w.length; i++) {
    const c = w[i] as string;
    const prev = w[i - 1];
    if (!isVowel(c)) {
      inRun = false;
      continue;
    }
    if (c === 'y' && isVowel(prev) && isVowel(w[i + 1])) {
      count += 1; // a y between vowels opens the next syllable: pa-yer, mo-yen, be-yond
      inRun = true;
      continue;
    }
    // French hiatus: an accented é before another vowel is its own syllable (cré-er, ré-ussir).
    if (!inRun || DIAERESIS.has(c) || (splitAfterAccent && prev === 'é')) count += 1;
    inRun = true;
  }
  return count;
}

/** French: silent qu/gu, silent final -e/-es, then vowel runs (oi, ou, ai, eau, ion count once). */
function french(word: string): number {
  let w = word.replace(/qu/g, 'q').replace(/gu(?=[eéèêiîy])/g, 'g');
  const stripped = w.replace(/es?$/, ''); // tables, année, rue: the final e is mute
  if (vowelRuns(stripped, true) > 0) w = stripped;
  return vowelRuns(w, true);
}

/** English: the usual silent-e and -ed/-es rules, then vowel runs with a few hiatus corrections. */
function english(word: string): number {
  if (word.length <= 3) return 1;
  let w = word;
  if (/[^aeiouy]le$/.test(w)) return vowelRuns(w.slice(0, -2), false) + 1; // ta-ble, peo-ple
  w = w.replace(/(?<=[^aeiouy])e$/, ''); // make, here
  w = w.replace(/(?<=[^aeiouyszxcg])es$/, ''); // makes (but boxes, uses, changes keep it)
  w = w.replace(/(?<=[^aeiouytd])ed$/, ''); // asked (but needed, wanted keep it)
  w = w.replace(/^y/, '');
  let n = vowelRuns(w, false);
  n += (w.match(/[^ctsx]i[aou]/g) ?? []).length; // ra-di-o, pe-ri-od, vi-a (not so-cial, na-tion)
  if (/[aeiou]ing$/.test(w)) n += 1; // be-ing, go-ing
  return Math.max(1, n);
}

/** Spoken syllables of a number: one per digit up to four, a rough but stable estimate. */
function numberSyllables(token: string): number {
  const digits = token.replace(/\D/g, '').length;
  return Math.min(4, Math.max(1, digits));
}

/** True for an acronym read letter by letter (OCMW, CAW, CPAS): all capitals, two to five letters. */
export function isAcronym(token: string): boolean {
  return /^\p{Lu}{2,5}$/u.test(token);
}

/** Syllables of one word token (as it appears in the text, case kept for acronyms). */
export function countSyllables(token: string, lang: TextLang): number {
  if (/\d/.test(token)) return numberSyllables(token);
  if (isAcronym(token)) return token.length;
  const parts = token
    .toLowerCase()
    .replace(/['’]s$/, '')
    .split(/[-'’]/)
    .filter((p) => /\p{L}/u.test(p));
  let total = 0;
  for (const p of parts) {
    // An elided part (l', d', 't) adds nothing; the word as a whole still has one syllable.
    total += LOANS[p] ?? (lang === 'nl' ? dutch(p) : lang === 'fr' ? french(p) : english(p));
  }
  return Math.max(1, total);
}
