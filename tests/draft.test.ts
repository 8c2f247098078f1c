// plancheck draft: a small notice written for the test (a sentence and a bracket broken over lines, the
// three bracket forms, known and unknown date phrases, an annex table with a row that restates an item,
// one of its own and one that cannot be split).
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildPlans } from '../src/draft/build.js';
import { UNDECIDED, datePhrases } from '../src/draft/dates.js';
import { readNotice } from '../src/draft/read.js';
import { registryOf, splitBracket } from '../src/draft/units.js';
import type { Plan, Unit } from '../src/model.js';
import { run, ROOT } from './helpers/cli.js';

const FIXTURE = path.join(ROOT, 'tests/fixtures/draft');
const text = readFileSync(path.join(FIXTURE, 'notice.txt'), 'utf8');
const units = (parse(readFileSync(path.join(FIXTURE, 'units.yaml'), 'utf8')) as { units: Unit[] }).units;
const draft = () => buildPlans(readNotice(text), { county: 'gaoping', year: 2024, file: 'sources/notice.txt', issued: '2024-03-01', registry: registryOf(units) });

describe('draft: reading a notice', () => {
  const { plans, problems } = draft();
  const plan = plans[0] as Plan;
  const task = (id: string) => plan.tasks.find((t) => t.id === id);

  it('finds the plan, its document and its numbered items with their section path', async () => {
    expect(plans.map((p) => [p.id, p.title, p.category])).toEqual([['gaoping-2024-air', '高平市 2024 年空气质量提升行动计划', 'air']]);
    expect(plan.document).toEqual({ number: '高政办发〔2024〕1号', issuer: '高平市人民政府办公室', date: '2024-03-01', file: 'sources/notice.txt' });
    expect(plan.tasks.filter((t) => t.source.body).map((t) => [t.id, t.source.body?.section.at(-1), t.source.body?.item])).toEqual([
      ['GP24-AIR-01', '（一）调整产业结构', '1'], ['GP24-AIR-02', '（一）调整产业结构', '2'], ['GP24-AIR-03', '（二）强化移动源管控', '3'],
    ]);
  });

  it('joins a sentence the conversion broke, without its bracket; titles are TODO', async () => {
    expect(task('GP24-AIR-01')?.text).toBe('开展涉气企业排查。2024年4月底前，完成县城周边企业排查，对不达标企业实施整治。');
    expect(task('GP24-AIR-02')?.text).toBe('推进清洁取暖。按季度调度清洁取暖进度，采暖季前完成改造。');
    expect(plan.tasks.every((t) => t.title.startsWith('TODO'))).toBe(true);
  });

  it('splits each bracket form into roles matched to the registry; an unknown unit is listed with the closest known', async () => {
    expect(task('GP24-AIR-01')?.units).toEqual({ responsible: ['eco-branch', 'industry'] });
    expect(task('GP24-AIR-02')?.units).toEqual({ support: ['townships', 'finance'] });
    expect(task('GP24-AIR-03')?.units).toEqual({ lead: ['public-security'], support: ['transport'] });
    expect(task('GP24-AIR-01')?.source.body?.unitsText).toBe('市生态环境局高平分局、市工信局');
    expect(problems.filter((p) => p.what === 'unit')).toEqual([{ line: 25, what: 'unit', text: '市能源局', detail: '市公安局, 市工信局, 市财政局' }]);
    expect(task('GP24-AIR-02')?.notes?.[0]).toContain('市能源局');
  });

  it('reads the date phrases it knows and leaves the others to a person', async () => {
    expect(task('GP24-AIR-01')?.milestones[0]?.statements).toEqual([
      { source: 'body', phrase: '2024年4月底前', kind: 'by', due: '2024-04-30' },
      { source: 'annex', row: '1', phrase: '2024 年 4 月底前', kind: 'by', due: '2024-04-30' },
    ]);
    expect(task('GP24-AIR-02')?.milestones.map((m) => m.statements[0])).toEqual([
      { source: 'body', phrase: '按季度', kind: 'recurring', every: 'quarter' },
      { source: 'body', phrase: '采暖季前', kind: 'unspecified', why: '此短语未给出日期，不作推定' },
    ]);
    expect(task('GP24-AIR-03')?.milestones[0]?.statements[0]).toEqual({ source: 'body', phrase: '秋冬季期间', kind: 'unspecified', why: UNDECIDED });
    expect(datePhrases('2021 年县城建成区新能源汽车占比达 30%以上，完成2020年度审核，2021 年 5-9 月持续开展。')).toEqual(['2021 年', '2021 年 5-9 月', '持续开展']);
  });

  it('keeps annex rows cell by cell under the task they restate, or as their own task; a row it cannot split is reported', async () => {
    expect(task('GP24-AIR-01')?.source.annex).toEqual([{ table: 'A1', row: '1', cells: { 序号: '1', 主要任务: '完成县城周边企业排查。', 完成时限: '2024 年 4 月底前', 牵头单位: '市生态环境局 高平分局' } }]);
    const own = task('GP24-AIR-A1-02');
    expect(own?.text).toBe('建成空气质量微站网络。');
    expect(own?.units).toEqual({ lead: ['eco-branch'] });
    expect(own?.milestones[0]?.statements).toEqual([{ source: 'annex', row: '2', phrase: '2024 年 9 月底前', kind: 'by', due: '2024-09-30' }]);
    expect(problems.filter((p) => p.what === 'row').map((p) => p.line)).toEqual([39]);
    expect(plan.annexes).toEqual([{ id: 'A1', label: '附件', title: '高平市 2024 年空气质量提升行动计划重点任务清单', columns: ['序号', '主要任务', '完成时限', '牵头单位'] }]);
  });

  it('tells a bracket of units from an aside in brackets', async () => {
    expect(splitBracket('推进改造（含燃气锅炉）').names).toEqual({});
    expect(splitBracket('推进改造。（县水务局等按职责分工负责）').names).toEqual({ responsible: ['县水务局'] });
    expect(splitBracket('推进改造。〔责任单位:各乡(镇)人民政府、县财政局]').names).toEqual({ responsible: ['各乡(镇)人民政府', '县财政局'] });
  });
});

describe('plancheck draft (CLI)', () => {
  const repo = (): string => {
    const dir = mkdtempSync(path.join(tmpdir(), 'plancheck-draft-'));
    mkdirSync(path.join(dir, 'plans/gaoping'), { recursive: true });
    mkdirSync(path.join(dir, 'sources'));
    copyFileSync(path.join(FIXTURE, 'units.yaml'), path.join(dir, 'plans/gaoping/units.yaml'));
    copyFileSync(path.join(FIXTURE, 'notice.txt'), path.join(dir, 'sources/gaoping-2024.txt'));
    return dir;
  };
  const args = ['draft', 'sources/gaoping-2024.txt', '--county', 'gaoping', '--year', '2024', '--output', 'plans/gaoping/'];

  it('writes a draft that validate and trace pass (titles warned), and never overwrites it', async () => {
    const dir = repo();
    const r = (await run(args, { cwd: dir }));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('created plans/gaoping/2024-air.yaml: 4 tasks, 2 annex rows, 6 date phrases (1 left to a person)');
    expect(r.stderr).toContain('sources/gaoping-2024.txt:25:1: warning DRAFT_UNIT_UNKNOWN unit "市能源局"');
    expect(r.stderr).toContain('sources/gaoping-2024.txt:39:1: warning DRAFT_ROW_UNSPLIT');
    expect(readFileSync(path.join(dir, 'plans/gaoping/2024-air.yaml'), 'utf8')).toMatch(/^# yaml-language-server: \$schema=\.\.\/\.\.\/node_modules\/plancheck\/schemas\/plan\.schema\.json\n/);
    const v = (await run(['validate'], { cwd: dir }));
    expect(v.code).toBe(0);
    expect(v.stderr.match(/TASK_TITLE_TODO/g)).toHaveLength(4);
    expect((await run(['trace'], { cwd: dir })).code).toBe(0);
    const again = (await run(args, { cwd: dir }));
    expect(again.stdout).toContain('kept    plans/gaoping/2024-air.yaml');
  });

  it('prints the YAML without --output', async () => {
    const r = (await run(args.slice(0, -2), { cwd: repo() }));
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^# yaml-language-server/);
    expect(parse(r.stdout.split('\n').slice(1).join('\n')).id).toBe('gaoping-2024-air');
  });

  it('refuses a bad year, a notice outside sources/ and a county without a registry (exit 2)', async () => {
    const dir = repo();
    expect((await run([...args.slice(0, 4), '--year', '24'], { cwd: dir }))).toMatchObject({ code: 2, stdout: '' });
    const outside = (await run(['draft', path.join(FIXTURE, 'notice.txt'), '--county', 'gaoping', '--year', '2024'], { cwd: dir }));
    expect(outside).toMatchObject({ code: 2, stdout: '' });
    expect(outside.stderr).toContain("sources/ folder");
    const none = (await run(['draft', 'sources/gaoping-2024.txt', '--county', 'jincheng', '--year', '2024'], { cwd: dir }));
    expect(none.stderr).toContain('no unit registry plans/jincheng/units.yaml');
    expect(existsSync(path.join(dir, 'plans/gaoping/2024-air.yaml'))).toBe(false);
  });
});
