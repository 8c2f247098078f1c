// validate: schema, cross-references, dates against phrases, texts against sources. Errors exit 2
// (thrown by prepare); warnings are printed and exit 0, or with --strict count as errors (exit 2).
import type { Context } from '../context.js';
import { RUN_WORDS } from '../messages/runs.js';
import { withoutStatusHint, type Output } from './output.js';

export function validateCommand(ctx: Context, { strict = false }: { strict?: boolean } = {}): Output {
  const warnings = ctx.notes.filter((f) => f.severity === 'warning').length;
  if (strict && warnings > 0) {
    const notes = ctx.notes.map((f) => (f.severity === 'warning' ? { ...f, severity: 'error' as const } : f));
    return { stdout: `${RUN_WORDS[ctx.lang].validateStrict(warnings)}\n`, exitCode: 2, notes };
  }
  const plans = ctx.project.plans.length;
  const tasks = ctx.project.tasks.size;
  const milestones = [...ctx.project.tasks.values()].reduce((n, r) => n + r.task.milestones.length, 0);
  const counties = ctx.project.counties.size;
  return { stdout: `${RUN_WORDS[ctx.lang].validateOk(counties, plans, tasks, milestones)}\n`, exitCode: 0, notes: withoutStatusHint(ctx.notes) };
}
