// check as Markdown: the job summary of a CI run.
import { markdownText } from '../../escape.js';
import { LABELS } from '../../messages/labels.js';
import { noteText } from '../itemRow.js';
import { deadlineText, itemLabel } from '../../messages/items.js';
import { answeringNames, shortUnits } from '../../units.js';
import { counts, relativeFile, type CheckReporter } from './context.js';

const cell = markdownText;

export const renderCheckMarkdown: CheckReporter = (r) => {
  const L = LABELS[r.lang];
  const n = counts(r);
  const head = `## plancheck ${r.result.failed ? '❌' : '✅'}\n\n${L.checked(n.checked, r.asOf, n.errors, n.warnings)}\n`;
  if (r.result.findings.length === 0) return head;
  const rows = r.result.findings.map((f) => {
    const i = f.item;
    return `| ${f.severity === 'error' ? '❌' : '⚠️'} | ${cell(itemLabel(i))} | ${cell(i.task.title)} | ${cell(shortUnits(answeringNames(r.project, i.plan.county, i.units), L))} | ${cell(deadlineText(i, L))} | ${L.state[i.state]} | ${cell(noteText(i, L))} | \`${relativeFile(r, f.at.file)}:${f.at.line}\` |`;
  });
  // The * of the deadline column said under the table, as Markdown reads it (a line opening with * would
  // be a list item, <任务编号> a tag).
  const notes = r.result.findings.some((f) => f.item.disagree) ? `${L.disagreeHint.replace(/^\*/, '\\*').replace(/</g, '&lt;').replace(/>/g, '&gt;')}\n` : '';
  return `${head}\n| | ${L.head.task} | ${L.head.title} | ${L.head.units} | ${L.head.deadline} | ${L.head.state} | ${L.head.note} | ${L.head.plan} |\n|---|---|---|---|---|---|---|---|\n${rows.join('\n')}\n${notes ? `\n${notes}` : ''}`;
};
