// Indexes a status file for the engine: the latest report per milestone or occurrence as of a date.
import type { IsoDate } from '../dates/calendar.js';
import type { Entry, Extension, Measurement, Project, StatusFile, Verdict } from '../model.js';
import { byText } from '../order.js';

export interface StatusIndex {
  /** The latest report on a milestone, or on one occurrence of a recurring one. */
  latest(task: string, milestone: string, occurrence?: string): Entry | undefined;
  /** The latest verdict of the office on a milestone (or occurrence); whether it still stands is review's. */
  verdict(task: string, milestone: string, occurrence?: string): Verdict | undefined;
  extension(task: string, milestone: string): Extension | undefined;
  measurements: Map<string, Measurement[]>;
}

/** What the engine reads of a status file: its entries without evidence and notes, which only the
 * views that print them (report, show) load. Cached beside the whole file. */
export const statusCore = (status: StatusFile): StatusFile => ({
  ...status,
  ...(status.entries ? { entries: status.entries.map(({ evidence: _evidence, note: _note, ...entry }) => entry) } : {}),
});

export const targetKey = (task: string, target: string): string => `${task}#${target}`;

/** Per task, then per milestone and occurrence: most tasks have no report, and are passed over at one
 * lookup, without building a key. */
class ByTask<T> {
  private readonly tasks = new Map<string, Map<string, T>>();
  get(task: string, milestone: string, occurrence?: string): T | undefined {
    return this.tasks.get(task)?.get(`${milestone}#${occurrence ?? ''}`);
  }
  set(task: string, milestone: string, occurrence: string | undefined, value: T): void {
    const inner = this.tasks.get(task) ?? new Map<string, T>();
    this.tasks.set(task, inner.set(`${milestone}#${occurrence ?? ''}`, value));
  }
}

/** The milestone an entry or extension is about: named, or the task's only one. */
export const entryMilestone = (project: Project, task: string, milestone?: string): string | undefined =>
  milestone ?? (project.tasks.get(task)?.task.milestones.length === 1 ? project.tasks.get(task)?.task.milestones[0]?.id : undefined);

/** Of two reports on one milestone, the one that stands: the later date; on the same date, the later
 * line of the status file (`mark … in-progress --date D`, then `mark … done --date D`: done). Entries
 * are read in the file's order. */
export const standsOver = (entry: Pick<Entry, 'date'>, before: Pick<Entry, 'date'> | undefined): boolean => before === undefined || entry.date >= before.date;

/** The report that stands among several on one milestone, in the file's order. */
export const latestEntry = <E extends Pick<Entry, 'date'>>(entries: readonly E[]): E | undefined =>
  entries.reduce<E | undefined>((latest, e) => (standsOver(e, latest) ? e : latest), undefined);

/** Where a milestone stands with the office (办结销号): a completion a unit reports is reported until a
 * verdict dated on or after it signs it off or sends it back; a later report stands over an earlier
 * verdict (the unit reports again after being sent back). Only a done report is reviewed. */
export type Review = 'reported' | 'signed-off' | 'sent-back';

export const REVIEWS: readonly Review[] = ['reported', 'signed-off', 'sent-back'];

export function review(entry: Pick<Entry, 'state' | 'date'> | undefined, verdict: Verdict | undefined): { review: Review; verdict?: Verdict } | undefined {
  if (entry?.state !== 'done') return undefined;
  return verdict && standsOver(verdict, entry) ? { review: verdict.verdict, verdict } : { review: 'reported' };
}

/** Entries dated after asOf have not happened yet as of that date and are left out (a replay of the past). */
export function indexStatus(status: StatusFile, project: Project, asOf: IsoDate): StatusIndex {
  const latest = new ByTask<Entry>();
  const verdicts = new ByTask<Verdict>();
  const extensions = new ByTask<Extension>();
  const measurements = new Map<string, Measurement[]>();
  const milestoneOf = (task: string, milestone?: string) => entryMilestone(project, task, milestone);
  for (const entry of status.entries ?? []) {
    const milestone = milestoneOf(entry.task, entry.milestone);
    if (!milestone || entry.date > asOf) continue;
    const before = latest.get(entry.task, milestone, entry.occurrence);
    if (standsOver(entry, before)) latest.set(entry.task, milestone, entry.occurrence, entry);
  }
  for (const verdict of status.verdicts ?? []) {
    const milestone = milestoneOf(verdict.task, verdict.milestone);
    if (!milestone || verdict.date > asOf) continue;
    if (standsOver(verdict, verdicts.get(verdict.task, milestone, verdict.occurrence))) verdicts.set(verdict.task, milestone, verdict.occurrence, verdict);
  }
  for (const ext of status.extensions ?? []) {
    const milestone = milestoneOf(ext.task, ext.milestone);
    if (milestone) extensions.set(ext.task, milestone, undefined, ext);
  }
  for (const m of status.measurements ?? []) {
    if (m.date > asOf) continue;
    const key = targetKey(m.task, m.target);
    measurements.set(key, [...(measurements.get(key) ?? []), m].sort((a, b) => byText(a.date, b.date)));
  }
  return {
    latest: (task, milestone, occurrence) => latest.get(task, milestone, occurrence),
    verdict: (task, milestone, occurrence) => verdicts.get(task, milestone, occurrence),
    extension: (task, milestone) => extensions.get(task, milestone), measurements };
}
