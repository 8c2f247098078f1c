// References from the plans to their counties' unit registries: read on the plans' cores (whose tasks
// and milestones stand at the same indexes as in the files), so no run needs the whole plans for them.
import { closest } from '../closest.js';
import { finding, type Finding } from '../findings.js';
import type { Units } from '../generated/plan.js';
import type { PathSegment } from '../load/yamlFile.js';
import { ROLES, type Project } from '../model.js';

export function checkPlanReferences(project: Project): Finding[] {
  const findings: Finding[] = [];
  for (const { plan, yaml } of project.plans) {
    const county = project.counties.get(plan.county);
    if (!county && !project.unreadableRegistries.has(plan.county)) {
      findings.push(finding('COUNTY_NO_REGISTRY', { subject: plan.county, closest: closest(plan.county, [...project.counties.keys()]) }, yaml.at(['county'])));
    }
    if (!county) continue;
    const checkUnits = (units: Units | undefined, at: PathSegment[]): void => {
      for (const role of ROLES) {
        (units?.[role] ?? []).forEach((id, i) => {
          if (!county.units.has(id)) {
            findings.push(finding('UNIT_UNKNOWN', { subject: id, expected: county.file, closest: closest(id, [...county.units.keys()]) }, yaml.at([...at, role, i])));
          }
        });
      }
    };
    plan.tasks.forEach((task, t) => {
      checkUnits(task.units, ['tasks', t, 'units']);
      task.milestones.forEach((m, mi) => checkUnits(m.units, ['tasks', t, 'milestones', mi, 'units']));
    });
  }
  return findings;
}
