// check: the CI gate. Exit 0 when nothing fails, 1 when something does; several formats in one run,
// each to stdout or to its own file.
import { DEFAULT_GATE, parseFailOn, runGate, type GateOptions } from '../check/gate.js';
import { days, statusNotes, type Context } from '../context.js';
import { EXIT, UsageError } from '../errors.js';
import { appendOutput, writeOutput } from '../io/writeOutput.js';
import { timed } from '../timings.js';
import { withTexts, type PlanWithTexts, type Project } from '../model.js';
import { CHECK_FORMATS, CHECK_REPORTERS, type CheckFormat } from '../render/check/index.js';
import type { Fit, Output } from './output.js';
import { selectedItems } from './views.js';

export interface CheckOptions {
  failOn?: string;
  grace?: string;
  format?: string[];
  limit?: string;
  output?: string[];
  /** Count only completions the office signed off as done: a reported one is judged as open (overdue past its deadline). */
  requireSignoff?: boolean;
  /** GitHub's job summary file (GITHUB_STEP_SUMMARY), read by the CLI from the environment. */
  summaryFile?: string;
}

function gateOptions(opts: CheckOptions, soonDays: number): GateOptions {
  const failOn = opts.failOn ? parseFailOn(opts.failOn) : {};
  if (typeof failOn === 'string') throw new UsageError((w) => w.failOn(failOn));
  return { ...DEFAULT_GATE, warnDays: soonDays, ...failOn, graceDays: days(opts.grace, 0, '--grace') };
}

function formats(opts: CheckOptions): { stdout: CheckFormat[]; files: Array<[CheckFormat, string]> } {
  const isFormat = (f: string): f is CheckFormat => (CHECK_FORMATS as readonly string[]).includes(f);
  const toStdout = (opts.output ?? []).some((spec) => spec.endsWith('=-'));
  const requested = opts.format?.length ? opts.format : toStdout ? [] : ['text'];
  for (const f of requested) if (!isFormat(f)) throw new UsageError((w) => w.oneOf('--format', [...CHECK_FORMATS], f));
  const files: Array<[CheckFormat, string]> = (opts.output ?? []).map((spec) => {
    const [f, file] = spec.split(/=(.*)/s);
    if (!f || !file || !isFormat(f)) throw new UsageError((w) => w.outputSpec([...CHECK_FORMATS], spec));
    return [f, file];
  });
  // `-` is standard output, as for most tools.
  const toFile = new Set(files.filter(([, file]) => file !== '-').map(([f]) => f));
  const stdout = [...new Set([...(requested as CheckFormat[]).filter((f) => !toFile.has(f)), ...files.filter(([, file]) => file === '-').map(([f]) => f)])];
  return { stdout: stdout.length ? stdout : ['text'], files: files.filter(([, file]) => file !== '-') };
}

/** The formats that print each task's verbatim text: for them, check is given the plans with texts. */
export const needsTexts = (opts: CheckOptions): boolean => [...(opts.format ?? []), ...(opts.output ?? [])].some((f) => f.startsWith('junit'));

/** Each task's verbatim text, for the reporters that print it. */
export const taskTexts = (project: Project<PlanWithTexts>) => (id: string): string => {
  const ref = project.tasks.get(id);
  return ref ? withTexts(ref).task.text : '';
};

export function checkCommand(ctx: Context, opts: CheckOptions & Fit, taskText?: (taskId: string) => string): Output {
  const gate = gateOptions(opts, ctx.soonDays);
  const { stdout, files } = formats(opts);
  const items = selectedItems(ctx, { requireSignoff: opts.requireSignoff === true });
  const locate = (i: (typeof items)[number]) => {
    const ref = ctx.project.tasks.get(i.task.id);
    return ref ? ref.yaml.taskLine(ref.index) : { file: '', line: 1, column: 1 };
  };
  const result = timed('gate', () => runGate(items, locate, gate));
  const limit = opts.limit === undefined ? 100 : Number(opts.limit);
  if (!Number.isInteger(limit) || limit < 0) throw new UsageError((w) => w.limit(String(opts.limit)));
  const report = { result, project: ctx.project, asOf: ctx.asOf, cwd: ctx.cwd, color: ctx.color, lang: ctx.lang, limit, width: opts.width, wrap: opts.wrap, ...(taskText ? { taskText } : {}) };
  for (const [format, file] of files) writeOutput(file, CHECK_REPORTERS[format]({ ...report, color: false }), ctx.cwd);
  if (opts.summaryFile) appendOutput(opts.summaryFile, `${CHECK_REPORTERS.markdown({ ...report, color: false })}\n`, ctx.cwd);
  return {
    stdout: timed('render', () => stdout.map((f) => CHECK_REPORTERS[f](f === 'text' ? report : { ...report, color: false })).join('')),
    exitCode: result.failed ? EXIT.findings : EXIT.ok,
    notes: statusNotes(ctx),
  };
}
