// The units of a row as a table cell.
import type { Labels } from '../messages/labels.js';
import type { Answering } from '../units.js';
import type { ListCell } from './fitTable.js';

/** Every unit where they fit, else the first and how many (fitTable.ts); the answering ones first,
 * then the supporting ones. */
export function unitsCell(n: Answering, L: Labels): ListCell {
  return { items: [...n.answer, ...n.support], text: `${n.answer.join(L.sep)}${n.support.length ? L.supporting(n.support.join(L.sep)) : ''}` };
}
