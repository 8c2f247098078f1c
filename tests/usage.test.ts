// Say only what matters: contradictory options are usage errors, a command offers only its own options,
// file errors say what the file is for, and the hint about a missing status file comes only where it
// changes the answer.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { FIXTURE, fixtureArgs, plancheck, ROOT, run } from './helpers/cli.js';

describe('contradictory options are usage errors, exit 2', () => {
  it.each([
    [['due', '--month', '2021-06', '--within', '14d'], /--month and --within contradict/],
    [['done', '--month', '2021-06', '--since', '2021-06-01'], /--month and --since contradict/],
    [['done', '--month', '2021-06', '--until', '2021-06-20'], /--month and --until contradict/],
    [['done', '--since', '2021-06-01', '--until', '2021-05-01'], /--until 2021-05-01 is before --since 2021-06-01/],
    [['done', '--since', '2021-07-01', '--as-of', '2021-06-15'], /the as-of date 2021-06-15 is before --since 2021-07-01/],
  ])('%s', async (args, message) => {
    const r = (await run(fixtureArgs(...args)));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe('');
  });
});

describe('a command offers only the options it uses', () => {
  it.each([
    ['validate', '--county', 'qinshui'],
    ['validate', '--soon', '7d'],
    ['trace', '--soon', '7d'],
    ['trace', '--status', 'status.yaml'],
    ['show', 'QS21-AIR-08', '--county', 'qinshui'],
    ['check', '--warn', '7d'],
  ])('%s %s', async (...args) => {
    const r = (await run(args));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown option');
  });

  it("each command's help shows its own exit statuses and two examples (the binary)", () => {
    const help = (cmd: string) => plancheck([cmd, '--help']).stdout;
    expect(help('due')).not.toContain('  1  ');
    expect(help('check')).toContain('  1  something fails');
    expect(help('trace')).toContain('  1  --missing');
    for (const cmd of ['validate', 'due', 'late', 'done', 'list', 'show', 'check', 'summary', 'trace']) {
      const examples = help(cmd).split('Examples:\n')[1]?.split('\n\n')[0]?.split('\n').filter((l) => l.startsWith('  plancheck')) ?? [];
      expect(examples, cmd).toHaveLength(2);
    }
  });

  it('the top-level examples run, and show what they promise', async () => {
    const top = (await run(['--help'])).stdout;
    const lines = top.split('Examples:\n')[1]!.split('\n\n')[0]!.split('\n').map((l) => l.trim()).filter(Boolean);
    for (const line of lines) {
      const r = (await run(line.split(' ').slice(1)));
      expect(r.code, line).toBe(0);
      expect(r.stdout.length, line).toBeGreaterThan(0);
      // no example shows tasks years late: they run as of the plans' own year
      expect(r.stdout, line).not.toMatch(/\d{4} days late/);
    }
  });

  it('the help wraps to the width, counting Chinese double', async () => {
    for (const args of [['--help'], ['due', '--help'], ['check', '--help']]) {
      const help = (await run(args, { env: { COLUMNS: '60' } })).stdout;
      for (const line of help.split('\n')) expect(stringWidth(line), line).toBeLessThanOrEqual(60);
    }
  });
});

describe('messages say what matters', () => {
  it('a file that cannot be read is named with what it is for', async () => {
    expect((await run(['due', '--status', 'missing.yaml'])).stderr).toMatch(/^error FILE_UNREADABLE status file missing\.yaml not found$/m);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plancheck-lights-'));
    fs.mkdirSync(path.join(dir, 'lights.yaml'));
    expect((await run(['report', '--month', '2021-06', '--lights', 'lights.yaml', '--plans', path.join(ROOT, 'plans')], { cwd: dir })).stderr)
      .toContain('--lights: lights.yaml is a directory');
  });

  it('the hint about a missing status file only where status changes the answer', async () => {
    const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'plancheck-nostatus-'));
    const plans = ['--plans', path.join(ROOT, 'plans')];
    const hint = 'no status.yaml here: every task counts as not started; --status FILE';
    expect((await run(['due', '--as-of', '2021-06-15', ...plans], { cwd })).stderr).toContain(hint);
    for (const args of [['list'], ['trace'], ['validate']]) expect((await run([...args, ...plans], { cwd })).stderr, args[0]).not.toContain('STATUS_FILE_MISSING');
  });

  it("a run that fails on input prints its errors, not other plans' warnings", async () => {
    // a copy of the fixture whose plan has a phrase the reader does not know: a warning
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plancheck-warn-'));
    fs.cpSync(FIXTURE, dir, { recursive: true });
    const plan = path.join(dir, 'plans/demo/2021-air.yaml');
    fs.writeFileSync(plan, fs.readFileSync(plan, 'utf8').replace('phrase: 每季度,', 'phrase: 适时开展,'));
    fs.appendFileSync(path.join(dir, 'sources/demo-2021.txt'), '适时开展\n');
    const r = (await run(['due', '--status', 'missing.yaml'], { cwd: dir }));
    expect(r.stderr).not.toContain('PHRASE_NOT_UNDERSTOOD');
    expect(r.stderr).toMatch(/1 error: nothing was evaluated/);
    // validate still reports everything
    expect((await run(['validate', '--status', 'missing.yaml'], { cwd: dir })).stderr).toContain('PHRASE_NOT_UNDERSTOOD');
  });
});
