// Canonical Chinese names of units, for every view.
import type { Units } from '../generated/plan.js';
import type { Labels } from '../messages/labels.js';
import type { Project } from '../model.js';
import type { ListCell } from './fitTable.js';

export interface UnitNames {
  lead: string[];
  support: string[];
  responsible: string[];
}

export function unitNames(project: Project, county: string, units: Units): UnitNames {
  const registry = project.counties.get(county)?.units;
  const names = (ids: string[] | undefined): string[] => (ids ?? []).map((id) => registry?.get(id)?.name ?? id);
  return { lead: names(units.lead), support: names(units.support), responsible: names(units.responsible) };
}

/** Lead and responsible units first, then supporting ones in brackets; long lists cut to their first few. */
export function shortUnits(n: UnitNames, L: Labels, max = 3): string {
  const main = [...n.lead, ...n.responsible];
  const cut = (list: string[]): string => (list.length > max ? L.several(list.slice(0, max).join(L.sep), list.length, list.length - max) : list.join(L.sep));
  return `${cut(main)}${n.support.length ? L.supporting(cut(n.support)) : ''}`;
}

/** Units as a table cell: every one where they fit, else the first and how many (fitTable.ts). */
export function unitsCell(n: UnitNames, L: Labels): ListCell {
  const main = [...n.lead, ...n.responsible];
  return { items: [...main, ...n.support], text: `${main.join(L.sep)}${n.support.length ? L.supporting(n.support.join(L.sep)) : ''}` };
}
