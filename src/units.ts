// Who answers for a milestone, and the units' names: one rule, read by the engine (Item.units) and by
// every view, the ledger, notify, the calendar and the circular. Pure lookups of the model.
import type { Milestone, Project, Units } from './model.js';
import type { Labels } from './messages/labels.js';

/** A unit takes its strongest role from either source. */
const STRENGTH = ['lead', 'responsible', 'support'] as const;

/**
 * The units of a milestone (docs/ENCODING.md, "Units"). A milestone without units of its own is the
 * task's. One with units of its own and stated by the body and an annex row alike: a unit named by
 * either answers for it. The annex's units keep their roles (its 牵头单位 leads); the body's other units
 * keep theirs, except that a body lead is responsible where the annex names a lead of its own. One
 * stated by an annex row alone (or named in a sentence of its own): its own units. Both facts stay in
 * the plan as the source has them; this is the reading every view acts on.
 */
export function milestoneUnits(task: Units, milestone: Pick<Milestone, 'units' | 'statements'>): Units {
  const own = milestone.units;
  if (!own) return task;
  const stated = new Set(milestone.statements.map((s) => s.source));
  if (!stated.has('body') || !stated.has('annex')) return own;
  const role = new Map<string, (typeof STRENGTH)[number]>();
  const give = (units: Units, demote: boolean) => {
    for (const r of STRENGTH) {
      for (const id of units[r] ?? []) {
        const wanted = demote && r === 'lead' ? 'responsible' : r;
        const had = role.get(id);
        if (had === undefined || STRENGTH.indexOf(wanted) < STRENGTH.indexOf(had)) role.set(id, wanted);
      }
    }
  };
  give(own, false);
  give(task, (own.lead ?? []).length > 0);
  const merged: Units = {};
  for (const r of STRENGTH) {
    const ids = [...role].filter(([, x]) => x === r).map(([id]) => id);
    if (ids.length) merged[r] = ids;
  }
  return merged;
}

/** The units as the views divide them: those that answer (lead and responsible, each once), and those
 * that support. A --unit filter, the per-unit counts and messages, the ledger and the circular all
 * read this. */
export interface Answering {
  answer: string[];
  support: string[];
}

export function answering(units: Units): Answering {
  const answer = [...new Set([...(units.lead ?? []), ...(units.responsible ?? [])])];
  return { answer, support: [...new Set(units.support ?? [])].filter((id) => !answer.includes(id)) };
}

export interface UnitNames {
  lead: string[];
  support: string[];
  responsible: string[];
}

/** Canonical Chinese names of units, from the county's registry (an id not in it stays as it is). */
export function unitNames(project: Pick<Project, 'counties'>, county: string, units: Units): UnitNames {
  const registry = project.counties.get(county)?.units;
  const names = (ids: string[] | undefined): string[] => (ids ?? []).map((id) => registry?.get(id)?.name ?? id);
  return { lead: names(units.lead), support: names(units.support), responsible: names(units.responsible) };
}

/** The names of the units that answer, and of those that support. */
export function answeringNames(project: Pick<Project, 'counties'>, county: string, units: Units): Answering {
  const a = answering(units);
  const n = unitNames(project, county, { responsible: a.answer, support: a.support });
  return { answer: n.responsible, support: n.support };
}

/** Answering units first, then supporting ones in brackets; long lists cut to their first few. */
export function shortUnits(n: Answering, L: Labels, max = 3): string {
  const cut = (list: string[]): string => (list.length > max ? L.several(list.slice(0, max).join(L.sep), list.length, list.length - max) : list.join(L.sep));
  return `${cut(n.answer)}${n.support.length ? L.supporting(cut(n.support)) : ''}`;
}
