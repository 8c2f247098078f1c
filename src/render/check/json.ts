// check as a versioned JSON document for machines.
import { itemLabel } from '../../messages/items.js';
import { counts, message, relativeFile, type CheckReporter } from './context.js';

export const CHECK_JSON_VERSION = 1;

export const renderCheckJson: CheckReporter = (r) =>
  `${JSON.stringify(
    {
      version: CHECK_JSON_VERSION,
      asOf: r.asOf,
      failed: r.result.failed,
      ...counts(r),
      findings: r.result.findings.map((f) => ({
        code: f.code,
        severity: f.severity,
        fails: f.fails,
        id: itemLabel(f.item),
        task: f.item.task.id,
        milestone: f.item.milestone.id,
        occurrence: f.item.occurrence,
        plan: f.item.plan.id,
        county: f.item.plan.county,
        category: f.item.plan.category,
        deadline: f.item.deadline,
        plannedDue: f.item.due,
        state: f.item.state,
        days: f.item.days,
        file: relativeFile(r, f.at.file),
        line: f.at.line,
        message: message(r, f),
      })),
    },
    null,
    2,
  )}\n`;
