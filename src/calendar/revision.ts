// SEQUENCE and LAST-MODIFIED of a calendar event, derived from what the event shows, with no state
// kept between runs and no clock: a subscription fetched twice, on two machines, gets the same answer.
//
// An event changes for three reasons, each counted here:
//   - a status entry on its milestone (or occurrence) dated by the as-of date: a report, done, waived;
//     or a verdict of the office on it (signed off, sent back), counted as an entry is;
//   - an approved extension recorded for its milestone: the date moves;
//   - the passing of time: it becomes in force, due soon, overdue, on a date worked out from its deadline.
// SEQUENCE = 4 × (entries + extensions) + the time phase (0 upcoming, 1 in force, 2 due soon, 3 overdue).
// The factor 4 keeps it rising when an extension sends an overdue event (phase 3) back to upcoming (0);
// since the status file only grows and the as-of date only moves forward, it never goes down.
// LAST-MODIFIED is the latest date among the plan's issue, the entries and the day each deadline the
// event has had (planned or extended) moved it into its phase. An extension carries no date in the
// status file, so it raises SEQUENCE while LAST-MODIFIED moves only with a dated report.
import { addDaysIso, type IsoDate } from '../dates/calendar.js';
import { judge, type Item } from '../engine/evaluate.js';
import { entryMilestone } from '../engine/statusIndex.js';
import type { Entry, Extension, Project, StatusFile, Verdict } from '../model.js';

export interface Revision {
  sequence: number;
  lastModified: IsoDate;
}

export interface Recorded {
  entries: Entry[];
  extensions: Extension[];
  verdicts: Verdict[];
}

const key = (task: string, milestone: string, occurrence?: string): string => `${task}#${milestone}#${occurrence ?? ''}`;

/** Entries (as of the date) and extensions per milestone or occurrence; extensions per milestone. */
export function recordedChanges(status: StatusFile, project: Project, asOf: IsoDate): (i: Item) => Recorded {
  const entries = new Map<string, Entry[]>();
  const extensions = new Map<string, Extension[]>();
  const verdicts = new Map<string, Verdict[]>();
  for (const e of status.entries ?? []) {
    const m = entryMilestone(project, e.task, e.milestone);
    if (m && e.date <= asOf) entries.set(key(e.task, m, e.occurrence), [...(entries.get(key(e.task, m, e.occurrence)) ?? []), e]);
  }
  for (const v of status.verdicts ?? []) {
    const m = entryMilestone(project, v.task, v.milestone);
    if (m && v.date <= asOf) verdicts.set(key(v.task, m, v.occurrence), [...(verdicts.get(key(v.task, m, v.occurrence)) ?? []), v]);
  }
  for (const x of status.extensions ?? []) {
    const m = entryMilestone(project, x.task, x.milestone);
    if (m) extensions.set(key(x.task, m), [...(extensions.get(key(x.task, m)) ?? []), x]);
  }
  return (i) => ({
    entries: entries.get(key(i.task.id, i.milestone.id, i.occurrence)) ?? [],
    extensions: i.occurrence ? [] : extensions.get(key(i.task.id, i.milestone.id)) ?? [],
    verdicts: verdicts.get(key(i.task.id, i.milestone.id, i.occurrence)) ?? [],
  });
}

const PHASE = { 'upcoming': 0, 'in-force': 1, 'due-soon': 2, 'overdue': 3, 'soft-missed': 3 } as const;

/** The time phase of a deadline on a date, and the day it began (undefined: since the plan's issue). */
export function timePhase(i: Pick<Item, 'kind' | 'soft' | 'from'>, deadline: IsoDate | undefined, on: IsoDate, soonDays: number): { phase: number; since?: IsoDate } {
  const { state } = judge(i.kind, i.soft, i.from, deadline, undefined, { asOf: on, soonDays });
  switch (state) {
    case 'in-force': return { phase: PHASE[state], ...(i.from ? { since: i.from } : {}) };
    case 'due-soon': {
      const soon = addDaysIso(deadline as IsoDate, -soonDays);
      return { phase: PHASE[state], since: i.from && i.from > soon ? i.from : soon };
    }
    case 'overdue': case 'soft-missed': return { phase: PHASE[state], since: addDaysIso(deadline as IsoDate, 1) };
    default: return { phase: 0 };
  }
}

/** A settled event (done, waived) stops moving with time on the day of its last report. */
export function revision(i: Item, recorded: Recorded, issued: IsoDate, asOf: IsoDate, soonDays: number): Revision {
  const last = [...recorded.entries, ...recorded.verdicts].reduce<IsoDate | undefined>((d, e) => (d && d > e.date ? d : e.date), undefined);
  const settled = i.state === 'done-on-time' || i.state === 'done-late' || i.state === 'waived';
  const on = settled && last ? last : asOf;
  const now = timePhase(i, i.deadline, on, soonDays);
  const deadlines = [i.due, ...recorded.extensions.map((x) => x.due)];
  const dates = [issued, ...(last ? [last] : []), ...deadlines.map((d) => timePhase(i, d, on, soonDays).since ?? issued)];
  return {
    sequence: 4 * (recorded.entries.length + recorded.extensions.length + recorded.verdicts.length) + now.phase,
    lastModified: dates.reduce((a, b) => (a > b ? a : b)),
  };
}
