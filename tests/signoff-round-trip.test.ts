// 办结销号 end to end: a unit's ledger reports three completions; the office signs off one, sends one back
// with a reason and leaves one; the views and the next ledger show the three apart. A unit's ledger
// cannot sign itself off: its 核实情况 column is read only from the office's own copy (import --office).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../src/ledger/csv.js';
import { run } from './helpers/cli.js';

const KEY = 'plancheck键（勿改）';
const quote = (cell: string) => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);

/** A ledger as rows of cells, its header row, and a way to fill a row's cells by header. */
function ledger(file: string) {
  const rows = parseCsv(fs.readFileSync(file, 'utf8').replace(/^\ufeff/, ''));
  const head = rows.findIndex((r) => r.includes(KEY));
  const header = rows[head] ?? [];
  const cell = (row: string[], name: string) => row[header.indexOf(name)] ?? '';
  return {
    rows: rows.slice(head + 1).filter((r) => cell(r, KEY)),
    cell,
    fill(key: string, cells: Record<string, string>) {
      const row = rows.find((r) => cell(r, KEY) === key);
      if (!row) throw new Error(`no row ${key}`);
      for (const [name, value] of Object.entries(cells)) row[header.indexOf(name)] = value;
    },
    write: (to: string) => fs.writeFileSync(to, `\ufeff${rows.map((r) => r.map(quote).join(',')).join('\r\n')}\r\n`),
  };
}

const UNIT = ['--county', 'qinshui', '--plan', 'qinshui-2021-water', '--unit', '县住建局'];

async function reported(dir: string) {
  expect((await run(['ledger', ...UNIT, '--as-of', '2021-06-30', '--status', 'status.yaml', '--output', 'out.csv'], { cwd: dir })).code).toBe(0);
  const sheet = ledger(path.join(dir, 'out.csv'));
  // three milestones of fixed dates, due by the end of the year
  const keys = sheet.rows.map((r) => sheet.cell(r, KEY)).filter((k) => !k.includes('@')).slice(0, 3);
  expect(keys).toHaveLength(3);
  for (const k of keys) sheet.fill(k, { 完成情况: '已完成', 完成日期: '2021-06-20', 佐证文号: '沁住建字〔2021〕9号' });
  sheet.write(path.join(dir, 'back.csv'));
  const imported = await run(['import', 'back.csv', '--status', 'status.yaml'], { cwd: dir });
  expect(imported.stderr).toBe('');
  expect(imported.stdout).toContain('new entries (3):');
  return keys.map((k) => { const [task, milestone] = k.split('|').slice(-2); return { key: k, task: task as string, milestone: milestone as string }; });
}

function workspace(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plancheck-signoff-'));
  fs.writeFileSync(path.join(dir, 'status.yaml'), '# 沁水县进度\nentries: []\n');
  return dir;
}
const AS_OF = ['--as-of', '2021-07-10', '--status', 'status.yaml'];

/** One milestone as list --format json gives it. */
async function milestoneOf(dir: string, r: { task: string; milestone: string }) {
  const json = JSON.parse((await run(['list', '--county', 'qinshui', '--plan', 'qinshui-2021-water', '--format', 'json', ...AS_OF], { cwd: dir })).stdout) as { tasks: Array<{ id: string; milestones: Array<{ id: string; state: string; review?: string; waited?: number; verdict?: { reason?: string } }> }> };
  return json.tasks.find((t) => t.id === r.task)?.milestones.find((m) => m.id === r.milestone);
}

describe('办结销号: the round trip', () => {
  it('reported, signed off, sent back: every view tells them apart, and the next ledger shows the sent-back one open with its reason', async () => {
    const dir = workspace();
    const [a, b, c] = await reported(dir);
    expect(fs.readFileSync(path.join(dir, 'status.yaml'), 'utf8')).toContain('by: 县住建局');
    const signed = await run(['signoff', a!.task, a!.milestone, '--date', '2021-07-02', ...AS_OF], { cwd: dir });
    expect(signed.stderr).toBe('');
    expect(signed.stdout).toContain(`${a!.task} ${a!.milestone}: done on time; signed off 2021-07-02`);
    const back = await run(['reject', b!.task, b!.milestone, '--reason', '佐证材料不全', '--date', '2021-07-03', ...AS_OF], { cwd: dir });
    expect(back.stdout).toContain(`${b!.task} ${b!.milestone}:`);
    expect(back.stdout).toContain('sent back 2021-07-03: 佐证材料不全');

    expect(await milestoneOf(dir, a!)).toMatchObject({ state: 'done-on-time', review: 'signed-off' });
    expect(await milestoneOf(dir, b!)).toMatchObject({ review: 'sent-back', verdict: { reason: '佐证材料不全' } });
    expect((await milestoneOf(dir, b!))?.state.startsWith('done')).toBe(false);
    expect(await milestoneOf(dir, c!)).toMatchObject({ state: 'done-on-time', review: 'reported', waited: 20 });

    const shown = (await run(['show', c!.task, ...AS_OF, '--lang', 'zh'], { cwd: dir })).stdout;
    expect(shown).toContain('单位报完成，待核实20天');

    // The circular of July: the sent-back one is not among the completed, and is listed as sent back with its reason.
    const circular = JSON.parse((await run(['report', '--month', '2021-07', '--county', 'qinshui', '--plan', 'qinshui-2021-water', '--format', 'json', '--as-of', '2021-08-01', '--status', 'status.yaml'], { cwd: dir })).stdout) as { completed: Array<{ task: string }>; signoff: { waiting: Array<{ task: string; milestone: string; waited: number }>; sentBack: Array<{ task: string; milestone: string; reason: string }> } };
    expect(circular.signoff.sentBack).toMatchObject([{ task: b!.task, milestone: b!.milestone, reason: '佐证材料不全' }]);
    expect(circular.signoff.waiting.map((i) => `${i.task} ${i.milestone}`)).toEqual([`${c!.task} ${c!.milestone}`]);
    const zh = (await run(['report', '--month', '2021-07', '--county', 'qinshui', '--plan', 'qinshui-2021-water', '--format', 'markdown', '--as-of', '2021-08-01', '--status', 'status.yaml', '--lang', 'zh'], { cwd: dir })).stdout;
    expect(zh).toContain('（一）单位报完成、待核实销号事项1项');
    expect(zh).toMatch(/（二）本月退回事项1项[^\n]*\n\n\|.*\n\|.*\n\| [^\n]*佐证材料不全 \|/);

    const next = await run(['ledger', ...UNIT, ...AS_OF, '--output', 'next.csv'], { cwd: dir });
    expect(next.code).toBe(0);
    const sheet = ledger(path.join(dir, 'next.csv'));
    const row = (k: string) => sheet.rows.find((r) => sheet.cell(r, KEY) === k) ?? [];
    expect(sheet.cell(row(b!.key), '核实情况')).toBe('已退回（2021-07-03）：佐证材料不全');
    expect(sheet.cell(row(b!.key), '当前状态')).not.toMatch(/完成/);
    expect(sheet.cell(row(a!.key), '核实情况')).toBe('已核实销号（2021-07-02）');
    expect(sheet.cell(row(c!.key), '核实情况')).toBe('单位报完成，待核实20天');
  });

  it('a unit cannot sign itself off through its ledger: 核实情况 is read only from the office\'s own copy', async () => {
    const dir = workspace();
    const [, , c] = await reported(dir);
    expect((await run(['ledger', ...UNIT, ...AS_OF, '--output', 'mine.csv'], { cwd: dir })).code).toBe(0);
    const sheet = ledger(path.join(dir, 'mine.csv'));
    sheet.fill(c!.key, { 核实情况: '核实销号（2021-07-05）' });
    sheet.write(path.join(dir, 'mine.csv'));
    const before = fs.readFileSync(path.join(dir, 'status.yaml'), 'utf8');
    const unit = await run(['import', 'mine.csv', '--status', 'status.yaml'], { cwd: dir });
    expect(unit.code).toBe(0);
    expect(fs.readFileSync(path.join(dir, 'status.yaml'), 'utf8')).toBe(before);
    expect((await milestoneOf(dir, c!))?.review).toBe('reported');

    // The office's own copy, imported as such, records the verdict.
    const office = await run(['import', 'mine.csv', '--status', 'status.yaml', '--office'], { cwd: dir });
    expect(office.stderr).toBe('');
    expect(office.stdout).toContain(`${c!.task} ${c!.milestone}  signed off 2021-07-05`);
    expect(fs.readFileSync(path.join(dir, 'status.yaml'), 'utf8')).toMatch(/verdict: signed-off\n {4}date: 2021-07-05\n {4}by: office/);
    // imported again, the same verdict adds nothing
    expect((await run(['import', 'mine.csv', '--status', 'status.yaml', '--office'], { cwd: dir })).stdout).toMatch(/nothing to add/);
  });

  it('a verdict on what no unit reported, or given twice, is refused (exit 2) and writes nothing', async () => {
    const dir = workspace();
    const [a] = await reported(dir);
    const before = fs.readFileSync(path.join(dir, 'status.yaml'), 'utf8');
    const none = await run(['signoff', 'QS21-WATER-2-04', 'm3', '--date', '2021-07-02', ...AS_OF], { cwd: dir });
    expect([none.code, none.stderr]).toEqual([2, 'plancheck: QS21-WATER-2-04 m3: no unit has reported it done; only a reported completion is signed off or sent back\n']);
    expect((await run(['signoff', a!.task, a!.milestone, '--date', '2021-06-19', ...AS_OF], { cwd: dir })).stderr).toContain('is before the unit reported it done (2021-06-20)');
    expect(fs.readFileSync(path.join(dir, 'status.yaml'), 'utf8')).toBe(before);
    expect((await run(['reject', a!.task, a!.milestone, '--reason', '不符', '--date', '2021-07-02', ...AS_OF], { cwd: dir })).code).toBe(0);
    expect((await run(['signoff', a!.task, a!.milestone, '--date', '2021-07-03', ...AS_OF], { cwd: dir })).stderr).toContain('was already sent back on 2021-07-02');
  });

  it('with signoffProof set, a sign-off without a document number or link is refused', async () => {
    const dir = workspace();
    expect((await run(['ledger', ...UNIT, '--as-of', '2021-06-30', '--status', 'status.yaml', '--output', 'out.csv'], { cwd: dir })).code).toBe(0);
    const sheet = ledger(path.join(dir, 'out.csv'));
    const key = sheet.rows.map((r) => sheet.cell(r, KEY)).find((k) => !k.includes('@')) as string;
    sheet.fill(key, { 完成情况: '已完成', 完成日期: '2021-06-20', 佐证材料: '照片' });
    sheet.write(path.join(dir, 'back.csv'));
    expect((await run(['import', 'back.csv', '--status', 'status.yaml'], { cwd: dir })).code).toBe(0);
    fs.writeFileSync(path.join(dir, 'report.yaml'), 'signoffProof: true\n');
    const [task, milestone] = key.split('|').slice(-2) as [string, string];
    const refused = await run(['signoff', task, milestone, '--date', '2021-07-02', ...AS_OF], { cwd: dir });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('requires proof for a sign-off');
    expect((await run(['signoff', task, milestone, '--date', '2021-07-02', '--document', '沁住建字〔2021〕9号', ...AS_OF], { cwd: dir })).code).toBe(0);
  });

  it('check --require-signoff counts a reported completion past its deadline as overdue; without it, as done', async () => {
    const dir = workspace();
    fs.writeFileSync(path.join(dir, 'status.yaml'), 'entries:\n  - { task: QS21-WATER-2-10, milestone: m2, state: done, date: 2021-04-29, by: 县水务局 }\n');
    const errors = async (...more: string[]) => (JSON.parse((await run(['check', '--county', 'qinshui', '--plan', 'qinshui-2021-water', '--format', 'json', ...AS_OF, ...more], { cwd: dir })).stdout) as { findings: Array<{ task: string; milestone: string }> }).findings.filter((f) => f.task === 'QS21-WATER-2-10' && f.milestone === 'm2').length;
    expect(await errors()).toBe(0);
    expect(await errors('--require-signoff')).toBe(1);
  });
});
