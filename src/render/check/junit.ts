// check as JUnit XML in the strict form of the Ant JUnit schema, which Jenkins and GitLab read: a suite
// per plan (its county as the package), a test case per checked milestone, a failure per failing one
// (where the plan states it, then the task's text), warnings in the suite's system-out.
import type { Item } from '../../engine/evaluate.js';
import { itemLabel } from '../../messages/items.js';
import { message, relativeFile, type CheckReporter } from './context.js';

/** Escaped for XML 1.0, whose documents may not hold most control characters even escaped. */
const xml = (s: string): string => s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '\ufffd').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

export const renderJunit: CheckReporter = (r) => {
  const byPlan = new Map<string, Item[]>();
  for (const i of r.result.checked) byPlan.set(i.plan.id, [...(byPlan.get(i.plan.id) ?? []), i]);
  const findingOf = new Map(r.result.findings.map((f) => [f.item, f]));
  const suites = [...byPlan.entries()].map(([plan, items], id) => {
    const warnings: string[] = [];
    const cases = items.map((i) => {
      const f = findingOf.get(i);
      const name = xml(`${itemLabel(i)} ${i.task.title}`);
      const where = f ? `${relativeFile(r, f.at.file)}:${f.at.line}` : '';
      if (f && !f.fails) warnings.push(`${where}: ${message(r, f)}`);
      const body = f?.fails ? `<failure type="${f.code}" message="${xml(message(r, f))}">${xml([where, r.taskText?.(i.task.id) ?? ''].join('\n'))}</failure>` : '';
      return `    <testcase classname="${xml(plan)}" name="${name}" time="0">${body}</testcase>`;
    });
    const failed = items.filter((i) => findingOf.get(i)?.fails).length;
    // The schema's timestamp has no zone: the end of the as-of day, China time, is when the gate judges.
    const attributes = `package="${xml(items[0]?.plan.county ?? '')}" id="${id}" name="${xml(plan)}" timestamp="${r.asOf}T23:59:59" hostname="localhost" tests="${items.length}" failures="${failed}" errors="0" skipped="0" time="0"`;
    return [
      `  <testsuite ${attributes}>`,
      `    <properties>\n      <property name="as-of" value="${xml(r.asOf)}"/>\n    </properties>`,
      ...cases,
      `    <system-out>${xml(warnings.join('\n'))}</system-out>`,
      '    <system-err></system-err>',
      '  </testsuite>',
    ].join('\n');
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites>\n${suites.join('\n')}\n</testsuites>\n`;
};
