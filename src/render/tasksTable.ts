// `list`: one row per task, with its source reference and the phrases of its milestones.
import { renderTable } from './table.js';
import { LABELS } from '../messages/labels.js';
import { withTexts, type PlanWithTexts, type Project, type TaskRef } from '../model.js';
import type { ViewOptions } from './itemsTable.js';
import { shortUnits, unitNames } from './names.js';

export const sourceRef = (ref: TaskRef<PlanWithTexts>): string => {
  const { task } = withTexts(ref);
  const body = task.source.body;
  const parts = body ? [`${body.item ?? body.section[body.section.length - 1]}${body.paragraph ? `¶${body.paragraph}` : ''}`] : [];
  for (const r of task.source.annex ?? []) parts.push(`${r.table}#${r.row}`);
  return parts.join(' ');
};

export function renderTasksTable(refs: Array<TaskRef<PlanWithTexts>>, project: Project, { lang }: ViewOptions): string {
  const L = LABELS[lang];
  if (refs.length === 0) return `${L.none}\n`;
  const rows = refs.map((ref) => {
    const phrases = withTexts(ref).task.milestones.map((m) => m.statements[0]?.phrase ?? L.kind[m.statements[0]?.kind ?? 'unspecified']);
    return [ref.task.id, ref.task.title, shortUnits(unitNames(project, ref.plan.county, ref.task.units)), phrases.join('；'), sourceRef(ref)];
  });
  return `${renderTable([L.head.task, L.head.title, L.head.units, L.head.milestones, L.head.source], rows)}\n${refs.length} tasks\n`;
}
