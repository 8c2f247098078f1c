// The package as a user gets it: packed, installed into a temporary prefix, run from an empty folder and
// from a county repository made by init (scripts/e2e.mjs; .ci/run runs it on Node 22 and 24 too).
// Slow (an npm pack and an install, a third of the suite's time): not part of `npm test`, run by
// `npm run test:pack` (PLANCHECK_PACK=1), which .ci/run runs after it.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { expect, it } from 'vitest';
import { ROOT } from './helpers/cli.js';

it.runIf(process.env.PLANCHECK_PACK === '1')('installs from the packed tarball and runs: shipped plans in an empty folder, init, draft, validate', () => {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts/e2e.mjs')], { cwd: ROOT, encoding: 'utf8' });
  expect(r.stdout.split('\n').filter((l) => l.startsWith('FAIL')), r.stdout + r.stderr).toEqual([]);
  expect(r.stdout).toContain('all passed');
  expect(r.status).toBe(0);
}, 300_000);
