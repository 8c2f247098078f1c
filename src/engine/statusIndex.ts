// Indexes a status file for the engine: the latest report per milestone or occurrence as of a date.
import type { IsoDate } from '../dates/calendar.js';
import type { Entry, Extension, Measurement, Project, StatusFile } from '../model.js';
import { byText } from '../order.js';

export interface StatusIndex {
  latest: Map<string, Entry>;
  extensions: Map<string, Extension>;
  measurements: Map<string, Measurement[]>;
}

export const itemKey = (task: string, milestone: string, occurrence?: string): string => `${task}#${milestone}#${occurrence ?? ''}`;
export const targetKey = (task: string, target: string): string => `${task}#${target}`;

/** Entries dated after asOf have not happened yet as of that date and are left out (a replay of the past). */
export function indexStatus(status: StatusFile, project: Project, asOf: IsoDate): StatusIndex {
  const index: StatusIndex = { latest: new Map(), extensions: new Map(), measurements: new Map() };
  const milestoneOf = (task: string, milestone?: string): string | undefined =>
    milestone ?? (project.tasks.get(task)?.task.milestones.length === 1 ? project.tasks.get(task)?.task.milestones[0]?.id : undefined);
  (status.entries ?? []).forEach((entry) => {
    const milestone = milestoneOf(entry.task, entry.milestone);
    if (!milestone) return;
    const key = itemKey(entry.task, milestone, entry.occurrence);
    if (entry.date > asOf) return;
    const before = index.latest.get(key);
    if (!before || entry.date >= before.date) index.latest.set(key, entry);
  });
  for (const ext of status.extensions ?? []) {
    const milestone = milestoneOf(ext.task, ext.milestone);
    if (milestone) index.extensions.set(itemKey(ext.task, milestone), ext);
  }
  for (const m of status.measurements ?? []) {
    if (m.date > asOf) continue;
    const key = targetKey(m.task, m.target);
    index.measurements.set(key, [...(index.measurements.get(key) ?? []), m].sort((a, b) => byText(a.date, b.date)));
  }
  return index;
}
