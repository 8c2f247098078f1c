// A milestone's standing with the office (办结销号), in words: the one phrase every view prints beside
// its state (reported and waiting, signed off, sent back with the reason).
import type { Item } from '../engine/evaluate.js';
import type { Labels } from './labels.js';

export function reviewText(i: Pick<Item, 'review' | 'verdict' | 'waited'>, labels: Labels): string | undefined {
  const L = labels.review;
  if (i.review === 'reported') return L.reported(i.waited ?? 0);
  if (i.review === 'signed-off' && i.verdict) return L.signedOff(i.verdict.date);
  if (i.review === 'sent-back' && i.verdict) return L.sentBack(i.verdict.date, i.verdict.reason ?? '');
  return undefined;
}
