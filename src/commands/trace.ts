// trace: the source check alone (every verbatim text in its notice); with --missing, what of the
// notices is not encoded yet. Something missing is a finding: exit 1.
import { join } from 'node:path';
import type { Context } from '../context.js';
import type { PlanWithTexts } from '../model.js';
import { RUN_WORDS } from '../messages/runs.js';
import { findUncovered } from '../trace/coverage.js';
import type { Output } from './output.js';

export function traceCommand(ctx: Context<PlanWithTexts>, opts: { missing?: boolean }): Output {
  const plans = ctx.project.plans.filter((p) => !ctx.filters.plan || p.plan.id === ctx.filters.plan).filter((p) => !ctx.filters.county || p.plan.county === ctx.filters.county);
  const w = RUN_WORDS[ctx.lang];
  if (!opts.missing) return { stdout: `${w.traceOk(plans.length)}\n`, exitCode: 0 };
  const wanted = new Set(plans.map((p) => p.plan.id));
  // Each repository's notices against its own plans, named as they stand in the workspace.
  const missing = (ctx.sources ?? [])
    .flatMap((r) => findUncovered(r.project, r.sources).map((u) => (r.name ? { ...u, file: join(r.name, u.file) } : u)))
    .filter((u) => wanted.has(u.plan));
  if (missing.length === 0) return { stdout: `${w.traceComplete(plans.length)}\n`, exitCode: 0 };
  const lines = missing.map((u) => `${u.file}:${u.line}: ${w.traceMissing(u.plan, u.kind === 'row' ? 'row' : 'item', u.text.replace(/\t/g, ' | ').slice(0, 80))}`);
  return { stdout: `${lines.join('\n')}\n${w.notEncoded(missing.length)}\n`, exitCode: 1 };
}
