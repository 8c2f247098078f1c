import { describe, expect, it } from 'vitest';
import { addDaysIso, chinaDate, daysBetween, isIsoDate, lastDayOfMonth, parseDays, periodKey, periodsBetween } from '../src/dates/calendar.js';

describe('calendar', () => {
  it('rejects impossible dates', () => {
    expect(isIsoDate('2021-02-28')).toBe(true);
    expect(isIsoDate('2020-02-29')).toBe(true);
    expect(isIsoDate('2021-02-29')).toBe(false);
    expect(isIsoDate('2021-02-30')).toBe(false);
    expect(isIsoDate('2021-13-01')).toBe(false);
    expect(isIsoDate('2021-6-1')).toBe(false);
  });

  it('knows month ends and leap years', () => {
    expect(lastDayOfMonth(2021, 2)).toBe('2021-02-28');
    expect(lastDayOfMonth(2024, 2)).toBe('2024-02-29');
    expect(lastDayOfMonth(2021, 12)).toBe('2021-12-31');
    expect(addDaysIso('2021-12-31', 1)).toBe('2022-01-01');
    expect(daysBetween('2021-03-01', '2021-03-31')).toBe(30);
    expect(daysBetween('2021-03-31', '2021-03-01')).toBe(-30);
  });

  it("reads today's date in China, not the machine's zone", () => {
    // 2021-06-14 16:30 UTC is already 2021-06-15 00:30 in China.
    expect(chinaDate(Date.UTC(2021, 5, 14, 16, 30))).toBe('2021-06-15');
    expect(chinaDate(Date.UTC(2021, 5, 14, 15, 59))).toBe('2021-06-14');
  });

  it('names and walks periods', () => {
    expect(periodKey('2021-05-11', 'quarter')).toBe('2021-Q2');
    expect(periodsBetween('2021-05-11', '2021-12-31', 'quarter')).toEqual(['2021-Q2', '2021-Q3', '2021-Q4']);
    expect(periodsBetween('2021-05-11', '2021-12-31', 'month')).toHaveLength(8);
    expect(periodsBetween('2021-05-11', '2021-12-31', 'year')).toEqual(['2021']);
  });

  it('parses durations', () => {
    expect(parseDays('14d')).toBe(14);
    expect(parseDays('2w')).toBe(14);
    expect(parseDays('30')).toBe(30);
    expect(parseDays('soon')).toBeUndefined();
  });
});
