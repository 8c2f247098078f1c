// Checks inside one plan file: titles and other TODOs a draft left to a person, milestone ids, annex rows named by statements, the date fields each kind
// of statement needs, target values. A check of that file alone, so it is cached with it.
import { beforeEra, ERA_START } from '../dates/calendar.js';
import { finding, type Finding } from '../findings.js';
import type { Statement } from '../generated/plan.js';
import type { PathSegment, YamlFile } from '../load/yamlFile.js';
import type { Plan } from '../model.js';

/** Which reading fields each kind of statement needs. */
const NEEDS: Record<Statement['kind'], Array<'due' | 'from' | 'every' | 'why'>> = {
  by: ['due'],
  soft: ['due'],
  window: ['from', 'due'],
  from: ['from'],
  recurring: ['every'],
  done: ['due'],
  unspecified: ['why'],
  ongoing: [],
};

/** A decision a draft left to a person (a TODO in a note, a date's why, the document's number), until it is settled. */
const TODO = /\bTODO\b/;

export function checkPlanStructure(yaml: YamlFile): Finding[] {
  const findings: Finding[] = [];
  const plan = yaml.data as Plan;
  const todo = (subject: string, text: string | undefined, path: PathSegment[]): void => {
    if (text !== undefined && TODO.test(text)) findings.push(finding('TODO_LEFT', { subject, actual: text }, yaml.at(path)));
  };
  todo(plan.id, plan.document.number, ['document', 'number']);
  todo(plan.id, plan.document.issuer, ['document', 'issuer']);
  (plan.notes ?? []).forEach((n, i) => todo(plan.id, n, ['notes', i]));
  plan.tasks.forEach((task, t) => {
    const base: PathSegment[] = ['tasks', t];
    if (/^TODO\b/.test(task.title)) findings.push(finding('TASK_TITLE_TODO', { subject: task.id }, yaml.at([...base, 'title'])));
    (task.notes ?? []).forEach((n, i) => todo(task.id, n, [...base, 'notes', i]));
    const rows = new Set((task.source.annex ?? []).map((r) => r.row));
    const milestoneIds = new Set<string>();
    task.milestones.forEach((m, mi) => {
      const mpath = [...base, 'milestones', mi];
      if (milestoneIds.has(m.id)) findings.push(finding('MILESTONE_DUPLICATE_ID', { subject: `${task.id} ${m.id}` }, yaml.at([...mpath, 'id'])));
      milestoneIds.add(m.id);
      m.statements.forEach((s, si) => {
        const spath = [...mpath, 'statements', si];
        todo(`${task.id} ${m.id}`, s.why, [...spath, 'why']);
        if (s.source === 'annex' && (s.row === undefined || !rows.has(s.row))) {
          findings.push(finding('STATEMENT_ROW_UNKNOWN', { subject: `${task.id} ${m.id}`, actual: s.row ?? '', expected: [...rows].join(', ') }, yaml.at([...spath, 'row'])));
        }
        for (const field of NEEDS[s.kind]) {
          if (s[field] === undefined) findings.push(finding('STATEMENT_MISSING_FIELD', { subject: `${task.id} ${m.id}`, expected: field, actual: s.kind }, yaml.at(spath)));
        }
        for (const field of ['due', 'from'] as const) {
          const date = s[field];
          if (date !== undefined && beforeEra(date)) findings.push(finding('DATE_BEFORE_ERA', { subject: `${task.id} ${m.id}`, actual: date, expected: ERA_START }, yaml.at([...spath, field])));
        }
      });
    });
    (task.targets ?? []).forEach((target, i) => {
      if (target.value === undefined && target.unstated === undefined) {
        findings.push(finding('TARGET_VALUE_MISSING', { subject: `${task.id} ${target.id}` }, yaml.at([...base, 'targets', i])));
      }
    });
  });
  return findings;
}
