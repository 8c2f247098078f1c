// `list`: one row per task, with its source reference and the phrases of its milestones.
import { LABELS } from '../messages/labels.js';
import { withTexts, type PlanWithTexts, type Project, type TaskRef } from '../model.js';
import { countyColumn } from './countyColumn.js';
import { renderFitTable, type Column } from './fitTable.js';
import { answeringNames } from '../units.js';
import { unitsCell } from './unitsCell.js';
import { tableLayout, type ViewOptions } from './view.js';

export const sourceRef = (ref: TaskRef<PlanWithTexts>): string => {
  const { task } = withTexts(ref);
  const body = task.source.body;
  const parts = body ? [`${body.item ?? body.section[body.section.length - 1]}${body.paragraph ? `¶${body.paragraph}` : ''}`] : [];
  for (const r of task.source.annex ?? []) parts.push(`${r.table}#${r.row}`);
  return parts.join(' ');
};

export function renderTasksTable(refs: Array<TaskRef<PlanWithTexts>>, project: Project, view: ViewOptions): string {
  const L = LABELS[view.lang];
  if (refs.length === 0) return `${L.none}\n`;
  const rows = refs.map((ref) => {
    const phrases = withTexts(ref).task.milestones.map((m) => m.statements[0]?.phrase ?? L.kind[m.statements[0]?.kind ?? 'unspecified']);
    return [ref.task.id, ref.task.title, unitsCell(answeringNames(project, ref.plan.county, ref.task.units), L), phrases.join(L.phraseSep), sourceRef(ref)];
  });
  // The date phrases are verbatim and can be long: they give way after the title, before the units.
  const columns: Column[] = [
    { head: L.head.task, whole: true }, { head: L.head.title, give: 4, min: 16, drop: 1 }, { head: L.head.units, give: 2, hide: true },
    { head: L.head.milestones, give: 3, hide: true }, { head: L.head.source, give: 1, min: 12 },
  ];
  const county = countyColumn(project, refs.map((ref) => ref.plan.county), view.lang);
  if (county) {
    rows.forEach((row, r) => row.splice(1, 0, county.cells[r]!));
    columns.splice(1, 0, county.column);
  }
  return `${renderFitTable(columns, rows, tableLayout(view))}\n${L.tasks(refs.length)}\n`;
}
