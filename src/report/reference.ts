// A task as its plan refers to it: the numbers of its sections and item (四（一）20), and the annex rows
// that restate it (附件1第32行). Pure, and the one reading of those numbers: the circular, the ledger,
// the calendar and the chat messages each word it their own way.
import type { Lang } from '../messages/labels.js';
import type { Category, Plan, Task } from '../model.js';

export interface TaskReference {
  category: Category;
  /** Section numbers as printed, without the 、 of a chapter, brackets made full-width: 四, （一）. */
  sections: string[];
  item?: string;
  /** The annex rows restating the task: the table's id, its label as printed without spaces (附件1; none
   * where the plan gives none), and the row. */
  annex: Array<{ table: string; label?: string; row: string }>;
}

const full = (numeral: string): string => numeral.replace('(', '（').replace(')', '）');

const NUMBER = /^([一二三四五六七八九十]+)、|^([（(][一二三四五六七八九十]+[）)])/;

export function taskReference(task: Task, plan: Plan): TaskReference {
  const body = task.source.body;
  const numbers = (body?.section ?? []).map((s) => NUMBER.exec(s)).flatMap((m) => (m ? [full(m[1] ?? m[2] ?? '')] : []));
  // A section that is itself the item (a 保障措施 subsection, (二)) is not numbered twice.
  const sections = body?.item && numbers.at(-1) === full(body.item) ? numbers.slice(0, -1) : numbers;
  const annex = (task.source.annex ?? []).map((r) => {
    const label = plan.annexes?.find((a) => a.id === r.table)?.label?.replace(/\s+/g, '');
    return { table: r.table, ...(label ? { label } : {}), row: r.row };
  });
  return { category: plan.category, sections, ...(body?.item ? { item: body.item } : {}), annex };
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
  return `${plan.document.number} ${row.label ?? row.table} ${lang === 'zh' ? `第${row.row}行` : `row ${row.row}`}`;
}
