// The circular as plain text that survives a WeChat message and a paste into Word: no box drawing and no
// character of ambiguous width (they break in Word with 宋体 and in CJK terminals), each paragraph, list
// item and field on a line of its own, never broken inside (the receiving program wraps it), lists
// rather than grids.
import { oneLine } from '../../escape.js';
import type { Block } from './blocks.js';

/** Characters of ambiguous width that plan texts and words may hold, and what plain text writes instead. */
const PLAIN: Record<string, string> = {
  '“': '「', '”': '」', '‘': '『', '’': '』', '…': '...', '—': '-', '–': '-', '·': '・', '×': 'x', '°': '度', '±': '+/-', '≤': '<=', '≥': '>=', '→': '->', '※': '*',
  'Ⅰ': 'I', 'Ⅱ': 'II', 'Ⅲ': 'III', 'Ⅳ': 'IV', 'Ⅴ': 'V', 'Ⅵ': 'VI', '①': '(1)', '②': '(2)', '③': '(3)', '④': '(4)', '⑤': '(5)', 'μ': 'u', '²': '2', '³': '3', '₂': '2', '₃': '3', '₅': '5',
};
const AMBIGUOUS = new RegExp(`[${Object.keys(PLAIN).join('')}]`, 'g');
export const plain = (s: string): string => s.replace(AMBIGUOUS, (c) => PLAIN[c] ?? c);

/** A paragraph, a list item or a table field on one line: the program it is pasted into (WeChat, WeCom,
 * Word) wraps it to its own width, where a line broken here would be broken again and leave fragments. */
const line = (text: string, lead = ''): string => `${lead}${plain(oneLine(text))}`.trimEnd();

function block(b: Block, zh: boolean): string[] {
  const colon = zh ? '：' : ': ';
  switch (b.kind) {
    case 'masthead': return [...b.lines.map((l) => line(l)), ''];
    case 'title': return [line(b.text), ''];
    case 'subtitle': return [line(b.text)];
    case 'h2': return ['', line(b.text)];
    case 'p': return [line(b.text)];
    case 'list': return b.items.map((item) => line(item, '-  '));
    case 'table':
      if (b.gridOnly) return [];
      return b.rows.flatMap((row, n) => {
        const number = `${n + 1}. `;
        const indent = ' '.repeat(number.length);
        const fields = row.slice(b.lead).map((cell, c) => (cell ? `${b.head[b.lead + c]}${colon}${cell}` : '')).filter(Boolean);
        return [line(row.slice(0, b.lead).join(' '), number), ...fields.map((f) => line(f, indent))];
      });
    case 'chart': return [];
    case 'closing': return ['', line(b.text), ...(b.signature.length ? ['', ...b.signature.map((l) => line(l))] : [])];
  }
}

export function renderText(blocks: Block[], lang: 'zh' | 'en'): string {
  return `${blocks.flatMap((b) => block(b, lang === 'zh')).join('\n')}\n`;
}
