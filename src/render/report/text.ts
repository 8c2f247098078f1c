// The circular as plain text that survives a WeChat message and a paste into Word: no box drawing and no
// character of ambiguous width (they break in Word with 宋体 and in CJK terminals), lines of at most 80
// display columns (a CJK character counts two), lists rather than grids.
import { oneLine } from '../../escape.js';
import { textWidth } from '../fit.js';
import type { Block } from './blocks.js';

export const TEXT_WIDTH = 80;

/** Characters of ambiguous width that plan texts and words may hold, and what plain text writes instead. */
const PLAIN: Record<string, string> = {
  '“': '「', '”': '」', '‘': '『', '’': '』', '…': '...', '—': '-', '–': '-', '·': '・', '×': 'x', '°': '度', '±': '+/-', '≤': '<=', '≥': '>=', '→': '->', '※': '*',
  'Ⅰ': 'I', 'Ⅱ': 'II', 'Ⅲ': 'III', 'Ⅳ': 'IV', 'Ⅴ': 'V', 'Ⅵ': 'VI', '①': '(1)', '②': '(2)', '③': '(3)', '④': '(4)', '⑤': '(5)', 'μ': 'u', '²': '2', '³': '3', '₂': '2', '₃': '3', '₅': '5',
};
const AMBIGUOUS = new RegExp(`[${Object.keys(PLAIN).join('')}]`, 'g');
export const plain = (s: string): string => s.replace(AMBIGUOUS, (c) => PLAIN[c] ?? c);

const NO_START = /^[，。、；：！？）」』％]/;
const NO_END = /^[（「『]$/;

/** Breaks a line to the width, at a space where a Latin word would be cut, anywhere between CJK characters;
 * continuation lines take the indent. */
export function wrap(text: string, indent = '', first = ''): string[] {
  const lines: string[] = [];
  let line = first;
  let width = textWidth(first);
  // A line end in a text (evidence sent by a unit) is a space: it may not start a line at column 0.
  const tokens = plain(oneLine(text)).match(/[\x21-\x7e]+|\s|[^\x21-\x7e\s]/g) ?? [];
  for (const token of tokens) {
    const w = textWidth(token);
    if (width + w > TEXT_WIDTH && line.trim() !== '') {
      // No line begins with closing punctuation nor ends with an opening bracket: characters before go along.
      let carried = '';
      while (line.length > indent.length + 2 && carried.length < 4 && (NO_START.test(carried[0] ?? token) || NO_END.test(line.slice(-1)))) {
        carried = line.slice(-1) + carried;
        line = line.slice(0, -1);
      }
      lines.push(line.trimEnd());
      line = indent + carried;
      width = textWidth(line);
      if (token === ' ') continue;
    }
    if (w > TEXT_WIDTH - width) {
      // A token longer than a whole line (a link): cut it.
      for (const c of token) {
        if (width + 1 > TEXT_WIDTH) { lines.push(line); line = indent; width = textWidth(indent); }
        line += c;
        width += 1;
      }
      continue;
    }
    line += token;
    width += w;
  }
  lines.push(line.trimEnd());
  return lines;
}

function block(b: Block, zh: boolean): string[] {
  const colon = zh ? '：' : ': ';
  switch (b.kind) {
    case 'masthead': return [...b.lines.flatMap((l) => wrap(l)), ''];
    case 'title': return [...wrap(b.text), ''];
    case 'subtitle': return wrap(b.text);
    case 'h2': return ['', ...wrap(b.text)];
    case 'p': return wrap(b.text);
    case 'list': return b.items.flatMap((item) => wrap(item, '   ', '-  '));
    case 'table':
      if (b.gridOnly) return [];
      return b.rows.flatMap((row, n) => {
        const number = `${n + 1}. `;
        const indent = ' '.repeat(number.length);
        const fields = row.slice(b.lead).map((cell, c) => (cell ? `${b.head[b.lead + c]}${colon}${cell}` : '')).filter(Boolean);
        return [...wrap(row.slice(0, b.lead).join(' '), indent, number), ...fields.flatMap((f) => wrap(f, `${indent}  `, indent))];
      });
    case 'chart': return [];
    case 'closing': return ['', ...wrap(b.text), ...(b.signature.length ? ['', ...b.signature.flatMap((l) => wrap(l))] : [])];
  }
}

export function renderText(blocks: Block[], lang: 'zh' | 'en'): string {
  return `${blocks.flatMap((b) => block(b, lang === 'zh')).join('\n')}\n`;
}
