import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureArgs, plancheck, ROOT } from './helpers/cli.js';

const golden = (name: string) => path.join(ROOT, 'tests/golden', name);

/** Compares with a golden file; UPDATE_GOLDEN=1 rewrites it (review the diff before committing). */
function expectGolden(actual: string, name: string): void {
  if (process.env.UPDATE_GOLDEN) fs.writeFileSync(golden(name), actual);
  expect(actual).toBe(fs.readFileSync(golden(name), 'utf8'));
}

describe('plancheck report: the monthly circular', () => {
  it.each([
    ['zh', 'text', 'report-demo-2021-09.zh.txt'],
    ['en', 'text', 'report-demo-2021-09.en.txt'],
    ['zh', 'markdown', 'report-demo-2021-09.zh.md'],
  ])('%s %s', (lang, format, file) => {
    const r = plancheck(fixtureArgs('report', '--month', '2021-09', '--lang', lang, '--format', format));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expectGolden(r.stdout, file);
  });

  it('takes its traffic-light settings from a file', () => {
    const lights = path.join(ROOT, 'tests/fixtures/lights-blue.yaml');
    const r = plancheck(fixtureArgs('report', '--month', '2021-08', '--as-of', '2021-09-05', '--lights', lights));
    expect(r.stdout).toMatch(/蓝灯 │ DM21-AIR-02 m1 2021-Q3/);
    const bad = plancheck(fixtureArgs('report', '--month', '2021-06', '--lights', path.join(ROOT, 'tests/fixtures/basic/status.yaml')));
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('unknown field "entries"');
  });

  it('prints the Qinshui circular in Chinese', () => {
    const r = plancheck(['report', '--month', '2021-06', '--county', 'qinshui', '--status', 'examples/qinshui-2021-status.yaml']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('沁水县2021年6月生态环境保护重点任务月调度通报');
    expect(r.stdout).toContain('【示例数据，非真实进展】');
    for (const section of ['一、本月总体情况', '二、各责任单位完成情况', '三、本月完成事项', '四、逾期未完成事项', '五、下月到期预警（2021年7月）', '六、目标指标完成情况']) {
      expect(r.stdout).toContain(section);
    }
  });
});

describe('report, check, late, due and summary agree', () => {
  const common = ['--county', 'qinshui', '--status', 'examples/qinshui-2021-status.yaml', '--as-of', '2021-07-01'];
  it('count the same overdue milestones', () => {
    const json = (args: string[]) => JSON.parse(plancheck([...args, ...common]).stdout);
    const check = json(['check', '--format', 'json']).findings.filter((f: { code: string }) => f.code === 'TASK_OVERDUE').length;
    const late = json(['late', '--format', 'json']).tasks.flatMap((t: { milestones: { state: string }[] }) => t.milestones).filter((m: { state: string }) => m.state === 'overdue').length;
    const summary = Object.values(json(['summary', '--by', 'category', '--format', 'json']).rows as Record<string, { overdue: number }>).reduce((n, r) => n + r.overdue, 0);
    const report = plancheck(['report', '--month', '2021-06', '--format', 'markdown', ...common]).stdout;
    const overdueSection = report.slice(report.indexOf('## 四、'), report.indexOf('## 五、'));
    const reportCount = overdueSection.split('\n').filter((l) => l.startsWith('| 红灯')).length;
    expect(check).toBeGreaterThan(5);
    expect(late).toBe(check);
    expect(summary).toBe(check);
    expect(reportCount).toBe(check);
    // due this month, overdue: the month figure agrees with due --month
    const dueJune = json(['due', '--month', '2021-06', '--format', 'json']).tasks.flatMap((t: { milestones: { state: string }[] }) => t.milestones);
    const figures = /本月应完成任务节点(\d+)项，其中按期完成(\d+)项、逾期完成(\d+)项、逾期未完成(\d+)项/.exec(report);
    expect(Number(figures?.[1])).toBe(dueJune.length);
    expect(Number(figures?.[4])).toBe(dueJune.filter((m: { state: string }) => m.state === 'overdue').length);
  });
});
