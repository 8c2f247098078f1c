// Calendar dates are ISO strings (YYYY-MM-DD) in China Standard Time. Arithmetic runs on whole days
// counted in UTC (Date.UTC), which no time zone or daylight-saving rule can shift. (date-fns on UTCDate
// gave the same answers, but allocating its Date objects was a third of a large run's evaluation.)

export type IsoDate = string;
/** two-months: 每两月, the calendar year's January–February, March–April … November–December. */
export type Period = 'month' | 'two-months' | 'quarter' | 'year';

const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of an ISO date. A run meets a few hundred dates a hundred thousand times:
 * each is worked out once. */
const dayNumbers = new Map<IsoDate, number>();
const dayNumber = (iso: IsoDate): number => {
  let day = dayNumbers.get(iso);
  if (day === undefined) {
    day = Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY_MS;
    dayNumbers.set(iso, day);
  }
  return day;
};
const fromDayNumber = (day: number): IsoDate => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** True for a real calendar date written YYYY-MM-DD (rejects 2021-02-30: it would come back as 03-02). */
export function isIsoDate(s: string): boolean {
  return ISO.test(s) && Number(s.slice(0, 4)) >= 1000 && fromDayNumber(dayNumber(s)) === s;
}

/** No plan or report of this kind predates the People's Republic: an earlier year is a typo (0021 for 2021). */
export const ERA_START: IsoDate = '1949-10-01';
export const beforeEra = (date: IsoDate): boolean => date < ERA_START;

/** Today's date in China for an instant (ms since the epoch): the default as-of date. */
export function chinaDate(epochMs: number): IsoDate {
  return new Date(epochMs + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

export const ymd = (year: number, month: number, day: number): IsoDate =>
  `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/** Day 0 of the next month is the last day of this one. */
export const lastDayOfMonth = (year: number, month: number): IsoDate => ymd(year, month, new Date(Date.UTC(year, month, 0)).getUTCDate());

export const addDaysIso = (iso: IsoDate, days: number): IsoDate => fromDayNumber(dayNumber(iso) + days);

/** Whole days from a to b (positive when b is later). */
export const daysBetween = (a: IsoDate, b: IsoDate): number => dayNumber(b) - dayNumber(a);


/** The key of the period holding a date: 2021-06, 2021-B3 (May–June), 2021-Q2 or 2021. */
export function periodKey(iso: IsoDate, every: Period): string {
  const year = iso.slice(0, 4);
  const month = Number(iso.slice(5, 7));
  if (every === 'month') return iso.slice(0, 7);
  if (every === 'two-months') return `${year}-B${Math.ceil(month / 2)}`;
  if (every === 'quarter') return `${year}-Q${Math.ceil(month / 3)}`;
  return year;
}

const bounds = new Map<string, { start: IsoDate; end: IsoDate }>();

/** First and last day of the period named by a key from periodKey (worked out once per key). */
export function periodBounds(key: string): { start: IsoDate; end: IsoDate } {
  let known = bounds.get(key);
  if (!known) bounds.set(key, (known = computeBounds(key)));
  return known;
}

function computeBounds(key: string): { start: IsoDate; end: IsoDate } {
  const year = Number(key.slice(0, 4));
  const q = /^\d{4}-([BQ])([1-6])$/.exec(key);
  if (q) {
    const months = q[1] === 'Q' ? 3 : 2;
    const first = (Number(q[2]) - 1) * months + 1;
    return { start: ymd(year, first, 1), end: lastDayOfMonth(year, first + months - 1) };
  }
  if (key.length === 7) {
    const month = Number(key.slice(5, 7));
    return { start: ymd(year, month, 1), end: lastDayOfMonth(year, month) };
  }
  return { start: ymd(year, 1, 1), end: ymd(year, 12, 31) };
}

/** Every period key from the one holding `from` to the one holding `to`, in order. */
export function periodsBetween(from: IsoDate, to: IsoDate, every: Period): string[] {
  const keys: string[] = [];
  for (let key = periodKey(from, every); periodBounds(key).start <= to; ) {
    keys.push(key);
    key = periodKey(addDaysIso(periodBounds(key).end, 1), every);
  }
  return keys;
}

/** A span of days longer than any plan: 100 years. */
const MAX_DAYS = 36_525;

/** Parses a duration such as 14d, 2w or 1m (30 days) into days; undefined beyond MAX_DAYS. */
export function parseDays(text: string): number | undefined {
  const m = /^(\d+)\s*([dwm]?)$/i.exec(text.trim());
  if (!m) return undefined;
  const n = Number(m[1]);
  const unit = (m[2] ?? '').toLowerCase();
  const days = unit === 'w' ? n * 7 : unit === 'm' ? n * 30 : n;
  // Beyond a century no plan reaches, and past some millions of days no date can be written.
  return days <= MAX_DAYS ? days : undefined;
}
