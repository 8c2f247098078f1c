// A milestone in words, wherever it is named: tables, the calendar, chat messages, findings.
import type { Item } from '../engine/evaluate.js';
import type { Labels } from './labels.js';

const WHAT_MAX = 24;

/** The task's short title, and for a task of several milestones what this one is (cut to fit a table). */
export function itemTitle(i: Item): string {
  const what = i.milestone.what;
  if (!what || i.task.milestones.length < 2) return i.task.title;
  return `${i.task.title}：${what.length > WHAT_MAX ? `${what.slice(0, WHAT_MAX)}…` : what}`;
}

export const itemLabel = (i: Item): string => `${i.task.id} ${i.milestone.id}${i.occurrence ? ` ${i.occurrence}` : ''}`;

export function deadlineText(i: Item, L: Labels): string {
  const main = i.deadline ?? (i.from ? `${i.from} →` : L.kind[i.kind]);
  const extra = i.extension && i.due ? L.paren(L.extended(i.due)) : '';
  return `${main}${extra}${i.disagree ? ' *' : ''}${i.beforeIssue ? L.paren(L.beforeIssue) : ''}`;
}
