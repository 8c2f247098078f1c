// The circular's figures reconcile, for any status file: with each other, with the lists they summarise,
// and with due --month, late and done --month run on the same data for the same month.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { reportCommand } from '../src/commands/report.js';
import { doneCommand, dueCommand, lateCommand } from '../src/commands/views.js';
import { prepare, type Context } from '../src/context.js';
import type { PlanWithTexts } from '../src/model.js';
import { addDaysIso, periodBounds } from '../src/dates/calendar.js';
import { evaluate } from '../src/engine/evaluate.js';
import { indexStatus } from '../src/engine/statusIndex.js';
import type { StatusFile } from '../src/model.js';
import { DUE_OUTCOMES } from '../src/report/figures.js';
import { ROOT } from './helpers/cli.js';

let base: Context<PlanWithTexts>;
/** JSON is not fitted to a width; the views take one all the same. */
const FIT = { width: 100, wrap: false };
let milestones: Array<{ task: string; milestone: string; occurrence?: string }>;
/** Milestones (and occurrences) with a deadline, in a month when their plan was issued: each case waives one. */
let dated: Array<{ ref: { task: string; milestone: string; occurrence?: string }; month: string; county: string; issued: string }>;

beforeAll(async () => {
  base = await prepare({ status: 'examples/qinshui-2021-status.yaml', asOf: '2024-12-31', lang: 'zh' }, { cwd: ROOT, now: Date.parse('2025-01-01T00:00:00Z'), color: false }, { texts: true });
  const items = evaluate(base.project.tasks.values(), base.index, { asOf: '2024-12-31', soonDays: 7 });
  const refOf = (i: (typeof items)[number]) => ({ task: i.task.id, milestone: i.milestone.id, ...(i.occurrence ? { occurrence: i.occurrence } : {}) });
  milestones = items.map(refOf);
  dated = items
    .filter((i) => i.due !== undefined && i.plan.document.date <= periodBounds(i.due.slice(0, 7)).end)
    .map((i) => ({ ref: refOf(i), month: (i.due as string).slice(0, 7), county: i.plan.county, issued: i.plan.document.date }));
}, 60_000);

const day = fc.integer({ min: 0, max: 3 * 365 }).map((n) => addDaysIso('2021-01-01', n));

const statusFile = fc.record({
  entries: fc.array(fc.record({ pick: fc.nat(), state: fc.constantFrom('done', 'done', 'in-progress', 'waived', 'blocked'), date: day }), { maxLength: 120 }),
  extensions: fc.array(fc.record({ pick: fc.nat(), due: day }), { maxLength: 10 }),
});

const milestonesOf = (json: string): Array<{ state: string }> => JSON.parse(json).tasks.flatMap((t: { milestones: Array<{ state: string }> }) => t.milestones);

describe('the circular reconciles', () => {
  it('every section with the others and with due --month, late and done --month', async () => {
    await fc.assert(
      // Every case waives a milestone due in its month (in its county, where it has one), so that the
      // parts of the month's figures are always seen to add up with a waived one among them.
      fc.asyncProperty(statusFile, fc.nat(), fc.boolean(), fc.integer({ min: 0, max: 70 }), async (s, w, inCounty, after) => {
        const anchor = dated[w % dated.length] as (typeof dated)[number];
        const m = anchor.month;
        const c = inCounty ? anchor.county : undefined;
        // Judged on a day of the month or after it, once the anchor's plan is issued.
        const start = periodBounds(m).start;
        const asOf = addDaysIso(anchor.issued > start ? anchor.issued : start, after);
        const pick = (n: number) => milestones[n % milestones.length] as (typeof milestones)[number];
        const isAnchor = (r: { task: string; milestone: string }) => r.task === anchor.ref.task && r.milestone === anchor.ref.milestone;
        const status: StatusFile = {
          // Dated the as-of day and the last line: it stands over any other entry on that milestone.
          entries: [...s.entries.map((e) => ({ ...pick(e.pick), state: e.state as 'done', date: e.date })), { ...anchor.ref, state: 'waived', date: asOf }],
          extensions: s.extensions.filter((e) => !isAnchor(pick(e.pick))).map((e) => ({ task: pick(e.pick).task, milestone: pick(e.pick).milestone, due: e.due, approvedBy: 'x', reason: 'x' })),
        };
        const ctx: Context<PlanWithTexts> = { ...base, asOf, status: { status }, index: indexStatus(status, base.project, asOf), filters: { leadOnly: false, ...(c ? { county: c } : {}) } };
        const report = JSON.parse((await reportCommand(ctx, { month: m, format: 'json', asOf })).stdout);
        const f = report.figures;
        const due = milestonesOf(dueCommand({ format: 'json', ctx }, { month: m, ...FIT }).stdout);
        const late = milestonesOf(lateCommand({ format: 'json', ctx }, FIT).stdout);
        const done = milestonesOf(doneCommand({ format: 'json', ctx }, { month: m, ...FIT }).stdout);
        // Section 一 against the views
        expect(f.due.total).toBe(due.length);
        expect(f.due.waived).toBeGreaterThan(0);
        expect(DUE_OUTCOMES.reduce((n, o) => n + f.due[o], 0)).toBe(f.due.total);
        expect(f.due.overdue).toBe(due.filter((i) => i.state === 'overdue').length);
        expect(f.due.onTime).toBe(due.filter((i) => i.state === 'done-on-time').length);
        expect(f.due.late).toBe(due.filter((i) => i.state === 'done-late').length);
        expect(f.completed.total).toBe(done.length);
        expect(f.completed.dueThisMonth + f.completed.dueEarlier + f.completed.dueLater + f.completed.undated).toBe(f.completed.total);
        expect(f.overdue.total + f.softMissed.total).toBe(late.length);
        expect(f.overdue.total).toBe(late.filter((i) => i.state === 'overdue').length);
        expect(f.overdue.newThisMonth).toBe(f.due.overdue);
        // Every list has as many rows as its total says
        expect(report.completed).toHaveLength(f.completed.total);
        expect(report.overdue).toHaveLength(f.overdue.total);
        expect(report.softMissed).toHaveLength(f.softMissed.total);
        expect(report.completed.filter((i: { deadline?: string }) => i.deadline !== undefined && i.deadline < periodBounds(m).start)).toHaveLength(f.completed.dueEarlier);
        // Categories add up to the month; each unit's outcomes to its total
        expect(report.byCategory.reduce((n: number, c: { due: { total: number } }) => n + c.due.total, 0)).toBe(f.due.total);
        for (const u of report.units) expect(DUE_OUTCOMES.reduce((n, o) => n + u.due[o], 0)).toBe(u.due.total);
        // The last month of the trend is this month
        expect(report.trend.at(-1).due).toEqual(f.due);
        // The words say the same figures, and each list in the text has the rows its total says
        const text = (await reportCommand(ctx, { month: m, format: 'text', asOf })).stdout;
        expect(text).toContain(`本月到期${f.due.total}项：按期完成${f.due.onTime}项`);
        expect(text).toContain(`本月完成${f.completed.total}项，其中本月到期${f.completed.dueThisMonth}项、以前月份到期${f.completed.dueEarlier}项`);
        expect(text).toContain(`累计逾期未完成${f.overdue.total}项，其中本月新增${f.overdue.newThisMonth}项。`);
        const section = text.slice(text.indexOf('五、逾期未完成事项'), text.indexOf('六、'));
        const rows = section.split('\n').filter((l) => /^\d+\. /.test(l)).length;
        expect(rows).toBe(f.overdue.total + f.softMissed.total);
        if (f.overdue.total) expect(section).toContain(`共${f.overdue.total}项`);
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});
