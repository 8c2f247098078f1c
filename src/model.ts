// The loaded project. Plan, registry and status types are generated from schemas/ (src/generated).
import type { Goal, Plan, Task } from './generated/plan.js';
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

export interface LoadedPlan {
  plan: Plan;
  yaml: YamlFile;
}

export interface TaskRef {
  task: Task;
  plan: Plan;
  yaml: YamlFile;
  /** Index of the task in plan.tasks, for positions. */
  index: number;
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
  plan: Plan;
  yaml: YamlFile;
  index: number;
}

export interface LoadedStatus {
  status: StatusFile;
  yaml?: YamlFile;
}
