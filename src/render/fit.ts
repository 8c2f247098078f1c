// Fitting text to a width in display columns (a Chinese character takes two): cut with … or wrapped,
// never inside a character. The measure is string-width's.
import { LineBreaker } from 'css-line-break';
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

/** A colour code that ends a colour: it stays with the text before a break, an opening one goes with the text after. */
const CLOSING = /^\u001b\[(0|22|23|24|27|28|29|39|49)?m$/;
const isCode = (ch: string): boolean => ch.length > 1 && ch[0] === '\u001b';
/** Text a line may break inside of: ideographs, kana, hangul and their punctuation (CJK). */
const isEastAsian = (ch: string | undefined): boolean => ch !== undefined && ch.codePointAt(0)! >= 0x2e80;

/** A paragraph cut at its line-break opportunities (UAX #14 with the strict CJK rules of CSS: no
 * closing punctuation at a line's start, no opening one at its end), each piece with the spaces after
 * it. ASCII runs (numbers, dates, ids, options, paths) are kept whole: they break only at spaces. */
function pieces(para: string, spacesOnly: boolean): string[] {
  const tokens = [...chars(para)];
  const plain = tokens.filter((t) => !isCode(t));
  const ends = new Set<number>();
  const breaker = LineBreaker(plain.join(''), { lineBreak: 'strict', wordBreak: 'normal' });
  let at = 0;
  for (let b = breaker.next(); !b.done; b = breaker.next()) {
    at += [...b.value.slice()].length;
    const before = plain[at - 1];
    // a separator dot stays at the end of the line it follows; a number with the word it counts (19号)
    if (plain[at] === '·' || /\d/.test(before ?? '')) continue;
    if (/\s/.test(before ?? '') || (!spacesOnly && (isEastAsian(before) || isEastAsian(plain[at])))) ends.add(at);
  }
  const out: string[] = [];
  let piece = '';
  let seen = 0;
  for (const t of tokens) {
    if (isCode(t)) {
      // a closing code right at a break stays on the line it closes
      if (CLOSING.test(t) && piece === '' && out.length) out[out.length - 1] += t;
      else piece += t;
      continue;
    }
    piece += t;
    if (ends.has(++seen)) {
      out.push(piece);
      piece = '';
    }
  }
  if (piece) out.push(piece);
  return out;
}

/** The text in lines of at most `width` columns, broken where the line-breaking rules allow (at spaces;
 * in Chinese between characters, not before a closing mark or after an opening one), and inside a
 * piece only where it is wider than the line. Each piece and character is measured once. */
export function wrap(s: string, width: number, spacesOnly = false): string[] {
  const w = Math.max(width, 2);
  const lines: string[] = [];
  for (const para of s.split('\n')) {
    // The line and its width so far, with the spaces at its end.
    let line = '';
    let used = 0;
    for (const piece of pieces(para, spacesOnly)) {
      const bare = piece.trimEnd();
      const pw = textWidth(bare);
      const spaces = piece.length - bare.length;
      if (used + pw <= w) {
        line += piece;
        used += pw + spaces;
      } else if (pw <= w) {
        lines.push(line.trimEnd());
        line = piece;
        used = pw + spaces;
      } else {
        // A piece wider than the line goes on where the line stands, cut between characters.
        for (const ch of chars(piece)) {
          const cw = charWidth(ch);
          if (used + cw > w && line.trim()) {
            lines.push(line.trimEnd());
            line = '';
            used = 0;
          }
          line += ch;
          used += cw;
        }
      }
    }
    lines.push(line.trimEnd());
  }
  return lines;
}

/** A shell command in lines: broken only at its spaces, where a \\ may continue it. */
export const wrapAtSpaces = (s: string, width: number): string[] => wrap(s, width, true);
