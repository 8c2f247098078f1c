// References from the plans to their counties' unit registries: read on the plans' cores (whose tasks
// and milestones stand at the same indexes as in the files), so no run needs the whole plans for them.
import { closest } from '../closest.js';
import { finding, type Finding } from '../findings.js';
import type { Units } from '../generated/plan.js';
import type { PathSegment } from '../load/yamlFile.js';
import { ROLES, type PlanCore, type Project } from '../model.js';

export function checkPlanReferences(project: Project): Finding[] {
  const findings: Finding[] = [];
  for (const { plan, yaml } of project.plans) {
    const county = project.counties.get(plan.county);
    if (!county && !project.unreadableRegistries.has(plan.county)) {
      findings.push(finding('COUNTY_NO_REGISTRY', { subject: plan.county, closest: closest(plan.county, [...project.counties.keys()]) }, yaml.at(['county'])));
    }
    if (!county) continue;
    // A hundred thousand tasks are checked on every run: each set of units once (the tasks of a plan's
    // core share them), and nothing is allocated unless a unit is unknown.
    const allKnown = new Map<Units, boolean>();
    const knows = (units: Units): boolean => {
      let ok = allKnown.get(units);
      if (ok === undefined) allKnown.set(units, (ok = ROLES.every((role) => (units[role] ?? []).every((id) => county.units.has(id)))));
      return ok;
    };
    const checkUnits = (units: Units | undefined, t: number, m?: number): void => {
      if (!units || knows(units)) return;
      for (const role of ROLES) {
        const ids = units[role] ?? [];
        for (let i = 0; i < ids.length; i++) {
          const id = ids[i] as string;
          if (county.units.has(id)) continue;
          const at: PathSegment[] = m === undefined ? ['tasks', t, 'units', role, i] : ['tasks', t, 'milestones', m, 'units', role, i];
          findings.push(finding('UNIT_UNKNOWN', { subject: id, expected: county.file, closest: closest(id, [...county.units.keys()]) }, yaml.at(at)));
        }
      }
    };
    for (let t = 0; t < plan.tasks.length; t++) {
      const task = plan.tasks[t] as PlanCore['tasks'][number];
      checkUnits(task.units, t);
      for (let m = 0; m < task.milestones.length; m++) checkUnits(task.milestones[m]?.units, t, m);
    }
  }
  return findings;
}
