// summary --by county|category|unit: counts of each state, with a bar where a picture reads faster.
import { statusNotes, type Context } from '../context.js';
import { STATES, type Item, type State } from '../engine/evaluate.js';
import { UsageError } from '../errors.js';
import { LABELS } from '../messages/labels.js';
import { countyLabel } from '../render/countyColumn.js';
import { paint } from '../render/style.js';
import { renderFitTable } from '../render/fitTable.js';
import { tableLayout } from '../render/view.js';
import { CATEGORIES } from '../select.js';
import { answeringNames } from '../units.js';
import { parseFormat, viewOf, type Fit, type Output } from './output.js';
import { selectedItems } from './views.js';

const GROUPS = ['county', 'category', 'unit'] as const;
type Group = (typeof GROUPS)[number];
const BAR = 12;

function keysOf(ctx: Context, i: Item, by: Group): string[] {
  // In English a county is its slug and a category its id; in Chinese their names.
  if (by === 'county') return [countyLabel(ctx.project, i.plan.county, ctx.lang)];
  if (by === 'category') return [ctx.lang === 'zh' ? CATEGORIES[i.plan.category][0]! : i.plan.category];
  return [...new Set(answeringNames(ctx.project, i.plan.county, i.units).answer)];
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

/** Done, open and overdue shares of the dated milestones, as one bar (coloured by paintBar). */
function bar(row: Record<State, number>): string {
  const done = row['done-on-time'] + row['done-late'];
  const late = row.overdue + row['soft-missed'];
  const open = row['due-soon'] + row.upcoming;
  const total = done + late + open;
  if (total === 0) return '';
  const w = (n: number) => Math.round((n / total) * BAR);
  return '█'.repeat(w(done)) + '▓'.repeat(w(late)) + '░'.repeat(Math.max(0, BAR - w(done) - w(late)));
}

/** In colour, done is green, late a red block, open grey. */
function paintBar(text: string, color: boolean): string {
  if (!color) return text;
  const c = paint(color);
  return text.replace(/█+/g, (s) => c.green(s)).replace(/▓+/g, (s) => c.red('█'.repeat(s.length))).replace(/░+/g, (s) => c.gray(s));
}

export function summaryCommand(ctx: Context, opts: Fit & { by?: string; format?: string }): Output {
  const by = (opts.by ?? 'county') as Group;
  if (!GROUPS.includes(by)) throw new UsageError((w) => w.oneOf('--by', [...GROUPS], String(opts.by)));
  const rows = summarize(ctx, selectedItems(ctx), by);
  if (parseFormat(opts.format) === 'json') {
    return { stdout: `${JSON.stringify({ version: 1, command: 'summary', asOf: ctx.asOf, by, rows: Object.fromEntries(rows) }, null, 2)}\n`, exitCode: 0, notes: statusNotes(ctx) };
  }
  const L = LABELS[ctx.lang];
  // The group's name gives way (a unit's name is long); the counts and the bar never do.
  // Only the states that occur; the bar, whole with its legend or not at all, goes before the counts are cut.
  const states = STATES.filter((s) => [...rows.values()].some((row) => row[s] > 0));
  const columns = [
    { head: L.group[by], give: 2, min: 10 }, ...states.map((s) => ({ head: L.state[s] })),
    { head: L.bar, give: 1, hide: true, min: Infinity, paint: (s: string) => paintBar(s, ctx.color) },
  ];
  const table = renderFitTable(columns, [...rows].map(([key, row]) => [key, ...states.map((s) => String(row[s] || '')), bar(row)]), tableLayout(viewOf(ctx, opts)));
  return { stdout: rows.size ? `${table}\n` : `${L.none}\n`, exitCode: 0, notes: statusNotes(ctx) };
}
