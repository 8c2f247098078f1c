import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE, fixtureArgs, fixturePlans, plancheck, run } from './helpers/cli.js';

/** A copy of the fixture project in a temporary folder, to break on purpose. */
function scratch(edit: (dir: string) => void): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plancheck-'));
  fs.cpSync(FIXTURE, dir, { recursive: true });
  edit(dir);
  return dir;
}

/** Runs a command on a copy of the fixture in which one file has one text replaced. */
async function withEdit(file: string, from: string, to: string, command = 'validate') {
  const dir = scratch((d) => {
    const f = path.join(d, file);
    const text = fs.readFileSync(f, 'utf8');
    if (!text.includes(from)) throw new Error(`fixture ${file} lacks ${from}`);
    fs.writeFileSync(f, text.replace(from, to));
  });
  return run([command, '--plans', path.join(dir, 'plans'), '--status', path.join(dir, 'status.yaml')]);
}

describe('plancheck due', () => {
  it('prints a table of what falls due, with units, deadline and state', async () => {
    const r = (await run(fixtureArgs('due', '--county', 'demo', '--as-of', '2021-09-01', '--within', '60d')));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('DM21-AIR-02 m1 2021-Q3');
    expect(r.stdout).toMatch(/DM21-AIR-02 m1 2021-Q3.*县交通运输局.*2021-09-30.*upcoming/);
    // the extension is honoured and the planned date shown beside it
    expect(r.stdout).toMatch(/DM21-AIR-05 m2.*2021-10-31 \(was 2021-09-30\)/);
    expect(r.stdout).not.toContain('DM21-AIR-01');
  });

  it('writes the planned date of an extension in Chinese brackets, without a space before them', async () => {
    const r = await run(fixtureArgs('due', '--county', 'demo', '--as-of', '2021-09-01', '--within', '60d', '--lang', 'zh'));
    expect(r.stdout).toMatch(/DM21-AIR-05 m2.*2021-10-31（原定2021-09-30）/);
  });

  it('gives the same answer in every time zone', async () => {
    const outputs = ['UTC', 'Asia/Shanghai', 'America/Los_Angeles'].map(
      (TZ) => plancheck(fixtureArgs('due', '--as-of', '2021-06-25', '--format', 'json'), { env: { TZ } }).stdout,
    );
    expect(outputs[0]).toContain('"state": "due-soon"');
    expect(new Set(outputs).size).toBe(1);
  });

  it('--month lists every milestone due in the month, done or not', async () => {
    const r = (await run(fixtureArgs('due', '--month', '2021-06', '--as-of', '2021-07-01', '--format', 'json')));
    const doc = JSON.parse(r.stdout);
    expect(doc.version).toBe(1);
    expect(doc.tasks.map((t: { id: string }) => t.id)).toEqual(['DM21-AIR-02']);
    expect(doc.tasks[0].milestones[0]).toMatchObject({ occurrence: '2021-Q2', state: 'done-on-time', due: '2021-06-30' });
  });
});

describe('plancheck json', () => {
  it('carries verbatim text, source reference, unit names and milestone states', async () => {
    const r = (await run(fixtureArgs('list', '--format', 'json', '--as-of', '2021-06-01')));
    const task = JSON.parse(r.stdout).tasks.find((t: { id: string }) => t.id === 'DM21-AIR-01');
    expect(task.text).toBe('2021年4月底前，完成清洁生产审核评估工作。');
    expect(task.source).toMatchObject({ document: '演示政办发〔2021〕1号', section: ['二、重点任务'], item: '1', annex: [{ table: 'A1', row: '1' }] });
    expect(task.units.responsible).toEqual(['县生态局', '县住建局']);
    expect(task.milestones[0]).toMatchObject({ due: '2021-03-31', state: 'done-late', days: 20, disagree: true });
    expect(task.milestones[0].statements.map((s: { phrase: string }) => s.phrase)).toEqual(['2021年4月底前', '2021年3月底前']);
    expect(task.disagreements).toEqual([{ field: 'date', row: '1', body: '2021年4月底前', annex: '2021年3月底前', note: '附件早一个月。' }]);
  });
});

describe('filters', () => {
  it('accepts a county by slug or Chinese name, a unit by any alias', async () => {
    const bySlug = (await run(fixtureArgs('list', '--county', 'demo'))).stdout;
    expect((await run(fixtureArgs('list', '--county', '演示县'))).stdout).toBe(bySlug);
    expect((await run(fixtureArgs('list', '--county', '演示'))).stdout).toBe(bySlug);
    const byAlias = (await run(fixtureArgs('list', '--unit', '县交通局'))).stdout;
    expect(byAlias).toContain('DM21-AIR-02');
    expect(byAlias).not.toContain('DM21-AIR-01');
  });

  it('--lead-only leaves out supporting units', async () => {
    expect((await run(fixtureArgs('list', '--unit', '各乡（镇）人民政府'))).stdout).toContain('DM21-AIR-04');
    expect((await run(fixtureArgs('list', '--unit', '各乡（镇）人民政府', '--lead-only'))).stdout).toContain('nothing matches');
  });

  it('an unknown county is a usage error naming the known ones and the closest', async () => {
    const r = (await run(fixtureArgs('due', '--county', 'dem')));
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('unknown county "dem"; closest: demo');
    expect(r.stderr).toContain('known counties: demo, 演示县');
  });

  it('an unknown unit or category is a usage error too', async () => {
    expect((await run(fixtureArgs('due', '--unit', '县水务局'))).code).toBe(2);
    expect((await run(fixtureArgs('due', '--category', 'noise'))).stderr).toContain('known categories');
  });
});

describe('plancheck late, done and show', () => {
  it('late lists overdue and soft-missed milestones', async () => {
    const r = (await run(fixtureArgs('late', '--as-of', '2022-01-05')));
    expect(r.stdout).toMatch(/DM21-AIR-05 m1.*soft target missed.*5 days late/);
    expect(r.stdout).toMatch(/DM21-AIR-02 m1 2021-Q3.*overdue/);
  });

  it('done lists completions in a month', async () => {
    const r = (await run(fixtureArgs('done', '--month', '2021-04', '--as-of', '2021-12-31')));
    expect(r.stdout).toMatch(/DM21-AIR-01 m1.*done late.*2021-04-20/);
    expect(r.stdout).not.toContain('DM21-AIR-02');
  });

  it('show prints text, both statements, the disagreement, targets, history and the source passage', async () => {
    const r = (await run(fixtureArgs('show', 'DM21-AIR-01', '--as-of', '2021-12-31')));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('2021年4月底前，完成清洁生产审核评估工作。');
    expect(r.stdout).toContain('body: 2021年4月底前');
    expect(r.stdout).toContain('annex row 1: 2021年3月底前');
    expect(r.stdout).toContain('body and annex differ (date, annex row 1)');
    expect(r.stdout).toContain('演示环函〔2021〕3号');
    expect(r.stdout).toMatch(/sources\/demo-2021\.txt:13-13/);
    const target = (await run(fixtureArgs('show', 'DM21-AIR-04', '--as-of', '2021-12-31'))).stdout;
    expect(target).toMatch(/t1 降尘量低于9吨\/月·平方公里 \(< 9.*8\.2 \(2021-06-30\)\s+met/);
  });

  it('show of an unknown id names the closest', async () => {
    const r = (await run(fixtureArgs('show', 'DM21-AIR-6')));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no task DM21-AIR-6; closest: DM21-AIR-0/);
  });
});

describe('plancheck validate', () => {
  it('exits 0 on good data', async () => {
    const r = (await run(fixtureArgs('validate', '--as-of', '2021-12-31')));
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('ok: 1 county, 1 plan, 5 tasks, 6 milestones');
    expect(r.code).toBe(0);
  });

  it('names file, line and column of a broken plan, and reports every problem', async () => {
    const dir = scratch((d) => {
      const f = path.join(d, 'plans/demo/2021-air.yaml');
      fs.writeFileSync(f, fs.readFileSync(f, 'utf8').replace('kind: recurring, every: quarter', 'kind: recurring, every: fortnight'));
      fs.appendFileSync(path.join(d, 'status.yaml'), '  - { task: DM21-AIR-03, state: done\n');
    });
    const r = (await run(['validate', '--plans', path.join(dir, 'plans'), '--status', path.join(dir, 'status.yaml')]));
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/plans\/demo\/2021-air\.yaml:42:66: error SCHEMA .*every is "fortnight", but must be one of: month, two-months, quarter, year/);
    expect(r.stderr).toMatch(/status\.yaml:\d+:\d+: error YAML_SYNTAX/);
    // a plan that cannot be read would make every status entry of its tasks "unknown": those are not reported
    expect(r.stderr).not.toContain('STATUS_UNKNOWN_TASK');
    expect(r.stderr).not.toContain('    at ');
  });

  it('reports a unit id that is not in the registry, with the closest', async () => {
    const r = await withEdit('plans/demo/2021-air.yaml', 'units: { responsible: [eco] }', 'units: { responsible: [ecology] }');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/2021-air\.yaml:\d+:\d+: error UNIT_UNKNOWN unit "ecology" is not in the registry .*did you mean eco/);
  });

  it('a date that disagrees with its phrase is an error at the statement', async () => {
    const r = await withEdit('plans/demo/2021-air.yaml', 'phrase: 2021年9月底前, kind: by, due: 2021-09-30', 'phrase: 2021年9月底前, kind: by, due: 2021-09-03');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/2021-air\.yaml:\d+:\d+: error DATE_DISAGREES_WITH_PHRASE DM21-AIR-05 m2: "2021年9月底前" reads as by 2021-09-30/);
  });

  it('a status entry for an unknown task is an error with the closest ids', async () => {
    const r = await withEdit('status.yaml', '- { task: DM21-AIR-02, occurrence', '- { task: DM21-AIR-20, occurrence');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/status\.yaml:4:\d+: error STATUS_UNKNOWN_TASK no task DM21-AIR-20 \(did you mean .*DM21-AIR-02/);
  });

  it('a text changed by one character is not in the source', async () => {
    const r = await withEdit('plans/demo/2021-air.yaml', 'text: 每季度开展一次非道路移动机械专项检查。', 'text: 每季度开展一次非道路移动机构专项检查。');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/2021-air\.yaml:\d+:11: error TEXT_NOT_IN_SOURCE tasks\.1\.text: .*Nearest passage \(line 15\): 每季度开展一次非道路移动机械专项检查/);
  });

  it('a done date after today is an error; an entry after --as-of is only left out', async () => {
    const r = await withEdit('status.yaml', 'date: 2021-04-20', 'date: 2999-04-20', 'due');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('STATUS_DATE_IN_FUTURE');
    expect((await run(fixtureArgs('due', '--as-of', '2021-04-01'))).code).toBe(0);
  });
});

describe('plancheck trace', () => {
  it('finds every text in its source and nothing missing in a complete plan', async () => {
    expect((await run(fixturePlans('trace'))).stdout).toContain('ok: every text of 1 plan stands in its source');
    const r = (await run(fixturePlans('trace', '--missing')));
    expect(r.stdout).toContain('nothing missing');
    expect(r.code).toBe(0);
  });

  it('--missing lists an item whose task was removed, and exits 1', async () => {
    const dir = scratch((d) => {
      const f = path.join(d, 'plans/demo/2021-air.yaml');
      const text = fs.readFileSync(f, 'utf8');
      fs.writeFileSync(f, text.slice(0, text.indexOf('  - id: DM21-AIR-03')) + text.slice(text.indexOf('  - id: DM21-AIR-04')));
    });
    const r = (await run(['trace', '--missing', '--plans', path.join(dir, 'plans')]));
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/sources\/demo-2021\.txt:17: demo-2021-air: item not encoded: 3\. 2021 年 5 月 1 日起，执行国六标准。/);
    expect(r.stdout).toContain('1 not encoded');
  });
});

describe('pipes', () => {
  it('stops quietly when the reader closes the pipe early', async () => {
    const { spawn } = await import('node:child_process');
    const child = spawn(process.execPath, [path.join(FIXTURE, '../../../bin/plancheck'), 'list', '--format', 'json'], { env: { ...process.env, NO_COLOR: '1' } });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise((resolve) => child.on('exit', resolve));
    expect(stderr).not.toContain('EPIPE');
    expect(code).toBe(0);
  });
});

describe('help and usage', () => {
  it('--help shows examples and exit codes', async () => {
    const r = (await run(['due', '--help']));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Examples:');
    expect(r.stdout).toContain('2  bad input or usage');
  });
  it('colours only where asked, and never with NO_COLOR', async () => {
    const args = fixtureArgs('late', '--as-of', '2022-01-05');
    expect((await run(args)).stdout).not.toContain('\u001b[');
    expect((await run(args, { env: { NO_COLOR: '', FORCE_COLOR: '1' } })).stdout).toContain('\u001b[31m');
    expect((await run(args, { env: { NO_COLOR: '1', FORCE_COLOR: '1' } })).stdout).not.toContain('\u001b[');
  });

  it('a bad option value is a usage error, exit 2 (the binary)', () => {
    expect(plancheck(fixtureArgs('due', '--as-of', '2021-02-30')).code).toBe(2);
    expect(plancheck(fixtureArgs('due', '--format', 'xml')).code).toBe(2);
    expect(plancheck(fixtureArgs('done', '--since', 'last week')).stderr).toContain('--since takes a date such as 2021-06-15');
    expect(plancheck(['frobnicate']).code).toBe(2);
  });
});
