// One line of a milestone in a table: its deadline and state in words, shared by the item views.
import type { Item } from '../engine/evaluate.js';
import type { Labels } from '../messages/labels.js';
import { reviewText } from '../messages/review.js';

/** The same in a fitted table, which cuts it to the window itself: the whole of what this milestone is. */
export function itemTitleWhole(i: Item, L: Labels): string {
  const what = i.milestone.what;
  return what && i.task.milestones.length > 1 ? `${i.task.title}${L.titleSep}${what}` : i.task.title;
}

/** The deadline as a table cell: the planned date of an extension short, beside the one in force; a
 * deadline before the plan's issue marked †, and said in the table's footnote. */
export function deadlineCell(i: Item, L: Labels): string {
  const main = i.deadline ?? (i.from ? `${i.from} →` : L.kind[i.kind]);
  return `${main}${i.extension && i.due ? L.was(i.due) : ''}${i.disagree ? ' *' : ''}${i.beforeIssue ? ' †' : ''}`;
}

/** What the marks of deadline cells mean, under a table that shows them. */
export const deadlineFootnotes = (items: readonly Item[], L: Labels): string =>
  `${items.some((i) => i.disagree) ? `${L.disagreeHint}\n` : ''}${items.some((i) => i.beforeIssue) ? `† ${L.beforeIssue}\n` : ''}`;

/** The state as a table cell: a sent-back milestone says so even where the table drops its note. */
export const stateCell = (i: Item, L: Labels): string => `${L.state[i.state]}${i.review === 'sent-back' ? L.review.sentBackTag : ''}`;

export function noteText(i: Item, L: Labels): string {
  // Where the milestone stands with the office (reported, signed off, sent back) follows what the state says.
  return [stateNote(i, L), reviewText(i, L)].filter(Boolean).join(L.phraseSep);
}

function stateNote(i: Item, L: Labels): string {
  switch (i.state) {
    case 'overdue': case 'soft-missed': return L.daysLate(i.days ?? 0);
    case 'done-late': return `${i.doneDate ?? ''} ${L.daysLate(i.days ?? 0)}`;
    case 'done-on-time': return i.doneDate ?? '';
    case 'due-soon': case 'upcoming': return i.days !== undefined ? L.daysLeft(i.days) : '';
    default: return '';
  }
}
