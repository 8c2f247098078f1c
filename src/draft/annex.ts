// Annex tables: which column holds the task, the date, the units; each row's cells by column; and the
// body task a row most likely restates, by how much of the row's text stands in the task's.
import type { Role } from '../model.js';
import { fold } from '../trace/sourceText.js';
import type { AnnexTable, TableRow } from './read.js';

export interface Columns {
  seq?: number;
  task: number;
  date?: number;
  units?: { index: number; role: Role };
}

const find = (columns: readonly string[], re: RegExp): number | undefined => {
  const i = columns.findIndex((c) => re.test(fold(c)));
  return i < 0 ? undefined : i;
};

export function columnsOf(table: AnnexTable): Columns {
  const { columns, rows } = table;
  const seq = find(columns, /^序号$/);
  const date = find(columns, /时限|时间|期限/);
  const unitsAt = find(columns, /单位|部门|主体/);
  // The task column: of those named for it (任务, 措施 but not 任务类别), else of all, the one with the longest texts.
  const length = (i: number) => rows.reduce((n, r) => n + (r.cells[i] ?? '').length, 0);
  const others = columns.map((_, i) => i).filter((i) => i !== seq && i !== date && i !== unitsAt);
  const named = others.filter((i) => /任务|措施|内容|项目/.test(fold(columns[i] ?? '')) && !/类别/.test(columns[i] ?? ''));
  const task = (named.length ? named : others).sort((a, b) => length(b) - length(a))[0] ?? 0;
  return {
    ...(seq !== undefined ? { seq } : {}),
    task,
    ...(date !== undefined ? { date } : {}),
    ...(unitsAt !== undefined ? { units: { index: unitsAt, role: /牵头/.test(columns[unitsAt] ?? '') ? 'lead' : 'responsible' } } : {}),
  };
}

const NUMBER = /^\d{1,3}$/;

/** A row's cells under the table's columns; undefined where they cannot be told apart. The conversion
 * sometimes drops an empty leading cell, which puts the row number one column early: moved back. */
export function rowCells(row: TableRow, columns: readonly string[], seq: number | undefined): string[] | undefined {
  let cells = [...row.cells];
  if (seq !== undefined && !NUMBER.test(cells[seq] ?? '')) {
    const at = cells.findIndex((c) => NUMBER.test(c));
    if (at >= 0 && at < seq) cells = [...Array<string>(seq - at).fill(''), ...cells];
  }
  while (cells.length > columns.length && cells.at(-1) === '') cells.pop();
  if (cells.length > columns.length) return undefined;
  return columns.map((_, i) => cells[i] ?? '');
}

const PUNCTUATION = /[\s，。、；：:,.;“”"（）()《》〔〕]/g;
const bigrams = (s: string): string[] => {
  const t = s.replace(PUNCTUATION, '');
  return t.length < 2 ? [t] : Array.from({ length: t.length - 1 }, (_, i) => t.slice(i, i + 2));
};

/** How much of a row's text stands in a task's text: the share of its character pairs found there. */
export function similarity(cell: string, text: string): number {
  const pairs = bigrams(cell);
  const inText = new Set(bigrams(text));
  return pairs.filter((p) => inText.has(p)).length / Math.max(pairs.length, 1);
}

/** A row restates a task when at least this share of its text stands in the task's. */
export const RESTATES = 0.6;

/** The index of the text a row most likely restates, or undefined. */
export function bestMatch(cell: string, texts: readonly string[]): number | undefined {
  let best: number | undefined;
  let score = RESTATES;
  texts.forEach((text, i) => {
    const s = similarity(cell, text);
    if (s >= score) [best, score] = [i, s + 1e-9];
  });
  return best;
}
