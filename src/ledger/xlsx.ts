// The ledger as an Excel workbook an office is glad to send: title block, frozen header with a filter,
// widths and wrapping for Chinese text, A4 landscape fitted to the width with the header on every page,
// overdue rows red and due-soon rows in the lights' colour, plancheck's columns locked (protection
// without a password: it guards against accidents, not people) and the unit's columns open, with a
// drop-down for 完成情况 and date cells for 完成日期, and the hidden key column.
import type { Borders, DataValidation } from 'exceljs';
import { requireLibrary } from '../lazyLibrary.js';
import type { Light } from '../report/monthly.js';
import { RESULTS } from './columns.js';
import type { LedgerRow, LedgerSheet } from './sheet.js';

const FONT = '宋体';
// Excel's own light fills for bad and neutral cells, so the rows read as Excel users expect.
const FILL: Record<Light, string> = { red: 'FFFFC7CE', yellow: 'FFFFEB9C', blue: 'FFDDEBF7', green: 'FFC6EFCE' };
const HEAD_FILL = 'FFD9D9D9';
const UNIT_HEAD_FILL = 'FFFCE4D6';
const THIN: Partial<Borders> = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };
/** A worksheet's validations by range, which exceljs has but does not declare. */
interface RangeValidations {
  dataValidations: { add(range: string, validation: DataValidation): void };
}
/** Height of one line of 10-point text, in points. */
const LINE = 13;

export const loadExcel = () => requireLibrary<typeof import('exceljs')>('exceljs');

/** Width of text in Excel's character units: a Chinese character (or full-width sign) takes about 1.8 in
 * a 10-point CJK face (as LibreOffice lays it out; Excel and WPS about the same). */
const textWidth = (text: string): number => [...text].reduce((w, c) => w + ((c.codePointAt(0) ?? 0) >= 0x2e80 ? 1.8 : 0.9), 0);

/** Excel and WPS do not fit rows to wrapped text they did not lay out: the height is set from the text. */
function rowHeight(row: LedgerRow, sheet: LedgerSheet): number {
  const lines = sheet.columns.map((c) => {
    const text = String(row.cells[c.id] ?? '');
    return c.kind === 'long' ? text.split('\n').reduce((n, part) => n + Math.max(1, Math.ceil(textWidth(part) / Math.max(c.width - 1, 1))), 0) : 1;
  });
  return Math.max(1, ...lines) * LINE + 4;
}

const isoToDate = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

/** The filter's range as the sheet-local name _xlnm._FilterDatabase, which Excel writes with every
 * autofilter and LibreOffice (and WPS with it) needs to keep one; exceljs writes the filter alone. Its
 * defined names take no sheet, so the one name is added to the names it writes. */
function filterDatabase(workbook: import('exceljs').Workbook, ws: import('exceljs').Worksheet, f: { from: { row: number; column: number }; to: { row: number; column: number } }): void {
  const names = workbook.definedNames;
  const written = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(names), 'model');
  const range = `'${ws.name}'!$${ws.getColumn(f.from.column).letter}$${f.from.row}:$${ws.getColumn(f.to.column).letter}$${f.to.row}`;
  Object.defineProperty(names, 'model', {
    get: () => [...(written?.get?.call(names) ?? []), { name: '_xlnm._FilterDatabase', localSheetId: workbook.worksheets.indexOf(ws), ranges: [range] }],
    set: (value) => written?.set?.call(names, value),
  });
}

export async function writeXlsx(sheet: LedgerSheet): Promise<Buffer> {
  const Excel = loadExcel();
  const workbook = new Excel.Workbook();
  workbook.creator = 'plancheck';
  const ws = workbook.addWorksheet('任务台账');
  const visible = sheet.columns.filter((c) => c.kind !== 'key').length;
  ws.columns = sheet.columns.map((c) => ({ key: c.id, width: c.width, hidden: c.kind === 'key' }));

  ws.addRow([sheet.title]);
  ws.mergeCells(1, 1, 1, visible);
  Object.assign(ws.getCell(1, 1), { font: { name: FONT, size: 16, bold: true }, alignment: { horizontal: 'center', vertical: 'middle' } });
  ws.getRow(1).height = 30;
  for (const line of sheet.lines) {
    const r = ws.addRow([line]).number;
    ws.mergeCells(r, 1, r, visible);
    Object.assign(ws.getCell(r, 1), { font: { name: FONT, size: 10 }, alignment: { vertical: 'middle', wrapText: true } });
    ws.getRow(r).height = LINE * 1.5;
  }

  const head = ws.addRow(sheet.columns.map((c) => c.header));
  head.height = 30;
  sheet.columns.forEach((c, i) => {
    const cell = head.getCell(i + 1);
    cell.font = { name: FONT, size: 10, bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: c.by === 'unit' ? UNIT_HEAD_FILL : HEAD_FILL } };
    cell.border = THIN;
  });

  // The office's own ledger (for every unit: it has the office-only columns) leaves 核实情况 to it.
  const office = sheet.columns.some((c) => c.officeOnly);
  for (const row of sheet.rows) {
    const r = ws.addRow(sheet.columns.map((c) => (c.kind === 'date' && row.deadlineIsDate && c.id === 'deadline' ? isoToDate(String(row.cells.deadline)) : row.cells[c.id])));
    r.height = rowHeight(row, sheet);
    sheet.columns.forEach((c, i) => {
      const cell = r.getCell(i + 1);
      cell.font = { name: FONT, size: 10 };
      cell.alignment = { vertical: 'top', wrapText: c.kind === 'long', horizontal: c.kind === 'number' || c.kind === 'date' || c.kind === 'choice' ? 'center' : 'left' };
      cell.border = THIN;
      if (c.kind === 'date') cell.numFmt = 'yyyy-mm-dd';
      if (row.light && c.by === 'plancheck') cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: FILL[row.light] } };
      if (c.by === 'unit' || (office && c.by === 'office')) cell.protection = { locked: false };
    });
  }
  // One validation rule for the whole 完成情况 column: exceljs merges rules set cell by cell into
  // overlapping ranges (K10:K27 and K4:K27, its issue #2820), which Excel offers to "repair".
  const first = head.number + 1;
  const last = head.number + Math.max(sheet.rows.length, 1);
  sheet.columns.forEach((c, i) => {
    if (c.kind !== 'choice' || !sheet.rows.length) return;
    const letter = ws.getColumn(i + 1).letter;
    (ws as typeof ws & RangeValidations).dataValidations.add(`${letter}${first}:${letter}${last}`, {
      type: 'list', allowBlank: true, showErrorMessage: true, formulae: [`"${Object.keys(RESULTS).join(',')}"`],
      errorTitle: '完成情况', error: `请从下拉列表选择：${Object.keys(RESULTS).join('、')}`,
    });
  });

  ws.views = [{ state: 'frozen', ySplit: head.number, xSplit: 0, topLeftCell: `A${head.number + 1}`, activeCell: `A${head.number + 1}` }];
  const filter = { from: { row: head.number, column: 1 }, to: { row: head.number + sheet.rows.length, column: visible } };
  ws.autoFilter = filter;
  filterDatabase(workbook, ws, filter);
  ws.pageSetup = {
    paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, horizontalCentered: true,
    printTitlesRow: `${head.number}:${head.number}`,
    margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
  ws.headerFooter = { oddFooter: '&C第 &P 页，共 &N 页' };
  await ws.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true, autoFilter: true, sort: true, insertRows: true });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

