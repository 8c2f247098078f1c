// check as Markdown: the job summary of a CI run.
import { LABELS } from '../../messages/labels.js';
import { deadlineText, itemLabel, noteText } from '../itemRow.js';
import { unitNames, unitsCell } from '../names.js';
import { counts, relativeFile, type CheckReporter } from './context.js';

const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export const renderCheckMarkdown: CheckReporter = (r) => {
  const L = LABELS[r.lang];
  const n = counts(r);
  const head = `## plancheck ${r.result.failed ? '❌' : '✅'}\n\n${L.checked(n.checked, r.asOf, n.errors, n.warnings)}\n`;
  if (r.result.findings.length === 0) return head;
  const rows = r.result.findings.map((f) => {
    const i = f.item;
    return `| ${f.severity === 'error' ? '❌' : '⚠️'} | ${cell(itemLabel(i))} | ${cell(i.task.title)} | ${cell(unitsCell(unitNames(r.project, i.plan.county, i.units), L).text)} | ${cell(deadlineText(i, L))} | ${L.state[i.state]} | ${cell(noteText(i, L))} | \`${relativeFile(r, f.at.file)}:${f.at.line}\` |`;
  });
  return `${head}\n| | ${L.head.task} | ${L.head.title} | ${L.head.units} | ${L.head.deadline} | ${L.head.state} | ${L.head.note} | ${L.head.plan} |\n|---|---|---|---|---|---|---|---|\n${rows.join('\n')}\n`;
};
