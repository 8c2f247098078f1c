// A plan's core: what the engine reads, without texts and sources. Pure, and computed once per file
// content (the parse cache stores it beside the whole plan).
import type { Plan, PlanCore } from '../model.js';
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
          ...(m.units ? { units: m.units } : {}),
          ...reading,
          ...(soft ? { soft } : {}),
          ...(disagree ? { disagree } : {}),
        };
      }),
    })),
  };
}
