// Reads a ledger back, xlsx or csv: finds the header row, maps every column by its header (wherever a
// unit moved it) and returns each row below it with its row number as the spreadsheet shows it. A CSV
// is UTF-8 as plancheck wrote it, or GB18030 (GBK) as Excel and WPS on Chinese Windows save it again.
import { basename, extname } from 'node:path';
import type { CellValue as ExcelValue } from 'exceljs';
import { InputError, UsageError } from '../errors.js';
import { finding, type Finding } from '../findings.js';
import { requireLibrary } from '../lazyLibrary.js';
import { decodeUtf8, readBytes } from '../load/readText.js';
import type { CellValue } from './cellDate.js';
import { COLUMNS, column, type ColumnId } from './columns.js';
import { parseCsv, UnclosedQuote } from './csv.js';
import { loadExcel } from './xlsx.js';
import { zipProblem } from './zipBounds.js';

export interface LedgerLine {
  /** 1-based, as Excel, WPS and a text editor number it. */
  row: number;
  cells: Partial<Record<ColumnId, CellValue>>;
}

/** A cell's value as plain data: rich text joined, a formula's result, a link's text (its target in 链接). */
function plain(value: ExcelValue, id: ColumnId | undefined): CellValue {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string' || typeof value === 'number' || value instanceof Date) return value;
  if (typeof value === 'boolean') return String(value);
  if ('richText' in value) return value.richText.map((t) => t.text).join('');
  if ('hyperlink' in value) return id === 'link' ? value.hyperlink : plain(value.text as ExcelValue, id);
  if ('result' in value && value.result !== undefined && value.result !== null) return plain(value.result as ExcelValue, id);
  // A formula the program that saved it did not compute (=TODAY() written by a script): its text, which
  // no column takes for a value (a date column says it is no date), never an empty cell.
  if ('formula' in value || 'sharedFormula' in value) return `=${String('formula' in value ? value.formula : value.sharedFormula)}`;
  return undefined;
}

async function xlsxGrid(file: string, bytes: Buffer): Promise<ExcelValue[][]> {
  const bomb = zipProblem(bytes);
  if (bomb) throw new InputError([finding('FILE_UNREADABLE', { detail: `not an Excel workbook (.xlsx) a ledger can be: ${bomb}` }, { file, line: 1, column: 1 })]);
  const workbook = new (loadExcel().Workbook)();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (e) {
    throw new InputError([finding('FILE_UNREADABLE', { detail: `not an Excel workbook (.xlsx): ${(e as Error).message}` }, { file, line: 1, column: 1 })]);
  }
  const ws = workbook.worksheets[0];
  const grid: ExcelValue[][] = [];
  ws?.eachRow({ includeEmpty: false }, (row, number) => {
    const cells: ExcelValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      cells[col - 1] = cell.value;
    });
    grid[number - 1] = cells;
  });
  return grid;
}

/** The CSV's text: UTF-8, else GB18030 (which holds GBK) where every byte reads as GB18030, with a note
 * saying so; else the UTF-8 error, which points at the first byte that is neither. */
function csvText(file: string, bytes: Buffer): { text: string; notes: Finding[] } {
  const utf8 = decodeUtf8(file, bytes);
  if (utf8.text !== undefined) return { text: utf8.text, notes: [] };
  const text = requireLibrary<typeof import('iconv-lite')>('iconv-lite').decode(bytes, 'gb18030');
  if (text.includes('\uFFFD')) throw new InputError(utf8.findings);
  return { text, notes: [finding('LEDGER_ENCODING', { subject: basename(file), actual: 'GB18030 (GBK)' }, { file, line: 1, column: 1 })] };
}

export async function readLedger(file: string): Promise<{ lines: LedgerLine[]; notes: Finding[] }> {
  const ext = extname(file).toLowerCase();
  if (ext === '.ods') throw new InputError([finding('LEDGER_ODS', { subject: basename(file) }, { file, line: 1, column: 1 })]);
  if (ext !== '.xlsx' && ext !== '.csv') throw new UsageError((w) => w.ledgerFile(file));
  const { bytes, findings } = readBytes(file);
  if (!bytes) throw new InputError(findings);
  let grid: Array<ExcelValue[] | undefined>;
  let notes: Finding[] = [];
  if (ext === '.xlsx') grid = await xlsxGrid(file, bytes);
  else {
    const csv = csvText(file, bytes);
    notes = csv.notes;
    try {
      grid = parseCsv(csv.text);
    } catch (e) {
      if (!(e instanceof UnclosedQuote)) throw e;
      throw new InputError([finding('LEDGER_UNCLOSED_QUOTE', { subject: `${basename(file)} 第${e.row}行` }, { file, line: e.row, column: 1 })]);
    }
  }
  const key = column('key').header;
  // Headers as text: a workbook saved by LibreOffice, Excel or WPS may hold them as rich text.
  const text = (v: ExcelValue): string => String(plain(v, undefined) ?? '').trim();
  const headIndex = grid.findIndex((cells) => (cells ?? []).some((v) => text(v) === key));
  const head = grid[headIndex];
  if (!head) throw new InputError([finding('LEDGER_NOT_A_LEDGER', { subject: basename(file), expected: key })]);
  const ids = Array.from(head, (v) => COLUMNS.find((c) => c.header === text(v))?.id);
  const lines: LedgerLine[] = [];
  grid.forEach((cells, i) => {
    if (i <= headIndex || !cells) return;
    const line: LedgerLine = { row: i + 1, cells: {} };
    cells.forEach((value, col) => {
      const id = ids[col];
      const v = id ? plain(value, id) : undefined;
      if (id && v !== undefined && v !== '') line.cells[id] = v;
    });
    lines.push(line);
  });
  return { lines, notes };
}
