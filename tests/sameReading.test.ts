// One reading for one sentence: validate's check that the same words are read alike in every plan.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { planCore } from '../src/engine/planCore.js';
import { yamlFile } from '../src/load/yamlFile.js';
import type { County, Milestone, Plan, PlanWithTexts, Project, Task } from '../src/model.js';
import { checkSameReading, normalise } from '../src/validate/sameReading.js';
import { FIXTURE, run } from './helpers/cli.js';

const county = (id: string, name: string, units: Array<[string, string]>): County => ({
  id, name, aliases: [], file: `plans/${id}/units.yaml`, yaml: yamlFile(`plans/${id}/units.yaml`, {}),
  units: new Map(units.map(([uid, uname]) => [uid, { id: uid, name: uname }])),
});

const COUNTIES = [
  county('qinshui', '沁水县', [['eco-branch', '市生态环境局沁水分局'], ['housing', '县住建局'], ['townships', '各乡（镇）人民政府']]),
  county('yangcheng', '阳城县', [['eco-branch', '市生态环境局阳城分局'], ['housing', '县住建局'], ['townships', '各乡（镇）人民政府'], ['townships-concerned', '各有关乡（镇）人民政府']]),
];

const ms = (id: string, phrase: string | undefined, kind: string, extra: Record<string, string> = {}, what?: string): Milestone =>
  ({ id, ...(what ? { what } : {}), statements: [{ source: 'body', ...(phrase ? { phrase } : {}), kind, ...extra }] }) as Milestone;

const task = (id: string, text: string, milestones: Milestone[], more: Partial<Task> = {}): Task => ({
  id, title: id, text,
  source: { body: { section: ['三、重点任务'], item: '1', unitsText: '市生态环境局分局' } },
  units: { responsible: ['eco-branch'] },
  milestones,
  ...more,
});

function projectOf(plans: Array<[string, Task[]]>): Project<PlanWithTexts> {
  const loaded: PlanWithTexts[] = plans.map(([countyId, tasks]) => {
    const full: Plan = {
      id: `${countyId}-2021-air`, county: countyId, title: 't', category: 'air', year: 2021,
      period: { start: '2021-01-01', end: '2021-12-31' },
      document: { number: 'n', issuer: 'i', date: '2021-05-11', file: 'sources/x.txt' }, tasks,
    };
    return { plan: planCore(full), full, yaml: yamlFile(`/p/plans/${countyId}/2021-air.yaml`, full, tasks.flatMap((_, i) => [10 * i + 1, 3])) };
  });
  return { root: '/p', counties: new Map(COUNTIES.map((c) => [c.id, c])), plans: loaded, tasks: new Map(), goals: new Map(), unreadableRegistries: new Set() };
}

const S = '持续推进受污染耕地安全利用，提高安全利用类耕地安全利用技术针对性。';

describe('checkSameReading', () => {
  it('warns where the same sentence is read as ongoing in one county and as nothing in the other, naming both places', async () => {
    const f = checkSameReading(projectOf([
      ['qinshui', [task('QS21-SOIL-04-1', S, [ms('m1', '持续推进', 'ongoing')])]],
      ['yangcheng', [task('YC21-SOIL-04-1', S, [ms('m1', undefined, 'unspecified', { why: '正文未规定完成时限' })])]],
    ]));
    expect(f.map((x) => [x.code, x.severity, x.args.subject, x.args.actual])).toEqual([['SENTENCE_READ_TWO_WAYS', 'warning', 'YC21-SOIL-04-1', 'no date']]);
    expect(f[0]?.args.expected).toBe('QS21-SOIL-04-1 (plans/qinshui/2021-air.yaml:1): ongoing');
    expect(f[0]?.at).toEqual({ file: '/p/plans/yangcheng/2021-air.yaml', path: ['tasks', 0, 'text'] });
  });

  it('compares undated milestones too: an obligation without a date in one county, none in the other', () => {
    const A = '充分发挥委员会作用。各相关部门要将大气污染防治重点工作纳入本部门规划和年度计划。持续开展月调度月通报。';
    const B = '充分发挥各级委员会作用。各相关部门要将大气污染防治重点工作纳入本部门规划和年度计划。持续开展月调度月通报。';
    const monthly = ms('m1', '月调度月通报', 'recurring', { every: 'month' }, '持续开展月调度月通报');
    const undated = ms('m2', undefined, 'unspecified', { why: '正文未规定完成时限' }, '各相关部门将大气污染防治重点工作纳入本部门规划和年度计划');
    const f = checkSameReading(projectOf([
      ['qinshui', [task('QS21-AIR-S1', A, [monthly, undated])]],
      ['yangcheng', [task('YC21-AIR-S1', B, [monthly])]],
    ]));
    expect(f.map((x) => [x.args.subject, x.args.actual, x.args.expected?.split(': ')[1]])).toEqual([['YC21-AIR-S1', 'no date', 'unspecified']]);
    expect(checkSameReading(projectOf([
      ['qinshui', [task('QS21-AIR-S1', A, [monthly, undated])]],
      ['yangcheng', [task('YC21-AIR-S1', B, [monthly, undated])]],
    ]))).toEqual([]);
  });

  it('a milestone without a date or a what (正文未规定完成时限, for the whole text) is no date, as a text without one', () => {
    const placeholder = ms('m1', undefined, 'unspecified', { why: '正文未规定完成时限' });
    expect(checkSameReading(projectOf([
      ['qinshui', [task('QS21-SOIL-15', `${S}严肃查处土壤污染环境违法行为。`, [placeholder])]],
      ['yangcheng', [task('YC21-SOIL-15', S, [placeholder])]],
    ]))).toEqual([]);
  });

  it('is silent where both read alike, across white space, punctuation, full/half width and ** markers', async () => {
    const other = '**持续推进受污染耕地安全利用,提高安全利用类耕地 安全利用技术针对性.**';
    expect(normalise(other)).toBe(normalise(S));
    expect(checkSameReading(projectOf([
      ['qinshui', [task('QS21-SOIL-04-1', S, [ms('m1', '持续推进', 'ongoing')])]],
      ['yangcheng', [task('YC21-SOIL-04-1', other, [ms('m1', '持续推进', 'ongoing')])]],
    ]))).toEqual([]);
  });

  it('compares one sentence of two different texts, by the milestone whose phrase (and what) stands in it', async () => {
    const a = '2021年5月底前，制定2021年清洁取暖改造计划。对照2021年农村地区清洁取暖覆盖率力争达到70%以上的目标要求，查遗补漏。';
    const b = '组织开展清洁取暖回头看。2021年5月底前，制定2021年清洁取暖改造计划。';
    const plan = (hard: boolean) => projectOf([
      ['qinshui', [task('QS21-AIR-07', a, [ms('m1', '2021年5月底前', 'by', { due: '2021-05-31' }), ms('m2', '2021年', hard ? 'by' : 'soft', { due: '2021-12-31' }, '2021年农村地区清洁取暖覆盖率力争达到70%以上')])]],
      ['yangcheng', [task('YC21-AIR-07', b, [ms('m1', '2021年5月底前', 'by', { due: '2021-05-31' })])]],
    ]);
    // m2's phrase 2021年 also stands in the first sentence; its what places it in the second.
    expect(checkSameReading(plan(true))).toEqual([]);
    const c = '对照2021年农村地区清洁取暖覆盖率力争达到70%以上的目标要求，查遗补漏。';
    const f = checkSameReading(projectOf([
      ['qinshui', [task('QS21-AIR-07', a, [ms('m1', '2021年5月底前', 'by', { due: '2021-05-31' }), ms('m2', '2021年', 'by', { due: '2021-12-31' }, '覆盖率力争达到70%以上')])]],
      ['yangcheng', [task('YC21-AIR-07', c, [ms('m2', '2021年', 'soft', { due: '2021-12-31' })])]],
    ]));
    expect(f.map((x) => [x.args.subject, x.args.actual])).toEqual([['YC21-AIR-07', 'soft']]);
  });

  it('warns where a target in the same words is soft in one plan only', async () => {
    const text = '2021年农村地区清洁取暖覆盖率力争达到70%以上。';
    const target = (soft: boolean) => ({ targets: [{ id: 't1', text: '覆盖率力争达到70%以上', metric: 'm', comparison: 'gte' as const, value: 70, ...(soft ? { soft } : {}) }] });
    const f = checkSameReading(projectOf([
      ['qinshui', [task('QS21-AIR-07', text, [], target(true))]],
      ['yangcheng', [task('YC21-AIR-07', text, [], target(false))]],
    ]));
    expect(f.map((x) => [x.args.actual, x.args.expected?.endsWith('soft target')])).toEqual([['no date', true]]);
  });

  it('compares units only where the unit words are the same too, the county name set aside', async () => {
    const withUnits = (id: string, unitsText: string, responsible: string[]) =>
      task(id, S, [ms('m1', '持续推进', 'ongoing')], { source: { body: { section: ['三'], item: '1', unitsText } }, units: { responsible } });
    // 市生态环境局沁水分局 and 市生态环境局阳城分局: the same office of two counties.
    expect(checkSameReading(projectOf([['qinshui', [withUnits('QS-A-1', '生态环境部门', ['eco-branch'])]], ['yangcheng', [withUnits('YC-A-1', '生态环境部门', ['eco-branch'])]]]))).toEqual([]);
    // The same words mapped to all townships in one county and to the concerned ones in the other.
    const f = checkSameReading(projectOf([['qinshui', [withUnits('QS-A-1', '各有关乡（镇）人民政府', ['townships'])]], ['yangcheng', [withUnits('YC-A-1', '各有关乡（镇）人民政府', ['townships-concerned'])]]]));
    expect(f.map((x) => x.args.actual)).toEqual(['units 各有关乡（镇）人民政府']);
    // Other words name other units: the source's difference, not a reading.
    expect(checkSameReading(projectOf([['qinshui', [withUnits('QS-A-1', '县住建局', ['housing'])]], ['yangcheng', [withUnits('YC-A-1', '各有关乡（镇）人民政府', ['townships-concerned'])]]]))).toEqual([]);
  });

  it('honours a difference recorded as intended on either task, and ignores short set phrases', async () => {
    const qs = task('QS21-AIR-23', S, [ms('m3', '持续推进', 'ongoing')]);
    const yc = (more: Partial<Task>) => task('YC21-AIR-23', S, [], more);
    expect(checkSameReading(projectOf([['qinshui', [qs]], ['yangcheng', [yc({})]]]))).toHaveLength(1);
    expect(checkSameReading(projectOf([['qinshui', [qs]], ['yangcheng', [yc({ readsDifferently: [{ task: 'QS21-AIR-23', reason: '附件写已完成' }] })]]]))).toEqual([]);
    expect(checkSameReading(projectOf([['qinshui', [{ ...qs, readsDifferently: [{ task: 'YC21-AIR-23', reason: 'r' }] }]], ['yangcheng', [yc({})]]]))).toEqual([]);
    const short = '严防水质反弹。';
    expect(checkSameReading(projectOf([['qinshui', [task('Q-1', short, [ms('m1', '严防', 'ongoing')])]], ['yangcheng', [task('Y-1', short, [])]]]))).toEqual([]);
  });

  it('warns once per pair of tasks, however many sentences they share', async () => {
    const two = `${S}持续推进国三及以下排放标准营运柴油货车淘汰工作。`;
    const f = checkSameReading(projectOf([
      ['qinshui', [task('QS-1', two, [ms('m1', '持续推进', 'ongoing')])]],
      ['yangcheng', [task('YC-1', two, [])]],
    ]));
    expect(f).toHaveLength(1);
  });
});

describe('plancheck validate: the same sentence read two ways', () => {
  /** The fixture with a second task that repeats item 4's text word for word but reads no date in it. */
  function twin(extra = ''): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plancheck-same-'));
    fs.cpSync(FIXTURE, dir, { recursive: true });
    const file = path.join(dir, 'plans/demo/2021-air.yaml');
    const text = fs.readFileSync(file, 'utf8').replace('  - id: DM21-AIR-05\n', `  - id: DM21-AIR-09
    title: 扬尘整治（重复）
    text: 持续开展县城扬尘整治，确保降尘量低于9吨/月·平方公里。
    source:
      body: { section: [二、重点任务], item: "4", unitsText: 县住建局牵头，各乡（镇）人民政府配合 }
    units: { lead: [housing], support: [townships] }
    milestones:
      - id: m1
        statements:
          - { source: body, kind: unspecified, why: 正文未规定完成时限 }
${extra}  - id: DM21-AIR-05\n`);
    fs.writeFileSync(file, text);
    return dir;
  }
  const validate = (dir: string, ...args: string[]) => run(['validate', '--plans', path.join(dir, 'plans'), '--status', path.join(dir, 'status.yaml'), ...args]);

  it('warns (exit 0), and --strict makes it an error (exit 2)', async () => {
    const dir = twin();
    const r = (await validate(dir));
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/2021-air\.yaml:\d+:\d+: warning SENTENCE_READ_TWO_WAYS DM21-AIR-09: "持续开展县城扬尘整治确保降尘量低于9吨月平方公里" is read as no date here, but the same words in DM21-AIR-04 \(plans\/demo\/2021-air\.yaml:\d+\): ongoing/);
    const strict = (await validate(dir, '--strict'));
    expect(strict.code).toBe(2);
    expect(strict.stderr).toMatch(/error SENTENCE_READ_TWO_WAYS DM21-AIR-09/);
    expect(strict.stdout).toContain('not ok: 1 warning, errors with --strict');
  });

  it('is silent where the difference is recorded with its reason, also with --strict', async () => {
    const dir = twin('    readsDifferently:\n      - { task: DM21-AIR-04, reason: 演示：有意不同 }\n');
    const r = (await validate(dir, '--strict'));
    expect(r.stderr).not.toContain('SENTENCE_READ_TWO_WAYS');
    expect(r.code).toBe(0);
  });

  it('passes on the shipped plans with no warning, also with --strict', async () => {
    const r = (await run(['validate', '--strict']));
    expect(r.stderr).not.toMatch(/warning|error/);
    expect(r.code).toBe(0);
  });
});
