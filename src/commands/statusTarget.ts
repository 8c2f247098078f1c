// The status file that mark, extend and import write: --status, else ./status.yaml. It may not exist
// yet (the first mark creates it); the plans are then loaded without one. In a city's workspace folder
// there is no status file or plans of its own: the county's are named with --plans and --status.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { DEFAULT_STATUS, type CommonOptions, type Environment } from '../context.js';
import { UsageError } from '../errors.js';
import { WORKSPACE_FILE } from '../load/workspace.js';

export function statusTarget<T extends CommonOptions>(o: T, env: Environment): { file: string; options: T } {
  if ((o.status === undefined || o.plans === undefined) && existsSync(resolve(env.cwd, WORKSPACE_FILE))) throw new UsageError((w) => w.writerInWorkspace);
  const file = resolve(env.cwd, o.status ?? DEFAULT_STATUS);
  const { status: _given, ...rest } = o;
  return { file, options: (existsSync(file) ? { ...rest, status: file } : rest) as T };
}
