import { describe, expect, it } from 'vitest';
import { evaluate, judge } from '../src/engine/evaluate.js';
import { effectiveReading } from '../src/engine/reading.js';
import { indexStatus } from '../src/engine/statusIndex.js';
import { evaluateTarget } from '../src/engine/targets.js';
import type { Milestone, StatusFile, Task } from '../src/model.js';
import { plan2021, projectOf } from './helpers/project.js';

const opts = (asOf: string) => ({ asOf, soonDays: 7 });

describe('judge: a milestone on the day before, of and after its deadline', () => {
  it.each([
    ['2021-04-29', 'due-soon', 1],
    ['2021-04-30', 'due-soon', 0],
    ['2021-05-01', 'overdue', 1],
  ])('as of %s: %s', (asOf, state, days) => {
    expect(judge('by', false, undefined, '2021-04-30', undefined, opts(asOf))).toMatchObject({ state, days });
  });

  it('is upcoming outside the warning window', () => {
    expect(judge('by', false, undefined, '2021-04-30', undefined, opts('2021-04-22'))).toMatchObject({ state: 'upcoming', days: 8 });
  });

  it('soft deadlines warn instead of failing', () => {
    expect(judge('soft', true, undefined, '2021-12-31', undefined, opts('2022-01-01')).state).toBe('soft-missed');
  });

  it('done on the deadline is on time, the day after is late', () => {
    const done = (date: string) => ({ task: 'X', state: 'done' as const, date });
    expect(judge('by', false, undefined, '2021-04-30', done('2021-04-30'), opts('2021-06-01')).state).toBe('done-on-time');
    expect(judge('by', false, undefined, '2021-04-30', done('2021-05-01'), opts('2021-06-01'))).toMatchObject({ state: 'done-late', days: 1 });
  });

  it('reads from, ongoing, window, unspecified and done', () => {
    expect(judge('from', false, '2021-05-01', undefined, undefined, opts('2021-04-30')).state).toBe('upcoming');
    expect(judge('from', false, '2021-05-01', undefined, undefined, opts('2021-05-01')).state).toBe('in-force');
    expect(judge('ongoing', false, undefined, undefined, undefined, opts('2021-05-01')).state).toBe('in-force');
    expect(judge('window', false, '2021-05-01', '2021-09-30', undefined, opts('2021-04-01')).state).toBe('upcoming');
    expect(judge('window', false, '2021-05-01', '2021-09-30', undefined, opts('2021-06-01')).state).toBe('in-force');
    expect(judge('window', false, '2021-05-01', '2021-09-30', undefined, opts('2021-10-01')).state).toBe('overdue');
    expect(judge('unspecified', false, undefined, undefined, undefined, opts('2030-01-01')).state).toBe('no-fixed-date');
    expect(judge('done', false, undefined, '2021-05-11', undefined, opts('2021-06-01'))).toMatchObject({ state: 'done-on-time', doneDate: '2021-05-11' });
  });

  it('a waived milestone is never overdue', () => {
    expect(judge('by', false, undefined, '2021-04-30', { task: 'X', state: 'waived', date: '2021-04-01' }, opts('2021-12-01')).state).toBe('waived');
  });
});

describe('effectiveReading: body and annex', () => {
  const m = (statements: Milestone['statements']): Milestone => ({ id: 'm1', statements });
  it('takes the earliest deadline and marks the disagreement', () => {
    const r = effectiveReading(m([
      { source: 'body', kind: 'by', due: '2021-04-30' },
      { source: 'annex', row: '1', kind: 'by', due: '2021-03-31' },
    ]));
    expect(r).toMatchObject({ kind: 'by', due: '2021-03-31', disagree: true, soft: false });
  });
  it('a hard statement makes a soft one hard', () => {
    const r = effectiveReading(m([
      { source: 'body', kind: 'soft', due: '2021-12-31' },
      { source: 'annex', row: '2', kind: 'by', due: '2021-12-31' },
    ]));
    expect(r).toMatchObject({ kind: 'by', soft: false });
  });
  it('agreeing statements do not disagree', () => {
    expect(effectiveReading(m([{ source: 'body', kind: 'by', due: '2021-04-30' }, { source: 'annex', row: '4', kind: 'by', due: '2021-04-30' }])).disagree).toBe(false);
  });
});

describe('evaluate: recurring occurrences, status and extensions', () => {
  const plan = plan2021('2021-05-11');
  const task = (id: string, milestones: Milestone[]): Task => ({ id, title: id, text: id, source: { body: { section: ['s'] } }, units: { responsible: ['u'] }, milestones });
  const refs = (tasks: Task[]) => projectOf(plan, tasks).refs;
  const project = (tasks: Task[]) => projectOf(plan, tasks).project;

  it('expands a quarterly obligation from the quarter of issue to the end of the plan year', () => {
    const t = task('AA21-AIR-01', [{ id: 'm1', statements: [{ source: 'body', kind: 'recurring', every: 'quarter', phrase: '每季度' }] }]);
    const status: StatusFile = { entries: [{ task: 'AA21-AIR-01', occurrence: '2021-Q2', state: 'done', date: '2021-06-20' }] };
    const items = evaluate(refs([t]), indexStatus(status, project([t]), '2021-10-05'), opts('2021-10-05'));
    expect(items.map((i) => [i.occurrence, i.due, i.state])).toEqual([
      ['2021-Q2', '2021-06-30', 'done-on-time'],
      ['2021-Q3', '2021-09-30', 'overdue'],
      ['2021-Q4', '2021-12-31', 'upcoming'],
    ]);
  });

  it('a monthly obligation by a day of the month (每月25日前) is due on that day each month, the earlier where a statement gives none', () => {
    const t = task('AA21-AIR-03', [{ id: 'm1', statements: [
      { source: 'body', kind: 'recurring', every: 'month', day: 25, phrase: '每月25日前' },
      { source: 'annex', row: '1', kind: 'recurring', every: 'month', phrase: '每月' },
    ] }]);
    const items = evaluate(refs([t]), indexStatus({}, project([t]), '2021-06-26'), opts('2021-06-26'));
    expect(items.slice(0, 2).map((i) => [i.occurrence, i.due, i.state])).toEqual([['2021-05', '2021-05-25', 'overdue'], ['2021-06', '2021-06-25', 'overdue']]);
    expect(items).toHaveLength(8);
    const short = task('AA21-AIR-04', [{ id: 'm1', statements: [{ source: 'body', kind: 'recurring', every: 'month', day: 31, phrase: '每月31日前' }] }]);
    expect(evaluate(refs([short]), indexStatus({}, project([short]), '2021-06-01'), opts('2021-06-01')).map((i) => i.due).slice(0, 2)).toEqual(['2021-05-31', '2021-06-30']);
  });

  it('honours an approved extension and keeps the planned date', () => {
    const t = task('AA21-AIR-02', [{ id: 'm1', statements: [{ source: 'body', kind: 'by', due: '2021-06-30', phrase: '6月底前' }] }]);
    const status: StatusFile = { extensions: [{ task: 'AA21-AIR-02', due: '2021-08-31', approvedBy: '函', reason: '延迟' }] };
    const [item] = evaluate(refs([t]), indexStatus(status, project([t]), '2021-07-15'), opts('2021-07-15'));
    expect(item).toMatchObject({ due: '2021-06-30', deadline: '2021-08-31', state: 'upcoming' });
  });

  it('leaves out status entries dated after the as-of date', () => {
    const t = task('AA21-AIR-03', [{ id: 'm1', statements: [{ source: 'body', kind: 'by', due: '2021-06-30', phrase: '6月底前' }] }]);
    const status: StatusFile = { entries: [{ task: 'AA21-AIR-03', state: 'done', date: '2021-06-20' }] };
    expect(evaluate(refs([t]), indexStatus(status, project([t]), '2021-06-10'), opts('2021-06-10'))[0]?.state).toBe('upcoming');
    expect(evaluate(refs([t]), indexStatus(status, project([t]), '2021-06-25'), opts('2021-06-25'))[0]?.state).toBe('done-on-time');
  });

  it('judges targets from the last measured value', () => {
    const t = task('AA21-WATER-01', [{ id: 'm1', statements: [{ source: 'body', kind: 'unspecified', why: '无' }] }]);
    const status: StatusFile = {
      measurements: [
        { task: 'AA21-WATER-01', target: 't1', value: 'Ⅳ', date: '2021-03-01' },
        { task: 'AA21-WATER-01', target: 't1', value: 'Ⅱ', date: '2021-06-01' },
        { task: 'AA21-WATER-01', target: 't2', value: 12, date: '2021-06-01' },
      ],
    };
    const index = indexStatus(status, project([t]), '2021-07-01');
    expect(evaluateTarget('AA21-WATER-01', { id: 't1', text: '', metric: '', comparison: 'class-or-better', value: 'Ⅲ' }, index).state).toBe('met');
    expect(evaluateTarget('AA21-WATER-01', { id: 't2', text: '', metric: '', comparison: 'lte', value: 10 }, index).state).toBe('not-met');
    expect(evaluateTarget('AA21-WATER-01', { id: 't3', text: '', metric: '', comparison: 'gte', value: 23 }, index).state).toBe('no-data');
    expect(evaluateTarget('AA21-WATER-01', { id: 't2', text: '', metric: '', comparison: 'lte', unstated: '完成省定目标' }, index).state).toBe('no-value');
  });
});
