// notify --reporting-reminder: up to the month's reporting day, the units with open milestones that have
// not reported this month, by the circular's rule; none after that day.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from './helpers/cli.js';

const reminder = (asOf: string, extra: string[] = [], cwd?: string) =>
  run(['notify', '--to', 'wecom', '--county', 'qinshui', '--lang', 'zh', '--dry-run', '--reporting-reminder', '--as-of', asOf, '--status', path.resolve('examples/qinshui-2021-status.yaml'), ...extra], cwd ? { cwd } : {});

const content = (stdout: string): string => (JSON.parse(stdout.replace(/^\/\/.*\n/, '')) as { markdown: { content: string } }).markdown.content;

describe('notify --reporting-reminder', () => {
  it('names the units that have not reported by the 25th, and leaves out the one that did', async () => {
    const r = (await reminder('2021-06-20'));
    expect(r.code).toBe(0);
    const text = content(r.stdout);
    expect(text).toContain('请于2021年6月25日前报送本月进展情况');
    expect(text).toMatch(/> 县水务局：在办\d+项/);
    // 县住建局 reported on 2021-06-10 (QS21-WATER-2-04)
    expect(text).not.toContain('县住建局');
  });

  it('says nothing after the reporting day, which report.yaml may set, nor more than --within days before it', async () => {
    expect((await reminder('2021-06-28')).stdout).toBe('没有需要推送的内容\n');
    expect((await reminder('2021-06-17')).stdout).toBe('没有需要推送的内容\n');
    expect(content((await reminder('2021-06-17', ['--within', '8d'])).stdout)).toContain('2021年6月25日前');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plancheck-reminder-'));
    fs.writeFileSync(path.join(dir, 'report.yaml'), 'reportingDay: 30\n');
    expect(content((await reminder('2021-06-28', ['--header', path.join(dir, 'report.yaml')])).stdout)).toContain('2021年6月30日前');
  });
});
