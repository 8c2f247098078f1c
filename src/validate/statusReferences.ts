// Checks a status file against the plans: every reference resolves, every value fits its target,
// nothing is reported as done in the future.
import { closest } from '../closest.js';
import { beforeEra, ERA_START, type IsoDate } from '../dates/calendar.js';
import { occurrenceKeys } from '../engine/evaluate.js';
import { classRank } from '../engine/targets.js';
import { finding, type Finding } from '../findings.js';
import type { Entry, LoadedStatus, MilestoneCore, Project, Target, TaskRef } from '../model.js';

export function checkStatus({ status, yaml }: LoadedStatus, project: Project, asOf: IsoDate, today: IsoDate): Finding[] {
  const findings: Finding[] = [];
  const at = (path: Array<string | number>) => yaml?.at(path);
  const push = (...args: Parameters<typeof finding>) => findings.push(finding(...args));
  // Lists for messages are made only when a reference is wrong: a status file has tens of thousands of entries.
  let ids: string[] | undefined;
  const taskIds = (): string[] => (ids ??= [...project.tasks.keys()]);

  const resolveTask = (id: string, path: Array<string | number>): TaskRef | undefined => {
    const ref = project.tasks.get(id);
    if (!ref) push('STATUS_UNKNOWN_TASK', { subject: id, closest: closest(id, taskIds()) }, at(path));
    return ref;
  };
  const resolveMilestone = (ref: TaskRef, id: string | undefined, path: Array<string | number>): MilestoneCore | undefined => {
    const milestoneIds = () => ref.task.milestones.map((m) => m.id).join(', ');
    if (id === undefined) {
      if (ref.task.milestones.length === 1) return ref.task.milestones[0];
      push('STATUS_MILESTONE_REQUIRED', { subject: ref.task.id, expected: milestoneIds() }, at(path));
      return undefined;
    }
    const m = ref.task.milestones.find((x) => x.id === id);
    if (!m) push('STATUS_UNKNOWN_MILESTONE', { subject: `${ref.task.id} ${id}`, expected: milestoneIds() }, at([...path, 'milestone']));
    return m;
  };

  let afterAsOf = 0;
  // The office's verdicts name a milestone as entries do, and are checked as they are.
  const reports: Array<[string, Array<Pick<Entry, 'task' | 'milestone' | 'occurrence' | 'date'>>]> = [['entries', status.entries ?? []], ['verdicts', status.verdicts ?? []]];
  for (const [list, entries] of reports) entries.forEach((entry, i) => {
    const path = [list, i];
    if (entry.date > today) push('STATUS_DATE_IN_FUTURE', { subject: entry.task, actual: entry.date, expected: today }, at([...path, 'date']));
    else if (beforeEra(entry.date)) push('DATE_BEFORE_ERA', { subject: entry.task, actual: entry.date, expected: ERA_START }, at([...path, 'date']));
    else if (entry.date > asOf) afterAsOf++;
    const ref = resolveTask(entry.task, [...path, 'task']);
    const m = ref && resolveMilestone(ref, entry.milestone, path);
    if (!ref || !m) return;
    const keys = m.kind === 'recurring' && m.every ? occurrenceKeys(ref.plan, m.every) : [];
    if (keys.length > 0 ? !keys.includes(entry.occurrence ?? '') : entry.occurrence !== undefined) {
      push('STATUS_UNKNOWN_OCCURRENCE', { subject: `${ref.task.id} ${m.id}`, actual: entry.occurrence ?? '', expected: keys.join(', ') }, at(path));
    }
  });
  // A note, not a problem: naming the file is enough (a position would cost a parse of the whole file).
  if (afterAsOf > 0) push('STATUS_AFTER_AS_OF', { actual: String(afterAsOf), expected: asOf, subject: yaml?.file }, yaml ? { file: yaml.file, line: 1, column: 1 } : undefined);

  (status.extensions ?? []).forEach((ext, i) => {
    if (beforeEra(ext.due)) push('DATE_BEFORE_ERA', { subject: ext.task, actual: ext.due, expected: ERA_START }, at(['extensions', i, 'due']));
    const ref = resolveTask(ext.task, ['extensions', i, 'task']);
    if (ref) resolveMilestone(ref, ext.milestone, ['extensions', i]);
    if (ref && ext.due < ref.plan.document.date) push('STATUS_DUE_BEFORE_ISSUE', { subject: ext.task, actual: ext.due, expected: ref.plan.document.date }, at(['extensions', i, 'due']));
  });

  (status.measurements ?? []).forEach((m, i) => {
    const path = ['measurements', i];
    if (m.date > today) push('STATUS_DATE_IN_FUTURE', { subject: m.task, actual: m.date, expected: today }, at([...path, 'date']));
    else if (beforeEra(m.date)) push('DATE_BEFORE_ERA', { subject: m.task, actual: m.date, expected: ERA_START }, at([...path, 'date']));
    const targets: Target[] | undefined = project.tasks.get(m.task)?.task.targets ?? project.goals.get(m.task)?.goal.targets;
    if (!project.tasks.has(m.task) && !project.goals.has(m.task)) {
      push('STATUS_UNKNOWN_TASK', { subject: m.task, closest: closest(m.task, [...taskIds(), ...project.goals.keys()]) }, at([...path, 'task']));
      return;
    }
    const target = targets?.find((t) => t.id === m.target);
    if (!target) {
      push('STATUS_UNKNOWN_TARGET', { subject: `${m.task} ${m.target}`, expected: (targets ?? []).map((t) => t.id).join(', ') }, at([...path, 'target']));
      return;
    }
    for (const [field, value] of [['value', m.value], ['setValue', m.setValue]] as const) {
      if (value === undefined) continue;
      const fits = target.comparison === 'class-or-better' ? classRank(value) >= 0 : typeof value === 'number';
      if (!fits) push('STATUS_VALUE_KIND', { subject: `${m.task} ${m.target}`, actual: String(value), expected: target.comparison }, at([...path, field]));
    }
  });
  return findings;
}
