// plancheck draft on a notice it was not written against (tests/fixtures/draft-unseen: a fictional county,
// 10 items, 2 safeguards, 7 annex rows with merged cells): every date phrase read as the glossary and
// docs/ENCODING.md read it, or left to a person by name; merged cells take the value above; the units
// the registry lacks offered to confirm; validate names every TODO; a second draft with --force.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildPlans } from '../src/draft/build.js';
import { UNDECIDED } from '../src/draft/dates.js';
import { offerUnits } from '../src/draft/offer.js';
import { readNotice } from '../src/draft/read.js';
import { registryOf } from '../src/draft/units.js';
import type { Plan, Unit } from '../src/model.js';
import { plancheck, ROOT } from './helpers/cli.js';

const FIXTURE = path.join(ROOT, 'tests/fixtures/draft-unseen');
const registry = readFileSync(path.join(FIXTURE, 'units.yaml'), 'utf8');
const notice = readFileSync(path.join(FIXTURE, 'notice.txt'), 'utf8');
const units = (parse(registry) as { units: Unit[] }).units;
const { plans } = buildPlans(readNotice(notice), { county: 'qinglan', year: 2024, file: 'sources/qinglan-2024.txt', issued: '2024-04-02', registry: registryOf(units) });
const plan = plans[0] as Plan;
const task = (id: string) => plan.tasks.find((t) => t.id === id);

describe('draft on an unseen notice', () => {
  it('reads every date phrase of every task, body and annex, as the glossary does, and names the ones it cannot read', () => {
    const readings = Object.fromEntries(plan.tasks.map((t) => [t.id, t.milestones.map((m) => m.statements.map((s) =>
      `${s.source}${s.row ?? ''} ${s.phrase ?? '-'}: ${[s.kind, s.from, s.due, s.every, s.day, s.why].filter(Boolean).join(' ')}`))]));
    expect(readings).toEqual({
      'QL24-AIR-01': [['body 2024 年 6 月底前: by 2024-06-30', 'annex1 2024 年 6 月底前: by 2024-06-30'], ['body 年底前: by 2024-12-31']],
      'QL24-AIR-02': [['body 按季度: recurring quarter'], ['body 2024 年 10 月底前: by 2024-10-31', 'annex2 2024 年 10 月底前: by 2024-10-31']],
      'QL24-AIR-03': [['body 2024 年 5 月 1 日起: from 2024-05-01', 'annex3 2024 年 5 月 1 日起: from 2024-05-01'], ['body 长期坚持: ongoing']],
      // 每月 25 日前: every month, each due by the 25th (not at the month's end).
      'QL24-AIR-04': [['body 2024 年 5-9 月: window 2024-05-01 2024-09-30', 'annex4 2024 年 5-9 月: window 2024-05-01 2024-09-30'], ['body 每月 25 日前: recurring month 25']],
      'QL24-AIR-05': [['body 每日: ongoing'], [`body 秋冬季期间: unspecified ${UNDECIDED}`]],
      'QL24-AIR-06': [['body 2024 年 8 月底前: by 2024-08-31', 'annex5 2024 年 8 月底前: by 2024-08-31']],
      'QL24-AIR-07': [['body 按月: recurring month']],
      'QL24-AIR-08': [['body 2024 年 7 月底前: by 2024-07-31', 'annex7 2024 年 7 月底前: by 2024-07-31']],
      'QL24-AIR-09': [['body 力争年底前: soft 2024-12-31']],
      'QL24-AIR-10': [['body 2024 年 9 月底前: by 2024-09-30']],
      // 月调度月通报: one monthly obligation (docs/ENCODING.md), not two.
      'QL24-AIR-11': [['body 月调度月通报: recurring month']],
      'QL24-AIR-12': [['body 年底前: by 2024-12-31']],
      'QL24-AIR-A1-06': [['annex6 2024 年 11 月底前: by 2024-11-30']],
    });
  });

  it('gives an empty merged cell the value above it, with a note; a cell with its own value keeps it', () => {
    const row = (r: string) => plan.tasks.flatMap((t) => t.source.annex ?? []).find((a) => a.row === r);
    expect(row('1')?.inherited).toBeUndefined();
    expect(row('2')).toMatchObject({ cells: { 类别: '', 责任单位: '县能源局' }, inherited: { 类别: '优化产业结构' }, notes: ['“类别”为空栏（合并单元格），取第1行之值。'] });
    expect(row('3')?.inherited).toEqual({ 类别: '优化产业结构' });
    expect(row('7')).toMatchObject({ cells: { 类别: '', 责任单位: '' }, inherited: { 类别: '加强移动源治理', 责任单位: '市生态环境局青岚分局' } });
    expect(task('QL24-AIR-A1-06')?.units).toEqual({ responsible: ['eco-branch'] });
  });
});

it('offers a unit once, and names one that init wrote as a commented example to uncomment instead', () => {
  const text = 'units:\n  - id: eco-branch\n    name: 市生态环境局青岚分局\n  # - id: industry\n  #   name: 县工信局\n';
  const offer = offerUnits(text, [{ name: '县工信局', line: 27 }, { name: '县能源局', line: 29 }, { name: '县能源局', line: 60 }], 'sources/n.txt');
  expect(offer).toContain('  # Named there and commented out above, to uncomment: 县工信局.\n');
  expect(offer.match(/# - id: TODO/g)).toHaveLength(1);
  expect(offer).toContain('  # - id: TODO\n  #   name: 县能源局    # sources/n.txt:29\n');
  expect(offerUnits(text + offer, [{ name: '县能源局', line: 29 }], 'sources/n.txt')).toBe('');
});

describe('plancheck draft on an unseen notice, the registry completed, and again (CLI)', () => {
  const repo = (): string => {
    const dir = mkdtempSync(path.join(tmpdir(), 'plancheck-unseen-'));
    mkdirSync(path.join(dir, 'plans/qinglan'), { recursive: true });
    mkdirSync(path.join(dir, 'sources'));
    writeFileSync(path.join(dir, 'plans/qinglan/units.yaml'), registry);
    copyFileSync(path.join(FIXTURE, 'notice.txt'), path.join(dir, 'sources/qinglan-2024.txt'));
    return dir;
  };
  const args = ['draft', 'sources/qinglan-2024.txt', '--county', 'qinglan', '--year', '2024', '--output', 'plans/qinglan/'];
  const todos = (stderr: string) => stderr.split('\n').filter((l) => l.includes('TODO_LEFT'));

  it('offers the units it lacks once, validate names every TODO left, and --force drafts again with the confirmed units', () => {
    const dir = repo();
    const first = plancheck(args, { cwd: dir });
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('offered plans/qinglan/units.yaml: the units it lacks, as entries to confirm at its end; then draft again with --force');
    expect(readFileSync(path.join(dir, 'plans/qinglan/units.yaml'), 'utf8').match(/# - id: TODO/g)).toHaveLength(10);
    const offered = readFileSync(path.join(dir, 'plans/qinglan/units.yaml'), 'utf8');
    expect(offered.startsWith(registry)).toBe(true);
    expect(offered.slice(registry.length)).toContain('  # - id: TODO\n  #   name: 县能源局    # sources/qinglan-2024.txt:29\n');
    expect(offered.match(/#   name: 县城管局/g)).toHaveLength(1);

    const v = plancheck(['validate'], { cwd: dir });
    expect(v.code).toBe(0);
    // 13 task titles; TODOs: the plan's note, 1 phrase left to a person, 11 units the registry lacks (in 9 tasks).
    expect(v.stderr.match(/TASK_TITLE_TODO/g)).toHaveLength(13);
    expect(todos(v.stderr)).toHaveLength(1 + 1 + 11);
    expect(v.stderr).toMatch(/plans\/qinglan\/2024-air\.yaml:\d+:\d+: warning TODO_LEFT QL24-AIR-05 m2: a TODO the draft left to a person: 读不出此时限/);
    expect(v.stderr).toMatch(/warning TODO_LEFT QL24-AIR-02: a TODO the draft left to a person: TODO 单位“县能源局”不在登记表中/);

    // A person confirms the offered units (ids of their own), then drafts again: kept without --force.
    let n = 0;
    const draftFile = path.join(dir, 'plans/qinglan/2024-air.yaml');
    writeFileSync(draftFile, readFileSync(draftFile, 'utf8').replace(/title: TODO 开展涉气企业排查整治\n/, 'title: 涉气企业排查整治\n'));
    writeFileSync(path.join(dir, 'plans/qinglan/units.yaml'), offered.replace(/  # - id: TODO\n  #   name: (\S+)    # \S+\n/g, (_, name: string) => `  - id: unit-${++n}\n    name: ${name}\n`));
    expect(plancheck(args, { cwd: dir }).stdout).toContain('kept    plans/qinglan/2024-air.yaml (it exists; --force replaces it)');
    const again = plancheck([...args, '--force'], { cwd: dir });
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('replaced plans/qinglan/2024-air.yaml: 13 tasks, 7 annex rows');
    // The title a person wrote stays.
    expect(again.stdout).toContain('; kept 1 title a person wrote');
    expect(readFileSync(draftFile, 'utf8')).toContain('  title: 涉气企业排查整治\n');
    expect(again.stdout).not.toContain('offered');
    const after = plancheck(['validate'], { cwd: dir });
    expect(todos(after.stderr)).toHaveLength(1 + 1);
    expect(after.stderr.match(/TASK_TITLE_TODO/g)).toHaveLength(12);

    // 每月 25 日前 in the views: each month's occurrence due on the 25th, once.
    type Due = { tasks: Array<{ id: string; milestones: Array<{ id: string; due: string }> }> };
    const due = JSON.parse(plancheck(['due', '--county', 'qinglan', '--month', '2024-06', '--format', 'json'], { cwd: dir }).stdout) as Due;
    const dues = (id: string) => due.tasks.filter((t) => t.id === id).flatMap((t) => t.milestones.map((m) => `${m.id} ${m.due}`));
    expect(dues('QL24-AIR-04')).toEqual(['m2 2024-06-25']);
    expect(dues('QL24-AIR-11')).toEqual(['m1 2024-06-30']);

    // list --format json: the merged cells beside the cells as printed.
    const json = JSON.parse(plancheck(['list', '--county', 'qinglan', '--format', 'json'], { cwd: dir }).stdout) as { tasks: Array<{ id: string; source: { annex: Array<{ row: string; inherited?: Record<string, string> }> } }> };
    expect(json.tasks.find((t) => t.id === 'QL24-AIR-08')?.source.annex[0]?.inherited).toEqual({ 类别: '加强移动源治理', 责任单位: '市生态环境局青岚分局' });
  });
});
