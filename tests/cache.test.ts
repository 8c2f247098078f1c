// The parse cache changes nothing but speed: a run from the cache says what a run from the YAML says.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE, plancheck } from './helpers/cli.js';

describe('parse cache', () => {
  it('gives the same answers and warnings from the cache, and treats a broken entry (or code cache) as a miss', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plancheck-cache-'));
    const env = { PLANCHECK_CACHE_DIR: dir };
    const args = ['validate'];
    const fresh = plancheck(args, { env: { PLANCHECK_CACHE: '0' } });
    const miss = plancheck(args, { env });
    expect(fs.readdirSync(dir).length).toBeGreaterThan(14);
    // The code cache is stored by a run that parsed nothing: what it compiled is what most runs need.
    const code = () => fs.readdirSync(dir).filter((f) => f.startsWith('code-') && f.endsWith('.bin')).map((f) => fs.statSync(path.join(dir, f)).size);
    expect(code()).toHaveLength(0);
    const hit = plancheck(args, { env });
    expect(code()).toHaveLength(1); // validate's
    for (const f of fs.readdirSync(dir)) fs.writeFileSync(path.join(dir, f), '{"data":');
    const broken = plancheck(args, { env });
    // V8 rejects the broken code cache; the next run that parses nothing stores a good one again.
    const again = plancheck(args, { env });
    expect(code()[0]).toBeGreaterThan(1000);
    for (const r of [miss, hit, broken, again]) expect([r.code, r.stdout, r.stderr]).toEqual([fresh.code, fresh.stdout, fresh.stderr]);
    expect(fresh.stderr).toContain('PHRASE_NOT_UNDERSTOOD');

    const due = ['due', '--county', 'qinshui', '--as-of', '2021-06-15', '--status', 'examples/qinshui-2021-status.yaml', '--format', 'json'];
    // JSON reads the whole plans; tables and check read their cores; report reads the status file's evidence.
    const report = ['report', '--month', '2021-06', '--county', 'qinshui', '--status', 'examples/qinshui-2021-status.yaml'];
    for (const args of [due, due.slice(0, -2), ['check', ...due.slice(1, -2)], report]) {
      plancheck(args, { env });
      expect(plancheck(args, { env }).stdout).toBe(plancheck(args, { env: { PLANCHECK_CACHE: '0' } }).stdout);
    }
    expect(plancheck(report, { env }).stdout).toContain('5月入河排污口监测结果在县政府网站公开');
    // The code cache holds what the first run of each kind (command and options) from the parse cache compiled.
    const covered = Object.fromEntries(
      fs.readdirSync(dir).filter((f) => f.startsWith('code-') && f.endsWith('.json')).map((f) => [f.replace(/.*-(\w+)\.json$/, '$1'), JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'))]),
    );
    expect(covered).toEqual({
      validate: ['validate'],
      due: ['due --as-of --county --format --status', 'due --as-of --county --status'],
      check: ['check --as-of --county --status'],
      report: ['report --county --month --status'],
    });
    // The cores of each county's plans are kept together: a record per folder (4 counties and the
    // status file's), with the 14 plans' cores and the status file's.
    const records = fs.readdirSync(dir).filter((f) => f.startsWith('folder-'));
    expect(records).toHaveLength(5);
    const cores = records.flatMap((f) => Object.keys(JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')).cores).map((k) => k.split(':')[0]));
    expect([cores.filter((k) => k === 'plan').length, cores.filter((k) => k === 'status').length]).toEqual([14, 1]);
  }, 90_000);

  it('reports an unknown unit at every task that names it, from a core whose tasks share their units too', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plancheck-units-'));
    fs.cpSync(path.join(FIXTURE, 'plans'), path.join(dir, 'plans'), { recursive: true });
    const plan = path.join(dir, 'plans/demo/2021-air.yaml');
    const text = fs.readFileSync(plan, 'utf8');
    const shared: string[] = text.match(/units: \{ responsible: \[[a-z, -]+\] \}/g) ?? [];
    const twice = shared.find((u, i) => shared.indexOf(u) !== i) as string;
    expect(twice).toBeDefined();
    fs.writeFileSync(plan, text.replaceAll(twice, twice.replace('] }', ', nosuch] }')));
    const env = { PLANCHECK_CACHE_DIR: path.join(dir, 'cache') };
    const args = ['due', '--plans', path.join(dir, 'plans'), '--as-of', '2021-06-01'];
    const count = (r: { stderr: string }) => r.stderr.split('\n').filter((l) => l.includes('UNIT_UNKNOWN') && l.includes('"nosuch"')).length;
    const expected = text.split(twice).length - 1;
    expect(count(plancheck(args, { env }))).toBe(expected);
    expect(count(plancheck(args, { env }))).toBe(expected);
  });
});
