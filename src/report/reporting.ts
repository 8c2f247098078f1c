// Who reported for a month and who did not (报送情况): offices ask each responsible unit to report its
// progress by a fixed day of the month and circulate the units that did not. Pure and standalone: the
// circular and chat reminders ask the same question.
import { periodBounds, ymd, type IsoDate } from '../dates/calendar.js';

/** A milestone (or occurrence) still open in the month, with the units that answer for it. */
export interface OpenMilestone {
  task: string;
  milestone: string;
  occurrence?: string;
  units: readonly string[];
}

/** A status entry, as the status file holds it: one without a milestone (or occurrence) speaks for all of the task's. */
export interface ProgressEntry {
  task: string;
  milestone?: string;
  occurrence?: string;
  date: IsoDate;
}

export type ReportingState = 'reported' | 'late' | 'missing';
export const REPORTING_STATES: readonly ReportingState[] = ['reported', 'late', 'missing'];

export interface UnitReporting {
  unit: string;
  state: ReportingState;
  /** How many open milestones the unit answers for. */
  open: number;
  /** The first entry of the month on one of them. */
  firstReport?: IsoDate;
}

/** The day reports are due in a month: the reporting day, or the month's last day in a shorter month. */
export function reportingDeadline(month: string, reportingDay: number): IsoDate {
  const { end } = periodBounds(month);
  return ymd(Number(month.slice(0, 4)), Number(month.slice(5, 7)), Math.min(reportingDay, Number(end.slice(8, 10))));
}

const covers = (e: ProgressEntry, m: OpenMilestone): boolean =>
  e.task === m.task && (e.milestone === undefined || e.milestone === m.milestone) && (e.occurrence === undefined || e.occurrence === m.occurrence);

/**
 * A unit has reported for the month when an entry dated in the month, on or before the reporting day,
 * concerns one of its open milestones; an entry later in the month is reported late; none is missing.
 * Units come in the order reported, late, missing, by name within each.
 */
export function reportingStatus(month: string, reportingDay: number, open: readonly OpenMilestone[], entries: readonly ProgressEntry[]): UnitReporting[] {
  const { start, end } = periodBounds(month);
  const due = reportingDeadline(month, reportingDay);
  const inMonth = entries.filter((e) => e.date >= start && e.date <= end);
  const units = new Map<string, { open: number; first?: IsoDate }>();
  for (const m of open) {
    const first = inMonth.filter((e) => covers(e, m)).reduce<IsoDate | undefined>((a, e) => (a === undefined || e.date < a ? e.date : a), undefined);
    for (const unit of new Set(m.units)) {
      const u = units.get(unit) ?? { open: 0 };
      u.open++;
      if (first !== undefined && (u.first === undefined || first < u.first)) u.first = first;
      units.set(unit, u);
    }
  }
  const rows: UnitReporting[] = [...units].map(([unit, u]) => ({
    unit,
    open: u.open,
    state: u.first === undefined ? 'missing' : u.first <= due ? 'reported' : 'late',
    ...(u.first !== undefined ? { firstReport: u.first } : {}),
  }));
  return rows.sort((a, b) => REPORTING_STATES.indexOf(a.state) - REPORTING_STATES.indexOf(b.state) || a.unit.localeCompare(b.unit, 'zh'));
}
