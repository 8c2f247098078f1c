// Reads a ledger back, xlsx or csv: finds the header row, maps every column by its header (wherever a
// unit moved it) and returns each row below it with its row number as the spreadsheet shows it.
import { basename, extname } from 'node:path';
import type { CellValue as ExcelValue } from 'exceljs';
import { InputError, UsageError } from '../errors.js';
import { finding } from '../findings.js';
import { decodeUtf8, readBytes } from '../load/readText.js';
import type { CellValue } from './cellDate.js';
import { COLUMNS, column, type ColumnId } from './columns.js';
import { parseCsv } from './csv.js';
import { loadExcel } from './xlsx.js';

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
  if ('result' in value) return plain(value.result as ExcelValue, id);
  return undefined;
}

async function xlsxGrid(file: string, bytes: Buffer): Promise<ExcelValue[][]> {
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

export async function readLedger(file: string): Promise<LedgerLine[]> {
  const ext = extname(file).toLowerCase();
  if (ext !== '.xlsx' && ext !== '.csv') throw new UsageError((w) => w.ledgerFile(file));
  const { bytes, findings } = readBytes(file);
  if (!bytes) throw new InputError(findings);
  let grid: Array<ExcelValue[] | undefined>;
  if (ext === '.xlsx') grid = await xlsxGrid(file, bytes);
  else {
    const { text, findings: notText } = decodeUtf8(file, bytes);
    if (text === undefined) throw new InputError(notText);
    grid = parseCsv(text);
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
  return lines;
}
