// The deadline engine: plans, status and an as-of date in; one result per milestone (or recurring
// occurrence) out. Pure: it never reads the clock, the file system or the environment.
import { daysBetween, periodBounds, periodsBetween, type IsoDate, type Period } from '../dates/calendar.js';
import type { Kind } from '../dates/phrase.js';
import type { Entry, Extension, MilestoneCore, PlanCore, TaskCore, Units, Verdict } from '../model.js';
import { review as reviewOf, type Review, type StatusIndex } from './statusIndex.js';

export type State =
  | 'overdue'
  | 'soft-missed'
  | 'due-soon'
  | 'upcoming'
  | 'in-force'
  | 'no-fixed-date'
  | 'done-on-time'
  | 'done-late'
  | 'waived';

export const STATES: readonly State[] = ['overdue', 'soft-missed', 'due-soon', 'upcoming', 'in-force', 'no-fixed-date', 'done-on-time', 'done-late', 'waived'];

export interface Item {
  task: TaskCore;
  plan: PlanCore;
  milestone: MilestoneCore;
  /** Recurring occurrence key: 2021-06, 2021-B3, 2021-Q2 or 2021. */
  occurrence?: string;
  kind: Kind;
  soft: boolean;
  from?: IsoDate;
  /** The planned deadline, as the plan states it. */
  due?: IsoDate;
  /** The deadline in force: the extension's date where one was approved, else due. */
  deadline?: IsoDate;
  extension?: Extension;
  state: State;
  doneDate?: IsoDate;
  /** Days late (overdue, soft-missed, done-late) or days left (due-soon, upcoming). */
  days?: number;
  /** The standing report; for a sent-back milestone, the report the office sent back. */
  entry?: Entry;
  /** A reported completion's standing with the office: reported (waiting), signed off, or sent back (open again). */
  review?: Review;
  /** The office's verdict, where it stands (its reason for a sent-back one). */
  verdict?: Verdict;
  /** reported: days since the report, as of asOf. */
  waited?: number;
  units: Units;
  /** The milestone's statements read differently (body against annex). */
  disagree: boolean;
  /** The planned deadline falls before the plan was issued (期限早于印发日): still a deadline. */
  beforeIssue: boolean;
}

export interface Judged {
  state: State;
  days?: number | undefined;
  doneDate?: IsoDate | undefined;
}

export interface EngineOptions {
  asOf: IsoDate;
  /** A milestone due within this many days is due-soon. */
  soonDays: number;
  /** The last day whose events count, plans issued among them (default asOf): a circular judged the day
   * after its month states what was known at the end of the month. */
  knownBy?: IsoDate;
  /** Count only signed-off completions as done (check --require-signoff): a reported one is judged as open. */
  requireSignoff?: boolean;
}

/** A plan's obligations begin at its issue date: before it, the plan is not yet issued and counted nowhere. */
export const isIssued = (plan: PlanCore, by: IsoDate): boolean => plan.document.date <= by;

export function evaluate(tasks: Iterable<{ task: TaskCore; plan: PlanCore }>, status: StatusIndex, options: EngineOptions): Item[] {
  const items: Item[] = [];
  const knownBy = options.knownBy ?? options.asOf;
  for (const { task, plan } of tasks) {
    if (!isIssued(plan, knownBy)) continue;
    for (const milestone of task.milestones) evaluateMilestone(task, plan, milestone, status, options, items);
  }
  return items;
}

function evaluateMilestone(task: TaskCore, plan: PlanCore, milestone: MilestoneCore, status: StatusIndex, options: EngineOptions, items: Item[]): void {
  const units = milestone.units ?? task.units;
  // Every item has the same shape (absent fields undefined): one hidden class, no spreads, at 100,000 tasks.
  const make = (occurrence: string | undefined, kind: Kind, soft: boolean, from: IsoDate | undefined, due: IsoDate | undefined, extension: Extension | undefined, entry: Entry | undefined): Item => {
    const deadline = extension?.due ?? due;
    const r = reviewOf(entry, entry ? status.verdict(task.id, milestone.id, occurrence) : undefined);
    // A sent-back completion is no completion: the milestone is open again (and so is a reported one where only sign-off counts).
    const open = r?.review === 'sent-back' || (options.requireSignoff === true && r?.review === 'reported');
    const j = judge(kind, soft, from, deadline, open ? undefined : entry, options);
    const waited = r?.review === 'reported' && entry ? Math.max(0, daysBetween(entry.date, options.asOf)) : undefined;
    return { task, plan, milestone, occurrence, kind, soft, from, due, deadline, extension, state: j.state, doneDate: j.doneDate, days: j.days, entry, review: r?.review, verdict: r?.verdict, waited, units, disagree: milestone.disagree === true, beforeIssue: due !== undefined && due < plan.document.date };
  };
  if (milestone.kind === 'recurring' && milestone.every) {
    for (const occurrence of occurrenceKeys(plan, milestone.every)) {
      items.push(make(occurrence, 'recurring', false, undefined, occurrenceDue(occurrence, milestone.day), undefined, status.latest(task.id, milestone.id, occurrence)));
    }
    return;
  }
  const extension = milestone.due ? status.extension(task.id, milestone.id) : undefined;
  items.push(make(undefined, milestone.kind, milestone.soft === true, milestone.from, milestone.due, extension, status.latest(task.id, milestone.id)));
}

/** An occurrence is due at its period's end, or by the day of the month its phrase states (每月25日前). */
function occurrenceDue(occurrence: string, day: number | undefined): IsoDate {
  const { end } = periodBounds(occurrence);
  if (day === undefined) return end;
  const byDay = `${occurrence}-${String(day).padStart(2, '0')}`;
  return byDay < end ? byDay : end;
}

const occurrenceCache = new WeakMap<PlanCore, Map<Period, string[]>>();

/** Recurring occurrences run from the period in which the plan was issued to the end of its period. */
export function occurrenceKeys(plan: PlanCore, every: Period): string[] {
  const known = occurrenceCache.get(plan)?.get(every);
  if (known) return known;
  const start = plan.document.date > plan.period.start ? plan.document.date : plan.period.start;
  const keys = periodsBetween(start, plan.period.end, every);
  occurrenceCache.set(plan, (occurrenceCache.get(plan) ?? new Map()).set(every, keys));
  return keys;
}

/** The state of one milestone or occurrence. Deadlines are the end of that day in China. */
export function judge(
  kind: Kind,
  soft: boolean,
  from: IsoDate | undefined,
  deadline: IsoDate | undefined,
  entry: Entry | undefined,
  { asOf, soonDays }: EngineOptions,
): Judged {
  if (entry?.state === 'waived') return { state: 'waived' };
  if (entry?.state === 'done') {
    const late = deadline ? daysBetween(deadline, entry.date) : 0;
    return late > 0 ? { state: 'done-late', days: late, doneDate: entry.date } : { state: 'done-on-time', doneDate: entry.date };
  }
  if (kind === 'done') return { state: 'done-on-time', doneDate: deadline };
  if (deadline) {
    if (asOf > deadline) return { state: soft ? 'soft-missed' : 'overdue', days: daysBetween(deadline, asOf) };
    const left = daysBetween(asOf, deadline);
    if (from && asOf < from) return { state: 'upcoming', days: left };
    if (left <= soonDays) return { state: 'due-soon', days: left };
    return { state: from ? 'in-force' : 'upcoming', days: left };
  }
  if (kind === 'from') return { state: from && asOf < from ? 'upcoming' : 'in-force' };
  return { state: kind === 'ongoing' ? 'in-force' : 'no-fixed-date' };
}

/** Completed, on time or late: the one definition every view uses. */
export const isDone = (i: Pick<Item, 'state'>): boolean => i.state === 'done-on-time' || i.state === 'done-late';
