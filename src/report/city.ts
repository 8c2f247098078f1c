// The city's circular (市级月调度通报) over a workspace: each county's figures are its own circular's
// (built as `report --county` builds it in the county's repository), so the city's and the counties'
// figures of a month cannot differ; the city ranks them, adds them up and names who lags. Pure.
import type { IsoDate } from '../dates/calendar.js';
import type { Entry } from '../model.js';
import { DUE_OUTCOMES, onTimeRate, type DueFigures } from './figures.js';
import type { MonthlyReport } from './monthly.js';

/** One county of the city's circular. */
export interface CountyFigures {
  county: string;
  name: string;
  /** Its milestones due this month and what became of them (its circular's figures.due). */
  due: DueFigures;
  rate?: number;
  /** 累计逾期未完成, and of it new this month (its circular's figures.overdue). */
  overdue: { total: number; newThisMonth: number };
  /** Its status file's latest entry known by the circular's date, and whether one dated in the month
   * stood by the reporting day (报送情况 at the county level). */
  lastEntry?: IsoDate;
  updated: boolean;
}

export interface UnitOverdue {
  county: string;
  unit: string;
  overdue: number;
}

export interface CityReport {
  month: string;
  asOf: IsoDate;
  knownBy: IsoDate;
  reportingDeadline: IsoDate;
  /** Ranked: the highest on-time rate first (a county with nothing due last), then the fewest overdue. */
  counties: CountyFigures[];
  /** The counties' figures added up. */
  total: { due: DueFigures; rate?: number; overdue: { total: number; newThisMonth: number } };
  /** The units with the most milestones overdue to date, across the city (each with its county). */
  units: UnitOverdue[];
}

/** A county's circular and its own status file's entries, known by the circular's date. */
export interface CountyCircular {
  county: string;
  name: string;
  report: MonthlyReport;
  entries: readonly Pick<Entry, 'date'>[];
}

export const TOP_UNITS = 10;

const add = (a: DueFigures, b: DueFigures): DueFigures =>
  ({ total: a.total + b.total, ...(Object.fromEntries(DUE_OUTCOMES.map((o) => [o, a[o] + b[o]])) as Omit<DueFigures, 'total'>) });

export function buildCityReport(circulars: readonly CountyCircular[], o: { month: string; asOf: IsoDate; knownBy: IsoDate; reportingDeadline: IsoDate }): CityReport {
  const monthStart = `${o.month}-01`;
  const counties = circulars.map(({ county, name, report, entries }): CountyFigures => {
    const dates = entries.map((e) => e.date).filter((d) => d <= o.knownBy).sort();
    const rate = onTimeRate(report.figures.due);
    const lastEntry = dates[dates.length - 1];
    return {
      county, name, due: report.figures.due, ...(rate === undefined ? {} : { rate }),
      overdue: { total: report.figures.overdue.total, newThisMonth: report.figures.overdue.newThisMonth },
      ...(lastEntry ? { lastEntry } : {}),
      updated: dates.some((d) => d >= monthStart && d <= o.reportingDeadline),
    };
  }).sort((a, b) => (b.rate ?? -1) - (a.rate ?? -1) || a.overdue.total - b.overdue.total || a.county.localeCompare(b.county));
  const zero: DueFigures = { total: 0, ...(Object.fromEntries(DUE_OUTCOMES.map((k) => [k, 0])) as Omit<DueFigures, 'total'>) };
  const due = counties.reduce((sum, c) => add(sum, c.due), zero);
  const rate = onTimeRate(due);
  const units = circulars
    .flatMap(({ county, report }) => report.units.filter((u) => u.role === 'lead' && u.overdue > 0).map((u) => ({ county, unit: u.unit, overdue: u.overdue })))
    .sort((a, b) => b.overdue - a.overdue || a.county.localeCompare(b.county) || a.unit.localeCompare(b.unit, 'zh'))
    .slice(0, TOP_UNITS);
  return {
    month: o.month, asOf: o.asOf, knownBy: o.knownBy, reportingDeadline: o.reportingDeadline, counties,
    total: {
      due, ...(rate === undefined ? {} : { rate }),
      overdue: { total: counties.reduce((n, c) => n + c.overdue.total, 0), newThisMonth: counties.reduce((n, c) => n + c.overdue.newThisMonth, 0) },
    },
    units,
  };
}
