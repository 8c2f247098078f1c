// A task's reference as the plan itself prints it: the notice's number, the section numerals and the
// item (沁政办发〔2021〕19号 三、（二）第5项), or the annex row for a task only an annex states.
import type { Lang } from '../messages/labels.js';
import type { Plan, Task } from '../model.js';

const NUMERAL = /^([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)/;

export function planReference(plan: Plan, task: Task, lang: Lang): string {
  const body = task.source.body;
  if (body) {
    const sections = body.section.map((s) => NUMERAL.exec(s)?.[1] ?? '').join('');
    // A bare number reads 第5项; an item printed with its own brackets, （20）, stays as printed.
    const item = !body.item ? '' : !/^\d+$/.test(body.item) ? body.item : lang === 'zh' ? `第${body.item}项` : ` item ${body.item}`;
    return `${plan.document.number} ${sections}${item}`.trim();
  }
  const row = task.source.annex?.[0];
  if (!row) return plan.document.number;
  const label = plan.annexes?.find((a) => a.id === row.table)?.label ?? row.table;
  return `${plan.document.number} ${label} ${lang === 'zh' ? `第${row.row}行` : `row ${row.row}`}`;
}
