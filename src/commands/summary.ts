// summary --by county|category|unit: counts of each state, with a bar where a picture reads faster.
import { statusNotes, type Context } from '../context.js';
import { STATES, type Item, type State } from '../engine/evaluate.js';
import { UsageError } from '../errors.js';
import { LABELS } from '../messages/labels.js';
import { unitNames } from '../render/names.js';
import { paint } from '../render/style.js';
import { renderTable } from '../render/table.js';
import { parseFormat, type Output } from './output.js';
import { selectedItems } from './views.js';

const GROUPS = ['county', 'category', 'unit'] as const;
type Group = (typeof GROUPS)[number];
const BAR = 20;

function keysOf(ctx: Context, i: Item, by: Group): string[] {
  if (by === 'county') return [ctx.project.counties.get(i.plan.county)?.name ?? i.plan.county];
  if (by === 'category') return [i.plan.category];
  const n = unitNames(ctx.project, i.plan.county, i.units);
  return [...new Set([...n.lead, ...n.responsible])];
}

export function summarize(ctx: Context, items: Item[], by: Group): Map<string, Record<State, number>> {
  const rows = new Map<string, Record<State, number>>();
  for (const i of items) {
    for (const key of keysOf(ctx, i, by)) {
      const row = rows.get(key) ?? (Object.fromEntries(STATES.map((s) => [s, 0])) as Record<State, number>);
      row[i.state]++;
      rows.set(key, row);
    }
  }
  return new Map([...rows.entries()].sort(([a], [b]) => a.localeCompare(b, 'zh')));
}

/** Done, open and overdue shares of the dated milestones, as one bar. */
function bar(row: Record<State, number>, color: boolean): string {
  const c = paint(color);
  const done = row['done-on-time'] + row['done-late'];
  const late = row.overdue + row['soft-missed'];
  const open = row['due-soon'] + row.upcoming;
  const total = done + late + open;
  if (total === 0) return '';
  const w = (n: number) => Math.round((n / total) * BAR);
  return c.green('█'.repeat(w(done))) + c.red(color ? '█'.repeat(w(late)) : '▓'.repeat(w(late))) + c.gray('░'.repeat(Math.max(0, BAR - w(done) - w(late))));
}

export function summaryCommand(ctx: Context, opts: { by?: string; format?: string }): Output {
  const by = (opts.by ?? 'county') as Group;
  if (!GROUPS.includes(by)) throw new UsageError(`--by must be one of ${GROUPS.join(', ')}, not "${opts.by}"`);
  const rows = summarize(ctx, selectedItems(ctx), by);
  if (parseFormat(opts.format) === 'json') {
    return { stdout: `${JSON.stringify({ version: 1, command: 'summary', asOf: ctx.asOf, by, rows: Object.fromEntries(rows) }, null, 2)}\n`, exitCode: 0, notes: statusNotes(ctx) };
  }
  const L = LABELS[ctx.lang];
  const table = renderTable([by, ...STATES.map((s) => L.state[s]), 'done █ / late ▓ / open ░'], [...rows].map(([key, row]) => [key, ...STATES.map((s) => String(row[s] || '')), bar(row, ctx.color)]));
  return { stdout: rows.size ? `${table}\n` : `${L.none}\n`, exitCode: 0, notes: statusNotes(ctx) };
}
