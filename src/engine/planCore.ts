// A plan's core: what the engine reads, without texts and sources. Pure, and computed once per file
// content (the parse cache stores it beside the whole plan).
import type { MilestoneCore, Plan, PlanCore, TaskCore, Units } from '../model.js';
import { milestoneUnits } from '../units.js';
import { effectiveReading } from './reading.js';

export function planCore(plan: Plan): PlanCore {
  const { id, county, title, category, year, period, document, goals } = plan;
  return {
    id, county, title, category, year, period, document,
    ...(goals ? { goals } : {}),
    tasks: plan.tasks.map((t) => ({
      id: t.id,
      title: t.title,
      units: t.units,
      ...(t.targets ? { targets: t.targets } : {}),
      milestones: t.milestones.map((m) => {
        const { soft, disagree, ...reading } = effectiveReading(m);
        return {
          id: m.id,
          ...(m.what !== undefined ? { what: m.what } : {}),
          // Who answers for it: the task's units and the annex row's, by the one rule of units.ts.
          ...(m.units ? { units: milestoneUnits(t.units, m) } : {}),
          ...reading,
          ...(soft ? { soft } : {}),
          ...(disagree ? { disagree } : {}),
        };
      }),
    })),
  };
}

/** A core as the parse cache stores it: each distinct set of units once, and tasks and milestones
 * pointing to it by index. Most tasks of a plan share a few sets; a hundred thousand tasks parse a
 * quarter faster without two objects each. */
export type PackedCore = Omit<PlanCore, 'tasks'> & {
  unitSets: Units[];
  tasks: Array<Omit<TaskCore, 'units' | 'milestones'> & { units: number; milestones: Array<Omit<MilestoneCore, 'units'> & { units?: number }> }>;
};

export function packCore({ tasks, ...plan }: PlanCore): PackedCore {
  const unitSets: Units[] = [];
  const known = new Map<string, number>();
  const pack = (units: Units): number => {
    const key = JSON.stringify(units);
    let index = known.get(key);
    if (index === undefined) known.set(key, (index = unitSets.push(units) - 1));
    return index;
  };
  return {
    ...plan,
    unitSets,
    tasks: tasks.map(({ units, milestones, ...task }) => ({
      ...task,
      units: pack(units),
      milestones: milestones.map(({ units: own, ...m }) => ({ ...m, ...(own ? { units: pack(own) } : {}) })),
    })),
  };
}

/** The core again, tasks sharing their unit sets. In place, without a second object per task: a packed
 * core is a fresh parse (or a fresh derivation) that nothing else holds. */
export function unpackCore({ unitSets, ...plan }: PackedCore): PlanCore {
  const tasks = plan.tasks as Array<{ units: number | Units; milestones: Array<{ units?: number | Units }> }>;
  for (const task of tasks) {
    task.units = unitSets[task.units as number] ?? {};
    for (const m of task.milestones) if (m.units !== undefined) m.units = unitSets[m.units as number] ?? {};
  }
  return plan as unknown as PlanCore;
}
