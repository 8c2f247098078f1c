// The reading the engine acts on, from all statements of a milestone. Where the body and an annex row
// disagree, the strictest wins (earliest due, hard over soft) so that nothing is reported late too late.
import type { IsoDate, Period } from '../dates/calendar.js';
import type { Kind } from '../dates/phrase.js';
import type { Milestone, Statement } from '../model.js';

export interface Effective {
  kind: Kind;
  due?: IsoDate;
  from?: IsoDate;
  every?: Period;
  /** recurring every month: the day each occurrence is due by (the earliest stated); else the period's end. */
  day?: number;
  /** Every dated statement is soft (力争): a miss warns. */
  soft: boolean;
  /** The statements read differently: views show each of them. */
  disagree: boolean;
}

const DATED: ReadonlySet<Kind> = new Set(['by', 'soft', 'window', 'done']);
const PERIOD_ORDER: readonly Period[] = ['month', 'two-months', 'quarter', 'year'];

const signature = (s: Statement): string => [s.kind, s.due, s.from, s.every, s.day].join('|');

export function effectiveReading(m: Milestone): Effective {
  const statements = m.statements;
  const disagree = new Set(statements.map(signature)).size > 1;
  const dated = statements.filter((s) => DATED.has(s.kind) && s.due !== undefined);
  if (dated.length > 0) {
    const soft = dated.every((s) => s.kind === 'soft');
    const first = dated.reduce((a, b) => ((b.due as string) < (a.due as string) || (b.due === a.due && a.kind === 'soft') ? b : a));
    const kind = first.kind === 'soft' && !soft ? 'by' : first.kind;
    return { kind, due: first.due, ...(first.kind === 'window' ? { from: first.from } : {}), soft, disagree };
  }
  const every = statements
    .map((s) => s.every)
    .filter((e): e is Period => e !== undefined)
    .sort((a, b) => PERIOD_ORDER.indexOf(a) - PERIOD_ORDER.indexOf(b))[0];
  if (every) {
    // A statement of the period without a day is due at the period's end: a day is the earlier deadline.
    const day = every === 'month' ? statements.filter((s) => s.every === every).map((s) => s.day ?? 31).sort((a, b) => a - b)[0] : undefined;
    return { kind: 'recurring', every, ...(day !== undefined && day < 31 ? { day } : {}), soft: false, disagree };
  }
  const from = statements.map((s) => s.from).filter((f): f is string => f !== undefined).sort()[0];
  if (from) return { kind: 'from', from, soft: false, disagree };
  const ongoing = statements.some((s) => s.kind === 'ongoing');
  return { kind: ongoing ? 'ongoing' : 'unspecified', soft: false, disagree };
}
