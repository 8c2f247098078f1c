// Every table view fits its width: no line wider than the width in display columns (a Chinese character
// counts two), no character cut in half, one line per row, and the ids, deadlines, states and days whole.
import fs from 'node:fs';
import path from 'node:path';
import stringWidth from 'string-width';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkCommand } from '../src/commands/check.js';
import { showCommand } from '../src/commands/show.js';
import { summaryCommand } from '../src/commands/summary.js';
import { doneCommand, dueCommand, lateCommand, listCommand, selectedItems } from '../src/commands/views.js';
import type { View as ViewInput } from '../src/commands/output.js';
import { prepare, type Context } from '../src/context.js';
import type { PlanWithTexts } from '../src/model.js';
import { textWidth } from '../src/render/fit.js';
import { itemLabel } from '../src/messages/items.js';
import { plancheck, ROOT } from './helpers/cli.js';

const STATUS = 'examples/qinshui-2021-status.yaml';
const env = { cwd: ROOT, now: Date.parse('2021-12-31T00:00:00Z'), color: false };
const contexts: Partial<Record<'en' | 'zh', Context<PlanWithTexts>>> = {};
/** A table view's input. */
const table = (ctx: Context): ViewInput => ({ format: 'table', ctx });
/** list prints every task: one plan of them is enough to meet every kind of cell. */
const airContexts: Partial<Record<'en' | 'zh', Context<PlanWithTexts>>> = {};

beforeAll(async () => {
  for (const lang of ['en', 'zh'] as const) {
    contexts[lang] = await prepare({ county: 'qinshui', asOf: '2021-06-15', status: STATUS, lang }, env, { texts: true });
    airContexts[lang] = await prepare({ plan: 'qinshui-2021-air', asOf: '2021-06-15', status: STATUS, lang }, env, { texts: true });
  }
});

type View = (ctx: Context<PlanWithTexts>, fit: { width: number; wrap: boolean }) => string;
const VIEWS: Record<string, View> = {
  due: (ctx, fit) => dueCommand(table(ctx), { ...fit, within: '30d' }).stdout,
  'due --month': (ctx, fit) => dueCommand(table(ctx), { ...fit, month: '2021-12' }).stdout,
  late: (ctx, fit) => lateCommand(table(ctx), fit).stdout,
  done: (ctx, fit) => doneCommand(table(ctx), fit).stdout,
  list: (ctx, fit) => listCommand(airContexts[ctx.lang]!, fit).stdout,
  'summary --by county': (ctx, fit) => summaryCommand(ctx, { ...fit, by: 'county' }).stdout,
  'summary --by category': (ctx, fit) => summaryCommand(ctx, { ...fit, by: 'category' }).stdout,
  'summary --by unit': (ctx, fit) => summaryCommand(ctx, { ...fit, by: 'unit' }).stdout,
  check: (ctx, fit) => checkCommand(ctx, { ...fit, format: ['text'], limit: '0' }).stdout,
  // show prints no table, but its lines (the text, the source passage) wrap to the width too
  show: (ctx, fit) => ['QS21-WATER-2-04', 'QS21-AIR-08', 'QS21-WATER-A1-03'].map((id) => showCommand(ctx, id, fit).stdout).join(''),
};

/** What names a row, whatever the width: a table row's id (never cut), or a summary row's counts. */
const ID = /[A-Z]{2}\d\d-[A-Z\d-]+(?: m\d+)?(?: \d{4}(?:-(?:Q\d|H\d|\d\d))?)?/;
const rowKey = (name: string, line: string): string =>
  name.startsWith('summary') ? (line.match(/(?<=\s)\d+(?=\s|$)/g) ?? []).join(',') : (ID.exec(line)?.[0] ?? '');

/** The rows of a table: the lines after its rule, as many as there are at a width where none wraps. */
const tableRows = (out: string, count?: number): string[] => {
  const lines = out.split('\n');
  const rule = lines.findIndex((l) => l.startsWith('─'));
  const rows = lines.slice(rule + 1);
  return count === undefined ? rows.slice(0, rows.findIndex((l) => !ID.test(l) && !/^\S.*\s\d+(\s|$)/.test(l)) >>> 0) : rows.slice(0, count + 1);
};

/** Chinese line breaking (kinsoku): no closing mark at a line's start, no opening mark at its end;
 * dates and numbers whole (as many as where nothing wraps); a continued line indented. */
const CLOSING = /^\s*[，。、；：？！）》」』〕】”’…·]/;
const OPENING = /[（《「『〔【“‘]$/;
function expectLineBreaking(out: string, wide: string, width: number): void {
  const lines = out.split('\n');
  for (const [k, l] of lines.entries()) {
    expect(l, `show at ${width}: a line starts with a closing mark:\n${lines[k - 1]}\n${l}`).not.toMatch(CLOSING);
    expect(l, `show at ${width}: a line ends with an opening mark`).not.toMatch(OPENING);
  }
  for (const [k, l] of lines.entries()) {
    if (/\d$/.test(l) && /^\s*[\u4e00-\u9fff]/.test(lines[k + 1] ?? '')) expect(wide, `show at ${width}: a number parted from its word:\n${l}\n${lines[k + 1]}`).not.toContain(`${l.trim()}${lines[k + 1]!.trim()}`);
  }
  const numbers = (t: string) => t.match(/\d[\d.-]*\d|\d/g);
  expect(numbers(out), `show at ${width}: a date or number broken`).toEqual(numbers(wide));
}

/** A lone half of a surrogate pair: a character cut in two. */
const HALF = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const WIDTHS = Array.from({ length: 191 }, (_, k) => 60 + k);
/** Wrapping is the same code at every width: every fifth one. */
const WRAP_WIDTHS = WIDTHS.filter((w) => w % 5 === 0);

describe.each(['en', 'zh'] as const)('tables fit the width (%s)', (lang) => {
  it.each(Object.keys(VIEWS))('%s, at every width from 60 to 250, cut or wrapped', { timeout: 120_000 }, (name) => {
    const ctx = contexts[lang]!;
    // the rows as a window wide enough for every cell prints them: one line each
    const widest = VIEWS[name]!(ctx, { width: 2000, wrap: false });
    const wide = name === 'show' ? [] : tableRows(widest);
    const keys = wide.map((l) => rowKey(name, l));
    // The lines too wide, or with a character cut in half or replaced: none (checked line by line, one
    // assertion a view, so that the check costs less than the drawing).
    const bad: string[] = [];
    for (const wrap of [false, true]) {
      for (const width of wrap ? WRAP_WIDTHS : WIDTHS) {
        const out = VIEWS[name]!(ctx, { width, wrap });
        for (const line of out.split('\n')) {
          if (stringWidth(line) > width || HALF.test(line) || line.includes('\uFFFD')) bad.push(`${name} at ${width}${wrap ? ' --wrap' : ''}: ${line}`);
        }
        if (name === 'show') {
          expectLineBreaking(out, widest, width);
          continue;
        }
        if (wrap) continue;
        // one row, one line: each row's line names it, and the line after the last row continues none
        const rows = tableRows(out, keys.length);
        expect(rows.slice(0, keys.length).map((l) => rowKey(name, l)), `${name} at ${width}:\n${out}`).toEqual(keys);
        expect(rows[keys.length] ?? '', `${name} at ${width}: a row continued`).not.toMatch(/^\s+\S/);
      }
    }
    expect(bad).toEqual([]);
  });

  it('one line per row, and ids, deadlines, states and days whole, from 80 columns', () => {
    const ctx = contexts[lang]!;
    const items = selectedItems(ctx).filter((i) => i.state === 'overdue');
    for (const width of [80, 100, 120]) {
      const lines = lateCommand(table(ctx), { width, wrap: false }).stdout.trimEnd().split('\n');
      // a header, its rule, a line per milestone, the footnote on disagreements
      expect(lines.filter((l) => /^QS\d\d-/.test(l))).toHaveLength(items.length);
      for (const i of items) {
        const row = lines.find((l) => l.startsWith(`${itemLabel(i)} `));
        expect(row, `${itemLabel(i)} at ${width}`).toBeDefined();
        expect(row).toContain(i.deadline);
        expect(row).toMatch(lang === 'en' ? new RegExp(`overdue +${i.days} days? late`) : new RegExp(`逾期未完成 +逾期${i.days}天`));
      }
    }
  });

  it('many units show as the first and how many', () => {
    const out = dueCommand(table(contexts[lang]!), { width: 100, wrap: false, within: '30d' }).stdout;
    expect(out).toMatch(lang === 'en' ? /^QS20-ECO-20 m2 2021-Q1 .* 市生态环境\S* \+1 /m : /^QS20-ECO-20 m2 2021-Q1 .* 市生态环境\S*等2个 /m);
    // --wrap keeps every unit, over several lines of its column
    expect(dueCommand(table(contexts[lang]!), { width: 100, wrap: true, within: '30d' }).stdout).not.toMatch(/ \+\d |等\d个/);
  });
});

describe('show continues a line under its own indent, coloured or not', () => {
  it.each([false, true])('colour %s', (color) => {
    const ctx = { ...contexts.zh!, color };
    const lines = showCommand(ctx, 'QS21-WATER-2-04', { width: 70, wrap: false }).stdout.replace(/\u001b\[[\d;]*m/g, '').split('\n');
    const m2 = lines.findIndex((l) => l.startsWith('  m2  '));
    // the milestone's line continues under its statements; the extension's under itself
    expect(lines[m2 + 1]).toMatch(/^ {6}\S/);
    const ext = lines.findIndex((l) => l.includes('沁政办函'));
    expect(lines[ext], lines.join('\n')).toMatch(/^ {6}\S/);
    expect(lines[ext + 1], lines.join('\n')).toMatch(/^ {6}\S/);
  });
});

describe('summary --by unit: one rule in both languages', () => {
  it('a header wraps only where nothing else can give: not while the bar is shown; the bar at 120, not at 80', () => {
    for (const lang of ['en', 'zh'] as const) {
      const lines = (width: number) => summaryCommand(contexts[lang]!, { width, wrap: false, by: 'unit' }).stdout.split('\n');
      const headLines = (l: string[]) => l.findIndex((x) => x.startsWith('─'));
      const bar = (l: string[]) => l.some((x) => /[█▓░]{4}/.test(x));
      for (let width = 60; width <= 160; width += 5) if (bar(lines(width))) expect(headLines(lines(width)), `${lang} at ${width}`).toBe(1);
      expect([bar(lines(80)), bar(lines(120)), headLines(lines(120))], lang).toEqual([false, true, 1]);
    }
  });
});

describe('the measure', () => {
  it('counts every character, and the texts of the shipped plans, as string-width does', () => {
    const differ: string[] = [];
    for (let c = 0x20; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCharCode(c);
      if (textWidth(ch) !== stringWidth(ch)) differ.push(c.toString(16));
    }
    expect(differ).toEqual([]);
    const texts = contexts.zh!.project.plans.flatMap((p) => p.plan.tasks.flatMap((t) => [t.title, `${t.id} ${t.title}…`, ...t.milestones.map((m) => m.what ?? '')]));
    // and every line of the source notices the plans quote
    for (const file of fs.readdirSync(path.join(ROOT, 'sources')).filter((f) => f.endsWith('.txt'))) texts.push(...fs.readFileSync(path.join(ROOT, 'sources', file), 'utf8').split('\n'));
    expect(texts.filter((t) => textWidth(t) !== stringWidth(t))).toEqual([]);
  });
});

describe('the width of the window', () => {
  const args = ['due', '--county', 'qinshui', '--as-of', '2021-06-15', '--status', STATUS];
  const widest = (out: string) => Math.max(...out.split('\n').map((l) => stringWidth(l)));
  it('--width, else COLUMNS when piped, else 100', () => {
    expect(widest(plancheck([...args, '--width', '72']).stdout)).toBeLessThanOrEqual(72);
    expect(widest(plancheck(args, { env: { COLUMNS: '90' } }).stdout)).toBeLessThanOrEqual(90);
    const fallback = plancheck(args, { env: { COLUMNS: '' } }).stdout;
    expect(widest(fallback)).toBeLessThanOrEqual(100);
    expect(widest(fallback)).toBeGreaterThan(90);
    expect(plancheck([...args, '--width', 'wide']).code).toBe(2);
  });
});
