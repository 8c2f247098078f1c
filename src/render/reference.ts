// A task's reference as the plan itself prints it, for calendar events and chat messages: the notice's
// number, the section numerals and the item (沁政办发〔2021〕19号 三、（二）第5项), or the annex row for a
// task only an annex states.
import type { Lang } from '../messages/labels.js';
import type { Plan, Task } from '../model.js';
import { taskReference } from '../report/reference.js';

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
