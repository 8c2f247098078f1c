// Machine-readable output: a versioned document with, for every task, its id, verbatim text, source
// reference, unit names and each milestone's phrases, dates and computed state.
import type { Item } from '../engine/evaluate.js';
import type { AnnexRow } from '../generated/plan.js';
import { withTexts, type PlanWithTexts, type Project, type TaskRef } from '../model.js';
import { unitNames } from '../units.js';

export const JSON_VERSION = 1;

export interface JsonMeta {
  command: string;
  asOf: string;
  filters: Record<string, string | boolean | undefined>;
}

/** An annex row's units as printed: its unit column (牵头单位, 责任单位, 责任主体…), or the value a merged
 * cell takes from the row above. */
function annexUnitsText(r: AnnexRow): string | undefined {
  const column = Object.keys(r.cells).find((c) => /单位|主体|部门/.test(c));
  return column === undefined ? undefined : r.cells[column] || r.inherited?.[column];
}

export function taskJson(ref: TaskRef<PlanWithTexts>, items: Item[], project: Project<PlanWithTexts>) {
  const { task, plan } = withTexts(ref);
  const statements = (id: string) => task.milestones.find((m) => m.id === id)?.statements ?? [];
  return {
    id: task.id,
    title: task.title,
    text: task.text,
    county: plan.county,
    category: plan.category,
    plan: plan.id,
    source: {
      document: plan.document.number,
      issued: plan.document.date,
      file: plan.document.file,
      planTitle: plan.title,
      ...(task.source.body ? { section: task.source.body.section, item: task.source.body.item, paragraph: task.source.body.paragraph } : {}),
      // Each annex row as show prints it: every cell verbatim, the merged ones resolved beside them.
      annex: (task.source.annex ?? []).map((r) => ({
        table: r.table, title: plan.annexes?.find((a) => a.id === r.table)?.title, row: r.row,
        cells: r.cells, inherited: r.inherited, notes: r.notes, unitsText: annexUnitsText(r),
      })),
    },
    // The canonical names, and the units as the body prints them.
    units: { ...unitNames(project, plan.county, task.units), text: task.source.body?.unitsText },
    // What the body and the annex state differently, as the encoder recorded it.
    disagreements: task.disagreements ?? [],
    milestones: items.map((i) => ({
      id: i.milestone.id,
      ...(i.occurrence ? { occurrence: i.occurrence } : {}),
      what: i.milestone.what,
      statements: statements(i.milestone.id).map((s) => ({ source: s.source, row: s.row, phrase: s.phrase, kind: s.kind, due: s.due, from: s.from, every: s.every, day: s.day, why: s.why })),
      kind: i.kind,
      soft: i.soft,
      from: i.from,
      due: i.due,
      deadline: i.deadline,
      extension: i.extension,
      state: i.state,
      doneDate: i.doneDate,
      days: i.days,
      ...(i.review ? { review: i.review, ...(i.verdict ? { verdict: { date: i.verdict.date, ...(i.verdict.reason ? { reason: i.verdict.reason } : {}) } } : {}), ...(i.waited !== undefined ? { waited: i.waited } : {}) } : {}),
      disagree: i.disagree,
      ...(i.beforeIssue ? { beforeIssue: true } : {}),
      units: i.milestone.units ? unitNames(project, plan.county, i.units) : undefined,
    })),
  };
}

/** Groups items by task, in the order the tasks first appear. */
export function renderJson(items: Item[], project: Project<PlanWithTexts>, meta: JsonMeta): string {
  const byTask = new Map<string, Item[]>();
  for (const i of items) byTask.set(i.task.id, [...(byTask.get(i.task.id) ?? []), i]);
  const tasks = [...byTask.entries()].map(([id, list]) => taskJson(project.tasks.get(id) as TaskRef<PlanWithTexts>, list, project));
  return `${JSON.stringify({ version: JSON_VERSION, ...meta, tasks }, null, 2)}\n`;
}
