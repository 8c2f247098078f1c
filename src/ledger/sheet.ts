// The task ledger as data: a title block and one row per milestone (per occurrence, up to the as-of
// month, for recurring ones), in plan order. Pure; the writers lay it out as xlsx or csv.
import { periodBounds, type IsoDate } from '../dates/calendar.js';
import type { Item } from '../engine/evaluate.js';
import type { Lights } from '../generated/lights.js';
import { LABELS } from '../messages/labels.js';
import { withTexts, type Plan, type PlanWithTexts, type Project, type Task, type Unit } from '../model.js';
import { lightOf, type Light } from '../report/monthly.js';
import { dateWriter } from '../dates/writer.js';
import { taskReference } from '../report/reference.js';
import { reviewText } from '../messages/review.js';
import { columnsFor, type Column, type ColumnId } from './columns.js';
import { formatKey } from './key.js';
import { answering, answeringNames } from '../units.js';

export type Cell = string | number | undefined;

export interface LedgerRow {
  /** Cells by column; a date column holds an ISO date when deadlineIsDate (else the plan's phrase). */
  cells: Partial<Record<ColumnId, Cell>>;
  deadlineIsDate: boolean;
  /** Overdue rows red, due-soon rows in the lights' soon colour. */
  light?: Light;
}

export interface LedgerSheet {
  title: string;
  /** Lines under the title: the as-of date, what to fill in, the unit's contact. */
  lines: string[];
  columns: Column[];
  rows: LedgerRow[];
}

const L = LABELS.zh;

/** The plan's own reference: section numbers and item (三（二）4), and annex rows (附件1第32行). */
export function planReference(task: Task, plan: Plan): string {
  const parts: string[] = [];
  const t = taskReference(task, plan);
  const body = task.source.body;
  if (body) parts.push(`${t.sections.join('')}${t.item ?? ''}` || body.section[body.section.length - 1] || '');
  const rows = new Map<string, string[]>();
  for (const { label, row } of t.annex) rows.set(label, [...(rows.get(label) ?? []), row]);
  for (const [label, numbers] of rows) parts.push(`${label}第${runs(numbers).join('、')}行`);
  return parts.join(' / ');
}

/** Row numbers with consecutive ones joined: 24—29、31. */
function runs(numbers: string[]): string[] {
  const out: string[] = [];
  let start = 0;
  numbers.forEach((n, i) => {
    const next = numbers[i + 1];
    if (next !== undefined && /^\d+$/.test(n) && Number(next) === Number(n) + 1) return;
    out.push(i > start ? `${numbers[start]}—${n}` : n);
    start = i + 1;
  });
  return out;
}

const stateText = (item: Item): string => {
  const days = item.days === undefined ? '' : item.state === 'overdue' || item.state === 'soft-missed' ? `（${L.daysLate(item.days)}）` : item.state === 'due-soon' ? `（${L.daysLeft(item.days)}）` : '';
  return `${L.state[item.state]}${days}${item.extension && item.due ? `，${L.extended(item.due)}` : ''}`;
};

const contactText = (unit: Unit | undefined): string =>
  unit?.contact ? [unit.name, unit.contact.person, unit.contact.phone].filter(Boolean).join(' ') : '';

const OPEN = new Set<Item['state']>(['overdue', 'soft-missed', 'due-soon', 'upcoming', 'in-force']);

export interface SheetOptions {
  asOf: IsoDate;
  lights: Lights;
  /** The units the ledger is for (a --unit filter), or none: an office's ledger for every unit. */
  units?: Unit[];
  countyName: string;
}

export function ledgerSheet(project: Project<PlanWithTexts>, items: Item[], { asOf, lights, units, countyName }: SheetOptions): LedgerSheet {
  const office = !units;
  const D = dateWriter('zh');
  /** A task's text is printed on its first row; its other rows refer to that row's 序号, so that a task
   * of many milestones does not print its text on each. */
  const firstRow = new Map<string, number>();
  const rows = items
    .filter((i) => !i.occurrence || periodBounds(i.occurrence).start <= asOf)
    .map((item, index): LedgerRow => {
      const ref = project.tasks.get(item.task.id);
      if (!ref) throw new Error(`internal: task ${item.task.id} is not in the project`);
      const { task, plan } = withTexts(ref);
      const milestone = task.milestones.find((m) => m.id === item.milestone.id);
      const statedPhrase = milestone?.statements.find((s) => s.phrase)?.phrase;
      const phrase = statedPhrase ?? L.kind[item.kind];
      const names = answeringNames(project, plan.county, item.units);
      const registry = project.counties.get(plan.county)?.units;
      const contacts = answering(item.units).answer.map((id) => contactText(registry?.get(id))).filter(Boolean);
      const light = OPEN.has(item.state) ? lightOf(item, asOf, lights) : undefined;
      const first = firstRow.get(task.id);
      if (first === undefined) firstRow.set(task.id, index + 1);
      return {
        deadlineIsDate: item.deadline !== undefined,
        ...(light && light !== 'green' ? { light } : {}),
        cells: {
          seq: index + 1,
          plan: `${plan.year}年${L.category[plan.category]}`,
          ref: planReference(task, plan),
          text: first === undefined ? task.text : `见序号${first}`,
          node: [item.milestone.what ?? statedPhrase ?? task.title, item.occurrence ? D.period(item.occurrence) : ''].filter(Boolean).join('：'),
          lead: names.answer.join('、'),
          support: names.support.join('、'),
          ...(office ? { contact: contacts.join('；') } : {}),
          deadline: item.deadline ?? phrase,
          state: stateText(item),
          verdict: reviewText(item, L) ?? '',
          key: formatKey({ county: plan.county, plan: plan.id, document: plan.document.number, task: task.id, milestone: item.milestone.id, ...(item.occurrence ? { occurrence: item.occurrence } : {}) }),
        },
      };
    });
  const who = units?.map((u) => u.name).join('、');
  const contact = units?.map(contactText).filter(Boolean).join('；');
  return {
    title: `${countyName}生态环境保护行动计划任务台账${who ? `（${who}）` : ''}`,
    lines: [
      `截至${D.day(asOf)}，共${rows.length}项。请在“进展情况”至“链接”各列填写，其他列请勿改动（“核实情况”为办公室核实销号或退回的意见，由办公室填写）；完成情况从下拉列表选择，已完成的须填完成日期。`,
      ...(contact ? [`联系人：${contact}`] : []),
    ],
    columns: columnsFor(office),
    rows,
  };
}
