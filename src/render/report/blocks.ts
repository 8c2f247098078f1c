// The circular as a list of blocks (headings, paragraphs, tables), rendered as text or Markdown.
import type { Lights } from '../../generated/lights.js';
import type { Item } from '../../engine/evaluate.js';
import type { Project } from '../../model.js';
import type { MonthlyReport } from '../../report/monthly.js';
import { LABELS } from '../../messages/labels.js';
import { deadlineText, itemLabel, itemTitle } from '../itemRow.js';
import { shortUnits, unitNames } from '../names.js';
import { REPORT_WORDS } from './words.js';

export type Block = { kind: 'h1' | 'h2' | 'p'; text: string } | { kind: 'table'; head: string[]; rows: string[][] };

export interface ReportMeta {
  scope?: string;
  example: boolean;
  lang: 'zh' | 'en';
  lights: Lights;
}


export function reportBlocks(r: MonthlyReport, project: Project, meta: ReportMeta): Block[] {
  const W = REPORT_WORDS[meta.lang];
  const T = W.taskHead;
  const units = (i: Item) => shortUnits(unitNames(project, i.plan.county, i.units));
  // The deadline in force, with the planned one beside it where an extension moved it.
  const deadline = (i: Item) => deadlineText(i, LABELS[meta.lang]);
  const lightName = (l: keyof typeof W.light) => meta.lights.names?.[l] ?? W.light[l];
  const tableOr = (rows: string[][], head: string[]): Block => (rows.length ? { kind: 'table', head, rows } : { kind: 'p', text: W.none });
  const f = r.figures;
  const blocks: Block[] = [
    { kind: 'h1', text: W.title(meta.scope ?? W.allCounties, r.month) },
    { kind: 'p', text: `${W.asOf(r.asOf)}${meta.example ? ` ${W.exampleData}` : ''}` },
    { kind: 'h2', text: W.sections.figures },
    { kind: 'p', text: W.figures(f) },
  ];
  if (r.byCategory.length > 1) {
    blocks.push({ kind: 'p', text: W.byCategory });
    blocks.push({
      kind: 'table',
      head: ['', W.unitHead[2], W.unitHead[3], W.unitHead[4], W.unitHead[5]],
      rows: r.byCategory.map(({ category, figures: c }) => [W.category[category], String(c.due), String(c.doneOnTime), String(c.doneLate), String(c.overdue)]),
    });
  }
  blocks.push({ kind: 'h2', text: W.sections.units });
  blocks.push(tableOr(
    r.units.map((u) => [u.unit, W.role[u.role], String(u.due), String(u.doneOnTime), String(u.doneLate), String(u.overdue), u.rate === undefined ? '—' : `${Math.round(u.rate * 100)}%`]),
    [...W.unitHead],
  ));
  blocks.push({ kind: 'h2', text: W.sections.completed });
  blocks.push(tableOr(
    r.completed.map((i) => [itemLabel(i), itemTitle(i), units(i), deadline(i), i.doneDate ?? '', (i.entry?.evidence ?? []).map((e) => [e.text, e.document, e.link].filter(Boolean).join(' ')).join('；')]),
    [T.task, T.title, T.units, T.deadline, T.done, T.evidence],
  ));
  blocks.push({ kind: 'h2', text: W.sections.overdue });
  blocks.push(tableOr(
    r.overdue.map((i) => [lightName('red'), itemLabel(i), itemTitle(i), units(i), deadline(i), W.daysOverdue(i.days ?? 0)]),
    [T.light, T.task, T.title, T.units, T.deadline, T.days],
  ));
  blocks.push({ kind: 'h2', text: W.sections.warnings(r.nextMonth) });
  blocks.push(tableOr(
    r.warnings.map(({ item, light }) => [lightName(light), itemLabel(item), itemTitle(item), units(item), deadline(item)]),
    [T.light, T.task, T.title, T.units, T.deadline],
  ));
  blocks.push({ kind: 'h2', text: W.sections.targets });
  const count = (s: string) => r.targets.filter((t) => t.state === s).length;
  blocks.push({ kind: 'p', text: W.targetSummary(count('met'), count('not-met'), count('no-data'), count('no-value')) });
  const measured = r.targets.filter((t) => t.last);
  if (measured.length) {
    blocks.push({
      kind: 'table',
      head: [T.task, T.target, T.value, T.state],
      rows: measured.map((t) => [`${t.owner} ${t.target.id}`, t.target.text, `${t.last?.value ?? ''}（${t.last?.date ?? ''}）`, LABELS[meta.lang].target[t.state]]),
    });
  }
  return blocks;
}
