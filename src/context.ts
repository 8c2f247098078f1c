// Resolves the command line into one context: files loaded and validated, filters resolved, the as-of
// date fixed. Everything after this is pure.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { chinaDate, parseDays, type IsoDate } from './dates/calendar.js';
import { dateArgument } from './dates/typed.js';
import { indexStatus, statusCore, type StatusIndex } from './engine/statusIndex.js';
import { InputError, UsageError } from './errors.js';
import { finding, hasErrors, type Finding } from './findings.js';
import { openCache, type ParseCache } from './load/cache.js';
import { loadProject, loadYaml } from './load/loadProject.js';
import type { YamlFile } from './load/yamlFile.js';
import type { Lang } from './messages/labels.js';
import type { LoadedPlan, LoadedStatus, PlanWithTexts, Project, StatusFile } from './model.js';
import { packageRoot } from './packageRoot.js';
import { resolveFilters, type Filters } from './select.js';
import { checkTrace, loadSources } from './trace/checkTrace.js';
import type { SourceText } from './trace/sourceText.js';
import { checkPlanDates } from './validate/planDates.js';
import { checkPlanStructure } from './validate/planStructure.js';
import { checkPlanReferences } from './validate/planReferences.js';
import { timed } from './timings.js';
import { checkSameReading } from './validate/sameReading.js';
import { checkStatus } from './validate/statusReferences.js';

export const DEFAULT_STATUS = 'status.yaml';

export interface CommonOptions {
  plans?: string;
  status?: string;
  asOf?: string;
  county?: string;
  category?: string;
  unit?: string;
  leadOnly?: boolean;
  plan?: string;
  format?: string;
  /** Chosen once, by the CLI (language.ts). */
  lang?: Lang;
  soon?: string;
}

export interface Environment {
  cwd: string;
  now: number;
  color: boolean;
  /** Where parsed files are cached; none disables the cache. */
  cacheDir?: string;
}

export interface Context<L extends LoadedPlan = LoadedPlan> {
  project: Project<L>;
  filters: Filters;
  asOf: IsoDate;
  today: IsoDate;
  soonDays: number;
  status: LoadedStatus;
  index: StatusIndex;
  sources?: Map<string, SourceText>;
  /** Warnings and notes of the run, for stderr. */
  notes: Finding[];
  color: boolean;
  lang: Lang;
  cwd: string;
}

/** The notes a view prints: about the status file it read. Plan warnings are validate's to print. */
export const statusNotes = (ctx: Context): Finding[] => ctx.notes.filter((f) => f.code.startsWith('STATUS_'));

/** The plans folder: --plans, else ./plans, else the plans shipped with plancheck. */
export function plansDir(option: string | undefined, cwd: string): string {
  if (option) return resolve(cwd, option);
  const local = resolve(cwd, 'plans');
  if (existsSync(local)) return local;
  return resolve(packageRoot(), 'plans');
}

async function loadStatus(option: string | undefined, cwd: string, findings: Finding[], cache: ParseCache, evidence: boolean): Promise<LoadedStatus> {
  const file = resolve(cwd, option ?? DEFAULT_STATUS);
  if (!option && !existsSync(file)) {
    findings.push(finding('STATUS_FILE_MISSING', { subject: DEFAULT_STATUS }));
    return { status: {} };
  }
  // The default ./status.yaml, like plans/, is read only if it stays in the project; a named one may
  // stand anywhere, but a link is followed only into the project.
  const yaml = await loadYaml(file, 'status', findings, cache, { ...(option ? { linksWithin: cwd } : { within: cwd }), core: (data) => statusCore((data ?? {}) as StatusFile), form: evidence ? 'data' : 'core' });
  return yaml ? { status: (yaml.data ?? {}) as StatusFile, yaml } : { status: {} };
}

export const asOfDate = (option: string | undefined, now: number): IsoDate => (option === undefined ? chinaDate(now) : dateArgument('--as-of', option, chinaDate(now)));

export function days(option: string | undefined, fallback: number, flag: string): number {
  if (option === undefined) return fallback;
  const n = parseDays(option);
  if (n === undefined) throw new UsageError((w) => w.notDays(flag, option));
  return n;
}

/** The checks of one plan file alone: cached with the file. */
const checkPlanFile = (yaml: YamlFile): Finding[] => [...checkPlanStructure(yaml), ...checkPlanDates(yaml)];

export interface Needs {
  /** Hold every text against its source notice (validate, trace). */
  trace?: boolean;
  /** The whole plans, texts and sources, and the status file's evidence (views that print them); else
   * only the plans' cores and what the engine reads of the status file. */
  texts?: boolean;
  /** The status file's evidence and notes (report), without the plans' texts. */
  evidence?: boolean;
}

/** Loads and checks everything a command needs; throws InputError with every problem found. */
export async function prepare(opts: CommonOptions, env: Environment, needs: Needs & ({ texts: true } | { trace: true })): Promise<Context<PlanWithTexts>>;
export async function prepare(opts: CommonOptions, env: Environment, needs?: Needs): Promise<Context>;
export async function prepare(opts: CommonOptions, env: Environment, { trace = false, texts = false, evidence = false }: Needs = {}): Promise<Context<LoadedPlan | PlanWithTexts>> {
  const cache = openCache(env.cacheDir);
  const dir = plansDir(opts.plans, env.cwd);
  const load = { cache, checkPlan: checkPlanFile };
  if (!texts && !trace) {
    const { project, findings } = await loadProject(dir, load);
    return assemble(project, findings, opts, env, cache, evidence);
  }
  const { project, findings } = await loadProject(dir, { ...load, texts: true });
  if (!trace) return assemble(project, findings, opts, env, cache, true);
  const { sources, findings: missing } = loadSources(project);
  findings.push(...missing, ...checkTrace(project, sources), ...checkSameReading(project));
  return { ...(await assemble(project, findings, opts, env, cache, true)), sources };
}

/** The context of a loaded project: its status file read and checked, filters resolved. */
async function assemble<L extends LoadedPlan>(project: Project<L>, findings: Finding[], opts: CommonOptions, env: Environment, cache: ParseCache, evidence: boolean): Promise<Context<L>> {
  const asOf = asOfDate(opts.asOf, env.now);
  const today = chinaDate(env.now);
  const soonDays = days(opts.soon, 7, '--soon');
  findings.push(...timed('references', () => checkPlanReferences(project)));
  const plansReadable = !hasErrors(findings);
  const status = await loadStatus(opts.status, env.cwd, findings, cache, evidence);
  // With a plan unreadable, every status entry of its tasks would look unknown: noise, not news.
  if (plansReadable) findings.push(...timed('status references', () => checkStatus(status, project, asOf, today)));
  if (hasErrors(findings)) throw new InputError(findings);
  return {
    project, filters: resolveFilters(project, opts), asOf, today, soonDays, status,
    index: timed('status index', () => indexStatus(status.status, project, asOf)),
    notes: findings, color: env.color, lang: opts.lang ?? 'en', cwd: env.cwd,
  };
}
