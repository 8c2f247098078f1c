// A temporary copy of the test fixture (one county, its plans and status file), and its context, for
// the fault-injection cases: each case may break its copy as it likes.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { prepare, type CommonOptions, type Context } from '../../src/context.js';
import type { PlanWithTexts } from '../../src/model.js';
import { FIXTURE } from '../helpers/cli.js';

export interface Workspace {
  dir: string;
  status: string;
  context: (opts?: CommonOptions) => Promise<Context<PlanWithTexts>>;
}

export function workspace(): Workspace {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'plancheck-faults-')));
  fs.cpSync(path.join(FIXTURE, 'plans'), path.join(dir, 'plans'), { recursive: true });
  fs.cpSync(path.join(FIXTURE, 'sources'), path.join(dir, 'sources'), { recursive: true });
  const status = path.join(dir, 'status.yaml');
  fs.copyFileSync(path.join(FIXTURE, 'status.yaml'), status);
  const context = (opts: CommonOptions = {}) =>
    prepare({ plans: path.join(dir, 'plans'), status, asOf: '2021-08-15', ...opts }, { cwd: dir, now: Date.UTC(2021, 7, 15, 4), color: false }, { texts: true });
  return { dir, status, context };
}

/** The error a call throws (or fails the test). */
export async function thrown(f: () => unknown): Promise<unknown> {
  try {
    await f();
  } catch (e) {
    return e;
  }
  throw new Error('expected an error');
}
