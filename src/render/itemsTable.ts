// The terminal table of milestones (due, late, done).
import type { Item } from '../engine/evaluate.js';
import { LABELS } from '../messages/labels.js';
import type { Project } from '../model.js';
import { countyColumn } from './countyColumn.js';
import { renderFitTable, type Column } from './fitTable.js';
import { deadlineCell, deadlineFootnotes, itemTitleWhole, noteText, stateCell } from './itemRow.js';
import { itemLabel } from '../messages/items.js';
import { answeringNames } from '../units.js';
import { unitsCell } from './unitsCell.js';
import { paint, stateColor } from './style.js';
import { tableLayout, type ViewOptions } from './view.js';

export function renderItemsTable(items: Item[], project: Project, view: ViewOptions): string {
  const L = LABELS[view.lang];
  if (items.length === 0) return `${L.none}\n`;
  const c = paint(view.color);
  const rows = items.map((i) => [
    itemLabel(i),
    itemTitleWhole(i, L),
    unitsCell(answeringNames(project, i.plan.county, i.units), L),
    deadlineCell(i, L),
    stateCell(i, L),
    noteText(i, L),
  ]);
  const columns: Column[] = [
    { head: L.head.task, whole: true }, { head: L.head.title, give: 2, min: 12, drop: 1 }, { head: L.head.units, give: 1, hide: true }, { head: L.head.deadline },
    { head: L.head.state, drop: 2, paint: (s: string, r: number) => stateColor(c, items[r]!.state)(s) }, { head: L.head.note, drop: 3 },
  ];
  const county = countyColumn(project, items.map((i) => i.plan.county), view.lang);
  if (county) {
    rows.forEach((row, r) => row.splice(1, 0, county.cells[r]!));
    columns.splice(1, 0, county.column);
  }
  return `${renderFitTable(columns, rows, tableLayout(view))}\n${deadlineFootnotes(items, L)}`;
}
