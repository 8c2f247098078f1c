// Dates as a circular writes them (2021年6月30日, 2021年6月30日前; June 30, 2021), with date-fns and its
// zh-CN locale. Loaded only where dates are written so (the circular, the ledger, chat reminders): the engine counts whole days itself (dates/calendar.ts).
import type { IsoDate } from './calendar.js';
import type { Lang } from '../messages/labels.js';
import { requireLibrary } from '../lazyLibrary.js';

export interface DateWriter {
  /** 2021年6月30日 / June 30, 2021 */
  day(iso: IsoDate): string;
  /** 2021年6月 / June 2021 */
  month(key: string): string;
  /** 6月 / Jun: a chart's axis */
  shortMonth(key: string): string;
  /** An occurrence of a recurring milestone: 2021年6月, 2021年5—6月, 2021年第2季度, 2021年度 / June 2021, May–June 2021, 2021 Q2, 2021 */
  period(key: string): string;
}

/** A calendar date as a local Date: formatting it back in local time gives the same day in any time zone. */
const local = (iso: string): Date => new Date(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10) || '1'));

export function dateWriter(lang: Lang): DateWriter {
  const { format } = requireLibrary<typeof import('date-fns')>('date-fns');
  // Only the locale in use: date-fns/locale would load every language date-fns has.
  const locale = lang === 'zh'
    ? requireLibrary<typeof import('date-fns/locale/zh-CN')>('date-fns/locale/zh-CN').zhCN
    : requireLibrary<typeof import('date-fns/locale/en-US')>('date-fns/locale/en-US').enUS;
  const f = (d: Date, pattern: string) => format(d, pattern, { locale });
  const zh = lang === 'zh';
  return {
    day: (iso) => f(local(iso), zh ? 'PPP' : 'MMMM d, yyyy'),
    month: (key) => f(local(key), zh ? 'yyyy年M月' : 'MMMM yyyy'),
    shortMonth: (key) => f(local(key), zh ? 'M月' : 'MMM'),
    period: (key) => {
      const q = /^(\d{4})-Q([1-4])$/.exec(key);
      if (q) return zh ? `${q[1]}年第${q[2]}季度` : `${q[1]} Q${q[2]}`;
      const b = /^(\d{4})-B([1-6])$/.exec(key);
      if (b) {
        const first = Number(b[2]) * 2 - 1;
        return zh ? `${b[1]}年${first}—${first + 1}月` : `${f(local(`${b[1]}-${String(first).padStart(2, '0')}`), 'MMMM')}–${f(local(`${b[1]}-${String(first + 1).padStart(2, '0')}`), 'MMMM yyyy')}`;
      }
      if (key.length === 4) return zh ? `${key}年度` : key;
      return f(local(key), zh ? 'yyyy年M月' : 'MMMM yyyy');
    },
  };
}
