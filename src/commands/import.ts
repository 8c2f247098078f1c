// import: a ledger (任务台账) back from a unit, xlsx or csv, into the status file. Every row is checked
// first (nothing is written if one is wrong); then, under the status file's lock, each row is merged:
// new, a change (a later report), the same again (ignored), or a conflict (reported, never written).
import { resolve } from 'node:path';
import type { Context } from '../context.js';
import { EXIT, InputError } from '../errors.js';
import { indexStatus } from '../engine/statusIndex.js';
import { readLedger } from '../ledger/read.js';
import { renderImport } from '../render/statusChanges.js';
import { checkAdditions } from '../status/check.js';
import { ledgerEntries } from '../status/fromLedger.js';
import { mergeEntries } from '../status/merge.js';
import { alreadyGiven, vetVerdict } from '../status/signoff.js';
import { noAdditions, updateStatus } from '../status/writer.js';
import type { Output } from './output.js';

export interface ImportOptions {
  dryRun?: boolean;
  /** The file is the office's own copy: its 核实情况 column is read (never a unit's). */
  office?: boolean;
}

export async function importCommand(ctx: Context, statusFile: string, ledger: string, opts: ImportOptions): Promise<Output> {
  const file = resolve(ctx.cwd, ledger);
  const { lines, notes } = await readLedger(file);
  const { entries, verdicts, unkeyed, findings } = ledgerEntries(lines, ctx.project, { file, today: ctx.today, office: opts.office === true, ...(ctx.filters.county ? { county: ctx.filters.county } : {}) });
  if (findings.length) throw new InputError(findings);
  const problems = await checkAdditions({ ...noAdditions(), entries: entries.map((e) => e.entry), verdicts: verdicts.map((v) => v.verdict) }, ctx.project, ctx.today, ctx.today);
  if (problems.length) throw new InputError(problems);
  const { merged, given } = await updateStatus(
    statusFile,
    (current) => {
      const result = mergeEntries(entries, current.entries ?? [], ctx.project);
      const add = result.filter((m) => m.outcome.kind === 'new' || m.outcome.kind === 'change').map((m) => m.entry);
      // The office's verdicts meet the reports as they will stand, each checked as signoff and reject check it; one already given is the same again.
      const after = { ...current, entries: [...(current.entries ?? []), ...add] };
      const index = indexStatus(after, ctx.project, ctx.today);
      const given = verdicts.filter(({ verdict }) => !alreadyGiven(index, ctx.project, verdict));
      for (const { verdict } of given) vetVerdict(index, ctx.project, verdict, false);
      return { add: { ...noAdditions(), entries: add, verdicts: given.map((v) => v.verdict) }, result: { merged: result, given } };
    },
    { dryRun: opts.dryRun === true, cwd: ctx.cwd },
  );
  const conflicts = merged.some((m) => m.outcome.kind === 'conflict');
  return { stdout: renderImport({ ledger: file, status: statusFile, merged, verdicts: given, unkeyed, dryRun: opts.dryRun === true, cwd: ctx.cwd, lang: ctx.lang }), exitCode: conflicts ? EXIT.findings : EXIT.ok, notes };
}
