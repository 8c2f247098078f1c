// show ID: everything about one task.
import { closest } from '../closest.js';
import { statusNotes, type Context } from '../context.js';
import { evaluate, isIssued } from '../engine/evaluate.js';
import { evaluateTarget } from '../engine/targets.js';
import { UsageError } from '../errors.js';
import { taskJson, JSON_VERSION } from '../render/json.js';
import { renderTaskDetail } from '../render/taskDetail.js';
import { readSource } from '../trace/checkTrace.js';
import { findPassage } from '../trace/sourceText.js';
import { parseFormat, viewOf, type Fit, type Output } from './output.js';
import { withTexts, type PlanWithTexts } from '../model.js';
import { byText } from '../order.js';

export function showCommand(ctx: Context<PlanWithTexts>, id: string, opts: Fit & { format?: string }): Output {
  const ref = ctx.project.tasks.get(id) ?? ctx.project.tasks.get(id.toUpperCase());
  if (!ref) {
    const near = closest(id.toUpperCase(), [...ctx.project.tasks.keys()]);
    throw new UsageError((w) => w.noTask(id, near));
  }
  const items = evaluate([ref], ctx.index, { asOf: ctx.asOf, soonDays: ctx.soonDays });
  if (parseFormat(opts.format) === 'json') {
    return { stdout: `${JSON.stringify({ version: JSON_VERSION, command: 'show', asOf: ctx.asOf, task: taskJson(ref, items, ctx.project) }, null, 2)}\n`, exitCode: 0, notes: statusNotes(ctx) };
  }
  const targets = (ref.task.targets ?? []).map((t) => evaluateTarget(ref.task.id, t, ctx.index));
  const history = (ctx.status.status.entries ?? []).filter((e) => e.task === ref.task.id).sort((a, b) => byText(a.date, b.date));
  // Only this task's notice is read: proving every text is validate's job, not show's.
  const { source } = readSource(ctx.project, ref.plan.document.file);
  const { task } = withTexts(ref);
  const passage = source ? findPassage(source, task.text) ?? findPassage(source, Object.values(task.source.annex?.[0]?.cells ?? {}).join('')) : undefined;
  const passageLines = passage && source ? source.lines.slice(passage.from - 1, passage.to) : undefined;
  return {
    stdout: renderTaskDetail({ ref, items, targets, history, ...(isIssued(ref.plan, ctx.asOf) ? {} : { notIssuedOn: ctx.asOf }), ...(passage ? { passage } : {}), ...(passageLines ? { passageLines } : {}) }, ctx.project, viewOf(ctx, opts)),
    exitCode: 0,
    notes: statusNotes(ctx),
  };
}
