// check for a terminal: the findings in a table, then one summary line.
import Table from 'cli-table3';
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
  const table = new Table({ head: ['', L.head.task, L.head.title, L.head.units, L.head.deadline, L.head.state, L.head.note, 'Plan'], style: { head: [], border: [] } });
  for (const f of r.result.findings) {
    const i = f.item;
    table.push([
      f.severity === 'error' ? c.red('✖') : c.yellow('!'),
      itemLabel(i),
      i.task.title,
      shortUnits(unitNames(r.project, i.plan.county, i.units)),
      deadlineText(i, L),
      stateColor(c, i.state)(L.state[i.state]),
      noteText(i, L),
      `${relativeFile(r, f.at.file)}:${f.at.line}`,
    ]);
  }
  return `${table.toString()}\n${summary}`;
};
