// check for a terminal: the findings in a table, then one summary line.
import { renderTable } from '../table.js';
import { LABELS } from '../../messages/labels.js';
import { deadlineText, itemLabel, noteText } from '../itemRow.js';
import { shortUnits, unitNames } from '../names.js';
import { paint, stateColor } from '../style.js';
import { counts, relativeFile, type CheckReporter } from './context.js';

export const renderCheckText: CheckReporter = (r) => {
  const L = LABELS[r.lang];
  const c = paint(r.color);
  const n = counts(r);
  const summary = `${n.checked} milestones checked as of ${r.asOf}: ${n.errors} failing, ${n.warnings} warnings\n`;
  if (r.result.findings.length === 0) return summary;
  // Failing first, the most overdue first: the top of a long list is what a reader acts on.
  const sorted = [...r.result.findings].sort((a, b) => Number(b.fails) - Number(a.fails) || (b.item.days ?? 0) - (a.item.days ?? 0));
  const shown = r.limit > 0 ? sorted.slice(0, r.limit) : sorted;
  const more = sorted.length - shown.length;
  const rows = shown.map((f) => {
    const i = f.item;
    return [
      f.severity === 'error' ? c.red('✖') : c.yellow('!'),
      itemLabel(i),
      i.task.title,
      shortUnits(unitNames(r.project, i.plan.county, i.units)),
      deadlineText(i, L),
      stateColor(c, i.state)(L.state[i.state]),
      noteText(i, L),
      `${relativeFile(r, f.at.file)}:${f.at.line}`,
    ];
  });
  const table = renderTable(['', L.head.task, L.head.title, L.head.units, L.head.deadline, L.head.state, L.head.note, 'Plan'], rows);
  return `${table}\n${more > 0 ? `… and ${more} more (--limit 0 shows all; --format json, junit, sarif or github always list all)\n` : ''}${summary}`;
};
