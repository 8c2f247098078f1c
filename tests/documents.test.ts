// The documents as people use them: the circular's text pasted into a chat, its Word tables within the
// margins; run in-process on the shipped plans and the example status file.
import { beforeAll, describe, expect, it } from 'vitest';
import { reportCommand } from '../src/commands/report.js';
import { prepare, type Context } from '../src/context.js';
import type { PlanWithTexts } from '../src/model.js';
import { plain } from '../src/render/report/text.js';
import { ROOT } from './helpers/cli.js';

const contexts: Partial<Record<'zh' | 'en', Context<PlanWithTexts>>> = {};
const context = (lang: 'zh' | 'en'): Context<PlanWithTexts> => contexts[lang] as Context<PlanWithTexts>;

beforeAll(async () => {
  for (const lang of ['zh', 'en'] as const) {
    contexts[lang] = await prepare({ status: 'examples/qinshui-2021-status.yaml', asOf: '2021-07-05', lang }, { cwd: ROOT, now: Date.parse('2021-07-05T00:00:00Z'), color: false }, { texts: true });
  }
}, 60_000);

/** Display columns: a CJK character takes two. */
const columns = (line: string): number => [...line].reduce((n, c) => n + ((c.codePointAt(0) ?? 0) >= 0x2e80 ? 2 : 1), 0);

describe('the circular as text to paste', () => {
  it.each(['zh', 'en'] as const)('(%s) has each paragraph, list item and field on one line, never broken inside', async (lang) => {
    const ctx = context(lang);
    const report = async (format: string) => String((await reportCommand(ctx, { month: '2021-06', format, ids: true })).stdout);
    const lines = (await report('text')).split('\n');
    const md = (await report('markdown')).split('\n').map((l) => l.trimEnd());
    // Markdown has every paragraph, list item and cell on one line; table heads (over |---|) name fields.
    const rule = (l: string | undefined) => /^\|[-|]+\|$/.test(l ?? '');
    const texts = md.filter((l, n) => l && !l.startsWith('#') && !rule(l) && !rule(md[n + 1]));
    const whole = new Set(lines.map((l) => l.trim()));
    let long = 0;
    for (const text of texts) {
      const row = text.startsWith('| ');
      const parts = row ? text.slice(2, -2).split(' | ').filter((c) => c.length > 1) : [text.replace(/^- /, '-  ')];
      for (const part of parts.map(plain)) {
        expect(row ? lines.some((l) => l.includes(part)) : whole.has(part), part).toBe(true);
        if (columns(part) > 80) long++;
      }
    }
    // Long enough that a writer breaking lines would have broken some.
    expect(long).toBeGreaterThan(10);
  });
});
