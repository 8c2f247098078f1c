// What a line of a converted notice is: a numbered item, a row of a tab-separated table. Shared by the
// coverage check (trace --missing) and the draft reader, so that both see a notice the same way.
import { fold } from './sourceText.js';

/** A numbered body item: 1. / 12、/ （3）/ (3) followed by text (groups: 1. or 12、's number, （3）as printed, the text). */
export const ITEM = /^\s*(?:(\d{1,2})\s*[.．、]|([（(]\d{1,2}[）)]))\s*(\S.*)$/;

/** A numbered item's number as encoders write it (5, （3）) and its text, or undefined. */
export function itemOf(line: string): { item: string; text: string } | undefined {
  const m = ITEM.exec(line);
  return m ? { item: m[1] ?? m[2] ?? '', text: m[3] ?? '' } : undefined;
}

/** The cells of a line of a tab-separated table (as the conversion writes annex tables), or undefined. */
export function tableCells(line: string): string[] | undefined {
  if (!line.includes('\t')) return undefined;
  const cells = line.split('\t').map((c) => c.trim());
  return cells.filter((c) => fold(c)).length >= 3 ? cells : undefined;
}

/** A table's header row: the one that names the 序号 column. */
export const isHeaderRow = (cells: readonly string[]): boolean => cells.some((c) => fold(c) === '序号');
