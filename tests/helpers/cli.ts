// Runs the real built binary, as a user or CI would.
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const BIN = path.join(ROOT, 'bin/plancheck');
export const FIXTURE = path.join(ROOT, 'tests/fixtures/basic');

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function plancheck(args: string[], opts: { cwd?: string; env?: Record<string, string> } = {}): Run {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: opts.cwd ?? ROOT,
    encoding: 'utf8',
    // Tables as wide as their content, unless a test asks for a width: the content tests read whole rows.
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', COLUMNS: '400', PLANCHECK_LANG: '', LC_ALL: '', LANG: 'C.UTF-8', ...opts.env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The fixture's plans alone. */
export const fixturePlans = (...args: string[]): string[] => [...args, '--plans', path.join(FIXTURE, 'plans')];

/** The fixture county, with its status file. */
export const fixtureArgs = (...args: string[]): string[] => [...args, '--plans', path.join(FIXTURE, 'plans'), '--status', path.join(FIXTURE, 'status.yaml')];

/** The binary run without blocking, for tests that answer its requests in the same process. */
export function plancheckAsync(args: string[], opts: { env?: Record<string, string> } = {}): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...opts.env } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
