// The pure parts of notify: splitting a message within a size limit, and what counts as news.
import { describe, expect, it } from 'vitest';
import type { Item } from '../src/engine/evaluate.js';
import { makeDigest, nextAnnounced } from '../src/notify/digest.js';
import type { ChatMessage } from '../src/notify/message.js';
import { splitMessage } from '../src/notify/split.js';

const mark = (k: number, n: number) => ` (${k}/${n})`;
const size = (m: ChatMessage): number => [m.title, m.subtitle, ...m.sections.flatMap((s) => [s.heading, ...s.lines.map((l) => `${l.id ?? ''} ${l.text}`)])].join('\n').length;

describe('splitMessage', () => {
  const message: ChatMessage = {
    title: 'T',
    subtitle: 'as of',
    sections: [
      { heading: 'A', lines: Array.from({ length: 30 }, (_, k) => ({ id: `X-${k}`, text: `任务${k}`.repeat(3) })) },
      { heading: 'still', lines: [] },
      { heading: 'B', lines: [{ text: '长'.repeat(500) }, { text: 'end' }] },
    ],
  };

  it('keeps every part within the limit and every line, in order; a section continued repeats its heading', () => {
    const parts = splitMessage(message, (m) => size(m) <= 200, mark);
    expect(parts.length).toBeGreaterThan(3);
    parts.forEach((p, k) => {
      expect(size(p)).toBeLessThanOrEqual(200);
      expect(p.title).toBe(`T (${k + 1}/${parts.length})`);
    });
    const lines = (m: ChatMessage) => m.sections.flatMap((s) => s.lines.map((l) => `${s.heading}|${l.id ?? ''}`));
    const ids = parts.flatMap(lines).filter((l) => l.startsWith('A|'));
    expect(ids).toEqual(message.sections[0]!.lines.map((l) => `A|${l.id}`));
    expect(parts.flatMap((p) => p.sections.map((s) => s.heading))).toContain('still');
    // The 500-character line is cut into pieces that fit, and nothing of it is lost.
    const long = parts.flatMap((p) => p.sections.filter((s) => s.heading === 'B').flatMap((s) => s.lines.map((l) => l.text)));
    expect(long.join('')).toBe(`${'长'.repeat(500)}end`);
  });

  it('leaves a message that fits whole, without a part mark', () => {
    expect(splitMessage(message, () => true, mark)).toEqual([message]);
  });
});

describe('what is news', () => {
  const item = (task: string, state: Item['state'], deadline: string): Item =>
    ({ task: { id: task }, milestone: { id: 'm1' }, plan: { county: 'c' }, state, deadline, units: { lead: ['u'] } }) as unknown as Item;
  const items = [item('A', 'overdue', '2021-06-30'), item('B', 'overdue', '2021-06-01'), item('C', 'due-soon', '2021-07-05'), item('D', 'upcoming', '2021-09-30')];

  it('lists overdue milestones not announced before, counts the others, and what falls due within the horizon', () => {
    const d = makeDigest(items, { asOf: '2021-07-01', withinDays: 7, announced: { 'B.m1': '2021-06-02' } });
    expect(d.newlyOverdue.map((i) => i.task.id)).toEqual(['A']);
    expect(d.stillOverdue.map((i) => i.task.id)).toEqual(['B']);
    expect(d.dueSoon.map((i) => i.task.id)).toEqual(['C']);
    expect(d.units).toEqual([{ county: 'c', unit: 'u', overdue: 2, due: 1 }]);
  });

  it('remembers the overdue ones with their first date and forgets one no longer overdue', () => {
    const after = nextAnnounced({ 'B.m1': '2021-06-02', 'C.m1': '2021-06-20', 'Z.m1': '2021-01-01' }, items, '2021-07-01');
    expect(after).toEqual({ 'A.m1': '2021-07-01', 'B.m1': '2021-06-02', 'Z.m1': '2021-01-01' });
  });
});
