// What a chat message announces, as data: what became overdue since the last run, what falls due within
// the horizon, and each responsible unit's count. Pure.
import { addDaysIso, type IsoDate } from '../dates/calendar.js';
import type { Item } from '../engine/evaluate.js';
import { itemKey } from '../engine/itemKey.js';
import { byText } from '../order.js';
import { answering } from '../units.js';

/** Milestones already announced as overdue, with the date they first were. */
export type Announced = Record<string, IsoDate>;

export interface UnitCount {
  county: string;
  unit: string;
  overdue: number;
  due: number;
}

export interface Digest {
  asOf: IsoDate;
  withinDays: number;
  /** Overdue and not announced before (every overdue one without memory, or with --all). */
  newlyOverdue: Item[];
  /** Overdue and announced on an earlier run: counted, not listed again. */
  stillOverdue: Item[];
  dueSoon: Item[];
  units: UnitCount[];
}

const OPEN = new Set<Item['state']>(['due-soon', 'upcoming', 'in-force']);
const byDeadline = (a: Item, b: Item): number => byText(a.deadline ?? '', b.deadline ?? '') || byText(itemKey(a), itemKey(b));

export function makeDigest(items: Item[], o: { asOf: IsoDate; withinDays: number; announced: Announced }): Digest {
  const horizon = addDaysIso(o.asOf, o.withinDays);
  const overdue = items.filter((i) => i.state === 'overdue').sort(byDeadline);
  const dueSoon = items.filter((i) => OPEN.has(i.state) && i.deadline !== undefined && i.deadline <= horizon).sort(byDeadline);
  const counts = new Map<string, UnitCount>();
  const count = (i: Item, field: 'overdue' | 'due') => {
    // The units that answer (units.ts): supporting units are not counted.
    for (const unit of answering(i.units).answer) {
      const key = `${i.plan.county}/${unit}`;
      const c = counts.get(key) ?? { county: i.plan.county, unit, overdue: 0, due: 0 };
      c[field]++;
      counts.set(key, c);
    }
  };
  overdue.forEach((i) => count(i, 'overdue'));
  dueSoon.forEach((i) => count(i, 'due'));
  return {
    asOf: o.asOf,
    withinDays: o.withinDays,
    newlyOverdue: overdue.filter((i) => !(itemKey(i) in o.announced)),
    stillOverdue: overdue.filter((i) => itemKey(i) in o.announced),
    dueSoon,
    units: [...counts.values()].sort((a, b) => b.overdue - a.overdue || b.due - a.due || byText(a.unit, b.unit)),
  };
}

/** The memory after a delivered run: every overdue milestone of the selection, dated when first
 * announced; one no longer overdue (done, extended) is forgotten, so it is news if it falls overdue
 * again. Milestones outside the selection keep their dates. */
export function nextAnnounced(before: Announced, items: Item[], asOf: IsoDate): Announced {
  const after: Announced = { ...before };
  for (const i of items) {
    const key = itemKey(i);
    if (i.state === 'overdue') after[key] = before[key] ?? asOf;
    else delete after[key];
  }
  return after;
}
