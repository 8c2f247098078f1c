// The completion scripts in their shells: each loads without error and completes command names, options,
// the values the plans hold and, where plancheck offers nothing, files. Real shells (zsh on a
// pseudo-terminal, tests/helpers/zsh-complete.zsh), each skipped where it is not installed.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, ROOT, run } from './helpers/cli.js';

const has = (shell: string) => spawnSync(shell, ['--version']).status === 0;
let dir = '';
/** plancheck on the PATH, as an installed one is; a home of its own (zsh writes its .zcompdump there). */
let env: NodeJS.ProcessEnv = {};
const script = (shell: string) => path.join(dir, `plancheck.${shell}`);
const shellRun = (shell: string, args: string[]) => {
  const r = spawnSync(shell, args, { cwd: ROOT, env, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: `${r.stdout}${r.stderr}` };
};

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plancheck-shells-'));
  fs.mkdirSync(path.join(dir, 'bin'));
  fs.symlinkSync(BIN, path.join(dir, 'bin', 'plancheck'));
  env = { ...process.env, PATH: `${path.join(dir, 'bin')}${path.delimiter}${process.env.PATH}`, HOME: dir, ZDOTDIR: dir, XDG_CONFIG_HOME: dir, NO_COLOR: '1', LANG: 'C.UTF-8' };
  for (const shell of ['bash', 'zsh', 'fish']) fs.writeFileSync(script(shell), (await run(['completion', shell])).stdout);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe.skipIf(!has('bash'))('bash', () => {
  it('completes commands, options, values and files', () => {
    const complete = (...words: string[]) => shellRun('bash', ['-c', `source ${script('bash')} && COMP_WORDS=(${words.map((w) => `'${w}'`).join(' ')}) && COMP_CWORD=${words.length - 1} && _plancheck && printf '%s\\n' "\${COMPREPLY[@]}"`]);
    expect(complete('plancheck', 'du')).toEqual({ code: 0, out: 'due\n' });
    expect(complete('plancheck', 'due', '--cou').out).toBe('--county\n');
    expect(complete('plancheck', 'show', 'QS21-WATER-S').out).toBe('QS21-WATER-S1\nQS21-WATER-S2\n');
    expect(complete('plancheck', 'import', 'exam').out).toBe('examples\n');
  }, 60_000);
});

describe.skipIf(!has('fish'))('fish', () => {
  it('loads, and completes commands, options, values and files', () => {
    const r = shellRun('fish', ['--no-config', '-c', `source ${script('fish')}; or exit 1; for line in 'plancheck du' 'plancheck due --cou' 'plancheck due --lang ' 'plancheck show QS21-WATER-S' 'plancheck import exam'; echo "> $line"; complete -C "$line"; end`]);
    expect(r).toEqual({
      code: 0,
      out: ['> plancheck du', 'due', '> plancheck due --cou', '--county', '> plancheck due --lang ', 'en', 'zh', '> plancheck show QS21-WATER-S', 'QS21-WATER-S1', 'QS21-WATER-S2', '> plancheck import exam', 'examples/', ''].join('\n'),
    });
  }, 60_000);
});

describe.skipIf(!has('zsh'))('zsh', () => {
  /** Each line typed and Tab pressed, and what the terminal shows then. */
  const CASES = ['plancheck du', '*plancheck due*', 'plancheck due --cou', '*--county*', 'plancheck show QS21-WATER-S', '*QS21-WATER-S1*QS21-WATER-S2*', 'plancheck import exam', '*examples*'];
  const oks = (out: string) => out.split('\n').filter((l) => /^(ok|no) /.test(l));
  const expected = CASES.filter((_, k) => k % 2 === 0).map((line) => `ok ${line}`);

  it('sourced from a .zshrc that has not started completion (no compdef yet): loads without error', () => {
    expect(shellRun('zsh', ['-f', '-c', `source ${script('zsh')} && print -r -- $_comps[plancheck]`])).toEqual({ code: 0, out: '_plancheck\n' });
  }, 60_000);

  it('sourced, completes commands, options, values and files', () => {
    const r = shellRun('zsh', ['-f', path.join(ROOT, 'tests/helpers/zsh-complete.zsh'), script('zsh'), ...CASES]);
    expect(oks(r.out), r.out).toEqual(expected);
  }, 60_000);

  it('saved as _plancheck in the fpath, completes from the first Tab', () => {
    const fpath = path.join(dir, 'functions');
    fs.mkdirSync(fpath, { recursive: true });
    fs.copyFileSync(script('zsh'), path.join(fpath, '_plancheck'));
    const init = path.join(dir, 'init.zsh');
    fs.writeFileSync(init, `fpath=(${fpath} $fpath); autoload -Uz compinit; compinit -d ${path.join(dir, 'fpath-dump')}\n`);
    const r = shellRun('zsh', ['-f', path.join(ROOT, 'tests/helpers/zsh-complete.zsh'), init, ...CASES]);
    expect(oks(r.out), r.out).toEqual(expected);
  }, 60_000);
});
