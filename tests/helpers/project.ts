// A project of one plan, as the loader would make it (cores derived from the plan), for engine tests.
import { planCore } from '../../src/engine/planCore.js';
import type { Plan, PlanWithTexts, Project, Task, TaskRef } from '../../src/model.js';

export function projectOf(plan: Plan, tasks: Task[]): { project: Project<PlanWithTexts>; refs: Array<TaskRef<PlanWithTexts>> } {
  const full = { ...plan, tasks };
  const loaded: PlanWithTexts = { plan: planCore(full), full, yaml: undefined as never };
  const refs = loaded.plan.tasks.map((task, index) => ({ task, plan: loaded.plan, loaded, index, yaml: loaded.yaml }));
  const project: Project<PlanWithTexts> = { root: '', counties: new Map(), plans: [loaded], goals: new Map(), unreadableRegistries: new Set(), tasks: new Map(refs.map((r) => [r.task.id, r])) };
  return { project, refs };
}
