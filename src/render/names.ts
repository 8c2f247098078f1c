// Canonical Chinese names of units, for every view.
import type { Units } from '../generated/plan.js';
import type { Project } from '../model.js';

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

/** Lead and responsible units first, then supporting ones in brackets; long lists are cut for tables. */
export function shortUnits(n: UnitNames, max = 3): string {
  const main = [...n.lead, ...n.responsible];
  const cut = (list: string[]): string => (list.length > max ? `${list.slice(0, max).join('、')} 等${list.length}个` : list.join('、'));
  return [cut(main), n.support.length ? `（配合：${cut(n.support)}）` : ''].join('');
}
