// Loads plans/<county>/units.yaml and plans/<county>/*.yaml, validating each against its schema.
import { readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { finding, hasErrors, type Finding } from '../findings.js';
import { planCore } from '../engine/planCore.js';
import type { Plan } from '../generated/plan.js';
import type { UnitRegistry } from '../generated/units.js';
import type { County, LoadedPlan, PlanWithTexts, PlanCore, Project } from '../model.js';
import { checkControlCharacters } from '../validate/controlCharacters.js';
import { validateSchema, type SchemaName } from '../validate/schema.js';
import { NO_CACHE, type Form, type ParseCache } from './cache.js';
import { hashBytes } from './cacheHash.js';
import { decodeUtf8, isWithin, readBytes, unreadable, type ReadOptions } from './readText.js';
import { timed } from '../timings.js';
import { yamlFile, type YamlFile } from './yamlFile.js';

const REGISTRY = 'units.yaml';
const UNICODE_CONTROLS = /[\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

/** Checks that read one file alone (a plan's structure, its dates against its phrases): their findings are cached with it. */
export type FileCheck = (yaml: YamlFile) => Finding[];

/** What the returned file holds: its data, or its core, derived by `core` (and cached as such). */
export type LoadOptions = ReadOptions & { check?: FileCheck } & ({ form?: 'data' } | { form: 'core'; core: (data: unknown) => unknown });

/** Reads, parses and schema-checks one file, or takes what its bytes gave before from the cache;
 * undefined when it cannot be used. */
export async function loadYaml(file: string, schema: SchemaName, findings: Finding[], cache: ParseCache = NO_CACHE, options: LoadOptions = {}): Promise<YamlFile | undefined> {
  const { check, within, linksWithin } = options;
  const form: Form = options.form ?? 'data';
  const { bytes, findings: readProblems } = timed('read', () => readBytes(file, { ...(within === undefined ? {} : { within }), ...(linksWithin === undefined ? {} : { linksWithin }) }));
  findings.push(...readProblems);
  if (!bytes) return undefined;
  const hash = timed('hash', () => hashBytes(bytes));
  const hit = timed('cache read', () => cache.get(schema, form, hash, file));
  if (hit) {
    findings.push(...hit.findings);
    return yamlFile(file, hit.data, hit.taskLines);
  }
  const { text, findings: decodeProblems } = timed('decode', () => decodeUtf8(file, bytes));
  findings.push(...decodeProblems);
  if (text === undefined) return undefined;
  const { parseYamlText } = await import('./parseYaml.js');
  const result = timed('YAML parse', () => parseYamlText(file, text));
  findings.push(...result.findings);
  if (result.findings.length) return undefined;
  const yaml = yamlFile(file, result.data, result.taskLines);
  // YAML refuses raw C0 and C1 controls; only a double-quoted escape (\e, \x1b) can make one. It takes the
  // Unicode separators and bidirectional controls raw.
  const controls = text.includes('\\') || UNICODE_CONTROLS.test(text) ? checkControlCharacters(yaml) : [];
  const schemaProblems = [...controls, ...(await validateSchema(schema, yaml))];
  findings.push(...schemaProblems);
  if (schemaProblems.length) return undefined;
  const checked = timed('file checks', () => check?.(yaml) ?? []);
  findings.push(...checked);
  const value = options.form === 'core' ? timed('core', () => options.core(result.data)) : result.data;
  // Only the form this run asked for is stored: another form is made when a run asks for it. A file
  // with errors is never cached: its errors are found again on every run.
  if (!hasErrors(checked)) timed('cache write', () => cache.put(schema, form, hash, { data: value, taskLines: result.taskLines, findings: checked }));
  return value === result.data ? yaml : yamlFile(file, value, result.taskLines);
}

export interface ProjectOptions {
  cache?: ParseCache;
  /** Checks of one plan file alone, cached with it. */
  checkPlan?: FileCheck;
}

/** Loads plans/<county>/units.yaml and plans/<county>/*.yaml: with `texts`, whole plans; else their cores. */
export async function loadProject(plansDir: string, options: ProjectOptions & { texts: true }): Promise<{ project: Project<PlanWithTexts>; findings: Finding[] }>;
export async function loadProject(plansDir: string, options?: ProjectOptions & { texts?: false }): Promise<{ project: Project; findings: Finding[] }>;
export async function loadProject(plansDir: string, { cache = NO_CACHE, checkPlan, texts = false }: ProjectOptions & { texts?: boolean } = {}): Promise<{ project: Project<LoadedPlan | PlanWithTexts>; findings: Finding[] }> {
  const findings: Finding[] = [];
  const project: Project<LoadedPlan | PlanWithTexts> = { root: dirname(resolve(plansDir)), counties: new Map(), plans: [], tasks: new Map(), goals: new Map(), unreadableRegistries: new Set() };
  const within = { within: plansDir };
  // Hidden folders (.git, a county's real folder behind a link) are not counties.
  const folders = listFolder(plansDir, findings)?.filter((name) => !name.startsWith('.') && isCountyFolder(join(plansDir, name), plansDir, findings));
  if (!folders) return { project, findings };
  if (folders.length === 0) findings.push(finding('PLANS_NONE', {}, { file: plansDir, line: 1, column: 1 }));
  for (const dir of folders) {
    const folder = join(plansDir, dir);
    const files = listFolder(folder, findings)?.filter((f) => /\.ya?ml$/.test(f));
    if (!files) continue;
    if (files.includes(REGISTRY)) {
      const yaml = await loadYaml(join(folder, REGISTRY), 'units', findings, cache, within);
      if (yaml) registerCounty(yaml, project, findings);
      else project.unreadableRegistries.add(dir);
    }
    for (const f of files) {
      if (f === REGISTRY) continue;
      const file = join(folder, f);
      const check = checkPlan ? { check: checkPlan } : {};
      if (texts) {
        const yaml = await loadYaml(file, 'plan', findings, cache, { ...within, ...check });
        if (yaml) project.plans.push({ plan: planCore(yaml.data as Plan), full: yaml.data as Plan, yaml });
      } else {
        const yaml = await loadYaml(file, 'plan', findings, cache, { ...within, ...check, form: 'core', core: (data) => planCore(data as Plan) });
        if (yaml) project.plans.push({ plan: yaml.data as PlanCore, yaml });
      }
    }
  }
  indexTasks(project.plans, project, findings);
  return { project, findings };
}

/** A folder's entries in a fixed order, or undefined (with the problem) when it cannot be read. */
function listFolder(folder: string, findings: Finding[]): string[] | undefined {
  try {
    return readdirSync(folder).sort();
  } catch (e) {
    findings.push(unreadable(folder, e));
    return undefined;
  }
}

/** A county folder: a folder, or a link to one inside the plans folder (one that leads outside is an error). */
function isCountyFolder(path: string, plansDir: string, findings: Finding[]): boolean {
  try {
    if (!statSync(path).isDirectory()) return false;
    if (isWithin(path, plansDir)) return true;
    findings.push(finding('FILE_OUTSIDE', { expected: plansDir }, { file: path, line: 1, column: 1 }));
  } catch (e) {
    findings.push(unreadable(path, e));
  }
  return false;
}

function registerCounty(yaml: YamlFile, project: Project<LoadedPlan>, findings: Finding[]): void {
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

function indexTasks<L extends LoadedPlan>(plans: L[], project: Project<L>, findings: Finding[]): void {
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
        findings.push(finding('TASK_DUPLICATE_ID', { subject: task.id, actual: `${at.file}:${at.line}` }, yaml.at(['tasks', index, 'id'])));
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
