// Runs plancheck as a user or CI would: the real built binary (plancheck), for exit codes and what only a
// process shows (time zone, signals, pipes, Node's own flags); or the same command line in-process (run),
// for the many cases, with the same environment, folder and streams, in a fraction of the time.
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { runCli } from '../../src/cli.js';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const BIN = path.join(ROOT, 'bin/plancheck');
export const FIXTURE = path.join(ROOT, 'tests/fixtures/basic');

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

interface RunOptions { cwd?: string; env?: Record<string, string> }

/** Tables as wide as their content, unless a test asks for a width: the content tests read whole rows. */
const runEnv = (env: Record<string, string> = {}) => ({ ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', COLUMNS: '400', PLANCHECK_LANG: '', LC_ALL: '', LANG: 'C.UTF-8', ...env });

export function plancheck(args: string[], opts: RunOptions = {}): Run {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: opts.cwd ?? ROOT, encoding: 'utf8', env: runEnv(opts.env) });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The same command line run in-process (src/cli.ts), piped as plancheck's are here: no terminal. */
export async function run(args: string[], opts: RunOptions = {}): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await runCli([process.execPath, BIN, ...args], {
    env: runEnv(opts.env),
    cwd: opts.cwd ?? ROOT,
    now: Date.now(),
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    // The cache folder, as the binary finds it from dist/.
    from: pathToFileURL(path.join(ROOT, 'dist/plancheck.js')).href,
  });
  return { code, stdout, stderr };
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
