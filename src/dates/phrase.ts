// Reads the date phrases of the glossary (../shared/GLOSSARY.md) the way plancheck defines them.
// Used by `validate` to hold each encoded milestone date against its verbatim phrase.
import { lastDayOfMonth, ymd, type IsoDate, type Period } from './calendar.js';

export type Kind = 'by' | 'from' | 'window' | 'recurring' | 'ongoing' | 'soft' | 'unspecified' | 'done';

export interface Reading {
  kind: Kind;
  due?: IsoDate;
  from?: IsoDate;
  every?: Period;
  /** recurring every month: the day of the month each occurrence is due by (每月25日前). */
  day?: number;
}

export interface PhraseContext {
  /** The plan's year: a month without a year takes it. */
  year: number;
  /** The plan's date of issue: 已完成 means done by then. */
  issued: IsoDate;
}

const FULL_WIDTH_DIGITS = /[０-９]/g;

/** Folds what text conversion varies: spaces, full-width digits, dashes. */
function normalize(phrase: string): string {
  return phrase
    .replace(/\s+/g, '')
    .replace(FULL_WIDTH_DIGITS, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[－—–~～至到]/g, '-');
}

const Y = '(?:(\\d{4})年)?';
const PATTERNS: Array<[RegExp, (m: RegExpExecArray, year: number) => Reading]> = [
  // 2021年5-9月, 2021年5月-9月, 7-9月
  [new RegExp(`${Y}(\\d{1,2})月?-${Y}(\\d{1,2})月`), (m, y) => {
    const y1 = num(m[1], y);
    const y2 = num(m[3], y1);
    return { kind: 'window', from: ymd(y1, Number(m[2]), 1), due: lastDayOfMonth(y2, Number(m[4])) };
  }],
  // 2021年5月1日起
  [new RegExp(`${Y}(\\d{1,2})月(\\d{1,2})日(?:起|开始)`), (m, y) => ({ kind: 'from', from: ymd(num(m[1], y), Number(m[2]), Number(m[3])) })],
  // 2021年4月起, 8月份起
  [new RegExp(`${Y}(\\d{1,2})月份?(?:起|开始)`), (m, y) => ({ kind: 'from', from: ymd(num(m[1], y), Number(m[2]), 1) })],
  // 2022年起
  [/(\d{4})年(?:起|开始)/, (m) => ({ kind: 'from', from: ymd(Number(m[1]), 1, 1) })],
  // 2022年12月15日前
  [new RegExp(`${Y}(\\d{1,2})月(\\d{1,2})日`), (m, y) => ({ kind: 'by', due: ymd(num(m[1], y), Number(m[2]), Number(m[3])) })],
  // 2021年4月底前, 2021年12月, 3月份
  [new RegExp(`${Y}(\\d{1,2})月`), (m, y) => {
    const year = num(m[1], y);
    return { kind: 'by', due: lastDayOfMonth(year, Number(m[2])) };
  }],
  // 2021年底前, 年底前, 2021年年底前, 年末
  [/(?:(\d{4})年)?年?(?:底|末)/, (m, y) => ({ kind: 'by', due: ymd(num(m[1], y), 12, 31) })],
  // A bare year (2021年全县…漏损率控制在10%以内): the task is the year's, due at its end.
  [/^(\d{4})年(?:内|度)?$/, (m) => ({ kind: 'by', due: ymd(Number(m[1]), 12, 31) })],
  // A year's target striven for (2021年…覆盖率力争达到70%以上): the year's end, soft.
  [/^(\d{4})年(?=.*力争)/, (m) => ({ kind: 'by', due: ymd(Number(m[1]), 12, 31) })],
];

const num = (s: string | undefined, fallback: number): number => (s === undefined ? fallback : Number(s));

/** The reading of a phrase, or undefined where the phrase is not one the glossary defines. */
export function readPhrase(phrase: string, ctx: PhraseContext): Reading | undefined {
  const p = normalize(phrase);
  if (/已完成/.test(p)) return { kind: 'done', due: ctx.issued };
  // The direction of a target (逐年提高, 持续下降) is not a schedule: no date is stated.
  if (/(?:逐年|持续|稳步)(?:提高|提升|增加|增长|下降|降低|减少|改善)/.test(p)) return { kind: 'unspecified' };
  // 每年8月底: the plan's period is its year, so the one date in it.
  const yearly = /每年(\d{1,2})月(?:(\d{1,2})日)?/.exec(p);
  if (yearly) return { kind: 'by', due: yearly[2] ? ymd(ctx.year, Number(yearly[1]), Number(yearly[2])) : lastDayOfMonth(ctx.year, Number(yearly[1])) };
  // 每月25日前: every month, each occurrence due by that day (not the month's end).
  const monthly = /每月(\d{1,2})日/.exec(p);
  if (monthly && Number(monthly[1]) >= 1 && Number(monthly[1]) <= 31) return { kind: 'recurring', every: 'month', day: Number(monthly[1]) };
  const every = recurrence(p);
  if (every) return { kind: 'recurring', every };
  if (/规定的?时间|时间节点|时限要求|供暖季前|采暖季前|非汛期|汛期前|汛前|一年内|限期/.test(p)) return { kind: 'unspecified' };
  // A daily or weekly routine (每天, 日分析, 周研判) is an obligation in force, not a series of deadlines.
  if (/长期坚持|长期|持续开展|持续推进|持续|常态化|每天|每日|日常|日分析|每周|周研判/.test(p) && !/\d/.test(p)) return { kind: 'ongoing' };
  for (const [re, read] of PATTERNS) {
    const m = re.exec(p);
    if (!m) continue;
    const reading = read(m, ctx.year);
    return /力争/.test(p) && reading.kind === 'by' ? { ...reading, kind: 'soft' } : reading;
  }
  return undefined;
}

function recurrence(p: string): Period | undefined {
  if (/每月|按月|逐月|每个月|月调度|月通报/.test(p)) return 'month';
  if (/每两个?月|每隔一个?月/.test(p)) return 'two-months';
  if (/每季度?|按季度?|逐季/.test(p)) return 'quarter';
  if (/每年|按年|逐年|每一年/.test(p)) return 'year';
  return undefined;
}
