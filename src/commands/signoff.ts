// signoff and reject: the office's verdict on a completion a unit reported (办结销号), checked as every
// addition is and against the status file as it stands, written by the one status writer.
import type { Context } from '../context.js';
import { indexStatus } from '../engine/statusIndex.js';
import type { StatusFile } from '../model.js';
import { rejectAdditions, signoffAdditions, vetVerdict, type RejectOptions, type SignoffOptions } from '../status/signoff.js';
import type { Additions } from '../status/writer.js';
import { writeUpdate } from './mark.js';
import type { Output } from './output.js';
import { loadHeader } from './report.js';

const vet = (ctx: Context, add: Additions, proofRequired: boolean) => (current: StatusFile): void => {
  const index = indexStatus(current, ctx.project, ctx.today);
  for (const verdict of add.verdicts) vetVerdict(index, ctx.project, verdict, proofRequired);
};

export async function signoffCommand(ctx: Context, file: string, task: string, milestone: string | undefined, opts: SignoffOptions & { header?: string }): Promise<Output> {
  // Whether proof is required is the office's setting, beside the circular's (report.yaml, signoffProof).
  const { header } = await loadHeader(opts.header, ctx.cwd);
  const add = signoffAdditions(task, milestone, opts, ctx.today);
  return writeUpdate(ctx, file, task, add, vet(ctx, add, header.signoffProof === true));
}

export function rejectCommand(ctx: Context, file: string, task: string, milestone: string | undefined, opts: RejectOptions): Promise<Output> {
  const add = rejectAdditions(task, milestone, opts, ctx.today);
  return writeUpdate(ctx, file, task, add, vet(ctx, add, false));
}
