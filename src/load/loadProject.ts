// Loads plans/<county>/units.yaml and plans/<county>/*.yaml, validating each against its schema.
import { readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { finding, hasErrors, type Finding } from '../findings.js';
import { packCore, planCore, unpackCore, type PackedCore } from '../engine/planCore.js';
import type { Plan } from '../generated/plan.js';
import type { UnitRegistry } from '../generated/units.js';
import type { County, LoadedPlan, Project } from '../model.js';
import { validateSchema, type SchemaName } from '../validate/schema.js';
import { NO_CACHE, type CacheEntry, type Form, type ParseCache } from './cache.js';
import { decodeUtf8, readBytes, statFile } from './readText.js';
import { yamlFile, type YamlFile } from './yamlFile.js';

const REGISTRY = 'units.yaml';

let parsed = 0;
/** How many files this run had to parse (0: everything came from the parse cache). */
export const filesParsed = (): number => parsed;

/** Checks that read one file alone (a plan's structure, its dates against its phrases): their findings are cached with it. */
export type FileCheck = (yaml: YamlFile) => Finding[];

export interface LoadOptions {
  check?: FileCheck;
  /** Derives the file's core, cached beside its data. */
  core?: (data: unknown) => unknown;
  /** What the returned file holds: its data, or its core. */
  form?: Form;
}

/** Reads, parses and schema-checks one file (or takes it from the cache); undefined when it cannot be used. */
export async function loadYaml(file: string, schema: SchemaName, findings: Finding[], cache: ParseCache = NO_CACHE, { check, core, form = 'data' }: LoadOptions = {}): Promise<YamlFile | undefined> {
  const { stat, findings: statProblems } = statFile(file);
  findings.push(...statProblems);
  if (!stat) return undefined;
  const fromCache = (entry: CacheEntry): YamlFile => {
    findings.push(...entry.findings);
    return yamlFile(file, entry.data, entry.taskLines);
  };
  const unchanged = cache.unchanged(schema, file, stat, form);
  if (unchanged) return fromCache(unchanged);
  const { bytes, findings: readProblems } = readBytes(file);
  findings.push(...readProblems);
  if (!bytes) return undefined;
  const hit = cache.get(schema, file, stat, bytes, form);
  if (hit) return fromCache(hit);
  const { text, findings: decodeProblems } = decodeUtf8(file, bytes);
  findings.push(...decodeProblems);
  if (text === undefined) return undefined;
  const { parseYamlText } = await import('./parseYaml.js');
  parsed++;
  const result = parseYamlText(file, text);
  findings.push(...result.findings);
  if (result.findings.length) return undefined;
  const yaml = yamlFile(file, result.data, result.taskLines);
  const schemaProblems = await validateSchema(schema, yaml);
  findings.push(...schemaProblems);
  if (schemaProblems.length) return undefined;
  const checked = check?.(yaml) ?? [];
  findings.push(...checked);
  const entry = (data: unknown): CacheEntry => ({ data, taskLines: result.taskLines, findings: checked });
  const derived = core?.(result.data);
  // A file with errors is never cached: its errors are found again on every run.
  if (!hasErrors(checked)) cache.put(schema, file, stat, bytes, { data: entry(result.data), ...(derived !== undefined ? { core: entry(derived) } : {}) });
  return form === 'core' && derived !== undefined ? yamlFile(file, derived, result.taskLines) : yaml;
}

/** A plan file: its core, and with `texts` the whole plan. */
async function loadPlan(file: string, findings: Finding[], cache: ParseCache, check: FileCheck | undefined, texts: boolean): Promise<LoadedPlan | undefined> {
  const options: LoadOptions = { core: (data) => packCore(planCore(data as Plan)), form: texts ? 'data' : 'core', ...(check ? { check } : {}) };
  const yaml = await loadYaml(file, 'plan', findings, cache, options);
  if (!yaml) return undefined;
  if (!texts) return { plan: unpackCore(yaml.data as PackedCore), yaml };
  const full = yaml.data as Plan;
  return { plan: planCore(full), full, yaml };
}

export interface ProjectOptions {
  cache?: ParseCache;
  /** Checks of one plan file alone, cached with it. */
  checkPlan?: FileCheck;
  /** Load the whole plans, texts and sources, not only their cores. */
  texts?: boolean;
}

export async function loadProject(plansDir: string, { cache = NO_CACHE, checkPlan, texts = false }: ProjectOptions = {}): Promise<{ project: Project; findings: Finding[] }> {
  const findings: Finding[] = [];
  const project: Project = { root: dirname(resolve(plansDir)), counties: new Map(), plans: [], tasks: new Map(), goals: new Map(), unreadableRegistries: new Set() };
  let countyDirs: string[];
  try {
    countyDirs = readdirSync(plansDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  } catch (e) {
    findings.push(finding('FILE_UNREADABLE', { detail: (e as NodeJS.ErrnoException).code ?? String(e) }, { file: plansDir, line: 1, column: 1 }));
    return { project, findings };
  }
  for (const dir of countyDirs) {
    const folder = join(plansDir, dir);
    const files = readdirSync(folder).filter((f) => /\.ya?ml$/.test(f)).sort();
    if (files.includes(REGISTRY)) {
      // A registry is small and every run reads it: kept whole in the folder's record, as its own core.
      const yaml = await loadYaml(join(folder, REGISTRY), 'units', findings, cache, { core: (data) => data, form: 'core' });
      if (yaml) registerCounty(yaml, project, findings);
      else project.unreadableRegistries.add(dir);
    }
    const plans = await Promise.all(files.filter((f) => f !== REGISTRY).map((f) => loadPlan(join(folder, f), findings, cache, checkPlan, texts)));
    for (const loaded of plans) if (loaded) project.plans.push(loaded);
  }
  indexTasks(project.plans, project, findings);
  return { project, findings };
}

function registerCounty(yaml: YamlFile, project: Project, findings: Finding[]): void {
  const registry = yaml.data as UnitRegistry;
  const county: County = {
    id: registry.county.id,
    name: registry.county.name,
    aliases: registry.county.aliases ?? [],
    file: yaml.file,
    yaml,
    units: new Map(),
  };
  const spellings = new Map<string, string>();
  registry.units.forEach((unit, i) => {
    if (county.units.has(unit.id)) findings.push(finding('UNIT_DUPLICATE', { subject: unit.id }, yaml.at(['units', i, 'id'])));
    county.units.set(unit.id, unit);
    for (const name of [unit.name, ...(unit.aliases ?? [])]) {
      const owner = spellings.get(name);
      if (owner && owner !== unit.id) findings.push(finding('UNIT_DUPLICATE', { subject: name, actual: `${owner}, ${unit.id}` }, yaml.at(['units', i])));
      spellings.set(name, unit.id);
    }
  });
  project.counties.set(county.id, county);
}

function indexTasks(plans: LoadedPlan[], project: Project, findings: Finding[]): void {
  const planIds = new Map<string, string>();
  for (const loaded of plans) {
    const { plan, yaml } = loaded;
    const other = planIds.get(plan.id);
    if (other) findings.push(finding('PLAN_DUPLICATE_ID', { subject: plan.id, actual: other }, yaml.at(['id'])));
    planIds.set(plan.id, yaml.file);
    plan.tasks.forEach((task, index) => {
      const seen = project.tasks.get(task.id);
      if (seen) {
        const at = seen.yaml.taskLine(seen.index);
        findings.push(finding('TASK_DUPLICATE_ID', { subject: task.id, actual: at ? `${at.file}:${at.line}` : seen.yaml.file }, yaml.at(['tasks', index, 'id'])));
        return;
      }
      project.tasks.set(task.id, { task, plan, loaded, yaml, index });
    });
    (plan.goals ?? []).forEach((goal, index) => {
      if (project.goals.has(goal.id) || project.tasks.has(goal.id)) {
        findings.push(finding('TASK_DUPLICATE_ID', { subject: goal.id }, yaml.at(['goals', index, 'id'])));
      }
      project.goals.set(goal.id, { goal, plan, yaml, index });
    });
  }
}
