// A task as its plan refers to it: the numbers of its sections and item (四（一）20), and the annex rows
// that restate it (附件1第32行). Pure, and the one reading of those numbers: the circular, the ledger,
// the calendar and the chat messages each word it their own way.
import type { Lang } from '../messages/labels.js';
import type { BodyRef } from '../generated/plan.js';
import type { Category, Plan, Task } from '../model.js';

export interface TaskReference {
  category: Category;
  /** Section numbers as printed, without the 、 of a chapter, brackets made full-width: 四, （一）. */
  sections: string[];
  item?: string;
  /** The annex rows restating the task: the table's id, its label as printed without spaces (附件1; 附件
   * where the plan prints the table under its title alone, never the table's internal id), and the row
   * (its 序号, or N for the N-th row of a table without numbers). */
  annex: Array<{ table: string; label: string; row: string }>;
}

/** Brackets full-width, as the notices mostly print them and as every form writes them: （一）, （21）. */
const full = (numeral: string): string => numeral.replace(/\(/g, '（').replace(/\)/g, '）');

const NUMBER = /^([一二三四五六七八九十]+)、|^([（(][一二三四五六七八九十]+[）)])/;

/** The number a heading opens with, brackets full-width: 四, （一）. */
const numberOf = (heading: string): string | undefined => {
  const m = NUMBER.exec(heading);
  return m ? full(m[1] ?? m[2] ?? '') : undefined;
};

/** Whether the item is the number of the last section heading: a 保障措施 sub-section whose heading stands
 * on a line of its own (section [四、保障措施, （一）加强组织领导], item （一）). That number is printed once. */
export const itemIsSection = (body: BodyRef): boolean => body.item !== undefined && numberOf(body.section.at(-1) ?? '') === full(body.item);

export function taskReference(task: Task, plan: Plan): TaskReference {
  const body = task.source.body;
  const numbers = (body?.section ?? []).flatMap((s) => numberOf(s) ?? []);
  const sections = body && itemIsSection(body) ? numbers.slice(0, -1) : numbers;
  const annex = (task.source.annex ?? []).map((r) => ({
    table: r.table, label: plan.annexes?.find((a) => a.id === r.table)?.label?.replace(/\s+/g, '') || '附件', row: r.row.replace(/^#/, ''),
  }));
  return { category: plan.category, sections, ...(body?.item ? { item: full(body.item) } : {}), annex };
}

/** For calendar events and chat messages: the notice's number, the section numerals and the item
 * (沁政办发〔2021〕19号 三、（二）第5项), or the annex row for a task only an annex states. */
export function planReference(plan: Plan, task: Task, lang: Lang): string {
  const t = taskReference(task, plan);
  if (task.source.body) {
    const sections = t.sections.map((s) => (s.startsWith('（') ? s : `${s}、`)).join('');
    // A bare number reads 第5项; an item printed with its own brackets, （20）, stays as printed.
    const item = !t.item ? '' : !/^\d+$/.test(t.item) ? t.item : lang === 'zh' ? `第${t.item}项` : ` item ${t.item}`;
    return `${plan.document.number} ${sections}${item}`.trim();
  }
  const [row] = t.annex;
  if (!row) return plan.document.number;
  return `${plan.document.number} ${row.label} ${lang === 'zh' ? `第${row.row}行` : `row ${row.row}`}`;
}
