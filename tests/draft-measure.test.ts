// draft on the five shipped notices, held against the hand encoding (bench/draft-measure.mjs): no date
// phrase read otherwise than the encoders read it; the phrases it cannot read are left to a person.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { expect, it } from 'vitest';
import { ROOT } from './helpers/cli.js';

it('reads no phrase of the shipped notices wrong', () => {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bench/draft-measure.mjs')], { cwd: ROOT, encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  const [header, ...rows] = r.stdout.trimEnd().split('\n').map((l) => l.trim().split(/\s+/));
  const wrong = header?.indexOf('wrong') ?? -1;
  expect(wrong).toBeGreaterThan(0);
  expect(rows.length).toBeGreaterThan(10);
  expect(rows.filter((row) => row[wrong] !== '0').map((row) => row[0])).toEqual([]);
}, 60_000);
