// report --month: the monthly circular (月通报), as text, Markdown, JSON, an HTML page or a Word document,
// in Chinese or English.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { addDaysIso, chinaDate, periodBounds, type IsoDate } from '../dates/calendar.js';
import { monthArgument, parseTypedDate, yearArgument } from '../dates/typed.js';
import { exampleData, statusNotes, type Context } from '../context.js';
import { indexStatus, type StatusIndex } from '../engine/statusIndex.js';
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
import { reportBlocks, type ReportMeta } from '../render/report/blocks.js';
import { yearBlocks } from '../render/report/yearBlocks.js';
import { dateWriter } from '../dates/writer.js';
import { REPORT_FORMATS, REPORT_RENDERERS, type ReportFormat } from '../render/report/index.js';
import { buildCityReport } from '../report/city.js';
import { buildMonthlyReport, type MonthlyReport } from '../report/monthly.js';
import { buildYearReport, type Scoring, type YearReport } from '../report/yearly.js';
import { reportingDeadline } from '../report/reporting.js';
import { cityBlocks } from '../render/report/cityBlocks.js';
import { renderCityJson, renderReportJson, renderYearJson } from '../render/report/json.js';
import { REPORT_WORDS } from '../render/report/words.js';
import { selectTasks } from '../select.js';
import type { Output } from './output.js';
import { selectedItems } from './views.js';

export interface ReportOptions {
  month?: string;
  year?: string;
  format?: string;
  lights?: string;
  header?: string;
  output?: string;
  ids?: boolean;
  asOf?: string;
}

export const DEFAULT_HEADER = 'report.yaml';
export const DEFAULT_REPORTING_DAY = 25;

/** What a report covers: a month (the circular) or a calendar year (the year's assessment), one of them. */
export type ReportPeriod = { kind: 'month'; month: string; start: IsoDate; end: IsoDate } | { kind: 'year'; year: number; start: IsoDate; end: IsoDate };

export function reportPeriod(o: Pick<ReportOptions, 'month' | 'year'>): ReportPeriod {
  if (o.month !== undefined && o.year !== undefined) throw new UsageError((w) => w.contradict('--month', '--year', w.monthOrYear));
  if (o.year !== undefined) {
    const year = yearArgument('--year', o.year);
    return { kind: 'year', year, ...periodBounds(String(year)) };
  }
  if (o.month === undefined) throw new UsageError((w) => w.monthOrYear);
  const month = monthArgument('--month', o.month);
  return { kind: 'month', month, ...periodBounds(month) };
}

/** A report is judged the day after its period ends (every deadline in it has passed), or today while
 * the period runs; a period still to come has nothing to report. */
export function reportAsOf(period: ReportPeriod, now: number): IsoDate {
  const today = chinaDate(now);
  if (period.start > today) {
    throw new UsageError((w) => (period.kind === 'month' ? w.monthNotBegun(period.month, today) : w.yearNotBegun(String(period.year), today)));
  }
  const after = addDaysIso(period.end, 1);
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

/** report.yaml, or the file --header names. For the year's assessment the default file gives only what
 * holds all year (issuer, scoring rule, the assessment's name): its number, date and closing line are a
 * monthly circular's; the year's own come with --header. */
export async function loadHeader(option: string | undefined, cwd: string, kind: ReportPeriod['kind'] = 'month'): Promise<{ header: ReportHeader; date?: IsoDate; notes: Finding[] }> {
  const file = option ? resolve(cwd, option) : existsSync(resolve(cwd, DEFAULT_HEADER)) ? resolve(cwd, DEFAULT_HEADER) : undefined;
  const loaded = await loadSettings<ReportHeader>(file, 'report', option ? { linksWithin: cwd } : { within: cwd });
  const data = loaded?.data ?? {};
  const defaultForYear = kind === 'year' && !option;
  const header: ReportHeader = defaultForYear ? { ...data, number: undefined, date: undefined, closing: undefined } : data;
  // A circular without its issuer, number or date says which fields are missing and where they are set.
  const missing = (defaultForYear ? (['issuer'] as const) : HEADER_FIELDS).filter((k) => header[k] === undefined);
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
  const period = reportPeriod(opts);
  const format = (opts.format ?? 'text') as ReportFormat;
  if (!REPORT_FORMATS.includes(format)) throw new UsageError((w) => w.oneOf('--format', [...REPORT_FORMATS], String(opts.format)));
  if (format === 'docx' && !opts.output) throw new UsageError((w) => w.docxNeedsOutput);
  const lights = await loadLights(opts.lights, ctx.cwd);
  const { header, date, notes } = await loadHeader(opts.header, ctx.cwd, period.kind);
  // Judged the day after its period, a report states what was known at the end of its last day: a
  // report or a plan dated the next day does not count.
  const knownBy = opts.asOf === undefined && ctx.asOf > period.end ? period.end : ctx.asOf;
  const index = knownBy === ctx.asOf ? ctx.index : indexStatus(ctx.status.status, ctx.project, knownBy);
  const meta = { example: exampleData(ctx), lang: ctx.lang, lights, ids: opts.ids === true, dates: dateWriter(ctx.lang), header: { ...header, ...(date ? { date } : {}) } };
  const scope = ctx.filters.county ? ctx.project.counties.get(ctx.filters.county)?.name : undefined;
  const rendered = period.kind === 'year'
    ? await yearAssessment(ctx, period.year, { knownBy, index, format, meta: { ...meta, header: { ...meta.header, title: header.assessmentTitle }, ...(scope ? { scope } : {}) }, scoring: header.assessment })
    : await monthlyCircular(ctx, period.month, { knownBy, index, format, meta, scope, lights, reportingDay: header.reportingDay ?? DEFAULT_REPORTING_DAY });
  // JSON is data, not a document with a masthead.
  const headerNotes = format === 'json' ? [] : notes;
  if (opts.output && !isStdoutName(opts.output)) {
    writeOutput(opts.output, rendered, ctx.cwd);
    return { stdout: '', exitCode: 0, notes: [...statusNotes(ctx), ...headerNotes] };
  }
  return { stdout: String(rendered), exitCode: 0, notes: [...statusNotes(ctx), ...headerNotes] };
}

interface Judged {
  knownBy: IsoDate;
  index: StatusIndex;
  format: ReportFormat;
  meta: ReportMeta;
}

/** The year's assessment's figures, judged as known by `knownBy` (with `index`, the status file as known then). */
export function yearReportOf(ctx: Context<LoadedPlan>, year: number, o: { knownBy: IsoDate; index: StatusIndex; scoring?: Scoring | undefined }): YearReport {
  const items = selectedItems({ ...ctx, index: o.index }, { knownBy: o.knownBy });
  return buildYearReport(ctx.project, selectTasks(ctx.project, ctx.filters), items, o.index, ctx.status.status.verdicts ?? [], { year, asOf: ctx.asOf, knownBy: o.knownBy, ...(o.scoring ? { scoring: o.scoring } : {}) });
}

/** One county's circular (or, outside a workspace, the one of every county in view), as its own repository's run makes it. */
export function circularOf(ctx: Context<LoadedPlan>, month: string, o: { knownBy: IsoDate; index: StatusIndex; lights: Lights; reportingDay: number }, entries: Entry[] = ctx.status.status.entries ?? [], project = ctx.project, filters = ctx.filters): MonthlyReport {
  const { knownBy, index } = o;
  const monthly = { month, asOf: ctx.asOf, knownBy, lights: o.lights, reportingDay: o.reportingDay };
  return buildMonthlyReport(project, selectTasks(project, filters), selectedItems({ ...ctx, project, index, filters }, { knownBy }), index, entries.filter((e) => e.date <= knownBy), monthly);
}

/** The year's assessment: every milestone due in the year, judged as known at the year's end. */
async function yearAssessment(ctx: Context<PlanWithTexts>, year: number, o: Judged & { scoring: Scoring | undefined }): Promise<string | Uint8Array> {
  const report = yearReportOf(ctx, year, o);
  return REPORT_RENDERERS[o.format]({ blocks: yearBlocks(report, ctx.project, o.meta), json: () => renderYearJson(report, ctx.project), lang: ctx.lang });
}

/** The monthly circular: a county's, or in a workspace the city's. */
async function monthlyCircular(ctx: Context<PlanWithTexts>, month: string, o: Judged & { scope: string | undefined; lights: Lights; reportingDay: number }): Promise<string | Uint8Array> {
  const { knownBy, format, meta } = o;
  const circular = (filters: Context['filters'], entries: Entry[], project = ctx.project) => circularOf(ctx, month, o, entries, project, filters);
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
    const city = buildCityReport(circulars, { month, asOf: ctx.asOf, knownBy, reportingDeadline: reportingDeadline(month, o.reportingDay) });
    const cities = new Set([...ctx.project.counties.values()].map((c) => (c.yaml.data as UnitRegistry).county.city));
    const [only] = cities;
    const scope = cities.size === 1 && only ? only : REPORT_WORDS[ctx.lang].allCounties;
    return REPORT_RENDERERS[format]({ blocks: cityBlocks(city, { ...meta, scope }), json: () => renderCityJson(city), lang: ctx.lang });
  }
  const report = circular(ctx.filters, ctx.status.status.entries ?? []);
  const blocks = reportBlocks(report, ctx.project, { ...(o.scope ? { scope: o.scope } : {}), ...meta });
  return REPORT_RENDERERS[format]({ blocks, json: () => renderReportJson(report, ctx.project), lang: ctx.lang });
}
