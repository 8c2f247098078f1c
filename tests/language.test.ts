// One language at a time: every view in Chinese has no English word, in English no Chinese one, outside
// the verbatim texts of the plans, registries and status file (titles, units, phrases, notes).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, ROOT } from './helpers/cli.js';
import { verbatimTexts } from './helpers/verbatim.js';

const STATUS = 'examples/qinshui-2021-status.yaml';
/** The verbatim texts of the plans, registries and status file. */
const VERBATIM = verbatimTexts(path.join(ROOT, STATUS));

/** What a view prints that is not words of either language: ids, dates, paths, options, codes. */
const NOT_WORDS = [
  /\S+\.(yaml|txt)(:\d+(-\d+)?)*/g, // files and lines
  /\b[A-Z]{2}\d\d-[A-Z]+-[\dA-Z-]+\b/g, // task ids
  /\b[a-z]+-\d{4}-[a-z]+\b/g, // plan ids
  /\b\d{4}-(\d\d|Q\d)(-\d\d)?\b/g, // dates, months, quarters
  /\b[mt]\d+\b/g, // milestone and target ids
  /--?[a-z][a-z-]*( [A-Z]+\b)?/g, // options (and their placeholder)
  /\b[A-Z][A-Z_]{3,}\b/g, // finding codes
  /\bplancheck( [a-z]+)?\b/g, // a command to run
  /\bhttps?:\/\/\S+/g,
];

function stripVerbatim(out: string): string {
  let rest = out;
  for (const t of VERBATIM) if (rest.includes(t)) rest = rest.split(t).join(' ');
  for (const re of NOT_WORDS) rest = rest.replace(re, ' ');
  return rest;
}

const VIEWS = [
  ['due', '--county', 'qinshui'],
  ['due', '--month', '2021-06'],
  ['late', '--county', 'qinshui'],
  ['done', '--county', 'qinshui'],
  ['list', '--county', 'qinshui'],
  ['summary', '--by', 'county'],
  ['summary', '--by', 'category'],
  ['summary', '--by', 'unit', '--county', 'qinshui'],
  ['check', '--county', 'qinshui'],
  ['show', 'QS21-WATER-2-04'],
  ['show', 'QS21-AIR-08'],
  ['show', 'QS21-WATER-A1-03'],
];

describe('one language at a time', () => {
  it.each(VIEWS.map((v) => [v.join(' '), v] as const))('%s', async (_, view) => {
    for (const lang of ['en', 'zh']) {
      // wide enough that no verbatim text is cut or wrapped
      const r = (await run([...view, '--as-of', '2021-06-15', '--status', STATUS, '--lang', lang], { env: { COLUMNS: '5000' } }));
      expect(r.code, r.stderr).toBeLessThan(2);
      const rest = stripVerbatim(`${r.stdout}\n${r.stderr}`);
      if (lang === 'zh') expect(rest.match(/[A-Za-z]{2,}/g) ?? [], `English in ${view.join(' ')} --lang zh`).toEqual([]);
      else expect(rest.match(/[\u3000-\u9fff\uff00-\uffef]+/g) ?? [], `Chinese in ${view.join(' ')} --lang en`).toEqual([]);
    }
  });

  it('errors and hints speak the language too', async () => {
    for (const [lang, word] of [['en', /status file missing\.yaml not found/], ['zh', /进度文件 missing\.yaml 不存在/]] as const) {
      expect((await run(['due', '--status', 'missing.yaml', '--lang', lang])).stderr).toMatch(word);
    }
    expect((await run(['due', '--as-of', '2021-06-15', '--lang', 'zh'], { cwd: path.join(ROOT, 'docs') })).stderr).toContain('这里没有 status.yaml');
  });

  it('follows PLANCHECK_LANG, then LC_ALL and LANG; --lang wins', async () => {
    const args = ['late', '--county', 'qinshui', '--as-of', '2021-06-15', '--status', STATUS];
    expect((await run(args, { env: { LANG: 'zh_CN.UTF-8' } })).stdout).toContain('逾期未完成');
    expect((await run(args, { env: { LC_ALL: 'zh_TW.UTF-8', LANG: 'en_US.UTF-8' } })).stdout).toContain('逾期未完成');
    expect((await run(args, { env: { LANG: 'zh_CN.UTF-8', PLANCHECK_LANG: 'en' } })).stdout).toContain('overdue');
    expect((await run([...args, '--lang', 'en'], { env: { PLANCHECK_LANG: 'zh' } })).stdout).toContain('overdue');
    expect((await run(args, { env: { PLANCHECK_LANG: 'fr' } })).code).toBe(2);
  });
});
