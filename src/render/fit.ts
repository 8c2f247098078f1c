// Fitting text to a width in display columns (a Chinese character takes two): cut with … or wrapped,
// never inside a character. The measure is string-width's.
import stringWidth from 'string-width';

// string-width builds its regular expressions at every call: a table measures the same cells and
// characters many times, so each answer is kept; the plain texts most cells are (plainWidth) are
// counted without asking it, as it would (tests/width.test.ts holds the two to each other).
const widths = new Map<string, number>();
/** The width of a text of printable ASCII (one column each) and the plans' Chinese: ideographs, CJK and
 * full-width punctuation (two each; none of them emoji or combining), — and … (one); undefined for any
 * other text, which string-width measures. */
function plainWidth(s: string): number | undefined {
  let w = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x20 && c <= 0x7e) w += 1;
    else if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3001 && c <= 0x3029) || (c >= 0xff01 && c <= 0xff60)) w += 2;
    else if (c === 0x2014 || c === 0x2026) w += 1;
    else return undefined;
  }
  return w;
}
export function textWidth(s: string): number {
  const plain = plainWidth(s);
  if (plain !== undefined) return plain;
  let w = widths.get(s);
  if (w === undefined) widths.set(s, (w = stringWidth(s)));
  return w;
}

/** Each character of the Basic Multilingual Plane's width, once measured (-1: not yet). */
const bmpWidths = new Int8Array(0x10000).fill(-1);
/** One character's (code point's) width; a colour code is one, of no width. */
function charWidth(ch: string): number {
  if (ch.length !== 1) return ch[0] === '\u001b' ? 0 : textWidth(ch);
  const code = ch.charCodeAt(0);
  let w = bmpWidths[code]!;
  if (w < 0) bmpWidths[code] = w = stringWidth(ch);
  return w;
}

const CHAR = /\u001b\[[\d;]*m|[\s\S]/gu;
/** The text's characters (code points), colour codes each one. */
const chars = (s: string): Iterable<string> => (s.includes('\u001b') ? (s.match(CHAR) ?? []) : s);

/** The text cut to at most `width` columns, ending in … when cut; its width is known, and kept. */
export function cut(s: string, width: number): string {
  if (textWidth(s) <= width) return s;
  if (width <= 0) return '';
  let out = '';
  let used = 0;
  for (const ch of chars(s)) {
    const w = charWidth(ch);
    if (used + w > width - 1) break;
    out += ch;
    used += w;
  }
  const result = `${out}…`;
  widths.set(result, used + 1);
  return result;
}

/** The text in lines of at most `width` columns: at spaces, and inside a word (Chinese has no spaces)
 * only where a word is wider than the line. */
export function wrap(s: string, width: number): string[] {
  const w = Math.max(width, 2);
  const lines: string[] = [];
  for (const para of s.split('\n')) {
    // The line and its width so far: each word and character is measured once.
    let line = '';
    let used = 0;
    for (const word of para.split(' ')) {
      const ww = textWidth(word);
      const joined = line ? used + 1 + ww : ww;
      if (joined <= w) {
        line = line ? `${line} ${word}` : word;
        used = joined;
      } else if (ww <= w) {
        lines.push(line);
        line = word;
        used = ww;
      } else {
        // A word wider than the line (a Chinese sentence) goes on where the line stands.
        if (line) {
          line += ' ';
          used += 1;
        }
        for (const ch of chars(word)) {
          const cw = charWidth(ch);
          if (used + cw > w) {
            lines.push(line.trimEnd());
            line = '';
            used = 0;
          }
          line += ch;
          used += cw;
        }
      }
    }
    lines.push(line);
  }
  return lines;
}
