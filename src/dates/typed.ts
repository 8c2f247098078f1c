// Dates as people type them, in a settings file or a ledger's cell: 2021-07-05, 2021/7/5, 2021.7.5,
// 2021年7月5日 (spaces anywhere, 日 optional). Parsed with date-fns (loaded when a typed date is read),
// strictly: 2021-02-30 is not a date.
import { requireLibrary } from '../lazyLibrary.js';
import type { IsoDate } from './calendar.js';

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
