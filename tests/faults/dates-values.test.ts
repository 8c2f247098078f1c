// Issue 22, item 11: dates and values that would be misread are refused, each with its reason: years
// 0-99 (not 1900-1999), an Excel date past 9999, a formula never computed, a CSV quote never closed, two
// rows of one milestone that disagree, an extension before the plan was issued, a number too large or
// too long to keep.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { importCommand } from '../../src/commands/import.js';
import { ledgerCommand } from '../../src/commands/ledger.js';
import { extendCommand, markCommand } from '../../src/commands/mark.js';
import { monthBounds } from '../../src/commands/views.js';
import { InputError, UsageError } from '../../src/errors.js';
import { cellDate } from '../../src/ledger/cellDate.js';
import { column } from '../../src/ledger/columns.js';
import { describe as say } from '../../src/messages/en.js';
import { filledLedger, thrown, workspace } from './workspace.js';

const codes = (e: unknown): string[] => (e instanceof InputError ? e.findings.map((f) => f.code) : [`not an InputError: ${String(e)}`]);

describe('dates', () => {
  it('--month 0099-12 and 0001-01 are refused, not read as 1999 and 1901', () => {
    for (const month of ['0099-12', '0001-01', '1949-09']) expect(() => monthBounds(month)).toThrow(UsageError);
    expect(monthBounds('1949-10').start).toBe('1949-10-01');
  });

  it('an Excel date past 9999-12-31 (serial 2958466) is no date', () => {
    expect(cellDate(new Date(Date.UTC(10000, 0, 1)))).toBeUndefined();
    expect(cellDate(2958466)).toBeUndefined();
    expect(cellDate(new Date(Date.UTC(9999, 11, 31)))).toBe('9999-12-31');
  });

  it('a =TODAY() cell without a computed value is "not a date", not the day of import', async () => {
    const w = workspace();
    const file = path.join(w.dir, 'ledger.xlsx');
    await ledgerCommand(await w.context(), { output: file });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.worksheets[0] as ExcelJS.Worksheet;
    let head = 0;
    ws.eachRow((row, n) => {
      if (!head && (row.values as unknown[]).includes(column('key').header)) head = n;
    });
    const at = (h: string) => (ws.getRow(head).values as unknown[]).indexOf(h);
    const row = ws.getRow(head + 1);
    row.getCell(at(column('result').header)).value = '已完成';
    row.getCell(at(column('date').header)).value = { formula: 'TODAY()' } as ExcelJS.CellFormulaValue;
    await wb.xlsx.writeFile(file);
    const e = await thrown(async () => importCommand(await w.context(), w.status, file, {}));
    expect(codes(e)).toEqual(['LEDGER_BAD_DATE']);
    expect((e as InputError).findings[0]?.args.actual).toBe('=TODAY()');
  });

  it('extend --due before the plan was issued is refused, and validate refuses it in a status file', async () => {
    const w = workspace();
    const before = fs.readFileSync(w.status);
    const e = await thrown(async () => extendCommand(await w.context(), w.status, 'DM21-AIR-05', 'm2', { due: '2021-01-31', approvedBy: '演示政办函〔2021〕9号', reason: '测试' }));
    expect(codes(e)).toEqual(['STATUS_DUE_BEFORE_ISSUE']);
    expect(fs.readFileSync(w.status)).toEqual(before);
    fs.writeFileSync(w.status, `${before}  - { task: DM21-AIR-05, milestone: m2, due: 2021-01-31, approvedBy: X, reason: Y }\n`);
    expect(codes(await thrown(() => w.context()))).toContain('STATUS_DUE_BEFORE_ISSUE');
  });
});

describe('ledgers that would lose or mix up rows', () => {
  it('a CSV quote never closed is named by its row, nothing written', async () => {
    const w = workspace();
    const before = fs.readFileSync(w.status);
    const { file } = await filledLedger(w, {});
    const lines = fs.readFileSync(file, 'utf8').trimEnd().split('\r\n');
    lines[lines.length - 1] = `"${lines[lines.length - 1]}`;
    fs.writeFileSync(file, `${lines.join('\r\n')}\r\n`);
    const e = await thrown(async () => importCommand(await w.context(), w.status, file, {}));
    expect(codes(e)).toEqual(['LEDGER_UNCLOSED_QUOTE']);
    expect((e as InputError).findings[0]?.args.subject).toBe(`ledger.csv 第${lines.length}行`);
    expect(fs.readFileSync(w.status)).toEqual(before);
  });

  it('two rows of one milestone with other states are refused, naming both rows; the same row twice is not', async () => {
    const w = workspace();
    const before = fs.readFileSync(w.status);
    const { file, row } = await filledLedger(w, {}, { result: '推进中', date: '' });
    const e = await thrown(async () => importCommand(await w.context(), w.status, file, {}));
    expect(codes(e)).toEqual(['LEDGER_CONFLICTING_ROWS']);
    expect((e as InputError).findings[0]?.args).toMatchObject({ subject: `ledger.csv 第${row + 1}行`, actual: String(row) });
    expect(fs.readFileSync(w.status)).toEqual(before);
    const same = await filledLedger(w, {}, {});
    expect((await importCommand(await w.context(), w.status, same.file, {})).exitCode).toBe(0);
  });
});

describe('values', () => {
  it('--measure 1e308 is a number; 1e309, 12345678901234567890123 are refused; .inf is not a number (not "null")', async () => {
    const w = workspace();
    const mark = async (value: string) => markCommand(await w.context(), w.status, 'DM21-AIR-04', [], { measure: [`t1=${value}`], date: '2021-08-01' });
    expect((await mark('1e308')).stdout).toContain('1e+308');
    for (const value of ['1e309', '12345678901234567890123']) expect(await thrown(() => mark(value))).toBeInstanceOf(UsageError);
    const inf = await thrown(() => mark('.inf'));
    expect(codes(inf)).toEqual(['STATUS_VALUE_KIND']);
    expect((await mark('11.4')).stdout).toContain('11.4');
  });

  it('.inf written in a status file is named as infinity, not "empty"', async () => {
    const w = workspace();
    fs.writeFileSync(w.status, fs.readFileSync(w.status, 'utf8').replace('value: 8.2', 'value: .inf'));
    const e = await thrown(() => w.context());
    expect(say((e as InputError).findings[0] as NonNullable<InputError['findings'][0]>)).toBe('measurements.0.value is Infinity, but must be a number or text');
  });
});
