// Fitting text to a width in display columns (a Chinese character takes two): cut with … or wrapped,
// never inside a character. The measure is string-width's, the one cli-table3 draws with.
import stringWidth from 'string-width';

// string-width builds its regular expressions at every call: a table measures the same cells and
// characters many times, so each answer is kept.
const widths = new Map<string, number>();
export function textWidth(s: string): number {
  let w = widths.get(s);
  if (w === undefined) widths.set(s, (w = stringWidth(s)));
  return w;
}

/** The text's characters (code points), each with its width; a colour code is one, of no width. */
const chars = (s: string): Array<[string, number]> => (s.match(/\u001b\[[\d;]*m|[\s\S]/gu) ?? []).map((ch) => [ch, ch.length > 1 && ch[0] === '\u001b' ? 0 : textWidth(ch)]);

/** The text cut to at most `width` columns, ending in … when cut. */
export function cut(s: string, width: number): string {
  if (textWidth(s) <= width) return s;
  if (width <= 0) return '';
  let out = '';
  let used = 0;
  for (const [ch, w] of chars(s)) {
    if (used + w > width - 1) break;
    out += ch;
    used += w;
  }
  return `${out}…`;
}

/** The text in lines of at most `width` columns: at spaces, and inside a word (Chinese has no spaces)
 * only where a word is wider than the line. */
export function wrap(s: string, width: number): string[] {
  const w = Math.max(width, 2);
  const lines: string[] = [];
  for (const para of s.split('\n')) {
    let line = '';
    for (const word of para.split(' ')) {
      const joined = line ? `${line} ${word}` : word;
      if (textWidth(joined) <= w) {
        line = joined;
      } else if (textWidth(word) <= w) {
        lines.push(line);
        line = word;
      } else {
        // A word wider than the line (a Chinese sentence) goes on where the line stands.
        if (line) line += ' ';
        for (const [ch, cw] of chars(word)) {
          if (textWidth(line) + cw > w) {
            lines.push(line.trimEnd());
            line = '';
          }
          line += ch;
        }
      }
    }
    lines.push(line);
  }
  return lines;
}
