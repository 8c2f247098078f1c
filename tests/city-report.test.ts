// The city's circular over a workspace of three county repositories: for any status files, each
// county's figures are exactly those of its own circular of the same month, run in its repository; the
// city's totals add them up; the ranking follows the on-time rate; plans of 2022 (Lingchuan) beside
// plans of 2021 are each counted from their own issue date.
import fc from 'fast-check';
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepare } from '../src/context.js';
import { run } from './helpers/cli.js';
import { COUNTIES, env, makeCity, repo } from './helpers/workspace.js';

let city: string;
/** Per county, the milestones a status entry may name without an occurrence. */
const tasks = new Map<string, string[]>();

beforeAll(async () => {
  city = await makeCity();
  const ctx = await prepare({}, env(city));
  for (const county of COUNTIES) {
    tasks.set(county, [...ctx.project.tasks.values()].filter((r) => r.plan.county === county && r.task.milestones.length === 1 && r.task.milestones[0]?.kind !== 'recurring').map((r) => r.task.id));
  }
}, 60_000);

afterAll(() => rmSync(city, { recursive: true, force: true }));

const day = fc.integer({ min: 0, max: 2 * 365 - 1 }).map((n) => new Date(Date.UTC(2021, 0, 1 + n)).toISOString().slice(0, 10));
const entries = fc.array(fc.record({ pick: fc.nat(), state: fc.constantFrom('done', 'done', 'in-progress', 'waived'), date: day }), { maxLength: 40 });
const month = fc.integer({ min: 0, max: 23 }).map((n) => `${2021 + Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, '0')}`);

function writeStatus(county: string, list: Array<{ pick: number; state: string; date: string }>): void {
  const ids = tasks.get(county) ?? [];
  const lines = list.map((e) => `  - { task: ${ids[e.pick % ids.length]}, state: ${e.state}, date: ${e.date} }\n`);
  writeFileSync(path.join(repo(city, county), 'status.yaml'), lines.length ? `entries:\n${lines.join('')}` : 'entries: []\n');
}

interface CountyJson { county: string; due: Record<string, number>; rate?: number; overdue: { total: number; newThisMonth: number }; updated: boolean; lastEntry?: string }

describe('the city circular', () => {
  it('gives each county the figures of its own circular, adds them up and ranks them (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.tuple(entries, entries, entries), month, async (files, m) => {
        COUNTIES.forEach((county, i) => writeStatus(county, files[i] ?? []));
        const cityRun = await run(['report', '--month', m, '--format', 'json'], { cwd: city });
        expect(cityRun.code, cityRun.stderr).toBe(0);
        const cityJson = JSON.parse(cityRun.stdout) as { counties: CountyJson[]; total: { due: Record<string, number>; overdue: { total: number; newThisMonth: number } } };
        expect(cityJson.counties.map((c) => c.county).sort()).toEqual([...COUNTIES].sort());
        for (const county of COUNTIES) {
          const own = JSON.parse((await run(['report', '--month', m, '--format', 'json'], { cwd: repo(city, county) })).stdout);
          const row = cityJson.counties.find((c) => c.county === county);
          expect(row?.due).toEqual(own.figures.due);
          expect(row?.overdue).toEqual(own.figures.overdue);
        }
        for (const key of Object.keys(cityJson.total.due)) expect(cityJson.total.due[key]).toBe(cityJson.counties.reduce((n, c) => n + (c.due[key] ?? 0), 0));
        expect(cityJson.total.overdue.total).toBe(cityJson.counties.reduce((n, c) => n + c.overdue.total, 0));
        const rates = cityJson.counties.map((c) => c.rate ?? -1);
        expect(rates).toEqual([...rates].sort((a, b) => b - a));
      }),
      { numRuns: 8 },
    );
  }, 120_000);

  it('gives each county in the city\'s year its own repository\'s year, ranked', async () => {
    writeStatus('qinshui', [{ pick: 0, state: 'done', date: '2021-03-01' }, { pick: 1, state: 'done', date: '2021-12-20' }]);
    writeStatus('lingchuan', []);
    writeStatus('yangcheng', [{ pick: 2, state: 'done', date: '2021-05-01' }]);
    const r = await run(['report', '--year', '2021', '--format', 'json'], { cwd: city });
    expect(r.code, r.stderr).toBe(0);
    const year = JSON.parse(r.stdout) as { due: Record<string, number>; byCounty: Array<{ county: string; due: Record<string, number>; rate?: number; rank?: number }> };
    expect(year.byCounty.map((c) => c.county).sort()).toEqual([...COUNTIES].sort());
    for (const county of COUNTIES) {
      const own = JSON.parse((await run(['report', '--year', '2021', '--format', 'json'], { cwd: repo(city, county) })).stdout) as { due: Record<string, number>; byCounty: unknown[] };
      expect(year.byCounty.find((c) => c.county === county)?.due, county).toEqual(own.due);
      // one county's assessment has no county rows
      expect(own.byCounty).toEqual([]);
    }
    for (const key of Object.keys(year.due)) expect(year.due[key]).toBe(year.byCounty.reduce((n, c) => n + (c.due[key] ?? 0), 0));
    const rates = year.byCounty.map((c) => c.rate ?? -1);
    expect(rates).toEqual([...rates].sort((a, b) => b - a));
    expect(year.byCounty.filter((c) => c.rate === undefined).every((c) => c.rank === undefined)).toBe(true);
  });

  it('says which counties\' status files were not updated by the reporting day, header from the city\'s report.yaml', async () => {
    writeStatus('qinshui', [{ pick: 0, state: 'done', date: '2022-06-20' }]);
    writeStatus('lingchuan', [{ pick: 0, state: 'done', date: '2022-06-28' }]);
    writeStatus('yangcheng', []);
    writeFileSync(path.join(city, 'report.yaml'), 'issuer: 晋城市生态环境保护委员会办公室\nnumber: 第6期\ndate: 2022年7月5日\nreportingDay: 25\n');
    try {
      const r = await run(['report', '--month', '2022-06', '--lang', 'zh'], { cwd: city });
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toMatch(/^晋城市生态环境保护委员会办公室$/m);
      expect(r.stdout).toContain('晋城市2022年6月生态环境保护重点任务月调度通报');
      expect(r.stdout).toContain('按时更新1个县：沁水县');
      expect(r.stdout).toContain('未按时更新2个县：陵川县（最近一次报送2022年6月28日）、阳城县（尚无报送）');
      const json = JSON.parse((await run(['report', '--month', '2022-06', '--format', 'json'], { cwd: city })).stdout) as { counties: CountyJson[] };
      expect(Object.fromEntries(json.counties.map((c) => [c.county, c.updated]))).toEqual({ qinshui: true, lingchuan: false, yangcheng: false });
    } finally {
      rmSync(path.join(city, 'report.yaml'));
    }
  });

  it('counts Lingchuan\'s plans of 2022 from their own issue date beside Yangcheng\'s of 2021', async () => {
    COUNTIES.forEach((county) => writeStatus(county, []));
    const json = JSON.parse((await run(['report', '--month', '2021-06', '--format', 'json'], { cwd: city })).stdout) as { counties: CountyJson[] };
    const lingchuan = json.counties.find((c) => c.county === 'lingchuan');
    expect(lingchuan?.due.total).toBe(0);
    expect(lingchuan?.overdue.total).toBe(0);
    expect(json.counties.find((c) => c.county === 'yangcheng')?.overdue.total).toBeGreaterThan(0);
    // A county with nothing due ranks last.
    expect(json.counties.at(-1)?.county).toBe('lingchuan');
  });

  it('is every form: text, markdown, html, docx and json', async () => {
    for (const format of ['text', 'markdown', 'html', 'json']) {
      const r = await run(['report', '--month', '2022-06', '--format', format, '--lang', 'en'], { cwd: city });
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toContain(format === 'json' ? '"scope": "city"' : 'The units with the most overdue');
    }
    const out = path.join(city, 'city.docx');
    const docx = await run(['report', '--month', '2022-06', '--format', 'docx', '--output', out], { cwd: city });
    expect(docx.code, docx.stderr).toBe(0);
  });
});
