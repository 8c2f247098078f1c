// A task as its plan refers to it: the numbers of its sections and item (四（一）20), and the annex row
// that restates it (附件1第32行). Pure; the words around the numbers are the renderers'.
import type { Category, Plan, Task } from '../model.js';

export interface TaskReference {
  category: Category;
  /** Section numbers as printed: 四, （一）. */
  sections: string[];
  item?: string;
  /** The first annex row restating the task: its label as printed without spaces (附件1) and row. */
  annex?: { label: string; row: string };
}

const NUMBER = /^([一二三四五六七八九十]+)、|^([（(][一二三四五六七八九十]+[）)])/;

export function taskReference(task: Task, plan: Plan): TaskReference {
  const body = task.source.body;
  const sections = (body?.section ?? []).map((s) => NUMBER.exec(s)).flatMap((m) => (m ? [(m[1] ?? m[2] ?? '').replace('(', '（').replace(')', '）')] : []));
  const row = task.source.annex?.[0];
  const label = row ? (plan.annexes?.find((a) => a.id === row.table)?.label ?? row.table).replace(/\s+/g, '') : undefined;
  return {
    category: plan.category,
    sections,
    ...(body?.item ? { item: body.item } : {}),
    ...(row && label ? { annex: { label, row: row.row } } : {}),
  };
}
