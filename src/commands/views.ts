// due, late, done, list: milestones (or tasks) selected by date and state, in a table or as JSON.
import { addDaysIso, isIsoDate, periodBounds, type IsoDate } from '../dates/calendar.js';
import type { Context } from '../context.js';
import { days, statusNotes } from '../context.js';
import { evaluate, type Item } from '../engine/evaluate.js';
import { UsageError } from '../errors.js';
import type { TaskRef } from '../model.js';
import { renderItemsTable } from '../render/itemsTable.js';
import { renderJson, taskJson, JSON_VERSION } from '../render/json.js';
import { renderTasksTable } from '../render/tasksTable.js';
import { filterItems, matchesUnit, selectTasks } from '../select.js';
import { parseFormat, viewOf, withoutStatusHint, type Fit, type Output } from './output.js';
import { byText } from '../order.js';

const OPEN = new Set<Item['state']>(['overdue', 'soft-missed', 'due-soon', 'upcoming', 'in-force']);
const byDeadline = (a: Item, b: Item): number =>
  byText(a.deadline ?? '9999', b.deadline ?? '9999') || byText(a.task.id, b.task.id) || byText(a.milestone.id, b.milestone.id);

/** All milestones of the selected tasks, evaluated as of the context's date and filtered by unit. */
export function selectedItems(ctx: Context): Item[] {
  const items = evaluate(selectTasks(ctx.project, ctx.filters), ctx.index, { asOf: ctx.asOf, soonDays: ctx.soonDays });
  return filterItems(items, ctx.filters);
}

export function monthBounds(month: string): { start: IsoDate; end: IsoDate } {
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) throw new UsageError(`--month must be YYYY-MM, not "${month}"`);
  return periodBounds(month);
}

type ViewFlags = Fit & { format?: string };

function render(ctx: Context, command: string, items: Item[], opts: ViewFlags, extra: Record<string, string | undefined> = {}): Output {
  const stdout =
    parseFormat(opts.format) === 'json'
      ? renderJson(items, ctx.project, { command, asOf: ctx.asOf, filters: { ...filterEcho(ctx), ...extra } })
      : renderItemsTable(items, ctx.project, viewOf(ctx, opts));
  return { stdout, exitCode: 0, notes: statusNotes(ctx) };
}

const filterEcho = (ctx: Context) => ({
  county: ctx.filters.county,
  category: ctx.filters.category,
  plan: ctx.filters.plan,
  unit: ctx.filters.units ? [...ctx.filters.units.entries()].map(([c, ids]) => `${c}:${[...ids].join('+')}`).join(',') : undefined,
  leadOnly: ctx.filters.leadOnly,
});

export function dueCommand(ctx: Context, opts: ViewFlags & { within?: string; month?: string }): Output {
  if (opts.month && opts.within) throw new UsageError('--month and --within contradict each other: --month lists a month whatever the state, --within what is open up to a horizon; give one');
  const all = selectedItems(ctx);
  if (opts.month) {
    const { start, end } = monthBounds(opts.month);
    const items = all.filter((i) => i.deadline !== undefined && i.deadline >= start && i.deadline <= end).sort(byDeadline);
    return render(ctx, 'due', items, opts, { month: opts.month });
  }
  const horizon = addDaysIso(ctx.asOf, days(opts.within, 30, '--within'));
  const items = all.filter((i) => OPEN.has(i.state) && i.deadline !== undefined && i.deadline <= horizon).sort(byDeadline);
  return render(ctx, 'due', items, opts, { until: horizon });
}

export function lateCommand(ctx: Context, opts: ViewFlags): Output {
  const items = selectedItems(ctx).filter((i) => i.state === 'overdue' || i.state === 'soft-missed').sort(byDeadline);
  return render(ctx, 'late', items, opts);
}

export function doneCommand(ctx: Context, opts: ViewFlags & { month?: string; since?: string; until?: string }): Output {
  for (const [flag, value] of [['--since', opts.since], ['--until', opts.until]] as const) {
    if (value !== undefined && !isIsoDate(value)) throw new UsageError(`${flag} must be a calendar date YYYY-MM-DD, not "${value}"`);
  }
  if (opts.month && (opts.since || opts.until)) throw new UsageError(`--month and ${opts.since ? '--since' : '--until'} contradict each other: give a month, or a period`);
  const bounds = opts.month ? monthBounds(opts.month) : { start: opts.since ?? '0000-01-01', end: opts.until ?? ctx.asOf };
  if (bounds.end < bounds.start) throw new UsageError(`${opts.until ? '--until' : 'the as-of date'} ${bounds.end} is before --since ${bounds.start}: the period is empty`);
  const items = selectedItems(ctx)
    .filter((i) => i.doneDate !== undefined && i.doneDate >= bounds.start && i.doneDate <= bounds.end && (i.state === 'done-on-time' || i.state === 'done-late'))
    .sort((a, b) => byText(a.doneDate ?? '', b.doneDate ?? '') || byDeadline(a, b));
  return render(ctx, 'done', items, opts, { since: bounds.start, until: bounds.end });
}

export function listCommand(ctx: Context, opts: ViewFlags): Output {
  const refs = selectTasks(ctx.project, ctx.filters).filter(
    ({ task, plan }) => matchesUnit(task.units, plan.county, ctx.filters) || task.milestones.some((m) => m.units && matchesUnit(m.units, plan.county, ctx.filters)),
  );
  if (parseFormat(opts.format) === 'table') return { stdout: renderTasksTable(refs, ctx.project, viewOf(ctx, opts)), exitCode: 0, notes: withoutStatusHint(statusNotes(ctx)) };
  const items = evaluate(refs, ctx.index, { asOf: ctx.asOf, soonDays: ctx.soonDays });
  const tasks = refs.map((ref: TaskRef) => taskJson(ref, items.filter((i) => i.task === ref.task), ctx.project));
  return { stdout: `${JSON.stringify({ version: JSON_VERSION, command: 'list', asOf: ctx.asOf, filters: filterEcho(ctx), tasks }, null, 2)}\n`, exitCode: 0, notes: statusNotes(ctx) };
}
