// The year's assessment (report --year): for any status file its figures are those of the year's twelve
// monthly circulars (each unit's row the sum of its rows in them, judged at the year's end), what carries
// over is the December circular's 累计逾期未完成, refusals count and a refused milestone is not done; the
// office's scoring rule makes the scores it states; the command's forms, options and errors.
import fc from 'fast-check';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { circularOf, yearReportOf } from '../src/commands/report.js';
import { prepare, type Context } from '../src/context.js';
import { addDaysIso } from '../src/dates/calendar.js';
import { evaluate } from '../src/engine/evaluate.js';
import { indexStatus } from '../src/engine/statusIndex.js';
import type { PlanWithTexts, StatusFile } from '../src/model.js';
import { DUE_OUTCOMES, type DueFigures } from '../src/report/figures.js';
import { scoreOf, type YearUnitRow } from '../src/report/yearly.js';
import { plancheck, ROOT, run } from './helpers/cli.js';

let base: Context<PlanWithTexts>;
let milestones: Array<{ task: string; milestone: string; occurrence?: string }>;
const STATUS = path.join(ROOT, 'examples/qinshui-2021-status.yaml');
const dir = mkdtempSync(path.join(tmpdir(), 'plancheck-year-'));
const YEAR_END = '2021-12-31';
const JUDGED = '2022-01-01';
const MONTHS = Array.from({ length: 12 }, (_, n) => `2021-${String(n + 1).padStart(2, '0')}`);

beforeAll(async () => {
  base = await prepare({ status: STATUS, county: 'qinshui', asOf: JUDGED, lang: 'zh' }, { cwd: ROOT, now: Date.parse('2026-12-03T00:00:00Z'), color: false }, { texts: true });
  milestones = evaluate(base.project.tasks.values(), base.index, { asOf: JUDGED, soonDays: 7 })
    .filter((i) => i.plan.county === 'qinshui')
    .map((i) => ({ task: i.task.id, milestone: i.milestone.id, ...(i.occurrence ? { occurrence: i.occurrence } : {}) }));
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A run over another status file, judged `asOf`, known by `knownBy`. */
const withStatus = (status: StatusFile, asOf: string) => ({ ...base, asOf, status: { ...base.status, status }, index: indexStatus(status, base.project, asOf) });
const judged = (ctx: Context, knownBy: string) => ({ knownBy, index: knownBy === ctx.asOf ? ctx.index : indexStatus(ctx.status.status, ctx.project, knownBy), lights: {}, reportingDay: 25 });

const add = (a: DueFigures, b: DueFigures): DueFigures => ({ total: a.total + b.total, ...(Object.fromEntries(DUE_OUTCOMES.map((o) => [o, a[o] + b[o]])) as Omit<DueFigures, 'total'>) });
const ZERO: DueFigures = { total: 0, ...(Object.fromEntries(DUE_OUTCOMES.map((o) => [o, 0])) as Omit<DueFigures, 'total'>) };

const day = fc.integer({ min: -60, max: 400 }).map((n) => addDaysIso('2021-01-01', n));
const statusFile = fc.record({
  entries: fc.array(fc.record({ pick: fc.nat(), state: fc.constantFrom('done', 'done', 'done', 'in-progress', 'waived'), date: day }), { maxLength: 80 }),
  verdicts: fc.array(fc.record({ pick: fc.nat(), verdict: fc.constantFrom('signed-off', 'sent-back'), date: day }), { maxLength: 20 }),
  extensions: fc.array(fc.record({ pick: fc.nat(), due: day }), { maxLength: 8 }),
});

function toStatus(s: { entries: Array<{ pick: number; state: string; date: string }>; verdicts: Array<{ pick: number; verdict: string; date: string }>; extensions: Array<{ pick: number; due: string }> }): StatusFile {
  const pick = (n: number) => milestones[n % milestones.length] as (typeof milestones)[number];
  return {
    entries: s.entries.map((e) => ({ ...pick(e.pick), state: e.state as 'done', date: e.date })),
    verdicts: s.verdicts.map((v) => ({ ...pick(v.pick), verdict: v.verdict as 'sent-back', date: v.date, by: 'office', ...(v.verdict === 'sent-back' ? { reason: '佐证不足' } : {}) })),
    // An extension moves a deadline, and so the month a milestone falls due in, for the year as for the circulars.
    extensions: s.extensions.map((e) => ({ task: pick(e.pick).task, milestone: pick(e.pick).milestone, due: e.due, approvedBy: '县政府', reason: '工期调整' })),
  };
}

describe('the year reconciles with its twelve circulars', () => {
  it('each unit, category and the year as the sum of the months; what carries over as December\'s overdue (property)', () => {
    fc.assert(
      fc.property(statusFile, (s) => {
        const ctx = withStatus(toStatus(s), JUDGED);
        const year = yearReportOf(ctx, 2021, judged(ctx, YEAR_END));
        // The twelve circulars, each judged at the year's end (as the December circular's twelve months are).
        const circulars = MONTHS.map((m) => circularOf(ctx, m, judged(ctx, YEAR_END)));
        const sum = new Map<string, DueFigures>();
        // (a circular has a row for a unit with only older milestones overdue: nothing of it fell due in the month)
        for (const c of circulars) for (const u of c.units) if (u.due.total > 0) sum.set(`${u.unit}|${u.role}`, add(sum.get(`${u.unit}|${u.role}`) ?? ZERO, u.due));
        // A unit with nothing due in the year has a row where its work was sent back in it.
        const rows = new Map(year.units.map((u) => [`${u.unit}|${u.role}`, u]));
        for (const [key, u] of rows) expect(u.due.total || u.sentBack, key).toBeGreaterThan(0);
        expect(new Map([...rows].filter(([, u]) => u.due.total > 0).map(([k, u]) => [k, u.due]))).toEqual(sum);
        expect(year.due).toEqual(circulars.reduce((a, c) => add(a, c.figures.due), ZERO));
        for (const { category, due } of year.byCategory) {
          expect(due).toEqual(circulars.reduce((a, c) => add(a, c.byCategory.find((b) => b.category === category)?.due ?? ZERO), ZERO));
        }
        // The months as the December circular's twelve months give them.
        const december = circularOf(ctx, '2021-12', judged(ctx, YEAR_END));
        expect(year.months).toEqual(december.trend);
        expect(year.carryOver.overdue.length).toBe(december.figures.overdue.total);
        expect(year.carryOver.softMissed.length).toBe(december.figures.softMissed.total);
        // Each circular judged at its own month's end counts what fell due in it as the year does, but for
        // milestones due before their plan was issued (no circular of that month knew the plan).
        const own = MONTHS.map((m) => {
          const end = m === '2021-12' ? YEAR_END : addDaysIso(`${MONTHS[MONTHS.indexOf(m) + 1]}-01`, -1);
          const c = { ...ctx, asOf: addDaysIso(end, 1), index: indexStatus(ctx.status.status, ctx.project, end) };
          return circularOf(c, m, judged(c, end)).figures.due.total;
        });
        const unknownThen = year.months.reduce((n, m, k) => n + m.due.total - (own[k] ?? 0), 0);
        expect(unknownThen).toBeGreaterThanOrEqual(0);
        expect(own.reduce((a, b) => a + b, 0) + unknownThen).toBe(year.due.total);
        // The year's sign-offs and refusals add up over its units' rows where each milestone has one unit.
        expect(year.signoff.signedOff + year.signoff.waiting).toBeLessThanOrEqual(year.signoff.done);
        expect(year.signoff.done).toBe(year.due.onTime + year.due.late);
      }),
      { numRuns: 25 },
    );
  }, 60_000);
});

describe('sign-off in the year', () => {
  it('a milestone sent back is not done, its unit counts the refusal; one signed off counts as signed off', () => {
    const due = yearReportOf(base, 2021, judged(base, YEAR_END)).carryOver.overdue;
    const [a, b] = due;
    if (!a || !b) throw new Error('the example has no overdue milestones');
    const ref = (i: typeof a) => ({ task: i.task.id, milestone: i.milestone.id, ...(i.occurrence ? { occurrence: i.occurrence } : {}) });
    const status: StatusFile = {
      entries: [{ ...ref(a), state: 'done', date: '2021-11-01' }, { ...ref(b), state: 'done', date: '2021-11-01' }],
      verdicts: [{ ...ref(a), verdict: 'sent-back', date: '2021-11-10', by: 'office', reason: '佐证不足' }, { ...ref(b), verdict: 'signed-off', date: '2021-11-10', by: 'office' }],
    };
    const ctx = withStatus(status, JUDGED);
    const year = yearReportOf(ctx, 2021, judged(ctx, YEAR_END));
    const stateOf = (i: typeof a) => [...year.carryOver.overdue].some((o) => o.task.id === i.task.id && o.milestone.id === i.milestone.id && o.occurrence === i.occurrence);
    expect(stateOf(a)).toBe(true);
    expect(stateOf(b)).toBe(false);
    expect(year.signoff).toMatchObject({ done: 2 - 1, signedOff: 1, sentBack: 1 });
    // Replayed before the verdicts, the year knows neither.
    const before = withStatus(status, '2021-11-05');
    expect(yearReportOf(before, 2021, judged(before, '2021-11-05')).signoff).toMatchObject({ signedOff: 0, sentBack: 0 });
    const unitsOfA = year.units.filter((u) => u.sentBack > 0);
    expect(unitsOfA.length).toBeGreaterThan(0);
    expect(unitsOfA.every((u) => u.due.overdue > 0)).toBe(true);
  });
});

describe('the scoring rule', () => {
  const row = (due: Partial<DueFigures>, sentBack = 0, overdueMonths = 0): Pick<YearUnitRow, 'due' | 'sentBack' | 'overdueMonths'> => ({ due: { ...ZERO, ...due }, sentBack, overdueMonths });
  it('adds the base, each outcome\'s points, each refusal and each full month overdue', () => {
    const rule = { base: 100, onTime: 0, late: -2, overdue: -5, softMissed: -1, sentBack: -1, perOverdueMonth: -0.5 };
    expect(scoreOf(row({ onTime: 10, late: 2, overdue: 1, softMissed: 1 }, 3, 5), rule)).toBe(100 - 4 - 5 - 1 - 3 - 2.5);
    expect(scoreOf(row({ onTime: 3 }), { onTime: 1 })).toBe(3);
    // 0.1 + 0.2 is not 0.3 in binary: a score is stated to two decimals.
    expect(scoreOf(row({ onTime: 1, late: 1 }), { onTime: 0.1, late: 0.2 })).toBe(0.3);
    // 扣完为止: a floor stops the deductions.
    expect(scoreOf(row({ overdue: 40 }), { base: 100, overdue: -3, floor: 0 })).toBe(0);
    expect(scoreOf(row({ overdue: 40 }), { base: 100, overdue: -3 })).toBe(-20);
  });

  it('is read from report.yaml, ranks by score, and is stated in the document', async () => {
    writeFileSync(path.join(dir, 'report.yaml'), 'issuer: 沁水县人民政府督查室\nnumber: 第12期\nassessment:\n  base: 100\n  overdue: -2\n  perOverdueMonth: -1\n');
    const json = await run(['report', '--year', '2021', '--county', 'qinshui', '--status', STATUS, '--format', 'json'], { cwd: dir });
    expect(json.code).toBe(0);
    const data = JSON.parse(json.stdout) as { scoring: unknown; units: YearUnitRow[] };
    expect(data.scoring).toEqual({ base: 100, overdue: -2, perOverdueMonth: -1 });
    const ranked = data.units.filter((u) => u.rank !== undefined);
    for (const u of ranked) expect(u.score).toBe(100 - 2 * u.due.overdue - u.overdueMonths);
    for (let n = 1; n < ranked.length; n++) expect((ranked[n - 1] as YearUnitRow).score).toBeGreaterThanOrEqual((ranked[n] as YearUnitRow).score as number);
    const text = await run(['report', '--year', '2021', '--county', 'qinshui', '--status', STATUS, '--lang', 'zh'], { cwd: dir });
    expect(text.stdout).toContain('评分规则（report.yaml 的 assessment）：基础分100分；逾期未完成每项扣2分；逾期完成或逾期未完成的，每逾期满30天扣1分；其余不计分。');
    expect(text.stdout).toMatch(/第1名 \S+：.*得分\d+/);
    // The default report.yaml's issue number is a monthly circular's: the year's comes with --header.
    expect(text.stdout).not.toContain('第12期');
    expect((await run(['report', '--year', '2021', '--county', 'qinshui', '--status', STATUS, '--lang', 'zh', '--header', 'report.yaml'], { cwd: dir })).stdout).toContain('第12期');
  });

  it('without a rule ranks by on-time rate, scores nothing, and says so', async () => {
    const r = await run(['report', '--year', '2021', '--county', 'qinshui', '--status', STATUS, '--format', 'json']);
    const data = JSON.parse(r.stdout) as { scoring: unknown; units: YearUnitRow[] };
    expect(data.scoring).toBeNull();
    expect(data.units.some((u) => u.score !== undefined)).toBe(false);
    const ranked = data.units.filter((u) => u.rank !== undefined);
    expect(ranked.every((u) => u.role === 'lead')).toBe(true);
    for (let n = 1; n < ranked.length; n++) expect((ranked[n - 1] as YearUnitRow).rate ?? 0).toBeGreaterThanOrEqual((ranked[n] as YearUnitRow).rate ?? 0);
    // Units that share a place share its number, and the next place counts them (1, 2, 2, 4).
    for (let n = 1; n < ranked.length; n++) {
      const [p, q] = [ranked[n - 1] as YearUnitRow, ranked[n] as YearUnitRow];
      expect(q.rank).toBe(p.rate === q.rate && p.due.overdue === q.due.overdue && p.sentBack === q.sentBack ? p.rank : n + 1);
    }
    expect((await run(['report', '--year', '2021', '--county', 'qinshui', '--status', STATUS, '--lang', 'zh'])).stdout).toContain('评分规则：未设评分规则');
  });
});

describe('report --year on the command line', () => {
  it('writes every form; docx and html are documents', async () => {
    for (const format of ['text', 'markdown', 'html']) {
      const r = await run(['report', '--year', '2021', '--county', 'qinshui', '--status', STATUS, '--format', format, '--lang', 'zh']);
      expect(r.code, format).toBe(0);
      expect(r.stdout, format).toContain('沁水县');
      expect(r.stdout, format).toContain('五、结转下年事项');
    }
    const out = path.join(dir, '年度评估.docx');
    const d = await run(['report', '--year', '2021年', '--county', 'qinshui', '--status', STATUS, '--format', 'docx', '--output', out]);
    expect(d.code).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
  });

  it('exits 2 on a bad year, a year to come, or --month with --year', () => {
    const bad = plancheck(['report', '--year', '21', '--lang', 'zh']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--year 应为年份');
    expect(plancheck(['report', '--year', '2099']).code).toBe(2);
    const both = plancheck(['report', '--month', '2021-06', '--year', '2021', '--lang', 'zh']);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('二者选一');
    expect(plancheck(['report', '--lang', 'zh']).stderr).toContain('--year');
  });
});
