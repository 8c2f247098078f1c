// A city's workspace: the shipped plans split into three county repositories (Qinshui, Lingchuan,
// Yangcheng), each with its own status file, read in one run through workspace.yaml. Every view over the
// workspace gives, for each county, exactly what the county's own run in its repository gives.
import { readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepare } from '../src/context.js';
import { run } from './helpers/cli.js';
import { COUNTIES, env, makeCity, repo as repoIn } from './helpers/workspace.js';

let city: string;
const repo = (county: string): string => repoIn(city, county);

beforeAll(async () => {
  city = await makeCity();
}, 60_000);

afterAll(() => rmSync(city, { recursive: true, force: true }));

/** The views, as a county's office and the city's run them. */
const VIEWS: string[][] = [
  ['due', '--format', 'json', '--as-of', '2022-06-30'],
  ['late', '--format', 'json', '--as-of', '2022-06-30'],
  ['done', '--format', 'json', '--as-of', '2022-06-30'],
  ['list', '--format', 'json', '--as-of', '2022-06-30'],
  ['due', '--as-of', '2021-06-30', '--width', '120'],
  ['late', '--as-of', '2022-06-30', '--width', '100'],
  ['summary', '--by', 'unit', '--format', 'json', '--as-of', '2022-06-30'],
  ['summary', '--by', 'county', '--format', 'json', '--as-of', '2022-06-30'],
  ['summary', '--by', 'category', '--as-of', '2022-06-30', '--width', '100'],
  ['check', '--format', 'json', '--as-of', '2022-06-30'],
  ['check', '--format', 'sarif', '--as-of', '2022-06-30'],
  ['check', '--format', 'junit', '--as-of', '2022-06-30'],
  ['report', '--month', '2022-06', '--format', 'json'],
  ['report', '--month', '2021-06', '--format', 'markdown'],
  ['calendar', '--as-of', '2022-06-30'],
  ['notify', '--to', 'wecom', '--dry-run', '--as-of', '2022-06-30'],
];

/** In the workspace a county's files are named as they stand there, under its repository's path. */
const asInRepository = (text: string, county: string): string => text.split(`counties/${county}/`).join('');

describe('a workspace of three county repositories', () => {
  for (const args of VIEWS) {
    it(`${args.join(' ')}: each county as in its own repository`, async () => {
      for (const county of COUNTIES) {
        const own = await run([...args, '--county', county], { cwd: repo(county) });
        const inCity = await run([...args, '--county', county], { cwd: city });
        expect(own.code, own.stderr).toBeLessThan(2);
        expect(inCity.code, inCity.stderr).toBe(own.code);
        expect(asInRepository(inCity.stdout, county)).toBe(own.stdout);
        expect(own.stdout.length).toBeGreaterThan(0);
      }
    }, 60_000);
  }

  it('ledger: each county\'s ledger as in its own repository', async () => {
    for (const county of COUNTIES) {
      const own = path.join(city, `own-${county}.csv`);
      const inCity = path.join(city, `city-${county}.csv`);
      expect((await run(['ledger', '--as-of', '2022-06-30', '--output', own], { cwd: repo(county) })).code).toBe(0);
      expect((await run(['ledger', '--as-of', '2022-06-30', '--county', county, '--output', inCity], { cwd: city })).code).toBe(0);
      expect(readFileSync(inCity)).toEqual(readFileSync(own));
    }
  });

  it('trace --missing reads each repository\'s notices against its own plans, though other repositories hold a notice of the same name', async () => {
    const notice = path.join(repoIn(city, 'qinshui'), 'sources/qinshui-2021-qinzhengbanfa-2021-19.txt');
    const original = readFileSync(notice, 'utf8');
    // An item in Qinshui's copy that no plan encodes; the other repositories' copies lack it.
    writeFileSync(notice, original.replace('4. 深化黑臭水体整治。', '9. 新增一项未编码的任务。加强管理。\n4. 深化黑臭水体整治。'));
    try {
      const r = await run(['trace', '--missing'], { cwd: city });
      expect(r.code, r.stderr).toBe(1);
      expect(r.stdout).toContain(`${path.join('counties/qinshui', 'sources/qinshui-2021-qinzhengbanfa-2021-19.txt')}:257:`);
      expect(r.stdout).toContain('新增一项未编码的任务');
    } finally {
      writeFileSync(notice, original);
    }
  });

  it('completes the workspace\'s counties with Tab, not the shipped plans\'', async () => {
    const r = await run(['completion', '--words', '--', 'due', '--county', ''], { cwd: city });
    expect(r.stdout.split('\n').filter(Boolean).sort()).toEqual(['lingchuan', 'qinshui', 'yangcheng', '沁水县', '阳城县', '陵川县'].sort());
  });

  it('reads every county in one run, each status file applied to its own county', async () => {
    const ctx = await prepare({}, env(city));
    expect([...ctx.project.counties.keys()].sort()).toEqual([...COUNTIES].sort());
    expect(ctx.repositories?.map((r) => [r.name, r.counties])).toEqual(COUNTIES.map((c) => [`counties/${c}`, [c]]));
    // Lingchuan's plans of 2022 beside Qinshui's and Yangcheng's of 2021.
    const years = new Set(ctx.project.plans.map((p) => `${p.plan.county} ${p.plan.year}`));
    for (const seen of ['qinshui 2021', 'lingchuan 2022', 'yangcheng 2021']) expect(years).toContain(seen);
  });

  it('shows a county column where the rows span more than one county, each unit with its county', async () => {
    const r = await run(['late', '--as-of', '2021-06-30', '--width', '120', '--lang', 'zh'], { cwd: city });
    const header = r.stdout.split('\n')[0] ?? '';
    expect(header).toMatch(/^任务\s+县\s+标题\s+责任单位/);
    expect(r.stdout).toMatch(/^QS21-AIR-20 m1\s+沁水县\s/m);
    expect(r.stdout).toMatch(/^YC21-AIR-04 m1\s+阳城县\s.*市生态环境局阳城/m);
    const one = await run(['late', '--as-of', '2021-06-30', '--width', '120', '--lang', 'zh', '--county', 'yangcheng'], { cwd: city });
    expect(one.stdout.split('\n')[0]).not.toMatch(/\s县\s/);
    const tasks = await run(['list', '--width', '120'], { cwd: city });
    expect(tasks.stdout.split('\n')[0]).toMatch(/^Task\s+County\s+Title/);
    expect(tasks.stdout).toMatch(/^LC22-\S+\s+lingchuan\s/m);
  });

  it('refuses a status entry about another county, named in the county\'s file as it is in the workspace', async () => {
    const file = path.join(repo('lingchuan'), 'status.yaml');
    const before = readFileSync(file, 'utf8');
    try {
      writeFileSync(file, `${before}  - { task: QS21-AIR-20, state: done, date: 2021-02-01 }\n`);
      const r = await run(['due'], { cwd: city });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^counties\/lingchuan\/status\.yaml:\d+:\d+: .*STATUS_UNKNOWN_TASK.*QS21-AIR-20/m);
    } finally {
      writeFileSync(file, before);
    }
  });

  it('keeps the office\'s verdicts of each repository: a milestone sent back in its status file is open in the workspace too', async () => {
    const file = path.join(repo('qinshui'), 'status.yaml');
    const before = readFileSync(file, 'utf8');
    try {
      writeFileSync(file, `${before}verdicts:\n  - { task: QS21-WATER-2-10, milestone: m2, verdict: sent-back, date: 2021-05-10, by: office, reason: 佐证不足 }\n`);
      const args = ['report', '--year', '2021', '--county', 'qinshui', '--format', 'json'];
      const inWorkspace = JSON.parse((await run(args, { cwd: city })).stdout) as { signoff: { sentBack: number }; due: unknown };
      const own = JSON.parse((await run(args, { cwd: repo('qinshui') })).stdout) as { signoff: { sentBack: number }; due: unknown };
      expect(own.signoff.sentBack).toBe(1);
      expect(inWorkspace.signoff).toEqual(own.signoff);
      expect(inWorkspace.due).toEqual(own.due);
    } finally {
      writeFileSync(file, before);
    }
  });

  it('says which county repository has no status file, and reads the others', async () => {
    const file = path.join(repo('yangcheng'), 'status.yaml');
    const before = readFileSync(file, 'utf8');
    rmSync(file);
    try {
      const r = await run(['summary', '--by', 'county', '--as-of', '2022-06-30'], { cwd: city, env: { PLANCHECK_LANG: 'zh' } });
      expect(r.code).toBe(0);
      expect(r.stderr).toContain('没有 counties/yangcheng/status.yaml：该仓库各县的所有任务按未开始计');
      expect(r.stdout).toMatch(/陵川县|lingchuan/);
    } finally {
      writeFileSync(file, before);
    }
  });

  it('does not follow a link from one repository into another', async () => {
    const link = path.join(repo('yangcheng'), 'plans', 'qinshui');
    symlinkSync(path.join(repo('qinshui'), 'plans', 'qinshui'), link);
    try {
      const r = await run(['due'], { cwd: city });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('FILE_OUTSIDE');
      expect(r.stderr).toContain('counties/yangcheng/plans/qinshui');
    } finally {
      rmSync(link);
    }
  });

  it('names a listed repository without plans at its line of workspace.yaml', async () => {
    writeFileSync(path.join(city, 'broken.yaml'), 'counties:\n  - counties/qinshui\n  - counties/gaoping\n');
    const r = await run(['due', '--workspace', 'broken.yaml'], { cwd: city });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^broken\.yaml:3:5: .*WORKSPACE_NO_PLANS.*counties\/gaoping/m);
  });

  it('writes a status file only where one is named: mark in the city\'s folder asks which county\'s', async () => {
    const r = await run(['mark', 'QS21-AIR-20', 'done', '--date', '2021-02-01'], { cwd: city });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('this folder holds a workspace (workspace.yaml)');
    const file = path.join(repo('lingchuan'), 'status.yaml');
    const before = readFileSync(file, 'utf8');
    try {
      const half = await run(['mark', 'LC22-AIR-01', 'done', '--date', '2022-07-01', '--status', 'counties/lingchuan/status.yaml'], { cwd: city });
      expect(half.code).toBe(2);
      const named = await run(['mark', 'LC22-AIR-01', 'done', '--date', '2022-07-01', '--plans', 'counties/lingchuan/plans', '--status', 'counties/lingchuan/status.yaml'], { cwd: city });
      expect(named.code, named.stderr).toBe(0);
      expect(readFileSync(file, 'utf8')).toContain('LC22-AIR-01');
    } finally {
      writeFileSync(file, before);
    }
  });

  it('takes --workspace or --plans, not both', async () => {
    const r = await run(['due', '--workspace', 'workspace.yaml', '--plans', 'counties/qinshui/plans'], { cwd: city });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--workspace and --plans cannot be given together');
  });
});
