// The monthly circular (月通报) as data: the month's figures (report/figures.ts), a row per unit, who
// reported (report/reporting.ts), what was completed, what is overdue, next month's early warning, the
// targets and twelve months of outcomes. Pure; wording is the renderers'.
import { addDaysIso, daysBetween, periodBounds, periodKey, type IsoDate } from '../dates/calendar.js';
import { isDone, isIssued, type Item } from '../engine/evaluate.js';
import { evaluateTarget, type TargetResult } from '../engine/targets.js';
import type { StatusIndex } from '../engine/statusIndex.js';
import type { Lights } from '../generated/lights.js';
import type { Category, Entry, PlanCore, Project, TaskRef } from '../model.js';
import { byText } from '../order.js';
import { answeringNames } from '../units.js';
import { dueFigures, inPeriod, monthFigures, monthLists, onTimeRate, type DueFigures, type MonthFigures, type MonthLists } from './figures.js';
import { reportingDeadline, reportingStatus, type OpenMilestone, type UnitReporting } from './reporting.js';

export type Light = 'red' | 'yellow' | 'green' | 'blue';

export interface UnitRow {
  unit: string;
  role: 'lead' | 'support';
  /** Its milestones due this month and what became of them. */
  due: DueFigures;
  /** Its milestones overdue to date (累计逾期未完成). */
  overdue: number;
  /** On-time share of what fell due, or undefined when nothing did. */
  rate?: number;
}

export interface Lit {
  item: Item;
  light: Light;
}

export interface MonthlyReport {
  month: string;
  /** The engine's date: the day after the month (deadlines of its last day passed), or today while it runs. */
  asOf: IsoDate;
  /** The last day whose events count (截至): the month's last day, or today while it runs. */
  knownBy: IsoDate;
  nextMonth: string;
  figures: MonthFigures;
  lists: MonthLists;
  byCategory: Array<{ category: Category; due: DueFigures }>;
  units: UnitRow[];
  reportingDay: number;
  reportingDeadline: IsoDate;
  reporting: UnitReporting[];
  /** lists.overdue, oldest first, each with its light by days overdue. */
  overdue: Lit[];
  warnings: Lit[];
  targets: TargetResult[];
  /** Plans in scope issued after knownBy: counted nowhere. */
  notIssued: PlanCore[];
  /** The twelve months up to this one: what fell due in each and what became of it, as known now. */
  trend: Array<{ month: string; due: DueFigures }>;
  /** 办结销号: completions reported and waiting for the office's sign-off (longest waiting first), and
   * those sent back in the month (open again, with the reason). A report counts for the reporting rule; a sign-off does not. */
  signoff: { waiting: Item[]; sentBack: Item[] };
}

export interface MonthlyOptions {
  month: string;
  asOf: IsoDate;
  knownBy: IsoDate;
  lights: Lights;
  reportingDay: number;
}

export function lightOf(item: Item, asOf: IsoDate, lights: Lights): Light {
  if (item.state === 'overdue' || item.state === 'soft-missed') {
    const bands = [...(lights.overdueBands ?? [])].sort((a, b) => b.days - a.days);
    return bands.find((b) => (item.days ?? 0) >= b.days)?.light ?? 'red';
  }
  if (item.state === 'done-late') return lights.doneLateColor ?? 'yellow';
  if (isDone(item) || item.state === 'waived') return 'green';
  if (item.deadline && daysBetween(asOf, item.deadline) <= (lights.soonDays ?? 15)) return lights.soonColor ?? 'yellow';
  return 'green';
}

/** The units that answer for a milestone and those that support (units.ts). In a circular of several
 * counties a unit is named with its county (each county has its own 县住建局). */
function unitsOf(project: Project, i: Item, withCounty: boolean): { lead: string[]; support: string[] } {
  const n = answeringNames(project, i.plan.county, i.units);
  const name = (unit: string) => (withCounty ? `${project.counties.get(i.plan.county)?.name ?? i.plan.county}${unit}` : unit);
  return { lead: n.answer.map(name), support: n.support.map(name) };
}

/** Rows per unit and role, each made when first met; `add` visits the row of every unit that answers
 * for a milestone (or supports it). The circular's and the year's unit tables are made so. */
export function unitTally<R>(project: Project, withCounty: boolean, make: (unit: string, role: UnitRow['role']) => R) {
  const rows = new Map<string, R>();
  const row = (unit: string, role: UnitRow['role']): R => {
    const key = `${unit}|${role}`;
    let r = rows.get(key);
    if (!r) rows.set(key, (r = make(unit, role)));
    return r;
  };
  const add = (i: Item, visit: (r: R) => void): void => {
    const u = unitsOf(project, i, withCounty);
    for (const unit of u.lead) visit(row(unit, 'lead'));
    for (const unit of u.support) visit(row(unit, 'support'));
  };
  return { rows, add };
}

function unitRows(project: Project, due: Item[], overdue: Item[], withCounty: boolean): UnitRow[] {
  const { rows, add } = unitTally(project, withCounty, (unit, role) => ({ unit, role, due: [] as Item[], overdue: 0 }));
  for (const i of due) add(i, (r) => r.due.push(i));
  for (const i of overdue) add(i, (r) => r.overdue++);
  return [...rows.values()]
    .map((r) => {
      const f = dueFigures(r.due);
      const rate = onTimeRate(f);
      return { unit: r.unit, role: r.role, due: f, overdue: r.overdue, ...(rate !== undefined ? { rate } : {}) };
    })
    .sort((a, b) => (a.role === b.role ? 0 : a.role === 'lead' ? -1 : 1) || (b.rate ?? -1) - (a.rate ?? -1) || a.overdue - b.overdue || a.unit.localeCompare(b.unit, 'zh'));
}

/** Milestones a unit still had to work on in the month: not waived, not done before it began, and, for a
 * recurring one, an occurrence whose period had begun. */
function openInMonth(items: Item[], month: string): Item[] {
  const { start, end } = periodBounds(month);
  return items.filter(
    (i) =>
      i.state !== 'waived' &&
      !(i.doneDate !== undefined && i.doneDate < start) &&
      !(i.from !== undefined && i.from > end) &&
      !(i.occurrence !== undefined && periodBounds(i.occurrence).start > end),
  );
}

/** Who reported for the month (报送情况): each unit answering for a milestone open in the month, by
 * the entries of the status file. The circular lists it; notify --reporting-reminder reminds the rest. */
export function unitReporting(project: Project, items: Item[], entries: Entry[], month: string, reportingDay: number, withCounty: boolean): UnitReporting[] {
  const open: OpenMilestone[] = openInMonth(items, month).map((i) => ({
    task: i.task.id,
    milestone: i.milestone.id,
    ...(i.occurrence ? { occurrence: i.occurrence } : {}),
    units: unitsOf(project, i, withCounty).lead,
  }));
  return reportingStatus(month, reportingDay, open, entries);
}

const monthBefore = (month: string): string => periodKey(addDaysIso(periodBounds(month).start, -1), 'month');

export function buildMonthlyReport(project: Project, tasks: TaskRef[], items: Item[], index: StatusIndex, entries: Entry[], o: MonthlyOptions): MonthlyReport {
  const bounds = periodBounds(o.month);
  const nextMonth = periodKey(addDaysIso(bounds.end, 1), 'month');
  const lists = monthLists(items, o.month);
  const withCounty = new Set(tasks.map((t) => t.plan.county)).size > 1;
  const issuedTasks = tasks.filter((t) => isIssued(t.plan, o.knownBy));
  const targets = issuedTasks.flatMap(({ task }) => (task.targets ?? []).map((t) => evaluateTarget(task.id, t, index)));
  const goals = [...project.goals.values()]
    .filter((g) => issuedTasks.some((t) => t.plan === g.plan))
    .flatMap(({ goal }) => (goal.targets ?? []).map((t) => evaluateTarget(goal.id, t, index)));
  const months = [o.month];
  while (months.length < 12) months.unshift(monthBefore(months[0] as string));
  const lit = (i: Item): Lit => ({ item: i, light: lightOf(i, o.asOf, o.lights) });
  const next = periodBounds(nextMonth);
  const signoff = {
    waiting: items.filter((i) => i.review === 'reported').sort((a, b) => (b.waited ?? 0) - (a.waited ?? 0) || byText(a.task.id, b.task.id)),
    sentBack: items.filter((i) => i.review === 'sent-back' && inPeriod(i.verdict?.date, bounds)).sort((a, b) => byText(a.verdict?.date ?? '', b.verdict?.date ?? '') || byText(a.task.id, b.task.id)),
  };
  return {
    signoff,
    month: o.month,
    asOf: o.asOf,
    knownBy: o.knownBy,
    nextMonth,
    figures: monthFigures(lists, items, o.month),
    lists: {
      ...lists,
      completed: [...lists.completed].sort((a, b) => byText(a.doneDate ?? '', b.doneDate ?? '') || byText(a.task.id, b.task.id)),
      softMissed: [...lists.softMissed].sort((a, b) => byText(a.deadline ?? '', b.deadline ?? '') || byText(a.task.id, b.task.id)),
    },
    byCategory: [...new Set(lists.due.map((i) => i.plan.category))].sort().map((category) => ({ category, due: dueFigures(lists.due.filter((i) => i.plan.category === category)) })),
    units: unitRows(project, lists.due, lists.overdue, withCounty),
    reportingDay: o.reportingDay,
    reportingDeadline: reportingDeadline(o.month, o.reportingDay),
    reporting: unitReporting(project, items, entries, o.month, o.reportingDay, withCounty),
    overdue: [...lists.overdue].sort((a, b) => (b.days ?? 0) - (a.days ?? 0) || byText(a.task.id, b.task.id)).map(lit),
    warnings: items
      .filter((i) => inPeriod(i.deadline, next) && !isDone(i) && i.state !== 'waived')
      .sort((a, b) => byText(a.deadline ?? '', b.deadline ?? '') || byText(a.task.id, b.task.id))
      .map(lit),
    targets: [...goals, ...targets],
    notIssued: [...new Set(tasks.map((t) => t.plan))].filter((p) => !isIssued(p, o.knownBy)).sort((a, b) => byText(a.id, b.id)),
    trend: months.map((month) => ({ month, due: dueFigures(items.filter((i) => inPeriod(i.deadline, periodBounds(month)))) })),
  };
}
