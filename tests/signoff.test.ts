// 办结销号: a completion a unit reports is reported until the office signs it off or sends it back.
import { describe, expect, it } from 'vitest';
import { evaluate, isDone } from '../src/engine/evaluate.js';
import { indexStatus } from '../src/engine/statusIndex.js';
import type { Milestone, StatusFile, Task } from '../src/model.js';
import { plan2021, projectOf } from './helpers/project.js';

const plan = plan2021('2021-01-11');
const by = (id: string, due: string): Task => ({ id, title: id, text: id, source: { body: { section: ['s'] } }, units: { responsible: ['u'] }, milestones: [{ id: 'm1', statements: [{ source: 'body', kind: 'by', due, phrase: '底前' }] } as Milestone] });
const tasks = [by('AA21-AIR-01', '2021-06-30'), by('AA21-AIR-02', '2021-06-30'), by('AA21-AIR-03', '2021-06-30')];
const { project, refs } = projectOf(plan, tasks);
const done = (task: string) => ({ task, state: 'done' as const, date: '2021-06-20', by: '县住建局' });
const status: StatusFile = {
  entries: [done('AA21-AIR-01'), done('AA21-AIR-02'), done('AA21-AIR-03')],
  verdicts: [
    { task: 'AA21-AIR-01', verdict: 'signed-off', date: '2021-07-02', by: 'office' },
    { task: 'AA21-AIR-02', verdict: 'sent-back', date: '2021-07-02', by: 'office', reason: '佐证材料不全' },
  ],
};
const run = (asOf: string, s: StatusFile = status, requireSignoff = false) =>
  evaluate(refs, indexStatus(s, project, asOf), { asOf, soonDays: 7, requireSignoff });

describe('review: reported, signed off, sent back', () => {
  it('tells the three states apart; a sent-back milestone is open again, with its reason', () => {
    const [signed, back, waiting] = run('2021-07-10');
    expect([signed?.review, signed?.state]).toEqual(['signed-off', 'done-on-time']);
    expect([back?.review, back?.state, back?.verdict?.reason]).toEqual(['sent-back', 'overdue', '佐证材料不全']);
    expect(isDone(back!)).toBe(false);
    expect([waiting?.review, waiting?.state, waiting?.waited]).toEqual(['reported', 'done-on-time', 20]);
  });

  it('a verdict not yet given as of the date is not read', () => {
    expect(run('2021-07-01').map((i) => i.review)).toEqual(['reported', 'reported', 'reported']);
  });

  it('a unit reporting again after being sent back is reported again', () => {
    const again: StatusFile = { ...status, entries: [...status.entries!, { ...done('AA21-AIR-02'), date: '2021-07-05' }] };
    const back = run('2021-07-10', again)[1];
    expect([back?.review, back?.state, back?.days]).toEqual(['reported', 'done-late', 5]);
  });

  it('--require-signoff judges a reported completion as open, a signed-off one as done', () => {
    const items = run('2021-07-10', status, true);
    expect(items.map((i) => i.state)).toEqual(['done-on-time', 'overdue', 'overdue']);
  });
});
