// A cheap look at how deep YAML nests, before the parser (which recurses) is given the text.
//
// One pass over the characters, without building anything. It tracks the columns of the open block
// collections (a mapping where a `key:` starts, a sequence where a `- ` starts; a line closes the
// ones indented deeper than itself), the depth of flow collections (`[`, `{`), quoted scalars spanning
// lines, comments and block scalars (`|`, `>`), whose lines it skips. The count is close to the real
// depth for ordinary YAML and never far above it; the exact limit is checked again on the parsed value.

const SPACE = 0x20;
const TAB = 0x09;
const isBlank = (c: number): boolean => c === SPACE || c === TAB;

interface State {
  /** Open block collections, innermost last: column × 2, plus 1 for a sequence. */
  stack: number[];
  flow: number;
  /** 0, or the quote character of a quoted scalar still open at the end of the previous line. */
  quote: number;
  /** ≥ 0: inside a block scalar; lines indented deeper than this belong to it. */
  blockIndent: number;
}

const colOf = (entry: number): number => entry >> 1;

/**
 * A block collection at `col`, unless the innermost open one is that collection already. A sequence
 * at a mapping's column is the value of its last key (`key:` then `- a` below it); a key at the
 * column of such a sequence ends the sequence.
 */
function openAt(s: State, col: number, seq: boolean): void {
  const top = s.stack.at(-1);
  if (!seq && top === col * 2 + 1) s.stack.pop();
  if (s.stack.at(-1) !== col * 2 + (seq ? 1 : 0)) s.stack.push(col * 2 + (seq ? 1 : 0));
}

/**
 * The first line on which the nesting passes `maxNesting` levels (a top-level mapping is level 1),
 * or null. Linear in the length of the text.
 */
export function yamlTooDeepAt(text: string, maxNesting: number): number | null {
  const s: State = { stack: [], flow: 0, quote: 0, blockIndent: -1 };
  const deep = (): boolean => s.stack.length + s.flow > maxNesting;
  let lineNo = 0;
  for (let pos = 0; pos <= text.length;) {
    let end = text.indexOf('\n', pos);
    if (end < 0) end = text.length;
    const lineEnd = end > pos && text.charCodeAt(end - 1) === 0x0d ? end - 1 : end;
    const next = end + 1;
    lineNo += 1;
    let i = pos;
    while (i < lineEnd && text.charCodeAt(i) === SPACE) i++;
    const indent = i - pos;
    const blank = i === lineEnd;

    if (s.blockIndent >= 0) {
      if (blank || indent > s.blockIndent) {
        pos = next;
        continue;
      }
      s.blockIndent = -1;
    }
    // Whether the next token starts a node (after `key:`, `- `, at the start of a line).
    let atNode = false;
    let tokenCol = indent;
    if (s.quote === 0 && s.flow === 0) {
      const c = text.charCodeAt(i);
      if (blank || c === 0x23) {
        pos = next;
        continue;
      }
      if (indent === 0 && (text.startsWith('---', i) || text.startsWith('...', i)) && (i + 3 >= lineEnd || isBlank(text.charCodeAt(i + 3)))) {
        s.stack.length = 0;
        pos = next;
        continue;
      }
      while (s.stack.length > 0 && colOf(s.stack.at(-1) as number) > indent) s.stack.pop();
      // `- ` opens a sequence at its column, `? ` (an explicit key) a mapping; `: ` gives a value.
      for (;;) {
        const ch = text.charCodeAt(i);
        if ((ch !== 0x2d && ch !== 0x3f && ch !== 0x3a) || (i + 1 < lineEnd && !isBlank(text.charCodeAt(i + 1)))) break;
        if (ch !== 0x3a) openAt(s, i - pos, ch === 0x2d);
        if (deep()) return lineNo;
        i += 1;
        while (i < lineEnd && isBlank(text.charCodeAt(i))) i++;
        if (i >= lineEnd) break;
      }
      atNode = true;
      tokenCol = i - pos;
    }

    for (; i < lineEnd; i++) {
      const c = text.charCodeAt(i);
      if (s.quote !== 0) {
        if (s.quote === 0x22 && c === 0x5c) i++;
        else if (c === s.quote) {
          if (s.quote === 0x27 && text.charCodeAt(i + 1) === 0x27) i++;
          else s.quote = 0;
        }
        continue;
      }
      if (c === 0x23 && (i === pos || isBlank(text.charCodeAt(i - 1)))) break;
      if (s.flow > 0) {
        if (c === 0x5b || c === 0x7b) {
          s.flow += 1;
          if (deep()) return lineNo;
        } else if (c === 0x5d || c === 0x7d) {
          s.flow -= 1;
        } else if ((c === 0x22 || c === 0x27) && (i === pos || ' \t[{,:'.includes(text.charAt(i - 1)))) {
          s.quote = c;
        }
        continue;
      }
      if (atNode) {
        if (isBlank(c)) continue;
        tokenCol = i - pos;
        atNode = false;
        if (c === 0x5b || c === 0x7b) {
          s.flow = 1;
          if (deep()) return lineNo;
          continue;
        }
        if (c === 0x22 || c === 0x27) {
          s.quote = c;
          continue;
        }
        if (c === 0x7c || c === 0x3e) {
          s.blockIndent = s.stack.length > 0 ? colOf(s.stack.at(-1) as number) : -1;
          break;
        }
        if (c === 0x26 || c === 0x21) {
          // an anchor or a tag: the node itself follows
          while (i + 1 < lineEnd && !isBlank(text.charCodeAt(i + 1))) i++;
          atNode = true;
          continue;
        }
      }
      if (c === 0x3a && (i + 1 >= lineEnd || isBlank(text.charCodeAt(i + 1)))) {
        // `key:` — a mapping starts where its key started; its value comes next
        openAt(s, tokenCol, false);
        if (deep()) return lineNo;
        atNode = true;
      }
    }
    pos = next;
  }
  return null;
}
