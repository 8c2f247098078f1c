// mark and extend through the real binary: the entry written and the state it gives, the checks
// validate applies, twenty writers at once losing nothing, and a writer killed mid-write leaving the old
// file whole.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { BIN, FIXTURE, plancheck, ROOT } from './helpers/cli.js';

const PLANS = path.join(FIXTURE, 'plans');

function workspace(): { dir: string; status: string; original: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plancheck-mark-'));
  const status = path.join(dir, 'status.yaml');
  const original = `# 演示县进展（测试）\n${fs.readFileSync(path.join(FIXTURE, 'status.yaml'), 'utf8')}`;
  fs.writeFileSync(status, original);
  return { dir, status, original };
}

const mark = (dir: string, ...args: string[]) => plancheck(['mark', ...args, '--plans', PLANS, '--status', 'status.yaml'], { cwd: dir });

describe('plancheck mark', () => {
  it('appends one entry, prints it and the milestone\'s new state', () => {
    const { dir, status, original } = workspace();
    const r = mark(dir, 'DM21-AIR-05', 'm2', 'done', '--date', '2021-10-20', '--evidence', '锅炉改造验收', '--document', '演示环函〔2021〕12号', '--link', 'https://example.org/g', '--note', '全部完成', '--as-of', '2021-11-01');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe([
      'added to status.yaml:',
      '  - task: DM21-AIR-05',
      '    milestone: m2',
      '    state: done',
      '    date: 2021-10-20',
      '    evidence:',
      '      - text: 锅炉改造验收',
      '        document: 演示环函〔2021〕12号',
      '        link: https://example.org/g',
      '    note: 全部完成',
      'DM21-AIR-05 m2: done on time; reported by the unit, waiting 12 days for sign-off · Deadline 2021-10-31 (extended; planned 2021-09-30)',
      '',
    ].join('\n'));
    const text = fs.readFileSync(status, 'utf8');
    expect(text.startsWith(original.slice(0, original.indexOf('measurements:')))).toBe(true);
    expect(parse(text).entries.at(-1)).toEqual({ task: 'DM21-AIR-05', milestone: 'm2', state: 'done', date: '2021-10-20', evidence: [{ text: '锅炉改造验收', document: '演示环函〔2021〕12号', link: 'https://example.org/g' }], note: '全部完成' });
    expect(plancheck(['validate', '--plans', PLANS, '--status', status]).code).toBe(0);
  });

  it('in-progress, then done, on the same date: done (the later line wins)', () => {
    const { dir } = workspace();
    expect(mark(dir, 'DM21-AIR-05', 'm2', 'in-progress', '--date', '2021-10-20', '--as-of', '2021-11-01').code).toBe(0);
    const r = mark(dir, 'DM21-AIR-05', 'm2', 'done', '--date', '2021-10-20', '--as-of', '2021-11-01');
    expect(r.stdout).toContain('DM21-AIR-05 m2: done on time');
    const done = plancheck(['done', '--plans', PLANS, '--status', 'status.yaml', '--as-of', '2021-11-01', '--format', 'json'], { cwd: dir });
    expect(done.stdout).toContain('"DM21-AIR-05"');
  });

  it('marks an occurrence, a target\'s measured value and an extension, in Chinese words too', () => {
    const { dir, status } = workspace();
    const occurrence = mark(dir, 'DM21-AIR-02', 'm1@2021-Q3', '已完成', '--date', '2021-09-28', '--lang', 'zh', '--as-of', '2021-10-01');
    expect(occurrence.stdout).toMatch(/occurrence: 2021-Q3\n {4}state: done\n[^]*DM21-AIR-02 m1@2021-Q3: 按期完成；单位报完成，待核实3天 · 完成时限 2021-09-30\n$/);
    const measure = mark(dir, 'DM21-AIR-04', '--measure', 't1=7.5', '--date', '2021-09-30');
    expect(measure.stdout).toMatch(/target: t1\n {4}value: 7.5\n[^]*DM21-AIR-04 t1: met \(7.5 \/ 9\)\n$/);
    const extend = plancheck(['extend', 'DM21-AIR-01', '--due', '2021-05-31', '--approved-by', '演示政办函〔2021〕10号', '--reason', '评估延后', '--plans', PLANS, '--status', 'status.yaml', '--as-of', '2021-05-15'], { cwd: dir });
    expect(extend.stderr).toBe('');
    // Done on 2021-04-20, late against 31 March: on time against the extension.
    expect(extend.stdout).toMatch(/approvedBy: 演示政办函〔2021〕10号\n {4}reason: 评估延后\nDM21-AIR-01 m1: done on time; reported by the unit, waiting 25 days for sign-off · Deadline 2021-05-31 \(extended; planned 2021-03-31\)\n$/);
    const data = parse(fs.readFileSync(status, 'utf8'));
    expect(data.measurements.at(-1)).toEqual({ task: 'DM21-AIR-04', target: 't1', value: 7.5, date: '2021-09-30' });
    expect(data.extensions.at(-1)).toEqual({ task: 'DM21-AIR-01', due: '2021-05-31', approvedBy: '演示政办函〔2021〕10号', reason: '评估延后' });
  });

  it.each([
    [['DM21-AIR-99', 'done'], /error STATUS_UNKNOWN_TASK no task DM21-AIR-99 \(did you mean/],
    [['DM21-AIR-05', 'done', '--date', '2021-10-01'], /error STATUS_MILESTONE_REQUIRED task DM21-AIR-05 has several milestones \(m1, m2\)/],
    [['DM21-AIR-05', 'm3', 'done'], /error STATUS_UNKNOWN_MILESTONE DM21-AIR-05 m3: no such milestone/],
    [['DM21-AIR-02', 'm1@2021-Q1', 'done'], /error STATUS_UNKNOWN_OCCURRENCE DM21-AIR-02 m1 recurs: "occurrence" must be one of 2021-Q2, 2021-Q3, 2021-Q4, not 2021-Q1/],
    [['DM21-AIR-01', 'done', '--date', '2099-01-01'], /error STATUS_DATE_IN_FUTURE DM21-AIR-01: dated 2099-01-01, after today/],
    [['DM21-AIR-04', '--measure', 't1=低'], /error STATUS_VALUE_KIND DM21-AIR-04 t1: the value "低" is not a number/],
    [['DM21-AIR-04', '--measure', 't2=3'], /error STATUS_UNKNOWN_TARGET DM21-AIR-04 t2: no such target/],
    [['DM21-AIR-01', 'finished'], /plancheck: "finished" is neither a state/],
    [['DM21-AIR-01', 'done', '--date', '2021-02-30'], /plancheck: --date takes a date such as 2021-06-15, .*; not "2021-02-30"/],
    [['DM21-AIR-01'], /plancheck: say what happened/],
  ])('refuses %j as validate would, and writes nothing', (args, message) => {
    const { dir, status, original } = workspace();
    const r = mark(dir, ...args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(fs.readFileSync(status, 'utf8')).toBe(original);
  });

  it('creates a status file that does not exist yet', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plancheck-mark-'));
    const r = plancheck(['mark', 'DM21-AIR-03', 'in-progress', '--date', '2021-06-01', '--plans', PLANS, '--status', 'new.yaml'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(parse(fs.readFileSync(path.join(dir, 'new.yaml'), 'utf8'))).toEqual({ entries: [{ task: 'DM21-AIR-03', state: 'in-progress', date: '2021-06-01' }] });
  });

  it('twenty runs at once on one status file leave twenty entries, and the comments', async () => {
    const { dir, status, original } = workspace();
    const days = Array.from({ length: 20 }, (_, i) => `2021-06-${String(i + 1).padStart(2, '0')}`);
    const runs = days.map((date) => new Promise<number | null>((done) => {
      const child = spawn(process.execPath, [BIN, 'mark', 'DM21-AIR-03', 'in-progress', '--date', date, '--note', `第${date}次`, '--plans', PLANS, '--status', 'status.yaml'], { cwd: dir, env: { ...process.env, NO_COLOR: '1' }, stdio: 'ignore' });
      child.on('exit', done);
    }));
    expect(await Promise.all(runs)).toEqual(days.map(() => 0));
    const text = fs.readFileSync(status, 'utf8');
    expect(text.startsWith(original.slice(0, original.indexOf('measurements:')))).toBe(true);
    expect(text.endsWith(original.slice(original.indexOf('measurements:')))).toBe(true);
    const added = (parse(text).entries as Array<{ date: string }>).slice(parse(original).entries.length);
    expect(added.map((e) => e.date).sort()).toEqual(days);
    expect(fs.existsSync(`${status}.lock`)).toBe(false);
  }, 120_000);

  it('a run killed while writing leaves the old file whole; the next run breaks its lock and writes', () => {
    const { dir, status, original } = workspace();
    const killed = plancheck(['mark', 'DM21-AIR-03', 'in-progress', '--date', '2021-06-01', '--plans', PLANS, '--status', 'status.yaml'], {
      cwd: dir,
      env: { NODE_OPTIONS: `--require ${path.join(ROOT, 'tests/helpers/killAtStatusWrite.cjs')}`, PLANCHECK_CACHE: '0' },
    });
    expect(killed.code).toBeNull(); // killed by its signal, not an exit
    expect(fs.readFileSync(status, 'utf8')).toBe(original);
    const temp = fs.readdirSync(dir).find((f) => f.startsWith('.status.yaml.'));
    expect(temp && fs.readFileSync(path.join(dir, temp), 'utf8').length).toBeGreaterThan(0); // the half-written copy it was killed in
    expect(fs.existsSync(`${status}.lock`)).toBe(true); // a dead writer's lock
    const next = mark(dir, 'DM21-AIR-03', 'in-progress', '--date', '2021-06-02');
    expect(next.stderr).toBe('');
    expect(next.code).toBe(0);
    expect((parse(fs.readFileSync(status, 'utf8')).entries as Array<{ date: string }>).at(-1)?.date).toBe('2021-06-02');
  });
});
