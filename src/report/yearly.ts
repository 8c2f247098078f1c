// The year's assessment (年度评估) as data: for the calendar year, every milestone that fell due in it and
// what became of it by the year's end, per unit (ranked, and scored by the office's rule where it set one),
// per category and per plan; the year's targets; what carries over to the next year. The milestones are
// those the twelve monthly circulars count (a milestone falls due in the month of its deadline), so each
// unit's figures are the sum of its rows in the twelve circulars judged at the year's end. Pure.
import { periodBounds, type IsoDate } from '../dates/calendar.js';
import { isDone, isIssued, type Item } from '../engine/evaluate.js';
import { evaluateTarget, type TargetResult } from '../engine/targets.js';
import { entryMilestone, type StatusIndex } from '../engine/statusIndex.js';
import type { ReportHeader } from '../generated/report.js';
import type { Category, PlanCore, Project, TaskRef, Verdict } from '../model.js';
import { byText } from '../order.js';
import { dueFigures, inPeriod, onTimeRate, type DueFigures } from './figures.js';
import { unitTally, type UnitRow } from './monthly.js';

export type Scoring = NonNullable<ReportHeader['assessment']>;

/** A unit's year: its milestones due in the year and what became of them, its sign-offs, and its place. */
export interface YearUnitRow extends UnitRow {
  /** Of its milestones due in the year and done: signed off by the office, and still waiting for it. */
  signedOff: number;
  waiting: number;
  /** Times its reported work was sent back in the year (each refusal counts). */
  sentBack: number;
  /** Full 30-day spans its milestones due in the year were overdue (done late, or open at the year's end). */
  overdueMonths: number;
  /** By the office's rule, where it set one. */
  score?: number;
  /** 1 for the first; units that share a place share its number. Only units that answer (lead) are ranked, and only where something fell due. */
  rank?: number;
}

export interface YearReport {
  year: number;
  asOf: IsoDate;
  knownBy: IsoDate;
  scoring?: Scoring;
  /** Every milestone due in the year, whatever became of it. */
  due: DueFigures;
  rate?: number;
  units: YearUnitRow[];
  /** Of the milestones due in the year: done, signed off, waiting for sign-off; and the refusals of the year. */
  signoff: { done: number; signedOff: number; waiting: number; sentBack: number };
  /** The twelve months: what fell due in each and what became of it by the year's end (the December
   * circular's 近十二个月 as known at the year's end). */
  months: Array<{ month: string; due: DueFigures }>;
  /** Where the assessment spans counties (a city's workspace): each county, ranked as the city circular ranks them. */
  byCounty: Array<{ county: string; due: DueFigures; rate?: number; rank?: number }>;
  byCategory: Array<{ category: Category; due: DueFigures; rate?: number }>;
  byPlan: Array<{ plan: PlanCore; due: DueFigures; rate?: number }>;
  /** The targets of the year's plans, as last measured by the year's end. */
  targets: TargetResult[];
  /** What the next year inherits: open at the year's end (overdue, soft targets missed, reported and not
   * signed off), milestones of the year's plans due later, and obligations that stand (长期坚持) or have no date. */
  carryOver: { overdue: Item[]; softMissed: Item[]; waiting: Item[]; later: Item[]; inForce: Item[]; noFixedDate: Item[] };
  /** The year's plans issued after the year's end: counted nowhere. */
  notIssued: PlanCore[];
}

export interface YearOptions {
  year: number;
  asOf: IsoDate;
  knownBy: IsoDate;
  scoring?: Scoring;
}

const MONTH_DAYS = 30;
const monthsOver = (i: Item): number => ((i.state === 'done-late' || i.state === 'overdue') && i.days ? Math.floor(i.days / MONTH_DAYS) : 0);

/** Of milestones done: how many the office signed off, how many wait for it. */
function reviewed(items: Item[]): { signedOff: number; waiting: number } {
  const done = items.filter(isDone);
  return { signedOff: done.filter((i) => i.review === 'signed-off').length, waiting: done.filter((i) => i.review === 'reported').length };
}

/** A unit's score by the office's rule: base, the points of each outcome, of each refusal, of each full month overdue; never under the floor. */
export function scoreOf(r: Pick<YearUnitRow, 'due' | 'sentBack' | 'overdueMonths'>, s: Scoring): number {
  const points = (s.base ?? 0) + (s.onTime ?? 0) * r.due.onTime + (s.late ?? 0) * r.due.late + (s.overdue ?? 0) * r.due.overdue
    + (s.softMissed ?? 0) * r.due.softMissed + (s.sentBack ?? 0) * r.sentBack + (s.perOverdueMonth ?? 0) * r.overdueMonths;
  // Weights such as 0.1 add up with binary rounding errors; a score is stated to two decimals.
  return Math.round(Math.max(points, s.floor ?? -Infinity) * 100) / 100;
}

/** Competition ranking (1, 2, 2, 4): a unit's place is one more than the number of units strictly ahead. */
function rank<R extends { rank?: number }>(rows: R[], ahead: (a: R, b: R) => number): void {
  rows.forEach((r, n) => {
    const before = rows[n - 1];
    r.rank = before && ahead(before, r) === 0 ? before.rank : n + 1;
  });
}

function unitRows(project: Project, due: Item[], sentBack: Map<Item, number>, withCounty: boolean, scoring: Scoring | undefined): YearUnitRow[] {
  const { rows, add } = unitTally(project, withCounty, (unit, role) => ({ unit, role, due: [] as Item[], sentBack: 0 }));
  for (const i of due) add(i, (r) => r.due.push(i));
  for (const [i, n] of sentBack) add(i, (r) => (r.sentBack += n));
  const out = [...rows.values()].map((r): YearUnitRow => {
    const f = dueFigures(r.due);
    const rate = onTimeRate(f);
    const base = {
      unit: r.unit, role: r.role, due: f, overdue: f.overdue, ...(rate !== undefined ? { rate } : {}),
      ...reviewed(r.due),
      sentBack: r.sentBack,
      overdueMonths: r.due.reduce((n, i) => n + monthsOver(i), 0),
    };
    return scoring ? { ...base, score: scoreOf(base, scoring) } : base;
  });
  // By score where the office set a rule, else by on-time rate; then the fewer overdue, the fewer sent back.
  const ahead = (a: YearUnitRow, b: YearUnitRow) => (b.score ?? 0) - (a.score ?? 0) || (b.rate ?? -1) - (a.rate ?? -1) || a.overdue - b.overdue || a.sentBack - b.sentBack;
  const ranked = out.filter((r) => r.role === 'lead' && onTimeRate(r.due) !== undefined).sort((a, b) => ahead(a, b) || a.unit.localeCompare(b.unit, 'zh'));
  rank(ranked, ahead);
  const rest = out.filter((r) => !ranked.includes(r)).sort((a, b) => (a.role === b.role ? 0 : a.role === 'lead' ? -1 : 1) || a.unit.localeCompare(b.unit, 'zh'));
  return [...ranked, ...rest];
}

/** Each county's year, the highest on-time rate first (a county with nothing due last), then the fewer overdue. */
function countyRows(tasks: TaskRef[], due: Item[]): YearReport['byCounty'] {
  const rows: YearReport['byCounty'] = [...new Set(tasks.map((t) => t.plan.county))].map((county) => {
    const f = dueFigures(due.filter((i) => i.plan.county === county));
    const rate = onTimeRate(f);
    return { county, due: f, ...(rate !== undefined ? { rate } : {}) };
  });
  const ahead = (a: YearReport['byCounty'][number], b: YearReport['byCounty'][number]) => (b.rate ?? -1) - (a.rate ?? -1) || a.due.overdue - b.due.overdue;
  rows.sort((a, b) => ahead(a, b) || a.county.localeCompare(b.county));
  rank(rows.filter((r) => r.rate !== undefined), ahead);
  return rows;
}

/** The refusals of the year, per milestone (or occurrence) they refused. */
function sentBackInYear(project: Project, items: Item[], verdicts: readonly Verdict[], year: { start: IsoDate; end: IsoDate }, knownBy: IsoDate): Map<Item, number> {
  const byKey = new Map(items.map((i) => [`${i.task.id}|${i.milestone.id}|${i.occurrence ?? ''}`, i]));
  const counts = new Map<Item, number>();
  for (const v of verdicts) {
    if (v.verdict !== 'sent-back' || v.date > knownBy || !inPeriod(v.date, year)) continue;
    const item = byKey.get(`${v.task}|${entryMilestone(project, v.task, v.milestone) ?? ''}|${v.occurrence ?? ''}`);
    if (item) counts.set(item, (counts.get(item) ?? 0) + 1);
  }
  return counts;
}

const byDeadline = (a: Item, b: Item) => byText(a.deadline ?? '', b.deadline ?? '') || byText(a.task.id, b.task.id) || byText(a.occurrence ?? '', b.occurrence ?? '');

export function buildYearReport(project: Project, tasks: TaskRef[], items: Item[], index: StatusIndex, verdicts: readonly Verdict[], o: YearOptions): YearReport {
  const bounds = periodBounds(String(o.year));
  const due = items.filter((i) => inPeriod(i.deadline, bounds));
  const withCounty = new Set(tasks.map((t) => t.plan.county)).size > 1;
  const ofYear = (p: PlanCore) => p.year === o.year;
  const yearTasks = tasks.filter((t) => ofYear(t.plan) && isIssued(t.plan, o.knownBy));
  const targets = [
    ...[...project.goals.values()].filter((g) => yearTasks.some((t) => t.plan === g.plan)).flatMap(({ goal }) => (goal.targets ?? []).map((t) => evaluateTarget(goal.id, t, index))),
    ...yearTasks.flatMap(({ task }) => (task.targets ?? []).map((t) => evaluateTarget(task.id, t, index))),
  ];
  const withRate = (f: DueFigures) => {
    const rate = onTimeRate(f);
    return { due: f, ...(rate !== undefined ? { rate } : {}) };
  };
  const plans = [...new Set(due.map((i) => i.plan))].sort((a, b) => byText(a.county, b.county) || byText(a.category, b.category) || byText(a.id, b.id));
  const open = (i: Item) => !isDone(i) && i.state !== 'waived';
  const sentBack = sentBackInYear(project, items, verdicts, bounds, o.knownBy);
  return {
    year: o.year,
    asOf: o.asOf,
    knownBy: o.knownBy,
    ...(o.scoring ? { scoring: o.scoring } : {}),
    ...withRate(dueFigures(due)),
    units: unitRows(project, due, sentBack, withCounty, o.scoring),
    signoff: {
      done: due.filter(isDone).length,
      ...reviewed(due),
      sentBack: [...sentBack.values()].reduce((a, b) => a + b, 0),
    },
    months: Array.from({ length: 12 }, (_, n) => `${o.year}-${String(n + 1).padStart(2, '0')}`).map((month) => ({ month, due: dueFigures(due.filter((i) => inPeriod(i.deadline, periodBounds(month)))) })),
    byCounty: withCounty ? countyRows(tasks, due) : [],
    byCategory: [...new Set(due.map((i) => i.plan.category))].sort().map((category) => ({ category, ...withRate(dueFigures(due.filter((i) => i.plan.category === category))) })),
    byPlan: plans.map((plan) => ({ plan, ...withRate(dueFigures(due.filter((i) => i.plan === plan))) })),
    targets,
    carryOver: {
      // Open at the year's end whatever its plan's year: the December circular's 累计逾期未完成.
      overdue: items.filter((i) => i.state === 'overdue').sort((a, b) => (b.days ?? 0) - (a.days ?? 0) || byDeadline(a, b)),
      softMissed: items.filter((i) => i.state === 'soft-missed').sort(byDeadline),
      waiting: due.filter((i) => isDone(i) && i.review === 'reported').sort((a, b) => (b.waited ?? 0) - (a.waited ?? 0) || byDeadline(a, b)),
      later: items.filter((i) => ofYear(i.plan) && i.deadline !== undefined && i.deadline > bounds.end && open(i)).sort(byDeadline),
      inForce: items.filter((i) => ofYear(i.plan) && i.state === 'in-force').sort(byDeadline),
      noFixedDate: items.filter((i) => ofYear(i.plan) && i.state === 'no-fixed-date').sort(byDeadline),
    },
    notIssued: [...new Set(tasks.map((t) => t.plan))].filter((p) => ofYear(p) && !isIssued(p, o.knownBy)).sort((a, b) => byText(a.id, b.id)),
  };
}

