// A fresh CI job (no cache), a job that fills its cache, and a warm one answer alike, to the byte:
// on a generated corpus with deliberate errors in a few files, every problem at the same file:line:column.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, ROOT, type Run } from './helpers/cli.js';

describe('cold and warm runs', () => {
  it('give the same output, positions included, on a generated corpus with errors in a few files', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plancheck-corpus-'));
    spawnSync(process.execPath, [path.join(ROOT, 'bench/generate.mjs'), '--out', dir, '--counties', '4', '--tasks', '20'], { encoding: 'utf8' });
    const edit = (file: string, change: (t: string) => string) => {
      const full = path.join(dir, 'plans', file);
      const before = fs.readFileSync(full, 'utf8');
      const after = change(before);
      expect(after, file).not.toBe(before);
      fs.writeFileSync(full, after);
    };
    edit('c001/2021-air.yaml', (t) => t.replace('"kind": "by"', '"kind": "xx"'));
    edit('c002/2021-water.yaml', (t) => t.replace(/"due": "2021-(\d\d)-(\d\d)"/, '"due": "2021-$1-3$2"'));
    edit('c003/2021-soil.yaml', (t) => t.replace('"townships"', '"nosuch"'));
    edit('c004/units.yaml', (t) => `${t}\n# a comment: the same data\n`);
    const cache = { PLANCHECK_CACHE_DIR: path.join(dir, '.cache') };
    const answer = (r: Run) => [r.code, r.stdout, r.stderr];
    for (const args of [['validate', '--status', 'status.yaml', '--as-of', '2021-12-31'], ['check', '--as-of', '2021-07-01', '--format', 'github']]) {
      const cold = (await run(args, { cwd: dir, env: { PLANCHECK_CACHE: '0' } }));
      const filling = (await run(args, { cwd: dir, env: cache }));
      const warm = (await run(args, { cwd: dir, env: cache }));
      expect(answer(filling), args[0]).toEqual(answer(cold));
      expect(answer(warm), args[0]).toEqual(answer(cold));
      if (args[0] === 'validate') {
        expect(cold.code).toBe(2);
        // each broken file named at a line and column, all in one run
        for (const file of ['c001/2021-air.yaml', 'c002/2021-water.yaml', 'c003/2021-soil.yaml']) expect(cold.stderr).toMatch(new RegExp(`${file}:\\d+:\\d+: error`));
      }
    }
    // with the errors fixed, the cached answers follow (check needs valid plans)
    const fixed = spawnSync(process.execPath, [path.join(ROOT, 'bench/generate.mjs'), '--out', dir, '--counties', '4', '--tasks', '20'], { encoding: 'utf8' });
    expect(fixed.status).toBe(0);
    const check = ['check', '--as-of', '2021-07-01', '--status', 'status.yaml', '--format', 'github'];
    const truth = (await run(check, { cwd: dir, env: { PLANCHECK_CACHE: '0' } }));
    expect(truth.code).toBe(1);
    expect(answer((await run(check, { cwd: dir, env: cache })))).toEqual(answer(truth));
    expect(answer((await run(check, { cwd: dir, env: cache })))).toEqual(answer(truth));
  });
});
