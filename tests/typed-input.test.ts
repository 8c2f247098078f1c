// What a clerk types: dates and months in the forms people write them, a path echoed as typed, and an
// unknown name answered with the closest few and a count, not the whole registry.
import { describe, expect, it } from 'vitest';
import { dateArgument, monthArgument } from '../src/dates/typed.js';
import { run } from './helpers/cli.js';

describe('dates and months after an option', () => {
  it('takes 2021-06-15, 2021-6-15, 2021/6/15, 2021年6月15日, today and yesterday', () => {
    for (const typed of ['2021-06-15', '2021-6-15', '2021/6/15', '2021.6.15', '2021年6月15日']) expect(dateArgument('--as-of', typed, '2024-01-01')).toBe('2021-06-15');
    expect(dateArgument('--as-of', 'today', '2021-06-15')).toBe('2021-06-15');
    expect(dateArgument('--as-of', 'yesterday', '2021-03-01')).toBe('2021-02-28');
    expect(() => dateArgument('--as-of', '2021-02-30', '2021-06-15')).toThrow(/2021-06-15, 2021-6-15, 2021\/6\/15/);
    expect(() => dateArgument('--as-of', '6/15', '2021-06-15')).toThrow(/not "6\/15"/);
  });
  it('takes a month as 2021-06, 2021-6, 2021/6 or 2021年6月; refuses what is no month', () => {
    for (const typed of ['2021-06', '2021-6', '2021/6', '2021年6月']) expect(monthArgument('--month', typed)).toBe('2021-06');
    for (const typed of ['2021-13', '202106', '21-6', '2021-6-1']) expect(() => monthArgument('--month', typed)).toThrow(/--month/);
  });
  it('due --month 2021-6 lists June', async () => {
    const r = await run(['due', '--month', '2021-6', '--county', 'qinshui', '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).filters.month).toBe('2021-06');
  });
});

describe('what the clerk typed comes back as typed, and short', () => {
  it('a path named on the command line', async () => {
    expect((await run(['due', '--plans', '/nonexistent'])).stderr).toContain('plans folder /nonexistent not found');
  });
  it('an unknown unit: the closest and how many there are, not every unit', async () => {
    const r = await run(['due', '--unit', '县住建']);
    expect(r.stderr).toMatch(/closest: 县住建局.*\(of \d+ units\)/);
    expect(r.stderr.length).toBeLessThan(200);
  });
});
