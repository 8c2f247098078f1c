// Every verbatim field of every plan must stand in the plan's source notice, and every unit alias
// (a spelling seen) in a source of its county. A text that is not there is reported with the nearest source passage.
import { join } from 'node:path';
import { finding, type Finding, type Where } from '../findings.js';
import { readText } from '../load/readText.js';
import type { PathSegment } from '../load/yamlFile.js';
import type { LoadedPlan, Plan, PlanWithTexts, Project } from '../model.js';
import { findPassage, indexSource, nearestPassage, type SourceText } from './sourceText.js';

/** Every field of a plan that holds text copied from the source, with its path. */
export function* verbatimFields(plan: Plan): Generator<[PathSegment[], string]> {
  yield [['title'], plan.title];
  yield [['document', 'number'], plan.document.number];
  for (const [i, a] of (plan.annexes ?? []).entries()) {
    yield [['annexes', i, 'title'], a.title];
    for (const [c, col] of a.columns.entries()) yield [['annexes', i, 'columns', c], col];
  }
  for (const [i, g] of (plan.goals ?? []).entries()) {
    yield [['goals', i, 'text'], g.text];
    for (const [s, h] of g.section.entries()) yield [['goals', i, 'section', s], h];
    for (const [k, t] of (g.targets ?? []).entries()) yield [['goals', i, 'targets', k, 'text'], t.text];
  }
  for (const [i, task] of plan.tasks.entries()) {
    const base: PathSegment[] = ['tasks', i];
    yield [[...base, 'text'], task.text];
    const body = task.source.body;
    if (body) {
      for (const [s, h] of body.section.entries()) yield [[...base, 'source', 'body', 'section', s], h];
      if (body.unitsText) yield [[...base, 'source', 'body', 'unitsText'], body.unitsText];
    }
    for (const [r, row] of (task.source.annex ?? []).entries()) {
      for (const [col, cell] of Object.entries(row.cells)) if (cell) yield [[...base, 'source', 'annex', r, 'cells', col], cell];
    }
    for (const [m, milestone] of task.milestones.entries()) {
      for (const [s, st] of milestone.statements.entries()) if (st.phrase) yield [[...base, 'milestones', m, 'statements', s, 'phrase'], st.phrase];
    }
    for (const [k, t] of (task.targets ?? []).entries()) yield [[...base, 'targets', k, 'text'], t.text];
  }
}

/** One source notice (sources/… relative to the project), read only from within sources/; undefined
 * with the reason when it cannot be read. */
export function readSource<L extends LoadedPlan>(project: Project<L>, file: string, at?: Where): { source?: SourceText; problem?: Finding } {
  const full = join(project.root, file);
  const { text, findings } = readText(full, { within: join(project.root, 'sources') });
  if (text !== undefined) return { source: indexSource(file, text) };
  const [problem] = findings;
  // A notice that is not there is named by the plan that points at it.
  if (!problem || problem.args.detail === 'ENOENT') return { problem: finding('SOURCE_FILE_MISSING', { subject: file }, at) };
  return { problem };
}

export function loadSources(project: Project<PlanWithTexts>): { sources: Map<string, SourceText>; findings: Finding[] } {
  const sources = new Map<string, SourceText>();
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const { plan, yaml } of project.plans) {
    const file = plan.document.file;
    if (seen.has(file)) continue;
    seen.add(file);
    const { source, problem } = readSource(project, file, yaml.at(['document', 'file']));
    if (source) sources.set(file, source);
    if (problem) findings.push(problem);
  }
  return { sources, findings };
}

export function checkTrace(project: Project<PlanWithTexts>, sources: Map<string, SourceText>): Finding[] {
  const findings: Finding[] = [];
  const notFound = (source: SourceText, text: string, subject: string, at: Finding['at']): void => {
    const near = nearestPassage(source, text);
    findings.push(finding('TEXT_NOT_IN_SOURCE', { subject, expected: source.file, actual: near.text, detail: String(near.from) }, at));
  };
  for (const loaded of project.plans) {
    const source = sources.get(loaded.plan.document.file);
    if (!source) continue;
    for (const [p, text] of verbatimFields(loaded.full)) {
      if (!findPassage(source, text)) notFound(source, text, p.join('.'), loaded.yaml.at(p));
    }
  }
  for (const county of project.counties.values()) {
    const files = new Set(project.plans.filter((p) => p.plan.county === county.id).map((p) => p.plan.document.file));
    const texts = [...files].map((f) => sources.get(f)).filter((s): s is SourceText => s !== undefined);
    if (texts.length === 0) continue;
    [...county.units.values()].forEach((unit, i) => {
      // The canonical name may be a normalized form; every alias is a spelling seen in a source.
      (unit.aliases ?? []).forEach((spelling, k) => {
        if (texts.some((s) => findPassage(s, spelling))) return;
        const at = county.yaml.at(['units', i, 'aliases', k]);
        findings.push(finding('TEXT_NOT_IN_SOURCE', { subject: `unit ${unit.id}: ${spelling}`, expected: texts.map((s) => s.file).join(', '), actual: '', detail: '-' }, at));
      });
    });
  }
  return findings;
}
