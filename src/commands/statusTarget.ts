// The status file that mark, extend and import write: --status, else ./status.yaml. It may not exist
// yet (the first mark creates it); the plans are then loaded without one.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { DEFAULT_STATUS, type CommonOptions, type Environment } from '../context.js';

export function statusTarget<T extends CommonOptions>(o: T, env: Environment): { file: string; options: T } {
  const file = resolve(env.cwd, o.status ?? DEFAULT_STATUS);
  const { status: _given, ...rest } = o;
  return { file, options: (existsSync(file) ? { ...rest, status: file } : rest) as T };
}
