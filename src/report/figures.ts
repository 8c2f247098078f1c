// The circular's figures, each defined once: which milestones a figure counts, and how its parts add up
// to its total. Pure; the wording is the renderers'. Every list the circular prints is one of these lists,
// so a total and the rows it summarises cannot differ.
import { periodBounds, type IsoDate } from '../dates/calendar.js';
import { isDone, type Item, type State } from '../engine/evaluate.js';

/** What became of a milestone due this month, as of the circular's date. */
export type DueOutcome = 'onTime' | 'late' | 'overdue' | 'softMissed' | 'notYetDue' | 'waived';
export const DUE_OUTCOMES: readonly DueOutcome[] = ['onTime', 'late', 'overdue', 'softMissed', 'notYetDue', 'waived'];

const OUTCOME: Record<State, DueOutcome> = {
  'done-on-time': 'onTime',
  'done-late': 'late',
  'overdue': 'overdue',
  'soft-missed': 'softMissed',
  'waived': 'waived',
  'due-soon': 'notYetDue',
  'upcoming': 'notYetDue',
  'in-force': 'notYetDue',
  // A milestone with no date is never due in a month; listed for the compiler's sake.
  'no-fixed-date': 'notYetDue',
};

/** 本月到期N项：按期完成、逾期完成、逾期未完成、力争目标未达成、未到期、已免除 — the parts add up to total. */
export type DueFigures = Record<DueOutcome, number> & { total: number };

/** 本月完成M项，其中本月到期、以前月份到期K项、以后月份到期（提前完成）、无明确时限 — the parts add up to total. */
export interface CompletedFigures {
  total: number;
  dueThisMonth: number;
  dueEarlier: number;
  dueLater: number;
  undated: number;
}

export interface MonthFigures {
  due: DueFigures;
  completed: CompletedFigures;
  /** 累计逾期未完成T项，其中本月新增X项 (X = due.overdue). */
  overdue: { total: number; newThisMonth: number };
  /** 力争目标未达成S项 (soft targets missed, to date), 其中本月新增 (= due.softMissed). */
  softMissed: { total: number; newThisMonth: number };
  /** Obligations in force (ongoing or from a date) and milestones with no fixed date: counted, never due. */
  inForce: number;
  noFixedDate: number;
}

/** The lists the figures count. */
export interface MonthLists {
  /** Every milestone whose deadline falls in the month, whatever became of it (as `due --month`). */
  due: Item[];
  /** Completed in the month (as `done --month`). */
  completed: Item[];
  /** Overdue to date, hard deadlines (with softMissed: as `late`). */
  overdue: Item[];
  softMissed: Item[];
}

export const inPeriod = (date: IsoDate | undefined, { start, end }: { start: IsoDate; end: IsoDate }): boolean => date !== undefined && date >= start && date <= end;

export function monthLists(items: Item[], month: string): MonthLists {
  const bounds = periodBounds(month);
  return {
    due: items.filter((i) => inPeriod(i.deadline, bounds)),
    completed: items.filter((i) => isDone(i) && inPeriod(i.doneDate, bounds)),
    overdue: items.filter((i) => i.state === 'overdue'),
    softMissed: items.filter((i) => i.state === 'soft-missed'),
  };
}

export const outcomeOf = (i: Item): DueOutcome => OUTCOME[i.state];

/** The outcomes of milestones due in a period (all of them, or one unit's, one category's). */
export function dueFigures(due: Item[]): DueFigures {
  const f = { total: due.length, ...(Object.fromEntries(DUE_OUTCOMES.map((o) => [o, 0])) as Record<DueOutcome, number>) };
  for (const i of due) f[outcomeOf(i)]++;
  return f;
}

/** Of the milestones that fell due and were not waived, the share done on time (undefined when none fell due). */
export function onTimeRate(f: DueFigures): number | undefined {
  const judged = f.total - f.notYetDue - f.waived;
  return judged > 0 ? f.onTime / judged : undefined;
}

export function monthFigures(lists: MonthLists, items: Item[], month: string): MonthFigures {
  const { start, end } = periodBounds(month);
  const due = dueFigures(lists.due);
  const completed: CompletedFigures = { total: lists.completed.length, dueThisMonth: 0, dueEarlier: 0, dueLater: 0, undated: 0 };
  for (const i of lists.completed) {
    if (i.deadline === undefined) completed.undated++;
    else if (i.deadline < start) completed.dueEarlier++;
    else if (i.deadline > end) completed.dueLater++;
    else completed.dueThisMonth++;
  }
  return {
    due,
    completed,
    overdue: { total: lists.overdue.length, newThisMonth: due.overdue },
    softMissed: { total: lists.softMissed.length, newThisMonth: due.softMissed },
    inForce: items.filter((i) => i.state === 'in-force').length,
    noFixedDate: items.filter((i) => i.state === 'no-fixed-date').length,
  };
}
