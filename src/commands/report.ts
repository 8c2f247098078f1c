// report --month: the monthly circular (月通报), as text or Markdown, in Chinese or English.
import { addDaysIso, chinaDate, type IsoDate } from '../dates/calendar.js';
import { statusNotes, type Context } from '../context.js';
import { InputError, UsageError } from '../errors.js';
import type { Finding } from '../findings.js';
import type { Lights } from '../generated/lights.js';
import { loadYaml } from '../load/loadProject.js';
import { blocksToMarkdown, blocksToText } from '../render/report/output.js';
import { reportBlocks } from '../render/report/blocks.js';
import { buildMonthlyReport } from '../report/monthly.js';
import { selectTasks } from '../select.js';
import type { Output } from './output.js';
import { monthBounds, selectedItems } from './views.js';

export interface ReportOptions {
  month: string;
  format?: string;
  lights?: string;
}

/** A circular is judged the day after the month ends (every deadline of the month has passed), or today while the month runs. */
export function reportAsOf(month: string, now: number): IsoDate {
  const after = addDaysIso(monthBounds(month).end, 1);
  const today = chinaDate(now);
  return after < today ? after : today;
}

export async function loadLights(file: string | undefined): Promise<Lights> {
  if (!file) return {};
  const findings: Finding[] = [];
  const yaml = await loadYaml(file, 'lights', findings);
  if (!yaml) throw new InputError(findings);
  return (yaml.data ?? {}) as Lights;
}

export async function reportCommand(ctx: Context, opts: ReportOptions): Promise<Output> {
  const format = opts.format ?? 'text';
  if (format !== 'text' && format !== 'markdown') throw new UsageError(`--format must be text or markdown, not "${format}"`);
  const lights = await loadLights(opts.lights);
  const report = buildMonthlyReport(ctx.project, selectTasks(ctx.project, ctx.filters), selectedItems(ctx), ctx.index, { month: opts.month, asOf: ctx.asOf, lights });
  const counties = ctx.filters.county ? ctx.project.counties.get(ctx.filters.county)?.name : undefined;
  const blocks = reportBlocks(report, ctx.project, { ...(counties ? { scope: counties } : {}), example: ctx.status.status.example === true, lang: ctx.lang, lights });
  return { stdout: format === 'markdown' ? blocksToMarkdown(blocks) : blocksToText(blocks), exitCode: 0, notes: statusNotes(ctx) };
}
