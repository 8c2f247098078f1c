// Who reported for a month, by the reporting day; typed dates; what the bundle leaves to the formats.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseTypedDate } from '../src/dates/typed.js';
import { dateWriter } from '../src/dates/writer.js';
import { reportingDeadline, reportingStatus, type OpenMilestone } from '../src/report/reporting.js';
import { ROOT } from './helpers/cli.js';

const open: OpenMilestone[] = [
  { task: 'A-01', milestone: 'm1', units: ['县住建局', '县水务局'] },
  { task: 'A-02', milestone: 'm1', occurrence: '2021-06', units: ['县水务局'] },
  { task: 'A-03', milestone: 'm2', units: ['县交通运输局'] },
  { task: 'A-04', milestone: 'm1', units: ['县能源局'] },
];

describe('reporting status', () => {
  it('reported by the reporting day, reported later in the month, or not at all; by name within each', () => {
    const rows = reportingStatus('2021-06', 25, open, [
      { task: 'A-01', milestone: 'm1', date: '2021-06-25' },
      { task: 'A-03', date: '2021-06-28' },
      { task: 'A-02', milestone: 'm1', occurrence: '2021-05', date: '2021-06-02' },
      { task: 'A-04', milestone: 'm1', date: '2021-05-31' },
      { task: 'A-04', milestone: 'm1', date: '2021-07-01' },
    ]);
    expect(rows).toEqual([
      { unit: '县水务局', open: 2, state: 'reported', firstReport: '2021-06-25' },
      { unit: '县住建局', open: 1, state: 'reported', firstReport: '2021-06-25' },
      { unit: '县交通运输局', open: 1, state: 'late', firstReport: '2021-06-28' },
      { unit: '县能源局', open: 1, state: 'missing' },
    ]);
  });

  it('an entry for another occurrence or milestone does not count; in a short month the last day is the reporting day', () => {
    expect(reportingStatus('2021-06', 25, [open[1] as OpenMilestone], [{ task: 'A-02', milestone: 'm1', occurrence: '2021-05', date: '2021-06-02' }])[0]?.state).toBe('missing');
    expect(reportingStatus('2021-06', 25, [open[2] as OpenMilestone], [{ task: 'A-03', milestone: 'm1', date: '2021-06-02' }])[0]?.state).toBe('missing');
    expect(reportingDeadline('2021-02', 30)).toBe('2021-02-28');
    expect(reportingDeadline('2024-02', 30)).toBe('2024-02-29');
    expect(reportingDeadline('2021-06', 25)).toBe('2021-06-25');
    expect(reportingStatus('2021-02', 31, [open[3] as OpenMilestone], [{ task: 'A-04', date: '2021-02-28' }])[0]?.state).toBe('reported');
  });
});

describe('dates as people type them and as a circular writes them', () => {
  it.each([
    ['2021-07-05', '2021-07-05'], ['2021/7/5', '2021-07-05'], ['2021.7.5', '2021-07-05'], ['2021年7月5日', '2021-07-05'], [' 2021-7-5 ', '2021-07-05'],
    ['2021年2月30日', undefined], ['2021-13-01', undefined], ['7月5日', undefined], ['tomorrow', undefined],
  ])('%s → %s', async (typed, iso) => {
    expect(await parseTypedDate(typed)).toBe(iso);
  });

  it('writes days, months and periods in Chinese and English, in any time zone', async () => {
    const zh = await dateWriter('zh');
    const en = await dateWriter('en');
    expect([zh.day('2021-06-30'), zh.month('2021-06'), zh.period('2021-Q2'), zh.period('2021'), zh.shortMonth('2021-06')]).toEqual(['2021年6月30日', '2021年6月', '2021年第2季度', '2021年度', '6月']);
    expect([en.day('2021-06-30'), en.month('2021-06'), en.period('2021-Q2'), en.shortMonth('2021-06')]).toEqual(['June 30, 2021', 'June 2021', '2021 Q2', 'Jun']);
    const tz = process.env.TZ;
    for (const zone of ['UTC', 'Asia/Shanghai', 'America/Los_Angeles', 'Pacific/Kiritimati']) {
      process.env.TZ = zone;
      expect([zh.day('2021-01-01'), en.day('2021-12-31'), await parseTypedDate('2021年1月1日')]).toEqual(['2021年1月1日', 'December 31, 2021', '2021-01-01']);
    }
    process.env.TZ = tz;
  });
});

describe('the bundle', () => {
  it('leaves docx and date-fns out: only the report requires them, when it runs', () => {
    const bundle = fs.readdirSync(path.join(ROOT, 'dist')).filter((f) => f.endsWith('.js')).map((f) => fs.readFileSync(path.join(ROOT, 'dist', f), 'utf8')).join('\n');
    expect(bundle).not.toContain('wordprocessingml');
    expect(bundle).not.toContain('formatDistance');
  });
});
