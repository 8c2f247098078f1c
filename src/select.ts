// Turns what the user typed (--county 沁水, --unit 住建局, --category 大气) into ids, and selects tasks.
import { closest } from './closest.js';
import type { Item } from './engine/evaluate.js';
import { UsageError } from './errors.js';
import type { Lookup } from './messages/usage.js';
import type { Category, LoadedPlan, Project, TaskRef, Units } from './model.js';
import { answering } from './units.js';

export const CATEGORIES: Record<Category, string[]> = {
  air: ['大气', '空气', '大气污染防治'],
  water: ['水', '水生态', '水污染防治'],
  soil: ['土壤', '土壤污染防治'],
  groundwater: ['地下水', 'gw'],
  eco: ['生态', '生态文明', 'ecology'],
};

export interface Filters {
  county?: string;
  category?: Category;
  plan?: string;
  /** Unit ids per county id. */
  units?: Map<string, Set<string>>;
  leadOnly: boolean;
}

export interface FilterInput {
  county?: string;
  category?: string;
  plan?: string;
  unit?: string;
  leadOnly?: boolean;
}

function unknown(what: Lookup, input: string, known: string[]): UsageError {
  const near = closest(input, known);
  return new UsageError((w) => w.unknown(what, input, near, known));
}

export function resolveFilters(project: Project, input: FilterInput): Filters {
  const filters: Filters = { leadOnly: input.leadOnly ?? false };
  if (input.county !== undefined) {
    const key = input.county.trim();
    const county = [...project.counties.values()].find((c) => c.id === key.toLowerCase() || c.name === key || c.aliases.includes(key));
    if (!county) throw unknown('county', key, [...project.counties.values()].flatMap((c) => [c.id, c.name]));
    filters.county = county.id;
  }
  if (input.category !== undefined) {
    const key = input.category.trim();
    const found = (Object.keys(CATEGORIES) as Category[]).find((c) => c === key.toLowerCase() || CATEGORIES[c].includes(key));
    if (!found) throw unknown('category', key, Object.entries(CATEGORIES).map(([c, zh]) => `${c} (${zh[0]})`));
    filters.category = found;
  }
  if (input.plan !== undefined) {
    const ids = project.plans.map((p) => p.plan.id);
    if (!ids.includes(input.plan)) throw unknown('plan', input.plan, ids);
    filters.plan = input.plan;
  }
  if (input.unit !== undefined) filters.units = resolveUnit(project, input.unit.trim(), filters.county);
  return filters;
}

/** A unit by id, canonical name or any alias; the same name in several counties matches each. */
function resolveUnit(project: Project, key: string, county: string | undefined): Map<string, Set<string>> {
  const matches = new Map<string, Set<string>>();
  const known: string[] = [];
  for (const c of project.counties.values()) {
    if (county && c.id !== county) continue;
    for (const unit of c.units.values()) {
      known.push(unit.name);
      if (unit.id === key || unit.name === key || (unit.aliases ?? []).includes(key)) {
        matches.set(c.id, new Set([...(matches.get(c.id) ?? []), unit.id]));
      }
    }
  }
  if (matches.size === 0) throw unknown('unit', key, [...new Set(known)].sort());
  return matches;
}

export function selectTasks<L extends LoadedPlan>(project: Project<L>, filters: Filters): Array<TaskRef<L>> {
  return [...project.tasks.values()].filter(
    ({ plan }) =>
      (!filters.county || plan.county === filters.county) &&
      (!filters.category || plan.category === filters.category) &&
      (!filters.plan || plan.id === filters.plan),
  );
}

/** A unit filter matches the units that answer (units.ts), and, unless lead-only, those that support. */
export function matchesUnit(units: Units, county: string, filters: Filters): boolean {
  const wanted = filters.units?.get(county);
  if (!filters.units) return true;
  if (!wanted) return false;
  const a = answering(units);
  return a.answer.some((id) => wanted.has(id)) || (!filters.leadOnly && a.support.some((id) => wanted.has(id)));
}

export const filterItems = (items: Item[], filters: Filters): Item[] => (filters.units ? items.filter((i) => matchesUnit(i.units, i.plan.county, filters)) : items);
