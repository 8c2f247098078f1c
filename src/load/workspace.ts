// A city's workspace (workspace.yaml): the county repositories it reads in one run, each with its own
// plans/, unit registry and status file as `plancheck init` makes them. Each repository is loaded as a
// project of its own (a link in it may not leave it), and the projects are then joined into one.
import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { finding, type Finding } from '../findings.js';
import type { Workspace } from '../generated/workspace.js';
import type { LoadedPlan, Project } from '../model.js';
import type { ParseCache } from './cache.js';
import { loadYaml } from './loadProject.js';

export const WORKSPACE_FILE = 'workspace.yaml';

interface Named { workspace?: string; plans?: string; status?: string }

/** The workspace file of a run: --workspace, else ./workspace.yaml where neither --plans nor --status
 * names a single repository's files; undefined for a single repository. */
export function workspaceFile(opts: Named, cwd: string): string | undefined {
  const single = opts.plans !== undefined ? '--plans' : opts.status !== undefined ? '--status' : undefined;
  if (opts.workspace !== undefined) {
    if (single) throw new UsageError((w) => w.conflicting('--workspace', single));
    return resolve(cwd, opts.workspace);
  }
  if (single) return undefined;
  const local = resolve(cwd, WORKSPACE_FILE);
  return existsSync(local) ? local : undefined;
}

/** One county repository of a workspace: where it stands, as the workspace names it and in full. */
export interface Repository {
  /** As written in workspace.yaml. */
  name: string;
  dir: string;
}

/** The repositories a workspace lists, or undefined (with the problems) when it cannot be read. A listed
 * repository without plans/ is named at its line of the workspace file. */
export async function readWorkspace(file: string, findings: Finding[], cache: ParseCache): Promise<Repository[] | undefined> {
  const yaml = await loadYaml(file, 'workspace', findings, cache);
  if (!yaml) return undefined;
  const repos = (yaml.data as Workspace).counties.map((name) => ({ name, dir: resolve(dirname(file), name) }));
  const missing = repos.flatMap((r, i) => (existsSync(join(r.dir, 'plans')) ? [] : [finding('WORKSPACE_NO_PLANS', { subject: r.name }, yaml.at(['counties', i]))]));
  findings.push(...missing);
  return missing.length ? undefined : repos;
}

/** The repositories' projects as one: a county, plan or id in two repositories is an error, named at
 * the second, the first named as it stands in the workspace (relative to its folder, `root`). */
export function joinProjects<L extends LoadedPlan>(root: string, parts: Array<Project<L>>, findings: Finding[]): Project<L> {
  const project: Project<L> = { root, counties: new Map(), plans: [], tasks: new Map(), goals: new Map(), unreadableRegistries: new Set() };
  const planFiles = new Map<string, string>();
  for (const part of parts) {
    for (const [id, county] of part.counties) {
      const other = project.counties.get(id);
      if (other) findings.push(finding('WORKSPACE_COUNTY_TWICE', { subject: id, actual: relative(root, other.file) }, county.yaml.at(['county', 'id'])));
      else project.counties.set(id, county);
    }
    for (const id of part.unreadableRegistries) project.unreadableRegistries.add(id);
    for (const loaded of part.plans) {
      const other = planFiles.get(loaded.plan.id);
      if (other) findings.push(finding('PLAN_DUPLICATE_ID', { subject: loaded.plan.id, actual: relative(root, other) }, loaded.yaml.at(['id'])));
      planFiles.set(loaded.plan.id, loaded.yaml.file);
      project.plans.push(loaded);
    }
    for (const [id, ref] of part.tasks) {
      const seen = project.tasks.get(id);
      if (seen) {
        const at = seen.yaml.taskLine(seen.index);
        findings.push(finding('TASK_DUPLICATE_ID', { subject: id, actual: `${relative(root, at.file)}:${at.line}` }, ref.yaml.at(['tasks', ref.index, 'id'])));
      } else project.tasks.set(id, ref);
    }
    for (const [id, ref] of part.goals) {
      if (project.goals.has(id) || project.tasks.has(id)) findings.push(finding('TASK_DUPLICATE_ID', { subject: id }, ref.yaml.at(['goals', ref.index, 'id'])));
      else project.goals.set(id, ref);
    }
  }
  return project;
}
