// Cross-references inside the plans: counties, unit ids, milestone ids, annex rows, required date fields.
import { closest } from '../closest.js';
import { finding, type Finding } from '../findings.js';
import type { Statement, Units } from '../generated/plan.js';
import type { PathSegment } from '../load/yamlFile.js';
import { ROLES, type Project } from '../model.js';

/** Which reading fields each kind of statement needs. */
const NEEDS: Record<Statement['kind'], Array<'due' | 'from' | 'every' | 'why'>> = {
  by: ['due'],
  soft: ['due'],
  window: ['from', 'due'],
  from: ['from'],
  recurring: ['every'],
  done: ['due'],
  unspecified: ['why'],
  ongoing: [],
};

export function checkPlanReferences(project: Project): Finding[] {
  const findings: Finding[] = [];
  for (const { plan, yaml } of project.plans) {
    const county = project.counties.get(plan.county);
    if (!county && !project.unreadableRegistries.has(plan.county)) {
      findings.push(finding('COUNTY_NO_REGISTRY', { subject: plan.county, closest: closest(plan.county, [...project.counties.keys()]) }, yaml.at(['county'])));
    }
    const checkUnits = (units: Units | undefined, at: PathSegment[]): void => {
      if (!county || !units) return;
      for (const role of ROLES) {
        (units[role] ?? []).forEach((id, i) => {
          if (!county.units.has(id)) {
            findings.push(finding('UNIT_UNKNOWN', { subject: id, expected: county.file, closest: closest(id, [...county.units.keys()]) }, yaml.at([...at, role, i])));
          }
        });
      }
    };
    plan.tasks.forEach((task, t) => {
      const base: PathSegment[] = ['tasks', t];
      checkUnits(task.units, [...base, 'units']);
      const rows = new Set((task.source.annex ?? []).map((r) => r.row));
      const milestoneIds = new Set<string>();
      task.milestones.forEach((m, mi) => {
        const mpath = [...base, 'milestones', mi];
        if (milestoneIds.has(m.id)) findings.push(finding('MILESTONE_DUPLICATE_ID', { subject: `${task.id} ${m.id}` }, yaml.at([...mpath, 'id'])));
        milestoneIds.add(m.id);
        checkUnits(m.units, [...mpath, 'units']);
        m.statements.forEach((s, si) => {
          const spath = [...mpath, 'statements', si];
          if (s.source === 'annex' && (s.row === undefined || !rows.has(s.row))) {
            findings.push(finding('STATEMENT_ROW_UNKNOWN', { subject: `${task.id} ${m.id}`, actual: s.row ?? '', expected: [...rows].join(', ') }, yaml.at([...spath, 'row'])));
          }
          for (const field of NEEDS[s.kind]) {
            if (s[field] === undefined) findings.push(finding('STATEMENT_MISSING_FIELD', { subject: `${task.id} ${m.id}`, expected: field, actual: s.kind }, yaml.at(spath)));
          }
        });
      });
      (task.targets ?? []).forEach((target, i) => {
        if (target.value === undefined && target.unstated === undefined) {
          findings.push(finding('TARGET_VALUE_MISSING', { subject: `${task.id} ${target.id}` }, yaml.at([...base, 'targets', i])));
        }
      });
    });
  }
  return findings;
}
