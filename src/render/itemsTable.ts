// The terminal table of milestones (due, late, done).
import { renderTable } from './table.js';
import type { Item } from '../engine/evaluate.js';
import { LABELS, type Lang } from '../messages/labels.js';
import type { Project } from '../model.js';
import { deadlineText, itemLabel, itemTitle, noteText } from './itemRow.js';
import { shortUnits, unitNames } from './names.js';
import { paint, stateColor } from './style.js';

export interface ViewOptions {
  color: boolean;
  lang: Lang;
}

export function renderItemsTable(items: Item[], project: Project, { color, lang }: ViewOptions): string {
  const L = LABELS[lang];
  if (items.length === 0) return `${L.none}\n`;
  const c = paint(color);
  const rows = items.map((i) => [
    itemLabel(i),
    itemTitle(i),
    shortUnits(unitNames(project, i.plan.county, i.units)),
    deadlineText(i, L),
    stateColor(c, i.state)(L.state[i.state]),
    noteText(i, L),
  ]);
  const head = [L.head.task, L.head.title, L.head.units, L.head.deadline, L.head.state, L.head.note];
  const table = renderTable(head, rows, { head: color ? ['bold'] : [], border: color ? ['gray'] : [] });
  const footnote = items.some((i) => i.disagree) ? `* ${L.disagree}: plancheck show <task>\n` : '';
  return `${table}\n${footnote}`;
}
