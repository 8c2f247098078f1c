// Dates as people type them, in a settings file or a ledger's cell: 2021-07-05, 2021/7/5, 2021.7.5,
// 2021年7月5日 (spaces anywhere, 日 optional). Parsed with date-fns (loaded when a typed date is read),
// strictly: 2021-02-30 is not a date.
import { requireLibrary } from '../lazyLibrary.js';
import { UsageError } from '../errors.js';
import { addDaysIso, beforeEra, ERA_START, isIsoDate, type IsoDate } from './calendar.js';

const PATTERNS = ['yyyy-MM-dd', 'yyyy-M-d', 'yyyy/M/d', 'yyyy.M.d', 'yyyy年M月d日', 'yyyy年M月d'];

export function parseTypedDate(text: string): IsoDate | undefined {
  const { parse, isValid, format } = requireLibrary<typeof import('date-fns')>('date-fns');
  const typed = text.replace(/\s+/g, '');
  for (const pattern of PATTERNS) {
    const d = parse(typed, pattern, new Date(2000, 0, 1));
    if (isValid(d) && d.getFullYear() >= 1000) return format(d, 'yyyy-MM-dd');
  }
  return undefined;
}

const MONTH = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?$/;

/** A month as typed on the command line: 2021-06, 2021-6, 2021/6, 2021.6, 2021年6月; as YYYY-MM. */
export function parseTypedMonth(text: string): string | undefined {
  const m = MONTH.exec(text.trim());
  if (!m?.[1] || !m[2]) return undefined;
  const month = Number(m[2]);
  return month >= 1 && month <= 12 ? `${m[1]}-${String(month).padStart(2, '0')}` : undefined;
}

/** A day as typed after an option: the forms above, or today / yesterday (今天, 昨天) in China. */
export function dateArgument(flag: string, text: string, today: IsoDate): IsoDate {
  const word = text.trim().toLowerCase();
  const date = word === 'today' || word === '今天' ? today
    : word === 'yesterday' || word === '昨天' ? addDaysIso(today, -1)
      : isIsoDate(word) ? word : parseTypedDate(text);
  if (!date) throw new UsageError((w) => w.notDate(flag, text));
  if (beforeEra(date)) throw new UsageError((w) => w.beforeEra(flag, text, ERA_START));
  return date;
}

/** A month as typed after an option, as YYYY-MM. */
export function monthArgument(flag: string, text: string): string {
  const month = parseTypedMonth(text);
  if (!month) throw new UsageError((w) => w.notMonth(flag, text));
  // Before the era no plan stands (and the years 0-99 would be read as 1900-1999).
  if (beforeEra(`${month}-31`)) throw new UsageError((w) => w.beforeEra(flag, text, ERA_START));
  return month;
}

/** A year as typed after an option: 2021 or 2021年. */
export function yearArgument(flag: string, text: string): number {
  const m = /^\s*(\d{4})\s*年?\s*$/.exec(text);
  if (!m?.[1]) throw new UsageError((w) => w.year(text));
  if (beforeEra(`${m[1]}-12-31`)) throw new UsageError((w) => w.beforeEra(flag, text, ERA_START));
  return Number(m[1]);
}
