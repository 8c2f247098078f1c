// The monthly circular (月通报) as data: the month's figures, a table per unit, what was completed,
// what is overdue, an early warning for next month and the targets. Pure; wording is the renderer's.
import { addDaysIso, daysBetween, periodBounds, periodKey } from '../dates/calendar.js';
import type { Item } from '../engine/evaluate.js';
import { evaluateTarget, type TargetResult } from '../engine/targets.js';
import type { StatusIndex } from '../engine/statusIndex.js';
import type { Lights } from '../generated/lights.js';
import type { Category, Project, TaskRef } from '../model.js';
import { unitNames } from '../render/names.js';
import { byText } from '../order.js';

export type Light = 'red' | 'yellow' | 'green' | 'blue';

export interface Figures {
  due: number;
  doneOnTime: number;
  doneLate: number;
  overdue: number;
  open: number;
  inForce: number;
  noFixedDate: number;
}

export interface UnitRow {
  unit: string;
  role: 'lead' | 'support';
  due: number;
  doneOnTime: number;
  doneLate: number;
  overdue: number;
  /** On-time share of what fell due, or undefined when nothing did. */
  rate?: number;
}

export interface MonthlyReport {
  month: string;
  asOf: string;
  nextMonth: string;
  figures: Figures;
  byCategory: Array<{ category: Category; figures: Figures }>;
  units: UnitRow[];
  completed: Item[];
  overdue: Item[];
  warnings: Array<{ item: Item; light: Light }>;
  targets: TargetResult[];
}

const EMPTY: Figures = { due: 0, doneOnTime: 0, doneLate: 0, overdue: 0, open: 0, inForce: 0, noFixedDate: 0 };

function figures(items: Item[], start: string, end: string): Figures {
  const f = { ...EMPTY };
  for (const i of items) {
    if (i.state === 'in-force') f.inForce++;
    if (i.state === 'no-fixed-date') f.noFixedDate++;
    if (!i.deadline || i.deadline < start || i.deadline > end || i.state === 'waived') continue;
    f.due++;
    if (i.state === 'done-on-time') f.doneOnTime++;
    else if (i.state === 'done-late') f.doneLate++;
    else if (i.state === 'overdue' || i.state === 'soft-missed') f.overdue++;
    else f.open++;
  }
  return f;
}

export function lightOf(item: Item, asOf: string, lights: Lights): Light {
  if (item.state === 'overdue' || item.state === 'soft-missed') return 'red';
  if (item.state === 'done-late') return lights.doneLateColor ?? 'yellow';
  if (item.state === 'done-on-time' || item.state === 'waived') return 'green';
  if (item.deadline && daysBetween(asOf, item.deadline) <= (lights.soonDays ?? 15)) return lights.soonColor ?? 'yellow';
  return 'green';
}

function unitRows(project: Project, items: Item[]): UnitRow[] {
  const rows = new Map<string, UnitRow>();
  for (const i of items) {
    const names = unitNames(project, i.plan.county, i.units);
    const roles: Array<[string[], UnitRow['role']]> = [[[...names.lead, ...names.responsible], 'lead'], [names.support, 'support']];
    for (const [list, role] of roles) {
      for (const unit of new Set(list)) {
        const key = `${unit}|${role}`;
        const row = rows.get(key) ?? { unit, role, due: 0, doneOnTime: 0, doneLate: 0, overdue: 0 };
        row.due++;
        if (i.state === 'done-on-time') row.doneOnTime++;
        if (i.state === 'done-late') row.doneLate++;
        if (i.state === 'overdue' || i.state === 'soft-missed') row.overdue++;
        rows.set(key, row);
      }
    }
  }
  return [...rows.values()]
    .map((r) => ({ ...r, rate: r.due ? r.doneOnTime / r.due : undefined }))
    .sort((a, b) => (a.role === b.role ? 0 : a.role === 'lead' ? -1 : 1) || (b.rate ?? -1) - (a.rate ?? -1) || a.overdue - b.overdue || a.unit.localeCompare(b.unit, 'zh'));
}

export function buildMonthlyReport(
  project: Project,
  tasks: TaskRef[],
  items: Item[],
  index: StatusIndex,
  { month, asOf, lights }: { month: string; asOf: string; lights: Lights },
): MonthlyReport {
  const { start, end } = periodBounds(month);
  const nextMonth = periodKey(addDaysIso(end, 1), 'month');
  const next = periodBounds(nextMonth);
  const inMonth = (d?: string) => d !== undefined && d >= start && d <= end;
  const categories = [...new Set(items.map((i) => i.plan.category))].sort();
  const targets = tasks.flatMap(({ task }) => (task.targets ?? []).map((t) => evaluateTarget(task.id, t, index)));
  const goals = [...project.goals.values()]
    .filter((g) => tasks.some((t) => t.plan === g.plan))
    .flatMap(({ goal }) => (goal.targets ?? []).map((t) => evaluateTarget(goal.id, t, index)));
  return {
    month,
    asOf,
    nextMonth,
    figures: figures(items, start, end),
    byCategory: categories.map((category) => ({ category, figures: figures(items.filter((i) => i.plan.category === category), start, end) })),
    units: unitRows(project, items.filter((i) => inMonth(i.deadline) && i.state !== 'waived')),
    completed: items.filter((i) => inMonth(i.doneDate) && (i.state === 'done-on-time' || i.state === 'done-late')),
    overdue: items.filter((i) => i.state === 'overdue').sort((a, b) => (b.days ?? 0) - (a.days ?? 0) || byText(a.task.id, b.task.id)),
    warnings: items
      .filter((i) => i.deadline !== undefined && i.deadline >= next.start && i.deadline <= next.end && i.state !== 'done-on-time' && i.state !== 'done-late' && i.state !== 'waived')
      .sort((a, b) => byText(a.deadline ?? '', b.deadline ?? '') || byText(a.task.id, b.task.id))
      .map((item) => ({ item, light: lightOf(item, asOf, lights) })),
    targets: [...goals, ...targets],
  };
}
