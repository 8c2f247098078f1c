// Resolves the command line into one context: files loaded and validated, filters resolved, the as-of
// date fixed. Everything after this is pure.
import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { chinaDate, parseDays, type IsoDate } from './dates/calendar.js';
import { dateArgument } from './dates/typed.js';
import { indexStatus, statusCore, type StatusIndex } from './engine/statusIndex.js';
import { InputError, UsageError } from './errors.js';
import { finding, hasErrors, type Finding } from './findings.js';
import { openCache, type ParseCache } from './load/cache.js';
import { loadProject, loadYaml } from './load/loadProject.js';
import type { ReadOptions } from './load/readText.js';
import { joinProjects, readWorkspace, workspaceFile } from './load/workspace.js';
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
  /** workspace.yaml: several county repositories in one run (load/workspace.ts). */
  workspace?: string;
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
  /** With trace: each repository's notices, by the file its plans name (in a workspace two repositories
   * may hold notices of the same name: each is read against its own). */
  sources?: Array<{ project: Project<PlanWithTexts>; sources: Map<string, SourceText>; name?: string }>;
  /** Warnings and notes of the run, for stderr. */
  notes: Finding[];
  color: boolean;
  lang: Lang;
  cwd: string;
  /** In a workspace, its county repositories, in its order. */
  repositories?: RepositoryRun[];
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

/** Where a status file is read from: --status (a link followed only into the folder), else ./status.yaml
 * or a county repository's status.yaml (read only if it stays in its folder; missing, a note). */
interface StatusSource { file: string; named: boolean; read: ReadOptions; inRepository?: true }

const statusSource = (option: string | undefined, cwd: string): StatusSource =>
  ({ file: resolve(cwd, option ?? DEFAULT_STATUS), named: option !== undefined, read: option ? { linksWithin: cwd } : { within: cwd } });

async function loadStatus(source: StatusSource, cwd: string, findings: Finding[], cache: ParseCache, evidence: boolean): Promise<LoadedStatus> {
  const { file, named, read } = source;
  if (!named && !existsSync(file)) {
    findings.push(finding('STATUS_FILE_MISSING', { subject: relative(cwd, file), ...(source.inRepository ? { detail: 'repository' } : {}) }));
    return { status: {} };
  }
  const yaml = await loadYaml(file, 'status', findings, cache, { ...read, core: (data) => statusCore((data ?? {}) as StatusFile), form: evidence ? 'data' : 'core' });
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

/** One repository of the run: its plans and where its status file is read from. */
interface Part<L extends LoadedPlan> { project: Project<L>; status: StatusSource; name?: string }

/** A county repository of a workspace as the run read it: its counties and its status file. */
export interface RepositoryRun {
  /** As workspace.yaml names it. */
  name: string;
  counties: string[];
  status: LoadedStatus;
}

/** Loads and checks everything a command needs; throws InputError with every problem found. */
export async function prepare(opts: CommonOptions, env: Environment, needs: Needs & ({ texts: true } | { trace: true })): Promise<Context<PlanWithTexts>>;
export async function prepare(opts: CommonOptions, env: Environment, needs?: Needs): Promise<Context>;
export async function prepare(opts: CommonOptions, env: Environment, { trace = false, texts = false, evidence = false }: Needs = {}): Promise<Context<LoadedPlan | PlanWithTexts>> {
  const cache = openCache(env.cacheDir);
  const whole = texts || trace;
  const load = async (dir: string): Promise<{ project: Project<LoadedPlan | PlanWithTexts>; findings: Finding[] }> =>
    whole ? loadProject(dir, { cache, checkPlan: checkPlanFile, texts: true }) : loadProject(dir, { cache, checkPlan: checkPlanFile });
  const findings: Finding[] = [];
  const parts: Array<Part<LoadedPlan | PlanWithTexts>> = [];
  const workspace = workspaceFile(opts, env.cwd);
  if (workspace) {
    for (const repo of (await readWorkspace(workspace, findings, cache)) ?? []) {
      const loaded = await load(join(repo.dir, 'plans'));
      findings.push(...loaded.findings);
      parts.push({ project: loaded.project, status: { file: join(repo.dir, DEFAULT_STATUS), named: false, read: { within: repo.dir }, inRepository: true }, name: repo.name });
    }
    if (parts.length === 0) throw new InputError(findings);
  } else {
    const loaded = await load(plansDir(opts.plans, env.cwd));
    findings.push(...loaded.findings);
    parts.push({ project: loaded.project, status: statusSource(opts.status, env.cwd) });
  }
  const project = workspace ? joinProjects(dirname(workspace), parts.map((p) => p.project), findings) : (parts[0] as Part<LoadedPlan | PlanWithTexts>).project;
  if (!trace) return assemble(project, parts, findings, opts, env, cache, evidence || texts);
  const sources: NonNullable<Context['sources']> = [];
  for (const part of parts as Array<Part<PlanWithTexts>>) {
    const { sources: read, findings: missing } = loadSources(part.project);
    findings.push(...missing, ...checkTrace(part.project, read), ...checkSameReading(part.project));
    sources.push({ project: part.project, sources: read, ...(part.name ? { name: part.name } : {}) });
  }
  return { ...(await assemble(project, parts, findings, opts, env, cache, true)), sources };
}

/** The context of a loaded project: each repository's status file read and checked against its own
 * plans only, filters resolved. */
async function assemble<L extends LoadedPlan>(project: Project<L>, parts: Array<Part<L>>, findings: Finding[], opts: CommonOptions, env: Environment, cache: ParseCache, evidence: boolean): Promise<Context<L>> {
  const asOf = asOfDate(opts.asOf, env.now);
  const today = chinaDate(env.now);
  const soonDays = days(opts.soon, 7, '--soon');
  findings.push(...timed('references', () => checkPlanReferences(project)));
  const plansReadable = !hasErrors(findings);
  const repositories: RepositoryRun[] = [];
  for (const part of parts) {
    const status = await loadStatus(part.status, env.cwd, findings, cache, evidence);
    // With a plan unreadable, every status entry of its tasks would look unknown: noise, not news.
    if (plansReadable) findings.push(...timed('status references', () => checkStatus(status, part.project, asOf, today)));
    repositories.push({ name: part.name ?? '.', counties: [...part.project.counties.keys()], status });
  }
  if (hasErrors(findings)) throw new InputError(findings);
  const status = repositories.length === 1 ? (repositories[0] as RepositoryRun).status : { status: joinStatus(repositories.map((r) => r.status.status)) };
  return {
    project, filters: resolveFilters(project, opts), asOf, today, soonDays, status,
    index: timed('status index', () => indexStatus(status.status, project, asOf)),
    notes: findings, color: env.color, lang: opts.lang ?? 'en', cwd: env.cwd,
    ...(parts[0]?.name === undefined ? {} : { repositories }),
  };
}

/** The lists a status file holds: a record of all of them, so that a list the schema gains and the join
 * below forgets does not compile (the verdicts were once left out of a workspace's run). */
type StatusList = { [K in keyof StatusFile]-?: NonNullable<StatusFile[K]> extends readonly unknown[] ? K : never }[keyof StatusFile];
const STATUS_LISTS: Record<StatusList, true> = { entries: true, extensions: true, measurements: true, verdicts: true };

/** The status files of a workspace's repositories as one: each was checked against its own plans, and
 * ids are unique across the workspace, so an entry can only be about its own county's tasks. */
const joinStatus = (files: StatusFile[]): StatusFile =>
  Object.fromEntries((Object.keys(STATUS_LISTS) as StatusList[]).map((key) => [key, files.flatMap((f): readonly unknown[] => f[key] ?? [])])) as StatusFile;

/** Whether the status files in view hold example data: in a workspace, those of the repositories of
 * the county selected (or of every one). */
export const exampleData = (ctx: Pick<Context, 'status' | 'repositories' | 'filters'>): boolean =>
  ctx.repositories
    ? ctx.repositories.some((r) => (!ctx.filters.county || r.counties.includes(ctx.filters.county)) && r.status.status.example === true)
    : ctx.status.status.example === true;
