// The loaded project. Plan, registry and status types are generated from schemas/ (src/generated).
import type { Effective } from './engine/reading.js';
import type { Goal, Milestone, Plan, Task } from './generated/plan.js';
import type { StatusFile } from './generated/status.js';
import type { UnitRegistry } from './generated/units.js';
import type { YamlFile } from './load/yamlFile.js';

export type { Category, Goal, Milestone, Plan, Statement, Target, Task, Units } from './generated/plan.js';
export type { Entry, Extension, Measurement, StatusFile } from './generated/status.js';

export type Unit = UnitRegistry['units'][number];
export type Role = 'lead' | 'support' | 'responsible';
export const ROLES: readonly Role[] = ['lead', 'responsible', 'support'];

export interface County {
  id: string;
  name: string;
  aliases: string[];
  file: string;
  yaml: YamlFile;
  units: Map<string, Unit>;
}

/** What the engine and the views that print no texts need of a milestone: instead of its statements,
 * their effective reading, worked out once when the file is parsed (soft and disagree only when true:
 * a run reads a hundred thousand of these). */
export type MilestoneCore = Pick<Milestone, 'id' | 'what' | 'units'> & Omit<Effective, 'soft' | 'disagree'> & { soft?: true; disagree?: true };
export type TaskCore = Pick<Task, 'id' | 'title' | 'units' | 'targets'> & { milestones: MilestoneCore[] };
/** A plan without its texts and sources: a fraction of its size, so most runs load only this. Its
 * tasks and milestones stand at the same indexes as in the plan. */
export type PlanCore = Pick<Plan, 'id' | 'county' | 'title' | 'category' | 'year' | 'period' | 'document' | 'goals'> & { tasks: TaskCore[] };

export interface LoadedPlan {
  plan: PlanCore;
  /** The whole plan, texts and sources: loaded only for the views that print them (prepare's `texts`). */
  full?: Plan;
  yaml: YamlFile;
}

export interface TaskRef {
  task: TaskCore;
  plan: PlanCore;
  loaded: LoadedPlan;
  yaml: YamlFile;
  /** Index of the task in plan.tasks, for positions. */
  index: number;
}

/** The whole plan of a project loaded with its texts (a command that needs them says so to prepare). */
export function planTexts(loaded: LoadedPlan): Plan {
  if (!loaded.full) throw new Error(`internal: the texts of ${loaded.plan.id} were not loaded`);
  return loaded.full;
}

/** The whole task and plan of a project loaded with its texts. */
export function withTexts({ loaded, index }: Pick<TaskRef, 'loaded' | 'index'>): { task: Task; plan: Plan } {
  const plan = planTexts(loaded);
  return { task: plan.tasks[index] as Task, plan };
}

export interface Project {
  /** The folder that holds plans/ and sources/. */
  root: string;
  counties: Map<string, County>;
  plans: LoadedPlan[];
  tasks: Map<string, TaskRef>;
  goals: Map<string, GoalRef>;
  /** Counties whose unit registry exists but could not be read: their unit references are not checked. */
  unreadableRegistries: Set<string>;
}

export interface GoalRef {
  goal: Goal;
  plan: PlanCore;
  yaml: YamlFile;
  index: number;
}

export interface LoadedStatus {
  status: StatusFile;
  yaml?: YamlFile;
}
