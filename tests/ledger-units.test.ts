// The pure parts of the ledger loop: dates as units write them, keys, the ledger's rows, rows back as
// status entries (each bad row named by row and column), and the merge rules.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { prepare, type Context } from '../src/context.js';
import type { PlanWithTexts } from '../src/model.js';
import { selectedItems } from '../src/commands/views.js';
import { cellDate } from '../src/ledger/cellDate.js';
import { formatKey, parseKey } from '../src/ledger/key.js';
import type { LedgerLine } from '../src/ledger/read.js';
import { ledgerSheet, planReference } from '../src/ledger/sheet.js';
import { ledgerEntries } from '../src/status/fromLedger.js';
import { mergeEntries } from '../src/status/merge.js';
import { parseMarkArgs } from '../src/status/mark.js';
import { FIXTURE } from './helpers/cli.js';

let ctx: Context<PlanWithTexts>;
beforeAll(async () => {
  ctx = await prepare({ plans: path.join(FIXTURE, 'plans'), status: path.join(FIXTURE, 'status.yaml'), asOf: '2021-07-15' }, { cwd: FIXTURE, now: Date.UTC(2021, 7, 1), color: false }, { texts: true });
});

const KEY = (task: string, ref: string) => `plancheck:1|demo|demo-2021-air|演示政办发〔2021〕1号|${task}|${ref}`;
const line = (row: number, cells: LedgerLine['cells']): LedgerLine => ({ row, cells });
const read = (lines: LedgerLine[], county?: string) => ledgerEntries(lines, ctx.project, { file: '/x/台账-县住建局.xlsx', today: '2021-08-01', ...(county ? { county } : {}) });

describe('dates in a ledger cell', () => {
  it.each([
    [new Date(Date.UTC(2021, 5, 30)), '2021-06-30'],
    [44377, '2021-06-30'],
    ['44377', '2021-06-30'],
    ['2021/6/30', '2021-06-30'],
    ['2021.6.30', '2021-06-30'],
    ['2021-06-30', '2021-06-30'],
    ['2021-6-3', '2021-06-03'],
    ['2021年6月30日', '2021-06-30'],
    [' 2021 年 6 月 30 日 ', '2021-06-30'],
    ['2021/2/30', undefined],
    ['2021/13/1', undefined],
    ['6月30日', undefined],
    ['下周', undefined],
    [60, undefined],
    [44377.5, undefined],
  ])('%s → %s', (value, iso) => expect(cellDate(value)).toBe(iso));
});

describe('row keys and milestone references', () => {
  it('round-trips, occurrence included', () => {
    const key = { county: 'demo', plan: 'demo-2021-air', document: '演示政办发〔2021〕1号', task: 'DM21-AIR-02', milestone: 'm1', occurrence: '2021-Q2' };
    expect(parseKey(formatKey(key))).toEqual(key);
    expect(parseKey('DM21-AIR-02|m1')).toBeUndefined();
    expect(parseKey(`${formatKey(key)}|x`)).toBeUndefined();
  });
  it('mark reads a milestone, an occurrence and a state in either language', () => {
    expect(parseMarkArgs(['m1@2021-Q2', 'done'])).toEqual({ ref: { milestone: 'm1', occurrence: '2021-Q2' }, state: { state: 'done' } });
    expect(parseMarkArgs(['已完成'])).toEqual({ state: { state: 'done' } });
    expect(parseMarkArgs(['m2', '申请延期'])).toEqual({ ref: { milestone: 'm2' }, state: { state: 'in-progress', note: '申请延期' } });
    expect(() => parseMarkArgs(['m2', 'finished'])).toThrow(/unknown state/);
    expect(() => parseMarkArgs(['x2'])).toThrow(/neither a state/);
  });
});

describe('the ledger as data', () => {
  it('one row per milestone and past occurrence, in plan order, with key, reference, units and light', () => {
    const sheet = ledgerSheet(ctx.project, selectedItems(ctx), { asOf: ctx.asOf, lights: {}, countyName: '演示县' });
    const keys = sheet.rows.map((r) => String(r.cells.key).split('|').slice(4).join(' '));
    // DM21-AIR-02 recurs quarterly from the issue (2021-05-11): Q2 and Q3 by 15 July, not Q4.
    expect(keys).toEqual(['DM21-AIR-01 m1', 'DM21-AIR-02 m1@2021-Q2', 'DM21-AIR-02 m1@2021-Q3', 'DM21-AIR-03 m1', 'DM21-AIR-04 m1', 'DM21-AIR-05 m1', 'DM21-AIR-05 m2']);
    const first = sheet.rows[0];
    expect(first?.cells).toMatchObject({ seq: 1, ref: '二1 / 附件第1行', lead: '县生态局、县住建局', deadline: '2021-03-31', contact: '县住建局 王建国 0356-7021234' });
    expect(sheet.rows.find((r) => String(r.cells.key).endsWith('DM21-AIR-04|m1'))?.cells).toMatchObject({ lead: '县住建局', support: '各乡（镇）人民政府', deadline: '持续开展' });
    expect(sheet.columns.some((c) => c.id === 'contact')).toBe(true);
  });
  it('gives the plan\'s own reference: section numbers and item, annex rows as runs', () => {
    const task = { source: { body: { section: ['三、重点任务', '（五）强化面源污染治理'], item: '18' }, annex: ['24', '25', '26', '28', '#3'].map((row) => ({ table: 'A1', row, cells: {} })) } };
    expect(planReference(task as never, { annexes: [{ id: 'A1', label: '附件 1' }] } as never)).toBe('三（五）18 / 附件1第24—26、28、3行');
  });
  it('a unit\'s ledger has its contact in the title block, not a column', () => {
    const housing = ctx.project.counties.get('demo')?.units.get('housing');
    const sheet = ledgerSheet(ctx.project, selectedItems(ctx), { asOf: ctx.asOf, lights: {}, countyName: '演示县', units: housing ? [housing] : [] });
    expect(sheet.title).toBe('演示县生态环境保护行动计划任务台账（县住建局）');
    expect(sheet.lines).toContain('联系人：县住建局 王建国 0356-7021234');
    expect(sheet.columns.some((c) => c.id === 'contact')).toBe(false);
  });
  it('overdue rows are red and due-soon rows take the lights\' colour', () => {
    const at = (asOf: string, soonColor?: 'blue') => ledgerSheet(ctx.project, selectedItems({ ...ctx, asOf }), { asOf, lights: soonColor ? { soonColor } : {}, countyName: '演示县' });
    const light = (asOf: string, key: string, soonColor?: 'blue') => at(asOf, soonColor).rows.find((r) => String(r.cells.key).endsWith(key))?.light;
    expect(light('2021-09-20', 'DM21-AIR-02|m1@2021-Q3')).toBe('yellow');
    expect(light('2021-09-20', 'DM21-AIR-02|m1@2021-Q3', 'blue')).toBe('blue');
    expect(light('2021-10-05', 'DM21-AIR-02|m1@2021-Q3')).toBe('red');
    expect(light('2021-10-05', 'DM21-AIR-01|m1')).toBeUndefined(); // done
  });
});

describe('rows back as status entries', () => {
  it('makes entries of filled rows, skips empty ones silently and sets aside rows without a key', () => {
    const out = read([
      line(5, { key: KEY('DM21-AIR-05', 'm2'), result: '已完成', date: '2021/7/20', evidence: '改造验收', document: '演示环函〔2021〕7号', link: 'https://example.org/a' }),
      line(6, { key: KEY('DM21-AIR-02', 'm1@2021-Q3'), result: '推进中', progress: '已检查两次' }),
      line(7, { key: KEY('DM21-AIR-03', 'm1') }),
      line(8, { result: '已完成', date: '2021-07-01', progress: '额外一行' }),
      line(9, { key: KEY('DM21-AIR-04', 'm1'), result: '申请延期', progress: '资金未到位' }),
    ]);
    expect(out.findings).toEqual([]);
    expect(out.unkeyed).toEqual([8]);
    expect(out.entries).toEqual([
      { row: 5, dated: true, entry: { task: 'DM21-AIR-05', milestone: 'm2', state: 'done', date: '2021-07-20', evidence: [{ text: '改造验收', document: '演示环函〔2021〕7号', link: 'https://example.org/a' }], by: '县生态局' } },
      { row: 6, dated: false, entry: { task: 'DM21-AIR-02', milestone: 'm1', occurrence: '2021-Q3', state: 'in-progress', date: '2021-08-01', note: '已检查两次', by: '县交通运输局' } },
      { row: 9, dated: false, entry: { task: 'DM21-AIR-04', milestone: 'm1', state: 'in-progress', date: '2021-08-01', note: '申请延期：资金未到位', by: '县住建局' } },
    ]);
  });

  it.each([
    ['an unknown key', { key: KEY('DM21-AIR-99', 'm1'), result: '已完成', date: '2021-07-01' }, 'LEDGER_UNKNOWN_KEY', 'plancheck键（勿改）'],
    ['a key that is not one', { key: 'abc', result: '已完成', date: '2021-07-01' }, 'LEDGER_UNKNOWN_KEY', 'plancheck键（勿改）'],
    ['an unknown milestone', { key: KEY('DM21-AIR-01', 'm7'), result: '已完成', date: '2021-07-01' }, 'LEDGER_UNKNOWN_KEY', 'plancheck键（勿改）'],
    ['an occurrence the milestone does not have', { key: KEY('DM21-AIR-02', 'm1@2021-Q1'), result: '已完成', date: '2021-07-01' }, 'LEDGER_UNKNOWN_KEY', 'plancheck键（勿改）'],
    ['a date that is none', { key: KEY('DM21-AIR-05', 'm2'), result: '已完成', date: '2021/6/31' }, 'LEDGER_BAD_DATE', '完成日期'],
    ['a date in words', { key: KEY('DM21-AIR-05', 'm2'), result: '已完成', date: '上周五' }, 'LEDGER_BAD_DATE', '完成日期'],
    ['a date after today', { key: KEY('DM21-AIR-05', 'm2'), result: '已完成', date: '2021年9月1日' }, 'LEDGER_DATE_IN_FUTURE', '完成日期'],
    ['a date before the plan was issued', { key: KEY('DM21-AIR-05', 'm2'), result: '已完成', date: 44300 }, 'LEDGER_DATE_BEFORE_ISSUE', '完成日期'],
    ['已完成 without a date', { key: KEY('DM21-AIR-05', 'm2'), result: '已完成', evidence: '验收' }, 'LEDGER_DONE_WITHOUT_DATE', '完成日期'],
    ['a state not in the list', { key: KEY('DM21-AIR-05', 'm2'), result: '基本完成', date: '2021-07-01' }, 'LEDGER_BAD_STATE', '完成情况'],
    ['no state with progress written', { key: KEY('DM21-AIR-05', 'm2'), progress: '在做' }, 'LEDGER_BAD_STATE', '完成情况'],
  ])('%s is refused, naming the file, row and column', (_name, cells, code, header) => {
    const out = read([line(12, cells as LedgerLine['cells'])]);
    expect(out.entries).toEqual([]);
    expect(out.findings.map((f) => [f.code, f.args.subject])).toEqual([[code, `台账-县住建局.xlsx 第12行 ${header}`]]);
  });

  it('refuses a ledger of another county or plan set, whole', () => {
    const other = read([line(5, { key: 'plancheck:1|qinshui|qinshui-2021-water|沁政办发〔2021〕19号|QS21-WATER-2-04|m2', result: '已完成', date: '2021-07-01' })]);
    expect(other.findings.map((f) => f.code)).toEqual(['LEDGER_OTHER_PLANS']);
    const revised = read([line(5, { key: KEY('DM21-AIR-05', 'm2').replace('〔2021〕1号', '〔2021〕2号'), result: '已完成', date: '2021-07-01' })]);
    expect(revised.findings.map((f) => f.code)).toEqual(['LEDGER_OTHER_PLANS']);
    const wrongCounty = read([line(5, { key: KEY('DM21-AIR-05', 'm2'), result: '已完成', date: '2021-07-01' })], 'qinshui');
    expect(wrongCounty.findings.map((f) => f.code)).toEqual(['LEDGER_OTHER_PLANS']);
    expect(wrongCounty.entries).toEqual([]);
  });
});

describe('merge rules', () => {
  const existing = [
    { task: 'DM21-AIR-05', milestone: 'm2', state: 'in-progress' as const, date: '2021-08-01', note: '设备已招标' },
    { task: 'DM21-AIR-01', state: 'done' as const, date: '2021-04-20' },
  ];
  const candidate = (row: number, entry: Record<string, unknown>, dated = true) => ({ row, dated, entry: { task: 'DM21-AIR-05', milestone: 'm2', state: 'done', date: '2021-08-10', ...entry } as never });
  it('new, change, same, conflict', () => {
    const merged = mergeEntries([
      candidate(1, { task: 'DM21-AIR-03', milestone: 'm1' }),
      candidate(2, {}),
      candidate(3, { state: 'in-progress', date: '2021-08-01', note: '设备已招标' }),
      candidate(4, { task: 'DM21-AIR-01', milestone: 'm1', date: '2021-04-01' }),
      candidate(5, { task: 'DM21-AIR-01', milestone: 'm1', date: '2021-04-20', state: 'blocked' }),
      candidate(6, { state: 'done', date: '2021-09-01' }, false),
      candidate(7, {}),
    ], existing, ctx.project);
    expect(merged.map((m) => m.outcome.kind)).toEqual(['new', 'change', 'same', 'conflict', 'conflict', 'same', 'same']);
  });
  it('of two entries on one date, the later line is the report a change follows (the rule of the status index)', () => {
    const sameDay = [
      { task: 'DM21-AIR-05', milestone: 'm2', state: 'in-progress' as const, date: '2021-08-01' },
      { task: 'DM21-AIR-05', milestone: 'm2', state: 'blocked' as const, date: '2021-08-01' },
    ];
    const [merged] = mergeEntries([candidate(1, {})], sameDay, ctx.project);
    expect(merged?.outcome).toEqual({ kind: 'change', before: sameDay[1] });
  });
});
