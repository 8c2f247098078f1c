// Each command's exit status from the real binary, as CI reads it: one case each (the many cases run
// in-process, in the other test files). The runs go at once, as separate processes.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, FIXTURE, fixtureArgs, fixturePlans, plancheckAsync } from './helpers/cli.js';

const EXAMPLE = ['--county', 'qinshui', '--as-of', '2021-07-01', '--status', 'examples/qinshui-2021-status.yaml'];
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'plancheck-exit-'));
fs.cpSync(FIXTURE, scratch, { recursive: true });
const status = path.join(scratch, 'status.yaml');
const STATUS_TEXT = fs.readFileSync(status, 'utf8');

const CASES: Array<[string, string[], number]> = [
  ['validate', fixtureArgs('validate', '--as-of', '2021-12-31'), 0],
  ['due', fixtureArgs('due', '--as-of', '2021-09-01'), 0],
  ['late', fixtureArgs('late', '--as-of', '2021-02-30'), 2],
  ['done', fixtureArgs('done', '--since', 'last week'), 2],
  ['list', fixtureArgs('list', '--format', 'json'), 0],
  ['show', fixtureArgs('show', 'DM21-AIR-6'), 2],
  ['check', ['check', ...EXAMPLE], 1],
  ['report', fixtureArgs('report', '--month', '2021-09', '--as-of', '2021-10-01'), 0],
  ['summary', fixtureArgs('summary', '--by', 'street'), 2],
  ['trace', fixturePlans('trace', '--missing'), 0],
  ['calendar', fixtureArgs('calendar', '--as-of', '2021-06-10'), 0],
  ['notify', ['notify', '--to', 'wecom', '--webhook', 'ftp://x', ...EXAMPLE], 2],
  ['ledger', fixtureArgs('ledger', '--county', 'demo'), 2],
  ['import', ['import', path.join(scratch, 'none.xlsx'), '--status', status, '--plans', path.join(scratch, 'plans')], 2],
  ['mark', ['mark', 'DM21-AIR-99', 'done', '--status', status, '--plans', path.join(scratch, 'plans')], 2],
  ['extend', ['extend', 'DM21-AIR-05', 'm2', '--status', status, '--plans', path.join(scratch, 'plans')], 2],
  ['init', ['init', '--county', 'gaoping'], 2],
  ['draft', ['draft', path.join(scratch, 'none.txt'), '--county', 'demo', '--year', '2021', '--plans', path.join(scratch, 'plans')], 2],
  ['(none)', ['frobnicate'], 2],
];

describe('the binary exits as each command documents', () => {
  it('one case of each command, at once', async () => {
    const runs = await Promise.all(CASES.map(([, args]) => plancheckAsync(args)));
    runs.forEach((r, i) => {
      const [name, , code] = CASES[i]!;
      expect(r.code, `${name}: ${r.stderr}`).toBe(code);
      // a refused run says why in one line, never with a stack trace
      if (code === 2) expect(r.stderr, name).not.toMatch(/\n\s+at /);
    });
    expect(fs.readFileSync(status, 'utf8')).toBe(STATUS_TEXT);
  }, 60_000);
});

describe('on a terminal (a pseudo-terminal of script(1), 10 rows)', () => {
  it.runIf(spawnSync('script', ['--version']).status === 0)('a long view goes through the pager, and the run ends 0 when the reader has read', () => {
    const r = spawnSync('script', ['-qec', `stty rows 10 cols 100; "${process.execPath}" "${BIN}" list --county qinshui; echo "exit $?"`, '/dev/null'], {
      encoding: 'utf8',
      env: { ...process.env, PAGER: 'head -3', NO_COLOR: '1' },
      timeout: 30_000,
    });
    const lines = r.stdout.split(/\r?\n/).filter(Boolean);
    expect(lines[0]).toMatch(/^Task\s+Title/);
    expect(lines).toHaveLength(4); // the pager's three lines, then the exit status
    expect(lines.at(-1)).toBe('exit 0');
  });
});
