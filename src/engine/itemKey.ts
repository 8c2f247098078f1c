// The stable key of a milestone or occurrence across runs: task.milestone[.occurrence].
import type { Item } from './evaluate.js';

export const itemKey = (i: Pick<Item, 'task' | 'milestone' | 'occurrence'>): string =>
  `${i.task.id}.${i.milestone.id}${i.occurrence ? `.${i.occurrence}` : ''}`;
