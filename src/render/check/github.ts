// check as GitHub workflow commands: each annotation lands on the task's line in its plan file.
import { LABELS } from '../../messages/labels.js';
import { itemLabel } from '../../messages/items.js';
import { counts, message, relativeFile, type CheckReporter } from './context.js';

/** Workflow command values escape %, CR and LF; properties also escape : and ,. */
const data = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const prop = (s: string): string => data(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

export const renderGithub: CheckReporter = (r) => {
  const lines = r.result.findings.map((f) => {
    const level = f.severity === 'error' ? 'error' : 'warning';
    return `::${level} file=${prop(relativeFile(r, f.at.file))},line=${f.at.line},title=${prop(`${itemLabel(f.item)} ${f.item.task.title}`)}::${data(message(r, f))}`;
  });
  const n = counts(r);
  return `${[...lines, `plancheck: ${LABELS[r.lang].checked(n.checked, r.asOf, n.errors, n.warnings)}`].join('\n')}\n`;
};
