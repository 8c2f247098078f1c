// Issue 22, items 1, 7 and 8 through the real binary (a sample: the many cases run in-process): a full
// disk, a day span no calendar holds, a state file holding null, FIFOs named as outputs: one line on
// stderr, exit 2, no stack trace, no hang; `--output -` is standard output, never a file named -.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, fixtureArgs } from '../helpers/cli.js';
import { workspace } from './workspace.js';

const ENV = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', PLANCHECK_LANG: 'en', PLANCHECK_CACHE: '0' };

function run(args: string[], opts: { cwd?: string; stdout?: number; env?: Record<string, string> } = {}) {
  const start = Date.now();
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: opts.cwd, encoding: 'utf8', timeout: 10_000, env: { ...ENV, ...opts.env },
    stdio: ['ignore', opts.stdout ?? 'pipe', 'pipe'],
  });
  return { code: r.status, stderr: r.stderr, ms: Date.now() - start };
}

/** One line, exit 2, no stack trace, at once. */
function expectOneLine(r: ReturnType<typeof run>, says: RegExp): void {
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(says);
  expect(r.stderr).not.toMatch(/\n\s+at /);
  expect(r.stderr.trim().split('\n').filter((l) => l.startsWith('plancheck:'))).toHaveLength(1);
  expect(r.ms).toBeLessThan(9000);
}

describe('one line and exit 2, never a stack trace or a hang', () => {
  it('standard output on /dev/full, and --output /dev/full', () => {
    const full = fs.openSync('/dev/full', 'w');
    expectOneLine(run(fixtureArgs('list', '--as-of', '2021-08-15'), { stdout: full }), /no space left/);
    expectOneLine(run(fixtureArgs('report', '--month', '2021-07', '--output', '/dev/full')), /cannot write \/dev\/full: no space left/);
  });

  it('due --within 100000000d', () => {
    expectOneLine(run(fixtureArgs('due', '--within', '100000000d', '--as-of', '2021-08-15')), /at most 100 years/);
  });

  it('notify --since-last holding null, or naming a FIFO; GITHUB_STEP_SUMMARY and --output naming a FIFO', () => {
    const w = workspace();
    fs.writeFileSync(path.join(w.dir, 'state.json'), 'null');
    execFileSync('mkfifo', [path.join(w.dir, 'fifo')]);
    const notify = (state: string) => run(fixtureArgs('notify', '--dry-run', '--to', 'wecom', '--as-of', '2021-08-15', '--since-last', state), { cwd: w.dir });
    expectOneLine(notify('state.json'), /not a plancheck notify state file/);
    expectOneLine(notify('fifo'), /not a regular file/);
    expectOneLine(run(fixtureArgs('check', '--as-of', '2021-08-15'), { cwd: w.dir, env: { GITHUB_STEP_SUMMARY: path.join(w.dir, 'fifo') } }), /not a regular file/);
    expectOneLine(run(fixtureArgs('calendar', '--as-of', '2021-08-15', '--output', 'fifo'), { cwd: w.dir }), /not a regular file/);
  });

  it('report --output - with standard output on a regular file writes to it and creates no file named -', () => {
    // (Not /dev/stdout: on a broken build, run as root, that would replace the machine's /dev/stdout.)
    const w = workspace();
    const out = path.join(w.dir, 'out.txt');
    const fd = fs.openSync(out, 'w');
    const r = run(fixtureArgs('report', '--month', '2021-07', '--output', '-'), { cwd: w.dir, stdout: fd });
    fs.closeSync(fd);
    expect(r.code).toBe(0);
    expect(fs.existsSync(path.join(w.dir, '-'))).toBe(false);
    expect(fs.readFileSync(out, 'utf8').length).toBeGreaterThan(100);
  });
});
