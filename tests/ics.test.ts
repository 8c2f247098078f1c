// plancheck calendar, read back with a real iCalendar parser (ical.js): each event's date, UIDs stable
// across runs and machines, SEQUENCE and LAST-MODIFIED moving only when the event changes.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { FIXTURE, fixtureArgs, plancheck, run } from './helpers/cli.js';

interface Parsed { uid: string; start: string; end: string; isDate: boolean; sequence: number; lastModified: string; summary: string; description: string; alarms: string[] }

function parse(ics: string): Map<string, Parsed> {
  const cal = new ICAL.Component(ICAL.parse(ics));
  const events = new Map<string, Parsed>();
  for (const v of cal.getAllSubcomponents('vevent')) {
    const e = new ICAL.Event(v);
    events.set(e.uid, {
      uid: e.uid,
      start: e.startDate.toString(),
      end: e.endDate.toString(),
      isDate: e.startDate.isDate,
      sequence: e.sequence,
      lastModified: String(v.getFirstPropertyValue('last-modified')).slice(0, 10),
      summary: e.summary,
      description: e.description,
      alarms: v.getAllSubcomponents('valarm').map((a) => String(a.getFirstPropertyValue('trigger'))),
    });
  }
  return events;
}

const calendar = async (args: string[], env: Record<string, string> = {}): Promise<Map<string, Parsed>> => {
  const r = (await run(['calendar', ...args], { env }));
  expect(r.stderr).not.toMatch(/error/);
  expect(r.code).toBe(0);
  return parse(r.stdout);
};

/** The fixture's status file with changes, in a folder of its own. */
function statusWith(edit: (text: string) => string): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'plancheck-ics-')), 'status.yaml');
  writeFileSync(file, edit(readFileSync(path.join(FIXTURE, 'status.yaml'), 'utf8')));
  return file;
}
const withStatus = (file: string, ...args: string[]): string[] => [...args, '--plans', path.join(FIXTURE, 'plans'), '--status', file];

describe('plancheck calendar', () => {
  it('has one all-day event per dated milestone and occurrence, on the date the engine judges by', async () => {
    const events = (await calendar(fixtureArgs('--as-of', '2021-09-05')));
    const list = JSON.parse((await run(['list', '--format', 'json', ...fixtureArgs('--as-of', '2021-09-05')])).stdout) as {
      tasks: Array<{ id: string; milestones: Array<{ id: string; occurrence?: string; deadline?: string; from?: string; kind: string }> }>;
    };
    const expected = new Map(list.tasks.flatMap((t) => t.milestones
      .filter((m) => m.deadline ?? (m.kind === 'from' ? m.from : undefined))
      .map((m) => [`${t.id}.${m.id}${m.occurrence ? `.${m.occurrence}` : ''}@plancheck`, m.deadline ?? m.from])));
    expect([...events.keys()].sort()).toEqual([...expected.keys()].sort());
    for (const [uid, date] of expected) {
      expect(events.get(uid)?.isDate, uid).toBe(true);
      expect(events.get(uid)?.start, uid).toBe(date);
    }
    // The extended deadline, not the planned one; the stricter of body and annex; a from obligation on its first day.
    expect(events.get('DM21-AIR-05.m2@plancheck')?.start).toBe('2021-10-31');
    expect(events.get('DM21-AIR-01.m1@plancheck')?.start).toBe('2021-03-31');
    expect(events.get('DM21-AIR-03.m1@plancheck')?.end).toBe('2021-05-02');
    expect(events.get('DM21-AIR-01.m1@plancheck')?.summary).toBe('✓ done 清洁生产审核 (演示政办发〔2021〕1号 二、 item 1)');
    expect(events.get('DM21-AIR-05.m2@plancheck')?.description).toContain('extended; planned September 30, 2021');
    expect(events.get('DM21-AIR-03.m1@plancheck')?.description).toMatch(/^Deadline: from May 1, 2021\n/);
  });

  it('writes a window as a multi-day event ending on its deadline, with its reminder counted back from the end', async () => {
    const events = (await calendar(['--plan', 'lingchuan-2022-air', '--as-of', '2022-06-20', '--status', statusWith(() => '{}\n'), '--lang', 'zh']));
    const w = events.get('LC22-AIR-22.m2@plancheck');
    expect(w?.start).toBe('2022-05-01');
    expect(w?.end).toBe('2022-10-01');
    expect(w?.description).toMatch(/^完成时限：2022年9月30日\n状态：/);
    expect(w?.alarms).toEqual(['-P8D']);
  });

  it('gives the same file on every run and machine for the same data and date', async () => {
    const args = ['calendar', ...fixtureArgs('--as-of', '2021-06-10')];
    const a = plancheck(args, { env: { TZ: 'Asia/Shanghai' } });
    const b = plancheck(args, { env: { TZ: 'America/Los_Angeles' } });
    expect(a.stdout).toContain('UID:DM21-AIR-01.m1@plancheck');
    expect(b.stdout).toBe(a.stdout);
    // Nothing changes between two days on which no event crosses into a new phase: the file is the same.
    expect((await run(['calendar', ...fixtureArgs('--as-of', '2021-06-11')])).stdout).toBe(a.stdout);
  });

  it('raises SEQUENCE and LAST-MODIFIED of an event when it falls due soon, and of no other', async () => {
    const before = (await calendar(fixtureArgs('--as-of', '2021-06-22')));
    const after = (await calendar(fixtureArgs('--as-of', '2021-06-23')));
    const q2 = 'DM21-AIR-02.m1.2021-Q2@plancheck';
    expect(after.get(q2)?.sequence).toBeGreaterThan(before.get(q2)?.sequence ?? Infinity);
    expect(after.get(q2)?.lastModified).toBe('2021-06-23');
    for (const [uid, e] of before) if (uid !== q2) expect(after.get(uid), uid).toEqual(e);
  });

  it('an approved extension changes the event\'s date and raises its SEQUENCE, even back from overdue', async () => {
    const without = statusWith((t) => t.replace(/^extensions:[\s\S]*$/m, ''));
    const base = (await calendar(withStatus(without, '--as-of', '2021-10-10')));
    const extended = (await calendar(withStatus(path.join(FIXTURE, 'status.yaml'), '--as-of', '2021-10-10')));
    const m2 = 'DM21-AIR-05.m2@plancheck';
    expect(base.get(m2)?.start).toBe('2021-09-30');
    expect(extended.get(m2)?.start).toBe('2021-10-31');
    expect(extended.get(m2)?.sequence).toBeGreaterThan(base.get(m2)?.sequence ?? Infinity);
    for (const [uid, e] of base) if (uid !== m2) expect(extended.get(uid), uid).toEqual(e);
    // A second extension raises it again.
    const twice = statusWith((t) => `${t}  - { task: DM21-AIR-05, milestone: m2, due: 2021-11-30, approvedBy: 演示政办函〔2021〕12号, reason: 再次延期 }\n`);
    const again = (await calendar(withStatus(twice, '--as-of', '2021-10-10')));
    expect(again.get(m2)?.start).toBe('2021-11-30');
    expect(again.get(m2)?.sequence).toBeGreaterThan(extended.get(m2)?.sequence ?? Infinity);
  });

  it('a report marks the event done and raises its SEQUENCE; LAST-MODIFIED is the report\'s date', async () => {
    const done = statusWith((t) => t.replace('measurements:', '  - { task: DM21-AIR-05, milestone: m2, state: done, date: 2021-10-05 }\nmeasurements:'));
    const before = (await calendar(fixtureArgs('--as-of', '2021-10-10')));
    const after = (await calendar(withStatus(done, '--as-of', '2021-10-10')));
    const m2 = 'DM21-AIR-05.m2@plancheck';
    expect(after.get(m2)?.summary).toMatch(/^✓ done/);
    expect(after.get(m2)?.sequence).toBeGreaterThan(before.get(m2)?.sequence ?? Infinity);
    expect(after.get(m2)?.lastModified).toBe('2021-10-05');
    expect(after.get(m2)?.alarms).toEqual([]);
    // Settled: time passing no longer changes it.
    expect((await calendar(withStatus(done, '--as-of', '2021-12-31'))).get(m2)).toEqual(after.get(m2));
  });

  it('--alarm sets or drops the reminder; --open-only leaves out what is done', async () => {
    expect((await calendar(fixtureArgs('--as-of', '2021-06-10', '--alarm', '3d'))).get('DM21-AIR-05.m2@plancheck')?.alarms).toEqual(['-P3D']);
    expect([...(await calendar(fixtureArgs('--as-of', '2021-06-10', '--alarm', 'none'))).values()].every((e) => e.alarms.length === 0)).toBe(true);
    const open = (await calendar(fixtureArgs('--as-of', '2021-09-05', '--open-only')));
    expect(open.has('DM21-AIR-01.m1@plancheck')).toBe(false);
    expect(open.has('DM21-AIR-05.m2@plancheck')).toBe(true);
  });

  it('writes --output atomically and says how many events; a bad --alarm is a usage error', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'plancheck-ics-')), 'deadlines.ics');
    const r = (await run(['calendar', ...fixtureArgs('--as-of', '2021-06-10', '--output', file)]));
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/deadlines\.ics: \d+ events/);
    expect(parse(readFileSync(file, 'utf8')).size).toBeGreaterThan(3);
    const bad = (await run(['calendar', ...fixtureArgs('--alarm', 'soon')]));
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('plancheck: --alarm must be a number of days such as 3d or 1w, or none; not "soon"\n');
  });
});
