// check for a terminal: the findings in a table, then one summary line.
import { LABELS } from '../../messages/labels.js';
import { wrap } from '../fit.js';
import { renderFitTable } from '../fitTable.js';
import { deadlineCell, deadlineFootnotes, noteText, stateCell } from '../itemRow.js';
import { itemLabel } from '../../messages/items.js';
import { answeringNames } from '../../units.js';
import { unitsCell } from '../unitsCell.js';
import { tableLayout } from '../view.js';
import { paint, stateColor } from '../style.js';
import { counts, relativeFile, type CheckReporter } from './context.js';

export const renderCheckText: CheckReporter = (r) => {
  const L = LABELS[r.lang];
  const c = paint(r.color);
  const n = counts(r);
  const summary = `${wrap(L.checked(n.checked, r.asOf, n.errors, n.warnings), r.width).join('\n')}\n`;
  if (r.result.findings.length === 0) return summary;
  // Failing first, the most overdue first: the top of a long list is what a reader acts on.
  const sorted = [...r.result.findings].sort((a, b) => Number(b.fails) - Number(a.fails) || (b.item.days ?? 0) - (a.item.days ?? 0));
  const shown = r.limit > 0 ? sorted.slice(0, r.limit) : sorted;
  const more = sorted.length - shown.length;
  const rows = shown.map((f) => {
    const i = f.item;
    return [
      f.severity === 'error' ? '✖' : '!',
      itemLabel(i),
      i.task.title,
      unitsCell(answeringNames(r.project, i.plan.county, i.units), L),
      deadlineCell(i, L),
      stateCell(i, L),
      noteText(i, L),
      `${relativeFile(r, f.at.file)}:${f.at.line}`,
    ];
  });
  const columns = [
    { head: '', paint: (s: string, k: number) => (shown[k]!.severity === 'error' ? c.red(s) : c.yellow(s)) },
    { head: L.head.task, whole: true }, { head: L.head.title, give: 3, min: 12, drop: 1 }, { head: L.head.units, give: 2, hide: true }, { head: L.head.deadline },
    { head: L.head.state, drop: 2, paint: (s: string, k: number) => stateColor(c, shown[k]!.item.state)(s) }, { head: L.head.note, drop: 3 },
    // The plan file's line, for editors: whole or not at all (hidden first when the window is narrow).
    { head: L.head.plan, give: 1, hide: true, min: Infinity },
  ];
  const table = renderFitTable(columns, rows, tableLayout(r));
  return `${table}\n${deadlineFootnotes(shown.map((f) => f.item), L)}${more > 0 ? `${wrap(L.moreFindings(more), r.width).join('\n')}\n` : ''}${summary}`;
};
