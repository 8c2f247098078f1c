// The loaded project. Plan, registry and status types are generated from schemas/ (src/generated).
import type { Effective } from './engine/reading.js';
import type { Goal, Milestone, Plan, Task } from './generated/plan.js';
import type { StatusFile } from './generated/status.js';
import type { UnitRegistry } from './generated/units.js';
import type { YamlFile } from './load/yamlFile.js';

export type { Category, Goal, Milestone, Plan, Statement, Target, Task, Units } from './generated/plan.js';
export type { Entry, Extension, Measurement, StatusFile, Verdict } from './generated/status.js';

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
 * a run reads a hundred thousand of these). Its units, where it has its own, are the units that answer
 * for it (units.ts: the annex row's and, where the body states it too, the body item's). */
export type MilestoneCore = Pick<Milestone, 'id' | 'what' | 'units'> & Omit<Effective, 'soft' | 'disagree'> & { soft?: true; disagree?: true };
export type TaskCore = Pick<Task, 'id' | 'title' | 'units' | 'targets'> & { milestones: MilestoneCore[] };
/** A plan without its texts and sources: a fraction of its size, so most runs load only this. Its
 * tasks and milestones stand at the same indexes as in the plan. */
export type PlanCore = Pick<Plan, 'id' | 'county' | 'title' | 'category' | 'year' | 'period' | 'document' | 'goals'> & { tasks: TaskCore[] };

export interface LoadedPlan {
  plan: PlanCore;
  yaml: YamlFile;
}

/** A plan loaded with its texts and sources, for the commands that print or check them (prepare's
 * `texts`): a different type, so that reading texts that were not loaded does not compile. */
export interface PlanWithTexts extends LoadedPlan {
  full: Plan;
}

export interface TaskRef<L extends LoadedPlan = LoadedPlan> {
  task: TaskCore;
  plan: PlanCore;
  loaded: L;
  yaml: YamlFile;
  /** Index of the task in plan.tasks, for positions. */
  index: number;
}

/** The whole task and plan, texts and sources. */
export const withTexts = ({ loaded, index }: Pick<TaskRef<PlanWithTexts>, 'loaded' | 'index'>): { task: Task; plan: Plan } =>
  ({ task: loaded.full.tasks[index] as Task, plan: loaded.full });

export interface Project<L extends LoadedPlan = LoadedPlan> {
  /** The folder that holds plans/ and sources/. */
  root: string;
  counties: Map<string, County>;
  plans: L[];
  tasks: Map<string, TaskRef<L>>;
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
