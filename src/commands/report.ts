// report --month: the monthly circular (月通报), as text, Markdown, JSON, an HTML page or a Word document,
// in Chinese or English.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { addDaysIso, chinaDate, type IsoDate } from '../dates/calendar.js';
import { parseTypedDate } from '../dates/typed.js';
import { exampleData, statusNotes, type Context } from '../context.js';
import { indexStatus } from '../engine/statusIndex.js';
import { InputError, UsageError } from '../errors.js';
import { finding, type Finding } from '../findings.js';
import type { Lights } from '../generated/lights.js';
import type { Entry, LoadedPlan, PlanWithTexts, Project } from '../model.js';
import type { UnitRegistry } from '../generated/units.js';
import type { ReportHeader } from '../generated/report.js';
import { isStdoutName, writeOutput } from '../io/writeOutput.js';
import { loadYaml } from '../load/loadProject.js';
import { NO_CACHE } from '../load/cache.js';
import type { ReadOptions } from '../load/readText.js';
import type { SchemaName } from '../validate/schema.js';
import { reportBlocks } from '../render/report/blocks.js';
import { dateWriter } from '../dates/writer.js';
import { REPORT_FORMATS, REPORT_RENDERERS, type ReportFormat } from '../render/report/index.js';
import { buildCityReport } from '../report/city.js';
import { buildMonthlyReport } from '../report/monthly.js';
import { reportingDeadline } from '../report/reporting.js';
import { cityBlocks } from '../render/report/cityBlocks.js';
import { renderCityJson, renderReportJson } from '../render/report/json.js';
import { REPORT_WORDS } from '../render/report/words.js';
import { selectTasks } from '../select.js';
import type { Output } from './output.js';
import { monthBounds, selectedItems } from './views.js';

export interface ReportOptions {
  month: string;
  format?: string;
  lights?: string;
  header?: string;
  output?: string;
  ids?: boolean;
  asOf?: string;
}

export const DEFAULT_HEADER = 'report.yaml';
export const DEFAULT_REPORTING_DAY = 25;

/** A circular is judged the day after the month ends (every deadline of the month has passed), or today
 * while the month runs; a month still to come has nothing to report. */
export function reportAsOf(month: string, now: number): IsoDate {
  const { start, end } = monthBounds(month);
  const today = chinaDate(now);
  if (start > today) throw new UsageError((w) => w.monthNotBegun(month, today));
  const after = addDaysIso(end, 1);
  return after < today ? after : today;
}

/** A settings file: the default one (report.yaml) only if it stays in the project, a named one anywhere,
 * but through a link only into the project. */
async function loadSettings<T>(file: string | undefined, schema: SchemaName, read: ReadOptions): Promise<{ data: T; at: (key: string) => Finding['at'] } | undefined> {
  if (!file) return undefined;
  const findings: Finding[] = [];
  const yaml = await loadYaml(file, schema, findings, NO_CACHE, read);
  if (!yaml) throw new InputError(findings);
  return { data: (yaml.data ?? {}) as T, at: (key) => yaml.at([key]) };
}

/** The traffic-light settings of --lights (none: the defaults). */
export const loadLights = async (file: string | undefined, cwd: string): Promise<Lights> =>
  (await loadSettings<Lights>(file && resolve(cwd, file), 'lights', { linksWithin: cwd }))?.data ?? {};

/** The fields a circular's masthead and signature are made of. */
const HEADER_FIELDS = ['issuer', 'number', 'date'] as const;

export async function loadHeader(option: string | undefined, cwd: string): Promise<{ header: ReportHeader; date?: IsoDate; notes: Finding[] }> {
  const file = option ? resolve(cwd, option) : existsSync(resolve(cwd, DEFAULT_HEADER)) ? resolve(cwd, DEFAULT_HEADER) : undefined;
  const loaded = await loadSettings<ReportHeader>(file, 'report', option ? { linksWithin: cwd } : { within: cwd });
  const header = loaded?.data ?? {};
  // A circular without its issuer, number or date says which fields are missing and where they are set.
  const missing = HEADER_FIELDS.filter((k) => header[k] === undefined);
  const notes = missing.length ? [finding('REPORT_HEADER_MISSING', { subject: option ?? DEFAULT_HEADER, expected: missing.join(','), ...(loaded ? {} : { detail: 'absent' }) })] : [];
  if (header.date === undefined || !loaded) return { header, notes };
  const date = parseTypedDate(header.date);
  if (!date) throw new InputError([finding('SCHEMA', { subject: 'date', detail: 'date', actual: header.date }, loaded.at('date'))]);
  return { header, date, notes };
}

/** The project of each county: its own tasks and goals, with every county's registry. */
function countyProjects<L extends LoadedPlan>(project: Project<L>): Map<string, Project<L>> {
  const of = new Map<string, Project<L>>();
  const get = (county: string): Project<L> => {
    let p = of.get(county);
    if (!p) of.set(county, (p = { ...project, tasks: new Map(), goals: new Map() }));
    return p;
  };
  for (const [id, ref] of project.tasks) get(ref.plan.county).tasks.set(id, ref);
  for (const [id, ref] of project.goals) get(ref.plan.county).goals.set(id, ref);
  return of;
}

export async function reportCommand(ctx: Context<PlanWithTexts>, opts: ReportOptions): Promise<Output> {
  const format = (opts.format ?? 'text') as ReportFormat;
  if (!REPORT_FORMATS.includes(format)) throw new UsageError((w) => w.oneOf('--format', [...REPORT_FORMATS], String(opts.format)));
  if (format === 'docx' && !opts.output) throw new UsageError((w) => w.docxNeedsOutput);
  const lights = await loadLights(opts.lights, ctx.cwd);
  const { header, date, notes } = await loadHeader(opts.header, ctx.cwd);
  // Judged the day after the month, the circular states what was known at the end of its last day: a
  // report or a plan dated the next day does not count.
  const { end } = monthBounds(opts.month);
  const knownBy = opts.asOf === undefined && ctx.asOf > end ? end : ctx.asOf;
  const index = knownBy === ctx.asOf ? ctx.index : indexStatus(ctx.status.status, ctx.project, knownBy);
  const monthly = { month: opts.month, asOf: ctx.asOf, knownBy, lights, reportingDay: header.reportingDay ?? DEFAULT_REPORTING_DAY };
  const meta = { example: exampleData(ctx), lang: ctx.lang, lights, ids: opts.ids === true, dates: dateWriter(ctx.lang), header: { ...header, ...(date ? { date } : {}) } };
  /** One county's circular (or, outside a workspace, the one of every county in view), as its own repository's run makes it. */
  const circular = (filters: Context['filters'], entries: Entry[], project = ctx.project) =>
    buildMonthlyReport(project, selectTasks(project, filters), selectedItems({ ...ctx, project, index, filters }, { knownBy }), index, entries.filter((e) => e.date <= knownBy), monthly);
  let rendered: string | Uint8Array;
  const repositories = ctx.repositories;
  if (repositories && !ctx.filters.county && ctx.project.counties.size > 1) {
    // The city's circular: each county's figures from its own circular, with its own status file, over
    // its own tasks (so that the work grows with the tasks, not with the tasks times the counties).
    const entriesOf = new Map(repositories.flatMap((r) => r.counties.map((c) => [c, r.status.status.entries ?? []] as const)));
    const projects = countyProjects(ctx.project);
    const circulars = [...ctx.project.counties.values()].map((county) => {
      const entries = entriesOf.get(county.id) ?? [];
      const project = projects.get(county.id) ?? { ...ctx.project, tasks: new Map(), goals: new Map() };
      return { county: county.id, name: county.name, entries: entries.filter((e) => e.date <= knownBy), report: circular({ ...ctx.filters, county: county.id }, entries, project) };
    });
    const city = buildCityReport(circulars, { month: opts.month, asOf: ctx.asOf, knownBy, reportingDeadline: reportingDeadline(opts.month, monthly.reportingDay) });
    const cities = new Set([...ctx.project.counties.values()].map((c) => (c.yaml.data as UnitRegistry).county.city));
    const [only] = cities;
    const scope = cities.size === 1 && only ? only : REPORT_WORDS[ctx.lang].allCounties;
    rendered = await REPORT_RENDERERS[format]({ blocks: cityBlocks(city, { ...meta, scope }), json: () => renderCityJson(city), lang: ctx.lang });
  } else {
    const report = circular(ctx.filters, ctx.status.status.entries ?? []);
    const scope = ctx.filters.county ? ctx.project.counties.get(ctx.filters.county)?.name : undefined;
    const blocks = reportBlocks(report, ctx.project, { ...(scope ? { scope } : {}), ...meta });
    rendered = await REPORT_RENDERERS[format]({ blocks, json: () => renderReportJson(report, ctx.project), lang: ctx.lang });
  }
  // JSON is data, not a document with a masthead.
  const headerNotes = format === 'json' ? [] : notes;
  if (opts.output && !isStdoutName(opts.output)) {
    writeOutput(opts.output, rendered, ctx.cwd);
    return { stdout: '', exitCode: 0, notes: [...statusNotes(ctx), ...headerNotes] };
  }
  return { stdout: String(rendered), exitCode: 0, notes: [...statusNotes(ctx), ...headerNotes] };
}
