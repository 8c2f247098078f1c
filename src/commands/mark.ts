// mark and extend: one update of the status file from the command line, checked as validate checks it,
// written by the one status writer; prints what was added and the milestone's new state.
import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import type { Context } from '../context.js';
import { evaluate } from '../engine/evaluate.js';
import { indexStatus, entryMilestone } from '../engine/statusIndex.js';
import { evaluateTarget } from '../engine/targets.js';
import { InputError } from '../errors.js';
import type { StatusFile } from '../model.js';
import { renderItemStates } from '../render/statusChanges.js';
import { checkAdditions } from '../status/check.js';
import { extendAdditions, markAdditions, type ExtendOptions, type MarkOptions } from '../status/mark.js';
import { updateStatus, yamlItems, type Additions } from '../status/writer.js';
import type { Output } from './output.js';
import { RUN_WORDS } from '../messages/runs.js';

/** Checks the additions, writes them, and shows them with the states they give. vet, under the file's
 * lock, refuses the additions against the file as it stands (a sign-off of what no unit reported). */
export async function writeUpdate(ctx: Context, file: string, task: string, add: Additions, vet: (current: StatusFile) => void = () => undefined): Promise<Output> {
  const problems = await checkAdditions(add, ctx.project, ctx.asOf, ctx.today);
  if (problems.length) throw new InputError(problems);
  const created = !existsSync(file);
  const before = await updateStatus(file, (current) => (vet(current), { add, result: current }), { cwd: ctx.cwd });
  const status: StatusFile = {
    entries: [...(before.entries ?? []), ...add.entries],
    measurements: [...(before.measurements ?? []), ...add.measurements],
    extensions: [...(before.extensions ?? []), ...add.extensions],
    verdicts: [...(before.verdicts ?? []), ...add.verdicts],
  };
  const index = indexStatus(status, ctx.project, ctx.asOf);
  const ref = ctx.project.tasks.get(task);
  const touched = [...add.entries, ...add.extensions, ...add.verdicts].map((e) => ({ milestone: entryMilestone(ctx.project, task, e.milestone), occurrence: 'occurrence' in e ? e.occurrence : undefined }));
  const items = ref ? evaluate([ref], index, { asOf: ctx.asOf, soonDays: ctx.soonDays }).filter((i) => touched.some((t) => t.milestone === i.milestone.id && (!t.occurrence || t.occurrence === i.occurrence))) : [];
  const targets = [...ref?.task.targets ?? [], ...ctx.project.goals.get(task)?.goal.targets ?? []]
    .filter((t) => add.measurements.some((m) => m.target === t.id))
    .map((t) => evaluateTarget(task, t, index));
  const shown = [...add.entries, ...add.measurements, ...add.extensions, ...add.verdicts];
  const w = RUN_WORDS[ctx.lang];
  const name = relative(ctx.cwd, file) || file;
  return { stdout: `${created ? `${w.createdStatus(name)}\n` : ''}${w.addedTo(name)}\n${yamlItems(shown)}${renderItemStates(items, targets, ctx.lang)}`, exitCode: 0 };
}

export const markCommand = (ctx: Context, file: string, task: string, words: string[], opts: MarkOptions): Promise<Output> =>
  writeUpdate(ctx, file, task, markAdditions(task, words, opts, ctx.today));

export const extendCommand = (ctx: Context, file: string, task: string, milestone: string | undefined, opts: ExtendOptions): Promise<Output> =>
  writeUpdate(ctx, file, task, extendAdditions(task, milestone, opts, ctx.today));
