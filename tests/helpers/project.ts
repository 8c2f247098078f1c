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

/** A plan of 2021 with no tasks, issued on a date: the frame of the engine's tests. */
export const plan2021 = (issued: string): Plan => ({
  id: 'p', county: 'c', title: 't', category: 'air', year: 2021,
  period: { start: '2021-01-01', end: '2021-12-31' },
  document: { number: 'n', issuer: 'i', date: issued, file: 'sources/x.txt' },
  tasks: [],
}) as Plan;
