// check as JUnit XML: a suite per plan, a test case per checked milestone, a failure per failing one.
import type { Item } from '../../engine/evaluate.js';
import { itemLabel } from '../itemRow.js';
import { message, relativeFile, type CheckReporter } from './context.js';


/** Escaped for XML 1.0, whose documents may not hold most control characters even escaped. */
const xml = (s: string): string => s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '\ufffd').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

export const renderJunit: CheckReporter = (r) => {
  const byPlan = new Map<string, Item[]>();
  for (const i of r.result.checked) byPlan.set(i.plan.id, [...(byPlan.get(i.plan.id) ?? []), i]);
  const findingOf = new Map(r.result.findings.map((f) => [f.item, f]));
  const failures = r.result.findings.filter((f) => f.fails).length;
  const suites = [...byPlan.entries()].map(([plan, items]) => {
    const cases = items.map((i) => {
      const f = findingOf.get(i);
      const name = xml(`${itemLabel(i)} ${i.task.title}`);
      const file = f ? ` file="${xml(relativeFile(r, f.at.file))}" line="${f.at.line}"` : '';
      const body = f?.fails
        ? `<failure type="${f.code}" message="${xml(message(r, f))}">${xml(r.taskText?.(i.task.id) ?? '')}</failure>`
        : f
          ? `<system-out>${xml(message(r, f))}</system-out>`
          : '';
      return `    <testcase classname="${xml(plan)}" name="${name}"${file}>${body}</testcase>`;
    });
    const failed = items.filter((i) => findingOf.get(i)?.fails).length;
    return `  <testsuite name="${xml(plan)}" tests="${items.length}" failures="${failed}" errors="0" skipped="0" timestamp="${r.asOf}T23:59:59+08:00">\n${cases.join('\n')}\n  </testsuite>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="plancheck" tests="${r.result.checked.length}" failures="${failures}" errors="0">\n${suites.join('\n')}\n</testsuites>\n`;
};
