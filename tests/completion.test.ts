// plancheck completion: the scripts, and the candidates they ask for (in-process), from the commands'
// declarations and the plans at hand.
import { describe, expect, it } from 'vitest';
import { run } from './helpers/cli.js';

const next = async (...words: string[]): Promise<string[]> => {
  const r = await run(['completion', '--words', '--', ...words]);
  expect(r.code, r.stderr).toBe(0);
  return r.stdout.split('\n').filter(Boolean);
};

describe('plancheck completion', () => {
  it('prints a script for bash, zsh and fish that asks plancheck for the candidates; another shell is a usage error', async () => {
    for (const shell of ['bash', 'zsh', 'fish']) {
      const r = await run(['completion', shell]);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('plancheck completion --words --');
    }
    expect((await run(['completion', 'bash'])).stdout).toContain('complete -F _plancheck plancheck');
    expect((await run(['completion', 'tcsh'])).code).toBe(2);
  });

  it('completes commands, options and the values the plans hold', async () => {
    expect(await next('')).toEqual(expect.arrayContaining(['validate', 'due', 'show', 'mark', 'completion']));
    expect(await next('du')).toEqual(['due']);
    expect(await next('due', '--cou')).toEqual(['--county']);
    expect(await next('due', '--county', '')).toEqual(expect.arrayContaining(['qinshui', '沁水县', 'lingchuan']));
    expect(await next('late', '--category', 'g')).toEqual(['groundwater']);
    expect(await next('due', '--unit', '县住')).toContain('县住建局');
    expect(await next('check', '--plan', 'qinshui-2021-a')).toEqual(['qinshui-2021-air']);
    expect(await next('summary', '--by', '')).toEqual(['county', 'category', 'unit']);
    expect(await next('show', 'QS21-WATER-2-0')).toContain('QS21-WATER-2-04');
    // after the task, mark's words are the user's: nothing to offer (the shell then completes files)
    expect(await next('mark', 'QS21-WATER-2-04', '')).toEqual([]);
    expect(await next('report', '--output', '')).toEqual([]);
  });

  it('reads the plans a --plans typed before names', async () => {
    const fixture = 'tests/fixtures/basic/plans';
    const counties = await next('due', '--plans', fixture, '--county', '');
    expect(counties).not.toContain('qinshui');
    expect(counties.length).toBeGreaterThan(0);
    // while the folder itself is typed, nothing is offered: the shell completes files
    expect(await next('due', '--plans', 'tests/fix')).toEqual([]);
  });
});

