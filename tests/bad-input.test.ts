// The hostile-input corpus (tests/fixtures/bad): every case in-process, through prepare() and validate,
// each problem found with its code at a file:line:column; a sample of cases, and the cases about files
// themselves, through the real CLI: exit 2, one located message per problem, nothing on stdout, no
// stack trace.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateCommand } from '../src/commands/validate.js';
import { prepare } from '../src/context.js';
import { InputError } from '../src/errors.js';
import { isPosition, type Finding } from '../src/findings.js';
import { resolvePositions } from '../src/load/positions.js';
import { FIXTURE, run, ROOT, type Run } from './helpers/cli.js';

const BAD = path.join(ROOT, 'tests/fixtures/bad');
const cases = fs.readdirSync(BAD).filter((d) => fs.statSync(path.join(BAD, d)).isDirectory()).sort();

function project(overlay?: string, edit?: (dir: string) => void): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plancheck-bad-'));
  fs.cpSync(FIXTURE, dir, { recursive: true });
  if (overlay) fs.cpSync(overlay, dir, { recursive: true, filter: (src) => path.basename(src) !== 'expect.json' });
  edit?.(dir);
  return dir;
}

const validate = (dir: string, status = path.join(dir, 'status.yaml')): Promise<Run> =>
  run(['validate', '--plans', path.join(dir, 'plans'), '--status', status, '--as-of', '2021-12-31']);

const ERROR_LINE = /^(.+?):(\d+):(\d+): error ([A-Z_0-9]+) \S/;

/** A file that cannot be read has no line: its message names it, with what it is for. */
const UNREADABLE_LINE = /^error FILE_UNREADABLE (status file|plans folder|file) \S+ (not found|is a|cannot|is not)/;

function errorCodes(r: Run): string[] {
  const unreadable = r.stderr.split('\n').filter((l) => UNREADABLE_LINE.test(l)).map(() => 'FILE_UNREADABLE');
  return [...unreadable, ...r.stderr.split('\n').filter((l) => / error [A-Z_0-9]+ /.test(l)).map((l) => {
    const m = ERROR_LINE.exec(l);
    expect(m, `no file:line:column in: ${l}`).not.toBeNull();
    return (m as RegExpExecArray)[4] as string;
  })];
}

/** What validate finds in a project, in-process: the errors, placed, and whether the run was refused. */
async function validateInProcess(dir: string): Promise<{ refused: boolean; errors: Finding[] }> {
  const env = { cwd: dir, now: Date.parse('2022-01-01T00:00:00Z'), color: false };
  try {
    const out = validateCommand(await prepare({ plans: path.join(dir, 'plans'), status: path.join(dir, 'status.yaml'), asOf: '2021-12-31' }, env, { trace: true }));
    return { refused: out.exitCode !== 0, errors: (await resolvePositions(out.notes ?? [])).filter((f) => f.severity === 'error') };
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    return { refused: true, errors: (await resolvePositions(e.findings)).filter((f) => f.severity === 'error') };
  }
}

function expectRefused(r: Run, codes: string[]): void {
  expect(r.stderr).not.toMatch(/\n\s+at /);
  expect(r.stdout).toBe('');
  expect(r.code).toBe(2);
  expect(errorCodes(r).sort()).toEqual([...codes].sort());
}

describe('hostile input', () => {
  it('has at least 60 cases', async () => {
    expect(cases.length).toBeGreaterThanOrEqual(60);
  });

  const expected = (name: string): string[] => (JSON.parse(fs.readFileSync(path.join(BAD, name, 'expect.json'), 'utf8')) as { codes: string[] }).codes;

  it.each(cases)('%s', async (name) => {
    const codes = expected(name);
    const { refused, errors } = await validateInProcess(project(path.join(BAD, name)));
    expect(refused).toBe(codes.length > 0);
    expect(errors.map((f) => f.code).sort()).toEqual([...codes].sort());
    // every problem placed in its file, a file that cannot be read at its top
    for (const f of errors) expect(f.at && isPosition(f.at) && f.at.line >= 1 && f.at.column >= 1, `${f.code} has no position`).toBe(true);
  });

  // The CLI prints what prepare finds: a sample of the corpus, one case of each kind of failure.
  it.each(['yaml-duplicate-key', 'unknown-field', 'unknown-unit', 'date-disagrees', 'not-utf8-plan', 'many-problems', 'status-many-problems', 'ok-bom-crlf-status'].filter((n) => cases.includes(n)))('%s through the CLI', async (name) => {
    const codes = expected(name);
    const r = (await validate(project(path.join(BAD, name))));
    if (codes.length === 0) {
      expect(r.stderr).not.toContain('error');
      expect(r.code).toBe(0);
    } else {
      expectRefused(r, codes);
    }
  });

  it('a 50 MB plan fails fast, without being read', async () => {
    const dir = project(undefined, (d) => {
      const big = path.join(d, 'plans/demo/2021-big.yaml');
      fs.writeFileSync(big, '');
      fs.truncateSync(big, 50 * 1024 * 1024);
    });
    const started = Date.now();
    expectRefused((await validate(dir)), ['FILE_TOO_LARGE']);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('a symlink loop in the plans folder is an error, not a hang', async () => {
    const dir = project(undefined, (d) => {
      fs.symlinkSync('loop.yaml', path.join(d, 'plans/demo/loop.yaml'));
      fs.symlinkSync('..', path.join(d, 'plans/demo/up'));
    });
    expectRefused((await validate(dir)), ['FILE_UNREADABLE']);
  });

  it('a status file that does not exist, when named, is an error', async () => {
    const dir = project();
    expectRefused((await validate(dir, path.join(dir, 'missing.yaml'))), ['FILE_UNREADABLE']);
  });
});
