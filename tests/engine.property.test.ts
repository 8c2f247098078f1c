// Properties of the deadline engine that must hold for every date, not just the ones we thought of.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDaysIso, lastDayOfMonth, ymd } from '../src/dates/calendar.js';
import { readPhrase } from '../src/dates/phrase.js';
import { evaluate, judge, type Item } from '../src/engine/evaluate.js';
import { indexStatus } from '../src/engine/statusIndex.js';
import type { Plan, StatusFile, Task } from '../src/model.js';
import { projectOf } from './helpers/project.js';

/** Any calendar date from 2000 to 2040, as an ISO string. */
const isoDate = fc.integer({ min: 0, max: 40 * 366 }).map((n) => addDaysIso('2000-01-01', n));
const offset = fc.integer({ min: 0, max: 800 });

// Issued before every generated date: these properties are about deadlines (issue dates: tests/report.property.test.ts).
const plan = {
  id: 'p', county: 'c', title: 't', category: 'air', year: 2021, period: { start: '2021-01-01', end: '2021-12-31' },
  document: { number: 'n', issuer: 'i', date: '1998-01-01', file: 'sources/x.txt' }, tasks: [],
} as Plan;

function run(due: string, status: StatusFile, asOf: string): Item {
  const task: Task = { id: 'AA21-AIR-01', title: 't', text: 't', source: { body: { section: ['s'] } }, units: {}, milestones: [{ id: 'm1', statements: [{ source: 'body', kind: 'by', due }] }] };
  const { project, refs } = projectOf(plan, [task]);
  return evaluate(refs, indexStatus(status, project, asOf), { asOf, soonDays: 7 })[0] as Item;
}

describe('engine properties', () => {
  it('a task done on or before its deadline is never overdue', () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: 0, max: 400 }), offset, (due, early, later) => {
        const done = addDaysIso(due, -early);
        const asOf = addDaysIso(done, later);
        const item = run(due, { entries: [{ task: 'AA21-AIR-01', state: 'done', date: done }] }, asOf);
        expect(item.state).toBe('done-on-time');
      }),
    );
  });

  it('moving the as-of date forward never turns overdue into on time', () => {
    fc.assert(
      fc.property(isoDate, fc.option(offset), fc.integer({ min: 1, max: 400 }), offset, (due, doneAfter, firstLate, more) => {
        const status: StatusFile = doneAfter === null ? {} : { entries: [{ task: 'AA21-AIR-01', state: 'done', date: addDaysIso(due, doneAfter - 200) }] };
        const asOf1 = addDaysIso(due, firstLate);
        if (run(due, status, asOf1).state !== 'overdue') return;
        expect(['overdue', 'done-late']).toContain(run(due, status, addDaysIso(asOf1, more)).state);
      }),
    );
  });

  it('gives the same results under any time zone', () => {
    const zones = ['UTC', 'Asia/Shanghai', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Europe/London'];
    const before = process.env.TZ;
    try {
      fc.assert(
        fc.property(isoDate, offset, fc.constantFrom(...zones), (due, d, tz) => {
          const asOf = addDaysIso(due, d - 400);
          process.env.TZ = 'UTC';
          const utc = run(due, {}, asOf);
          process.env.TZ = tz;
          const there = run(due, {}, asOf);
          expect([there.state, there.days, there.deadline]).toEqual([utc.state, utc.days, utc.deadline]);
        }),
      );
    } finally {
      process.env.TZ = before;
    }
  });

  it('the last day of a month is the day before the first of the next, leap years included', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1990, max: 2100 }), fc.integer({ min: 1, max: 12 }), (year, month) => {
        const last = lastDayOfMonth(year, month);
        const next = month === 12 ? ymd(year + 1, 1, 1) : ymd(year, month + 1, 1);
        expect(addDaysIso(last, 1)).toBe(next);
        expect(readPhrase(`${year}年${month}月底前`, { year, issued: ymd(year, 1, 1) })?.due).toBe(last);
        if (month === 2) expect(last.slice(8)).toBe((year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? '29' : '28');
      }),
    );
  });

  it('a deadline is the end of its day: due that day, late the next', () => {
    fc.assert(
      fc.property(isoDate, (due) => {
        expect(judge('by', false, undefined, due, undefined, { asOf: due, soonDays: 0 }).state).toBe('due-soon');
        expect(judge('by', false, undefined, due, undefined, { asOf: addDaysIso(due, 1), soonDays: 0 })).toMatchObject({ state: 'overdue', days: 1 });
      }),
    );
  });
});
