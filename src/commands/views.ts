// due, late, done, list: milestones (or tasks) selected by date and state, in a table or as JSON.
import { addDaysIso, periodBounds, type IsoDate } from '../dates/calendar.js';
import { dateArgument, monthArgument } from '../dates/typed.js';
import type { Context } from '../context.js';
import { days, statusNotes } from '../context.js';
import { evaluate, isDone, type EngineOptions, type Item } from '../engine/evaluate.js';
import { UsageError } from '../errors.js';
import type { LoadedPlan, PlanWithTexts, TaskRef } from '../model.js';
import { renderItemsTable } from '../render/itemsTable.js';
import { renderJson, taskJson, JSON_VERSION } from '../render/json.js';
import { renderTasksTable } from '../render/tasksTable.js';
import { filterItems, matchesUnit, selectTasks } from '../select.js';
import { parseFormat, viewOf, withoutStatusHint, type Fit, type Output, type View } from './output.js';
import { byText } from '../order.js';
import { timed } from '../timings.js';

const OPEN = new Set<Item['state']>(['overdue', 'soft-missed', 'due-soon', 'upcoming', 'in-force']);
const byDeadline = (a: Item, b: Item): number =>
  byText(a.deadline ?? '9999', b.deadline ?? '9999') || byText(a.task.id, b.task.id) || byText(a.milestone.id, b.milestone.id);

/** All milestones of the selected tasks, evaluated as of the context's date and filtered by unit; plans
 * issued after knownBy (default: the as-of date) are not yet issued and left out. */
export function selectedItems<L extends LoadedPlan>(ctx: Context<L>, more: Pick<EngineOptions, 'knownBy' | 'requireSignoff'> = {}): Item[] {
  const items = timed('evaluate', () => evaluate(selectTasks(ctx.project, ctx.filters), ctx.index, { asOf: ctx.asOf, soonDays: ctx.soonDays, ...more }));
  return filterItems(items, ctx.filters);
}

/** The first and last day of a month typed after --month (2021-06, 2021-6, 2021年6月). */
export const monthBounds = (month: string): { start: IsoDate; end: IsoDate } => periodBounds(monthArgument('--month', month));

type ViewFlags = Fit & { format?: string };

function render(view: View, command: string, items: Item[], opts: Fit, extra: Record<string, string | undefined> = {}): Output {
  const { ctx } = view;
  const stdout = timed('render', () =>
    view.format === 'json'
      ? renderJson(items, view.ctx.project, { command, asOf: ctx.asOf, filters: { ...filterEcho(ctx), ...extra } })
      : renderItemsTable(items, ctx.project, viewOf(ctx, opts)));
  return { stdout, exitCode: 0, notes: statusNotes(ctx) };
}

const filterEcho = (ctx: Context<LoadedPlan>) => ({
  county: ctx.filters.county,
  category: ctx.filters.category,
  plan: ctx.filters.plan,
  unit: ctx.filters.units ? [...ctx.filters.units.entries()].map(([c, ids]) => `${c}:${[...ids].join('+')}`).join(',') : undefined,
  leadOnly: ctx.filters.leadOnly,
});

export function dueCommand(view: View, opts: Fit & { within?: string; month?: string }): Output {
  const { ctx } = view;
  if (opts.month && opts.within) throw new UsageError((w) => w.contradict('--month', '--within', w.monthWithin));
  const all = selectedItems(ctx);
  if (opts.month) {
    const { start, end } = monthBounds(opts.month);
    const items = all.filter((i) => i.deadline !== undefined && i.deadline >= start && i.deadline <= end).sort(byDeadline);
    return render(view, 'due', items, opts, { month: monthArgument('--month', opts.month) });
  }
  const horizon = addDaysIso(ctx.asOf, days(opts.within, 30, '--within'));
  const items = all.filter((i) => OPEN.has(i.state) && i.deadline !== undefined && i.deadline <= horizon).sort(byDeadline);
  return render(view, 'due', items, opts, { until: horizon });
}

export function lateCommand(view: View, opts: Fit): Output {
  const items = selectedItems(view.ctx).filter((i) => i.state === 'overdue' || i.state === 'soft-missed').sort(byDeadline);
  return render(view, 'late', items, opts);
}

export function doneCommand(view: View, opts: Fit & { month?: string; since?: string; until?: string }): Output {
  const { ctx } = view;
  const [since, until] = [['--since', opts.since], ['--until', opts.until]].map(([flag, value]) => (value === undefined ? undefined : dateArgument(flag!, value, ctx.today)));
  if (opts.month && (opts.since || opts.until)) throw new UsageError((w) => w.contradict('--month', opts.since ? '--since' : '--until', w.monthPeriod));
  const bounds = opts.month ? monthBounds(opts.month) : { start: since ?? '0000-01-01', end: until ?? ctx.asOf };
  if (bounds.end < bounds.start) throw new UsageError((w) => w.emptyPeriod(bounds.end, opts.until ? '--until' : undefined, bounds.start));
  const items = selectedItems(ctx)
    .filter((i) => i.doneDate !== undefined && i.doneDate >= bounds.start && i.doneDate <= bounds.end && isDone(i))
    .sort((a, b) => byText(a.doneDate ?? '', b.doneDate ?? '') || byDeadline(a, b));
  return render(view, 'done', items, opts, { since: bounds.start, until: bounds.end });
}

export function listCommand(ctx: Context<PlanWithTexts>, opts: ViewFlags): Output {
  const refs = selectTasks(ctx.project, ctx.filters).filter(
    ({ task, plan }) => matchesUnit(task.units, plan.county, ctx.filters) || task.milestones.some((m) => m.units && matchesUnit(m.units, plan.county, ctx.filters)),
  );
  if (parseFormat(opts.format) === 'table') return { stdout: renderTasksTable(refs, ctx.project, viewOf(ctx, opts)), exitCode: 0, notes: withoutStatusHint(statusNotes(ctx)) };
  const items = evaluate(refs, ctx.index, { asOf: ctx.asOf, soonDays: ctx.soonDays });
  const tasks = refs.map((ref: TaskRef<PlanWithTexts>) => taskJson(ref, items.filter((i) => i.task === ref.task), ctx.project));
  return { stdout: `${JSON.stringify({ version: JSON_VERSION, command: 'list', asOf: ctx.asOf, filters: filterEcho(ctx), tasks }, null, 2)}\n`, exitCode: 0, notes: statusNotes(ctx) };
}
