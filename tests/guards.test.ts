// Small rules whose slip would change answers quietly (each one a bug that the suite once missed).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { calendarEvents } from '../src/calendar/events.js';
import { runGate, DEFAULT_GATE } from '../src/check/gate.js';
import { reportCommand } from '../src/commands/report.js';
import type { Context } from '../src/context.js';
import { periodBounds, periodKey, periodsBetween } from '../src/dates/calendar.js';
import { dateWriter } from '../src/dates/writer.js';
import { parseMilestoneRef } from '../src/status/ref.js';
import { evaluate, judge, occurrenceKeys, type Item } from '../src/engine/evaluate.js';
import { DEADLINE_WORDS } from '../src/messages/deadlines.js';
import { indexStatus } from '../src/engine/statusIndex.js';
import type { Milestone, PlanCore, PlanWithTexts, StatusFile } from '../src/model.js';
import { matchesUnit, type Filters } from '../src/select.js';
import { projectOf } from './helpers/project.js';

describe('quarters', () => {
  it.each([
    ['2021-01-01', '2021-Q1'], ['2021-03-31', '2021-Q1'], ['2021-04-01', '2021-Q2'], ['2021-06-30', '2021-Q2'],
    ['2021-07-01', '2021-Q3'], ['2021-09-30', '2021-Q3'], ['2021-10-01', '2021-Q4'], ['2021-12-31', '2021-Q4'],
  ])('%s is in %s', (date, quarter) => {
    expect(periodKey(date, 'quarter')).toBe(quarter);
  });

  it('a plan issued in June keeps its second-quarter occurrence', () => {
    const plan = { id: 'p', period: { start: '2021-01-01', end: '2021-12-31' }, document: { date: '2021-06-14' } } as PlanCore;
    expect(occurrenceKeys(plan, 'quarter')).toEqual(['2021-Q2', '2021-Q3', '2021-Q4']);
  });
});

describe('--lead-only', () => {
  const filters = (leadOnly: boolean): Filters => ({ leadOnly, units: new Map([['c', new Set(['u'])]]) });
  it.each([
    ['lead', true], ['responsible', true], ['support', false],
  ] as const)('a unit that is %s matches: %s', (role, matches) => {
    expect(matchesUnit({ [role]: ['u'] }, 'c', filters(true))).toBe(matches);
    expect(matchesUnit({ [role]: ['u'] }, 'c', filters(false))).toBe(true);
  });
});

describe('--grace', () => {
  const overdue = (days: number) => ({ state: 'overdue', deadline: '2021-06-30', days }) as Item;
  const fails = (days: number, graceDays: number) => runGate([overdue(days)], () => ({ file: 'f', line: 1, column: 1 }), { ...DEFAULT_GATE, graceDays }).failed;
  it('a deadline passed by exactly the grace does not fail; a day more does', () => {
    expect(fails(3, 3)).toBe(false);
    expect(fails(4, 3)).toBe(true);
    expect(fails(1, 0)).toBe(true);
  });
});

/** A 2021 plan issued on `issued` holding one task, T1, with these milestones. */
const oneTask = (issued: string, milestones: Milestone[]) =>
  projectOf(
    { id: 'p', county: 'c', title: 't', category: 'air', year: 2021, period: { start: '2021-01-01', end: '2021-12-31' }, document: { number: 'n', issuer: 'i', date: issued, file: 'f' }, tasks: [] },
    [{ id: 'T1', title: 't', text: 't', source: { body: { section: ['一'], item: '1' } }, units: { responsible: ['u'] }, milestones }],
  );
const BY_JUNE: Milestone = { id: 'm1', statements: [{ source: 'body', kind: 'by', due: '2021-06-30', phrase: '6月底前' }] };

describe('the status file', () => {
  it('the latest entry for a milestone wins, whatever the order of the file', () => {
    const { project } = oneTask('2021-01-01', [BY_JUNE]);
    const a = { task: 'T1', state: 'in-progress', date: '2021-06-01' } as const;
    const b = { task: 'T1', state: 'done', date: '2021-06-20' } as const;
    for (const entries of [[a, b], [b, a]]) {
      expect(indexStatus({ entries } as StatusFile, project, '2021-07-01').latest('T1', 'm1')?.state).toBe('done');
    }
  });

  it('two entries on the same date: the later line of the file wins', () => {
    const { project } = oneTask('2021-01-01', [BY_JUNE]);
    const a = { task: 'T1', state: 'in-progress', date: '2021-06-20' } as const;
    const b = { task: 'T1', state: 'done', date: '2021-06-20' } as const;
    expect(indexStatus({ entries: [a, b] } as StatusFile, project, '2021-07-01').latest('T1', 'm1')?.state).toBe('done');
    expect(indexStatus({ entries: [b, a] } as StatusFile, project, '2021-07-01').latest('T1', 'm1')?.state).toBe('in-progress');
  });

  it('the calendar names the report that stands, not the last line of the file', () => {
    const { project, refs } = oneTask('2021-01-01', [BY_JUNE]);
    const status = { entries: [{ task: 'T1', state: 'done', date: '2021-06-20' }, { task: 'T1', state: 'in-progress', date: '2021-06-01' }] } as StatusFile;
    const items = evaluate(refs, indexStatus(status, project, '2021-07-01'), { asOf: '2021-07-01', soonDays: 7 });
    const [event] = calendarEvents(items, project, status, { asOf: '2021-07-01', soonDays: 7, lang: 'en', openOnly: false });
    expect(event?.description).toContain(`${DEADLINE_WORDS.en.reported}: ${dateWriter('en').day('2021-06-20')} ${DEADLINE_WORDS.en.entryState.done}`);
  });
});

describe('the circular of a month', () => {
  /** A plan issued on `issued`, with a deadline in June and a monthly milestone; its June circular as data. */
  async function juneCircular(issued: string) {
    const { project } = oneTask(issued, [BY_JUNE, { id: 'm2', statements: [{ source: 'body', kind: 'recurring', every: 'month', phrase: '每月' }] }]);
    const status: StatusFile = { entries: [] };
    const ctx: Context<PlanWithTexts> = {
      project, filters: { leadOnly: false }, asOf: '2021-07-01', today: '2021-07-01', soonDays: 14, status: { status },
      index: indexStatus(status, project, '2021-07-01'), notes: [], color: false, lang: 'zh', cwd: fs.mkdtempSync(path.join(os.tmpdir(), 'plancheck-circular-')),
    };
    return JSON.parse((await reportCommand(ctx, { month: '2021-06', format: 'json' })).stdout);
  }

  it('a plan issued the day after the month is counted nowhere in it; one issued on its last day is', async () => {
    const after = await juneCircular('2021-07-01');
    expect(after.knownBy).toBe('2021-06-30');
    expect(after.figures.due.total).toBe(0);
    expect(after.figures.overdue.total).toBe(0);
    expect(after.overdue).toEqual([]);
    expect(after.units).toEqual([]);
    expect(after.reporting.units).toEqual([]);
    expect(after.trend.every((t: { due: { total: number } }) => t.due.total === 0)).toBe(true);
    expect(after.notIssued.map((p: { plan: string }) => p.plan)).toEqual(['p']);
    const last = await juneCircular('2021-06-30');
    expect(last.figures.due.total).toBe(2);
    expect(last.notIssued).toEqual([]);
  });
});

describe('a window', () => {
  const options = (asOf: string) => ({ asOf, soonDays: 7 });
  it('its first day is in the window, the day before is upcoming; so is an obligation from a date', () => {
    expect(judge('window', false, '2021-05-01', '2021-09-30', undefined, options('2021-05-01')).state).toBe('in-force');
    expect(judge('window', false, '2021-05-01', '2021-09-30', undefined, options('2021-04-30')).state).toBe('upcoming');
    expect(judge('window', false, '2021-05-01', '2021-09-30', undefined, options('2021-09-30')).state).toBe('due-soon');
    expect(judge('from', false, '2021-05-01', undefined, undefined, options('2021-05-01')).state).toBe('in-force');
    expect(judge('from', false, '2021-05-01', undefined, undefined, options('2021-04-30')).state).toBe('upcoming');
  });
});

describe('every two months (每两月)', () => {
  it('runs January–February, March–April … November–December, from the period the plan was issued in', () => {
    expect(periodKey('2022-06-14', 'two-months')).toBe('2022-B3');
    expect(periodKey('2022-01-01', 'two-months')).toBe('2022-B1');
    expect(periodKey('2022-12-31', 'two-months')).toBe('2022-B6');
    expect(periodBounds('2022-B3')).toEqual({ start: '2022-05-01', end: '2022-06-30' });
    expect(periodBounds('2024-B1')).toEqual({ start: '2024-01-01', end: '2024-02-29' });
    expect(periodsBetween('2022-06-14', '2022-12-31', 'two-months')).toEqual(['2022-B3', '2022-B4', '2022-B5', '2022-B6']);
    const plan = { id: 'p2', period: { start: '2022-01-01', end: '2022-12-31' }, document: { date: '2022-06-14' } } as PlanCore;
    expect(occurrenceKeys(plan, 'two-months')).toEqual(['2022-B3', '2022-B4', '2022-B5', '2022-B6']);
    expect(parseMilestoneRef('m2@2022-B4')).toEqual({ milestone: 'm2', occurrence: '2022-B4' });
    expect(parseMilestoneRef('m2@2022-B7')).toBeUndefined();
    expect(dateWriter('zh').period('2022-B4')).toBe('2022年7—8月');
    expect(dateWriter('en').period('2022-B4')).toBe('July–August 2022');
  });
});
