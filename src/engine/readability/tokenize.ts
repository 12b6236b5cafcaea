// Sentence splitting and word tokenising for readability: abbreviations, numbers, bullet lists, links.

/**
 * Abbreviations whose dot does not end a sentence (lower case, without the final dot). Dutch,
 * French and English forms met in municipal letters: bv., o.a., nr., art., enz., p.ex., e.g., ...
 */
const ABBREVIATIONS = new Set([
  // Dutch
  'bv',
  'bijv',
  'vb',
  'o.a',
  'nr',
  'art',
  'enz',
  'dhr',
  'mevr',
  'mr',
  'dr',
  'blz',
  'p',
  'zgn',
  'resp',
  'ca',
  'm.a.w',
  'd.w.z',
  't.a.v',
  't.e.m',
  't/m',
  'z.o.z',
  'incl',
  'excl',
  'max',
  'min',
  'tel',
  'gsm',
  'e.a',
  'evt',
  'ong',
  'vnl',
  'wo',
  'jl',
  'st',
  'afd',
  'adm',
  // French
  'p.ex',
  'ex',
  'etc',
  'mme',
  'mlle',
  'av',
  'bd',
  'cf',
  'env',
  'n°',
  'no',
  'tél',
  'pp',
  'chap',
  'càd',
  'c.-à-d',
  // English
  'e.g',
  'i.e',
  'etc',
  'vs',
  'mrs',
  'ms',
  'jr',
  'sr',
  'approx',
  'dept',
  'fig',
  'no',
  'ibid',
]);

/** Abbreviations that stand before a number (nr. 5, art. 12, p. 3): without a number after them the dot may end a sentence. */
const BEFORE_NUMBER = new Set(['nr', 'no', 'n°', 'art', 'blz', 'p', 'pp', 'tel', 'tél', 'fig', 'chap', 'min', 'max']);

/** Abbreviations that often close a list at the end of a sentence: a capital after them starts a new one. */
const MAY_END = new Set(['enz', 'etc', 'e.a']);

/** A bullet or numbered list marker at the start of a line: -, •, *, 1., 2), a). */
const BULLET = /^\s*(?:[-–—•*·▪►◦]|\(?\d{1,2}[.)]|\(?[a-z][.)])\s+/;

/** Blocks: paragraphs and list items. Every list item and every paragraph ends a sentence. */
function blocks(text: string): string[] {
  const out: string[] = [];
  let current: string[] = [];
  const flush = (): void => {
    if (current.length > 0) out.push(current.join(' '));
    current = [];
  };
  for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
    if (line.trim() === '') {
      flush();
      continue;
    }
    if (BULLET.test(line)) {
      flush();
      current.push(line.replace(BULLET, ''));
      continue;
    }
    current.push(line.trim());
  }
  flush();
  return out;
}

/** The word just before position `end` (after the last space), lower case, without opening brackets. */
function wordBefore(s: string, end: number): string {
  const start = s.lastIndexOf(' ', end - 1) + 1;
  return s
    .slice(start, end)
    .replace(/^[("'“‘[]+/, '')
    .toLowerCase();
}

/** Splits one block into sentences at . ! ? … unless the dot belongs to an abbreviation or initial. */
function splitBlock(block: string): string[] {
  const out: string[] = [];
  let start = 0;
  const re = /[.!?…]+["'”’)\]]*(?=\s|$)/g;
  for (let m = re.exec(block); m !== null; m = re.exec(block)) {
    const end = m.index + m[0].length;
    const next = block.slice(end).trimStart().charAt(0);
    if (m[0].startsWith('.') && m[0].replace(/["'”’)\]]+$/, '') === '.') {
      const word = wordBefore(block, m.index);
      const initial = /^\p{Lu}$/u.test(block.slice(m.index - 1, m.index)) && word.length === 1;
      const numberAbbr = BEFORE_NUMBER.has(word);
      if ((ABBREVIATIONS.has(word) && !numberAbbr) || initial) {
        if (!(MAY_END.has(word) && /\p{Lu}/u.test(next))) continue;
      } else if (numberAbbr && /\d/.test(next)) {
        continue;
      } else if (next !== '' && !/[\p{Lu}\d"'“‘(]/u.test(next)) {
        continue; // a sentence starts with a capital, a digit or a quote; "bv. de" etc. go on
      }
    }
    out.push(block.slice(start, end));
    start = end;
  }
  out.push(block.slice(start));
  return out.map((s) => s.trim()).filter((s) => s !== '');
}

/** A link or e-mail address is skipped: it is not read as prose. */
function isLink(token: string): boolean {
  return /^(?:https?:|www\.)/i.test(token) || /\S@\S/.test(token);
}

/** The word tokens of a sentence: split on spaces and slashes, outer punctuation removed. */
export function words(sentence: string): string[] {
  return sentence
    .split(/\s+/)
    .filter((t) => !isLink(t))
    .flatMap((t) => (/\d/.test(t) ? [t] : t.split('/')))
    .map((t) => t.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((t) => /[\p{L}\p{N}]/u.test(t));
}

/** The sentences of a text, each as its list of words; sentences without words are dropped. */
export function sentences(text: string): string[][] {
  return blocks(text)
    .flatMap(splitBlock)
    .map(words)
    .filter((w) => w.length > 0);
}
