// The office's loop through the real binary: a ledger out, filled in as a unit would (with exceljs, as
// Excel or WPS saves it), imported back; the status file holds exactly the new entries with its
// comments intact, the views show them, and a second import adds nothing.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { fixtureArgs, plancheck, run, ROOT } from './helpers/cli.js';

const KEY_HEADER = 'plancheck键（勿改）';
const EXAMPLE = path.join(ROOT, 'examples/qinshui-2021-status.yaml');

function workspace(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plancheck-ledger-'));
  fs.copyFileSync(EXAMPLE, path.join(dir, 'status.yaml'));
  return dir;
}

async function openLedger(file: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.worksheets[0] as ExcelJS.Worksheet;
  let head = 0;
  ws.eachRow((row, n) => {
    if (!head && (row.values as unknown[]).includes(KEY_HEADER)) head = n;
  });
  const columns = new Map<string, number>();
  ws.getRow(head).eachCell((cell, col) => columns.set(String(cell.value), col));
  const col = (header: string) => columns.get(header) ?? 0;
  return { wb, ws, head, col };
}

/** Excel's serial number of a date (day 0 is 1899-12-30). */
const serial = (iso: string) => (Date.parse(`${iso}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000;

describe('plancheck ledger', () => {
  it('writes a workbook an office can send: frozen header, filter, A4 landscape, locked keys, open fill-in columns, drop-down', async () => {
    const dir = workspace();
    const r = (await run(['ledger', '--county', 'qinshui', '--unit', '县住建局', '--as-of', '2021-07-05', '--status', 'status.yaml', '--output', '台账.xlsx'], { cwd: dir }));
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('wrote 台账.xlsx: 29 rows, as of 2021-07-05\n');
    expect(r.code).toBe(0);
    const { ws, head, col } = await openLedger(path.join(dir, '台账.xlsx'));
    expect(ws.getCell(1, 1).value).toBe('沁水县生态环境保护行动计划任务台账（县住建局）');
    expect(String(ws.getCell(2, 1).value)).toMatch(/^截至2021年7月5日，共29项。/);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: head });
    expect(ws.autoFilter).toBeTruthy();
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `${head}:${head}` });
    expect(ws.getColumn(col(KEY_HEADER)).hidden).toBe(true);
    const row = ws.getRow(head + 1);
    expect(row.getCell(col('任务内容')).protection?.locked).not.toBe(false);
    for (const h of ['进展情况', '完成情况', '完成日期', '佐证材料', '佐证文号', '链接']) expect(row.getCell(col(h)).protection?.locked, h).toBe(false);
    expect(row.getCell(col('完成情况')).dataValidation).toMatchObject({ type: 'list', formulae: ['"已完成,推进中,未开始,受阻,申请延期"'] });
    // QS21-WATER-2-04 m1 2021-Q2 was due 30 June and is open on 5 July: a red row; its deadline a date cell.
    const keys = ws.getColumn(col(KEY_HEADER)).values as unknown[];
    const overdue = ws.getRow(keys.findIndex((k) => String(k).endsWith('QS21-WATER-2-04|m1@2021-Q2')));
    expect(overdue.getCell(col('当前状态')).value).toBe('逾期未完成（逾期5天）');
    expect((overdue.getCell(col('任务内容')).fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFFC7CE');
    expect(overdue.getCell(col('完成时限')).value).toEqual(new Date(Date.UTC(2021, 5, 30)));
    expect((ws as unknown as { sheetProtection: { sheet: boolean; hashValue?: string } }).sheetProtection).toMatchObject({ sheet: true });
    expect((ws as unknown as { sheetProtection: { hashValue?: string } }).sheetProtection.hashValue).toBeUndefined();
  });

  it('writes CSV as UTF-8 with a byte-order mark and CRLF, for Excel and WPS', async () => {
    const dir = workspace();
    const r = (await run(['ledger', '--county', '沁水', '--plan', 'qinshui-2021-water', '--as-of', '2021-06-30', '--status', 'status.yaml', '--output', 'ledger.txt', '--format', 'csv'], { cwd: dir }));
    expect(r.code).toBe(0);
    const bytes = fs.readFileSync(path.join(dir, 'ledger.txt'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    // Every row ends with CRLF; a line break inside a quoted cell (a task's text) is the text's own.
    const outsideQuotes = text.replace(/"(?:[^"]|"")*"/g, '');
    expect(outsideQuotes.split('\r\n')).toHaveLength(4 + 46 + 1); // title, as-of line, blank, header; 46 rows; after the last CRLF
    expect(outsideQuotes.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(text).toContain('序号,计划,条目,任务内容,节点,牵头/责任单位,配合单位,联系人,完成时限,当前状态,进展情况,完成情况,完成日期,佐证材料,佐证文号,链接,核实情况,plancheck键（勿改）\r\n');
  });

  it('refuses several counties, and a file that is neither xlsx nor csv', async () => {
    const all = (await run(['ledger', '--output', 'x.xlsx', '--as-of', '2021-06-30'], { cwd: workspace() }));
    expect(all.code).toBe(2);
    expect(all.stderr).toMatch(/a ledger is one county's: give --county/);
    const pdf = (await run(['ledger', '--county', 'qinshui', '--output', 'x.pdf'], { cwd: workspace() }));
    expect(pdf.code).toBe(2);
    expect(pdf.stderr).toMatch(/xlsx or csv/);
    expect(pdf.stdout).toBe('');
  });

  it('is the only kind of run that loads exceljs: due does not, by a module-load trace', async () => {
    const env = { NODE_DEBUG: 'module' };
    const due = plancheck(['due', '--county', 'qinshui', '--as-of', '2021-06-15', '--status', EXAMPLE], { env });
    expect(due.code).toBe(0);
    expect(due.stderr).toMatch(/MODULE \d+: /);
    expect(due.stderr).not.toMatch(/exceljs/);
    const ledger = plancheck(['ledger', '--county', 'qinshui', '--as-of', '2021-06-15', '--status', EXAMPLE, '--output', path.join(workspace(), 'x.xlsx')], { env });
    expect(ledger.code).toBe(0);
    expect(ledger.stderr).toMatch(/load "[^"]*node_modules\/exceljs\//);
    // Nor is it in the bundle.
    for (const f of fs.readdirSync(path.join(ROOT, 'dist')).filter((n) => n.endsWith('.js'))) expect(fs.readFileSync(path.join(ROOT, 'dist', f), 'utf8')).not.toMatch(/WorkbookWriter|class Workbook/);
  });
});

describe('plancheck import', () => {
  it('round trip: ledger out, filled in as a unit would, imported back, shown by done and report; a second import adds nothing', async () => {
    const dir = workspace();
    const original = fs.readFileSync(path.join(dir, 'status.yaml'), 'utf8');
    expect((await run(['ledger', '--county', 'qinshui', '--unit', '县住建局', '--as-of', '2021-06-30', '--status', 'status.yaml', '--output', '台账.xlsx'], { cwd: dir })).code).toBe(0);

    const { wb, ws, head, col } = await openLedger(path.join(dir, '台账.xlsx'));
    const last = ws.actualRowCount;
    const width = ws.columnCount;
    const rows = Array.from({ length: last - head }, (_, i) => Array.from({ length: width }, (_, c) => ws.getCell(head + 1 + i, c + 1).value));
    expect(rows).toHaveLength(27);
    // Shuffled: the rows in another order, each row whole.
    const shuffled = rows.map((_, i) => rows[(i * 7) % rows.length] as ExcelJS.CellValue[]);
    expect(new Set(shuffled).size).toBe(27);
    shuffled.forEach((values, i) => values.forEach((v, c) => (ws.getCell(head + 1 + i, c + 1).value = v)));
    const rowOf = (suffix: string) => head + 1 + shuffled.findIndex((values) => String(values[col(KEY_HEADER) - 1]).endsWith(suffix));
    const fill = (suffix: string, cells: Record<string, ExcelJS.CellValue>) => {
      const r = rowOf(suffix);
      for (const [h, v] of Object.entries(cells)) ws.getCell(r, col(h)).value = v;
      return r;
    };
    // Dates in three forms: a date cell, an Excel serial number, and text (2021年6月25日 and 2021/6/29).
    fill('QS20-ECO-21|m1', { 完成情况: '已完成', 完成日期: new Date(Date.UTC(2021, 5, 20)), 佐证材料: '污水处理设施运行台账', 佐证文号: '沁住建字〔2021〕9号' });
    const serialRow = fill('QS21-WATER-2-04|m1@2021-Q2', { 完成情况: '已完成', 完成日期: serial('2021-06-28'), 佐证材料: '二季度黑臭水体水质监测报告' });
    ws.getCell(serialRow, col('完成日期')).numFmt = 'General';
    fill('QS21-WATER-2-04|m2', { 完成情况: '推进中', 完成日期: '2021年6月25日', 进展情况: '整改方案已报县政府审定' });
    fill('QS20-ECO-24|m1', { 完成情况: { richText: [{ text: '已' }, { font: { bold: true }, text: '完成' }] }, 完成日期: '2021/6/29', 佐证材料: '绿色建筑推广实施方案', 链接: { text: '方案', hyperlink: 'https://example.org/lvse' } });
    // One row deleted (QS21-WATER-2-03 m1), one added by hand at the end.
    ws.spliceRows(rowOf('QS21-WATER-2-03|m1'), 1);
    const extra = ws.addRow([]).number;
    ws.getCell(extra, col('节点')).value = '县城污水管网巡查（新增）';
    ws.getCell(extra, col('完成情况')).value = '已完成';
    ws.getCell(extra, col('完成日期')).value = '2021-06-15';
    // LibreOffice, Excel and WPS may save text as rich text runs (a run per font): a header too, and 已完成 above.
    ws.getCell(head, col(KEY_HEADER)).value = { richText: [{ text: 'plancheck键' }, { font: { name: 'SimSun' }, text: '（勿改）' }] };
    await wb.xlsx.writeFile(path.join(dir, '台账-县住建局.xlsx'));

    const dry = (await run(['import', '台账-县住建局.xlsx', '--status', 'status.yaml', '--dry-run'], { cwd: dir }));
    expect(dry.stderr).toBe('');
    expect(dry.code).toBe(0);
    expect(dry.stdout).toMatch(/dry run: 4 entries would be added; nothing written\n$/);
    expect(fs.readFileSync(path.join(dir, 'status.yaml'), 'utf8')).toBe(original);

    const first = (await run(['import', '台账-县住建局.xlsx', '--status', 'status.yaml', '--county', 'qinshui'], { cwd: dir }));
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('new entries (3):');
    expect(first.stdout).toMatch(/changes \(1\):\n {2}row \d+ +QS21-WATER-2-04 m2 {2}in-progress 2021-06-10 → in-progress 2021-06-25 {2}整改方案已报县政府审定\n/);
    expect(first.stdout).toMatch(new RegExp(`ignored \\(1\\):\\n {2}row ${extra} +no key: a row added by hand`));
    expect(first.stdout).toMatch(/added 4 entries to status.yaml\n$/);

    const after = fs.readFileSync(path.join(dir, 'status.yaml'), 'utf8');
    const cut = original.indexOf('measurements:');
    expect(after.startsWith(original.slice(0, cut))).toBe(true); // every comment and entry before, as it was
    expect(after.endsWith(original.slice(cut))).toBe(true);
    const entries = parse(after).entries as Array<{ task: string; milestone: string }>;
    expect(entries.slice(0, parse(original).entries.length)).toEqual(parse(original).entries);
    const added = entries.slice(parse(original).entries.length).sort((a, b) => `${a.task} ${a.milestone}`.localeCompare(`${b.task} ${b.milestone}`));
    expect(added).toEqual([
      { task: 'QS20-ECO-21', milestone: 'm1', state: 'done', date: '2021-06-20', evidence: [{ text: '污水处理设施运行台账', document: '沁住建字〔2021〕9号' }], by: '县住建局' },
      { task: 'QS20-ECO-24', milestone: 'm1', state: 'done', date: '2021-06-29', evidence: [{ text: '绿色建筑推广实施方案', link: 'https://example.org/lvse' }], by: '县住建局、县行政审批服务管理局' },
      { task: 'QS21-WATER-2-04', milestone: 'm1', occurrence: '2021-Q2', state: 'done', date: '2021-06-28', evidence: [{ text: '二季度黑臭水体水质监测报告' }], by: '县住建局' },
      { task: 'QS21-WATER-2-04', milestone: 'm2', state: 'in-progress', date: '2021-06-25', note: '整改方案已报县政府审定', by: '县住建局' },
    ]);
    expect((await run(['validate', '--status', 'status.yaml'], { cwd: dir })).code).toBe(0);

    const done = (await run(['done', '--month', '2021-06', '--county', 'qinshui', '--as-of', '2021-07-01', '--status', 'status.yaml', '--format', 'json'], { cwd: dir }));
    expect(done.code).toBe(0);
    const doneIds = (JSON.parse(done.stdout) as { tasks: Array<{ id: string; milestones: Array<{ id: string; occurrence?: string; doneDate: string }> }> }).tasks
      .flatMap((t) => t.milestones.map((m) => [t.id, m.id, m.occurrence, m.doneDate].filter(Boolean).join(' ')));
    expect(doneIds).toEqual(expect.arrayContaining(['QS20-ECO-21 m1 2021-06-20', 'QS21-WATER-2-04 m1 2021-Q2 2021-06-28', 'QS20-ECO-24 m1 2021-06-29']));
    const report = (await run(['report', '--month', '2021-06', '--county', 'qinshui', '--status', 'status.yaml'], { cwd: dir }));
    expect(report.code).toBe(0);
    for (const evidence of ['污水处理设施运行台账', '二季度黑臭水体水质监测报告', '绿色建筑推广实施方案']) expect(report.stdout).toContain(evidence);

    const second = (await run(['import', '台账-县住建局.xlsx', '--status', 'status.yaml'], { cwd: dir }));
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/ignored \(5\):/);
    expect(second.stdout).toMatch(/nothing to add to status.yaml\n$/);
    expect(fs.readFileSync(path.join(dir, 'status.yaml'), 'utf8')).toBe(after);
  });

  it('reads a CSV ledger back; a bad row names file, row and column, exits 2 and writes nothing', async () => {
    const dir = workspace();
    expect((await run(['ledger', '--county', 'qinshui', '--plan', 'qinshui-2021-water', '--unit', '县住建局', '--as-of', '2021-06-30', '--status', 'status.yaml', '--output', '台账.csv'], { cwd: dir })).code).toBe(0);
    const lines = fs.readFileSync(path.join(dir, '台账.csv'), 'utf8').split('\r\n');
    const head = lines.findIndex((l) => l.includes(KEY_HEADER));
    const fill = (i: number, result: string, date: string) => {
      const cells = (lines[i] ?? '').split(',');
      cells[11 - 1] = result; // 完成情况 (no 联系人 column in a unit's ledger)
      cells[12 - 1] = date;
      lines[i] = cells.join(',');
    };
    fill(head + 1, '已完成', '2021.6.30');
    fill(head + 2, '搞定了', '2021-06-30');
    fill(head + 3, '已完成', '');
    fs.writeFileSync(path.join(dir, 'back.csv'), lines.join('\r\n'));
    const before = fs.readFileSync(path.join(dir, 'status.yaml'), 'utf8');
    const bad = (await run(['import', 'back.csv', '--status', 'status.yaml'], { cwd: dir }));
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toContain(`error LEDGER_BAD_STATE back.csv 第${head + 3}行 完成情况: "搞定了" is not one of 已完成 / 推进中 / 未开始 / 受阻 / 申请延期\n`);
    expect(bad.stderr).toContain(`error LEDGER_DONE_WITHOUT_DATE back.csv 第${head + 4}行 完成日期: 已完成 needs the date of completion\n`);
    expect(bad.stderr).toMatch(/: nothing was written\n$/);
    expect(bad.stderr).not.toMatch(/\n\s+at /);
    expect(fs.readFileSync(path.join(dir, 'status.yaml'), 'utf8')).toBe(before);
    fill(head + 2, '推进中', '2021-06-30');
    fill(head + 3, '受阻', '');
    fs.writeFileSync(path.join(dir, 'back.csv'), lines.join('\r\n'));
    const good = (await run(['import', 'back.csv', '--status', 'status.yaml'], { cwd: dir }));
    expect(good.stderr).toBe('');
    expect(good.stdout).toMatch(/added 3 entries to status.yaml\n$/);
  });

  it('reports a row that a later entry contradicts, writes the rest, and exits 1', async () => {
    const dir = workspace();
    expect((await run(['ledger', '--county', 'qinshui', '--plan', 'qinshui-2021-water', '--unit', '县住建局', '--as-of', '2021-06-30', '--status', 'status.yaml', '--output', 'l.csv'], { cwd: dir })).code).toBe(0);
    const lines = fs.readFileSync(path.join(dir, 'l.csv'), 'utf8').split('\r\n');
    const at = lines.findIndex((l) => l.endsWith('QS21-WATER-2-04|m2'));
    const cells = (lines[at] ?? '').split(',');
    cells[10] = '未开始';
    cells[11] = '2021-06-01'; // the status file says in-progress on 2021-06-10
    lines[at] = cells.join(',');
    fs.writeFileSync(path.join(dir, 'l.csv'), lines.join('\r\n'));
    const r = (await run(['import', 'l.csv', '--status', 'status.yaml'], { cwd: dir }));
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`conflicts, not written (1):\n  row ${at + 1}   QS21-WATER-2-04 m2  not-started 2021-06-01: the status file already has in-progress 2021-06-10`);
  });

  it('refuses a ledger of another county, and one that is not a ledger', async () => {
    const dir = workspace();
    expect((await run(['ledger', '--county', 'qinshui', '--plan', 'qinshui-2021-water', '--as-of', '2021-06-30', '--status', 'status.yaml', '--output', 'q.csv'], { cwd: dir })).code).toBe(0);
    const lines = fs.readFileSync(path.join(dir, 'q.csv'), 'utf8').split('\r\n');
    const head = lines.findIndex((l) => l.includes(KEY_HEADER));
    lines[head + 1] = (lines[head + 1] ?? '').replace(/,,,,,,plancheck/, ',已完成,2021-06-01,,,,plancheck');
    fs.writeFileSync(path.join(dir, 'q.csv'), lines.join('\r\n'));
    const r = (await run(['import', 'q.csv', '--status', 'status.yaml', '--county', 'yangcheng'], { cwd: dir }));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/error LEDGER_OTHER_PLANS q.csv: a ledger of qinshui qinshui-2021-water \(沁政办发〔2021〕19号\), which is not among the plans here \(county yangcheng\)/);
    const fixture = (await run(fixtureArgs('import', path.join(dir, 'q.csv')), { cwd: dir }));
    expect(fixture.code).toBe(2);
    expect(fixture.stderr).toMatch(/LEDGER_OTHER_PLANS/);
    fs.writeFileSync(path.join(dir, 'notes.csv'), '\ufeff备注,说明\r\n1,2\r\n');
    const notLedger = (await run(['import', 'notes.csv', '--status', 'status.yaml'], { cwd: dir }));
    expect(notLedger.code).toBe(2);
    expect(notLedger.stderr).toContain('error LEDGER_NOT_A_LEDGER notes.csv: not a ledger written by plancheck ledger');
    fs.writeFileSync(path.join(dir, 'fake.xlsx'), 'not a zip');
    const fake = (await run(['import', 'fake.xlsx', '--status', 'status.yaml'], { cwd: dir }));
    expect(fake.code).toBe(2);
    expect(fake.stderr).toMatch(/error FILE_UNREADABLE file fake.xlsx cannot be read \(not an Excel workbook/);
  });
});
