// check: the CI gate. Exit 0 when nothing fails, 1 when something does; several formats in one run,
// each to stdout or to its own file.
import { appendFileSync } from 'node:fs';
import { DEFAULT_GATE, parseFailOn, runGate, type GateOptions } from '../check/gate.js';
import { days, statusNotes, type Context } from '../context.js';
import { EXIT, UsageError } from '../errors.js';
import { writeAtomic } from '../io/writeAtomic.js';
import { CHECK_FORMATS, CHECK_REPORTERS, type CheckFormat } from '../render/check/index.js';
import type { Fit, Output } from './output.js';
import { selectedItems } from './views.js';

export interface CheckOptions {
  failOn?: string;
  grace?: string;
  format?: string[];
  limit?: string;
  output?: string[];
  /** GitHub's job summary file (GITHUB_STEP_SUMMARY), read by the CLI from the environment. */
  summaryFile?: string;
}

function gateOptions(opts: CheckOptions, soonDays: number): GateOptions {
  const failOn = opts.failOn ? parseFailOn(opts.failOn) : {};
  if (typeof failOn === 'string') throw new UsageError(`--fail-on takes overdue, soft and due-soon, comma-separated; not "${failOn}"`);
  return { ...DEFAULT_GATE, warnDays: soonDays, ...failOn, graceDays: days(opts.grace, 0, '--grace') };
}

function formats(opts: CheckOptions): { stdout: CheckFormat[]; files: Array<[CheckFormat, string]> } {
  const isFormat = (f: string): f is CheckFormat => (CHECK_FORMATS as readonly string[]).includes(f);
  const requested = opts.format?.length ? opts.format : ['text'];
  for (const f of requested) if (!isFormat(f)) throw new UsageError(`--format must be one of ${CHECK_FORMATS.join(', ')}, not "${f}"`);
  const files: Array<[CheckFormat, string]> = (opts.output ?? []).map((spec) => {
    const [f, file] = spec.split(/=(.*)/s);
    if (!f || !file || !isFormat(f)) throw new UsageError(`--output takes <format>=<file>, with a format among ${CHECK_FORMATS.join(', ')}; not "${spec}"`);
    return [f, file];
  });
  const toFile = new Set(files.map(([f]) => f));
  const stdout = (requested as CheckFormat[]).filter((f) => !toFile.has(f));
  return { stdout: stdout.length ? stdout : ['text'], files };
}

export function checkCommand(ctx: Context, opts: CheckOptions & Fit): Output {
  const gate = gateOptions(opts, ctx.soonDays);
  const { stdout, files } = formats(opts);
  const items = selectedItems(ctx);
  const locate = (i: (typeof items)[number]) => {
    const ref = ctx.project.tasks.get(i.task.id);
    return ref?.yaml.taskLine(ref.index) ?? { file: ref?.yaml.file ?? '', line: 1, column: 1 };
  };
  const result = runGate(items, locate, gate);
  const limit = opts.limit === undefined ? 100 : Number(opts.limit);
  if (!Number.isInteger(limit) || limit < 0) throw new UsageError(`--limit must be a whole number (0 for all), not "${opts.limit}"`);
  const report = { result, project: ctx.project, asOf: ctx.asOf, cwd: ctx.cwd, color: ctx.color, lang: ctx.lang, limit, width: opts.width, wrap: opts.wrap };
  for (const [format, file] of files) writeAtomic(file, CHECK_REPORTERS[format]({ ...report, color: false }));
  if (opts.summaryFile) appendSummary(opts.summaryFile, CHECK_REPORTERS.markdown({ ...report, color: false }));
  return {
    stdout: stdout.map((f) => CHECK_REPORTERS[f](f === 'text' ? report : { ...report, color: false })).join(''),
    exitCode: result.failed ? EXIT.findings : EXIT.ok,
    notes: statusNotes(ctx),
  };
}

/** The job summary is appended to, as every step of a GitHub job does. */
const appendSummary = (file: string, markdown: string): void => appendFileSync(file, `${markdown}\n`);
