// The documents as people use them: the circular's text pasted into a chat, its Word tables within the
// margins; run in-process on the shipped plans and the example status file.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Ajv } from 'ajv';
import formats from 'ajv-formats';
import ICAL from 'ical.js';
import { validateXML } from 'xmllint-wasm';
import { checkCommand, taskTexts } from '../src/commands/check.js';
import iconv from 'iconv-lite';
import { calendarCommand } from '../src/commands/calendar.js';
import { importCommand } from '../src/commands/import.js';
import { ledgerCommand } from '../src/commands/ledger.js';
import { reportCommand } from '../src/commands/report.js';
import { InputError } from '../src/errors.js';
import { parseCsv } from '../src/ledger/csv.js';
import { prepare, type Context } from '../src/context.js';
import type { PlanWithTexts } from '../src/model.js';
import { plain } from '../src/render/report/text.js';
import { ROOT } from './helpers/cli.js';
import { readZipEntry } from './helpers/zip.js';

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
    // The markdown form escapes what markdown would read as markup (src/escape.ts): compared as read.
    const md = (await report('markdown')).split('\n').map((l) => l.trimEnd().replace(/\\(.)/g, '$1').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'));
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

describe('the circular in Word', () => {
  const docx = async (month: string, ids: boolean) => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'plancheck-docx-')), 'circular.docx');
    const out = await reportCommand(context('zh'), { month, format: 'docx', output: file, ids });
    return { xml: readZipEntry(fs.readFileSync(file), 'word/document.xml'), notes: out.notes ?? [] };
  };

  it.each([['2021-06', false], ['2021-06', true], ['2021-12', true]] as const)('%s (ids %s): every table is at most the text width, column by column', async (month, ids) => {
    const { xml } = await docx(month, ids);
    const page = Number(/<w:pgSz w:w="(\d+)"/.exec(xml)?.[1]);
    const margins = /<w:pgMar [^>]*w:right="(\d+)"[^>]*w:left="(\d+)"/.exec(xml) ?? /<w:pgMar [^>]*w:left="(\d+)"[^>]*w:right="(\d+)"/.exec(xml);
    const text = page - Number(margins?.[1]) - Number(margins?.[2]);
    expect(text).toBe(8844);
    const tables = [...xml.matchAll(/<w:tblGrid>(.*?)<\/w:tblGrid>/g)].map(([, grid]) => [...(grid ?? '').matchAll(/<w:gridCol w:w="(\d+)"/g)].map((m) => Number(m[1])));
    expect(tables.length).toBeGreaterThan(2);
    expect(Math.max(...tables.map((t) => t.length))).toBeGreaterThanOrEqual(6);
    for (const widths of tables) expect(widths.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(text);
    // The cells' own widths (what Word lays out by) add up to no more either, row by row.
    const rows = [...xml.matchAll(/<w:tr[ >].*?<\/w:tr>/g)].map(([row]) => [...row.matchAll(/<w:tcW w:type="dxa" w:w="(\d+)"\/>/g)].reduce((n, m) => n + Number(m[1]), 0));
    expect(rows.length).toBeGreaterThan(10);
    for (const width of rows) expect(width).toBeLessThanOrEqual(text);
  });

  it('breaks the title between its words, and says which header fields are missing without report.yaml', async () => {
    const { xml, notes } = await docx('2021-06', false);
    const title = /<w:p>(?:(?!<\/w:p>).)*?<w:sz w:val="44"\/>.*?<\/w:p>/.exec(xml)?.[0] ?? '';
    expect([...title.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1])).toEqual(['各县2021年6月', '生态环境保护重点任务月调度通报']);
    expect(title).toContain('<w:br/>');
    expect(notes.map((n) => [n.code, n.args.expected, n.args.detail])).toEqual([['REPORT_HEADER_MISSING', 'issuer,number,date', 'absent']]);
  });
});

describe('the circular as a page on a phone and in print', () => {
  it('keeps chart text at 12 px, stacks tables under 600 px, never breaks the issuer or a count of days', async () => {
    const header = path.join(ROOT, 'examples/report.yaml');
    const html = String((await reportCommand(context('zh'), { month: '2021-06', format: 'html', header })).stdout);
    // The charts are drawn 640 units wide with 12-unit text and never shown narrower: on a phone they scroll.
    expect(html).toMatch(/svg text \{[^}]*font-size: 12px/);
    expect(html).toMatch(/figure svg \{ min-width: 640px; \}/);
    expect(html).toMatch(/figure \{[^}]*overflow-x: auto/);
    for (const [, viewBox] of html.matchAll(/viewBox="0 0 (\d+) /g)) expect(Number(viewBox)).toBe(640);
    // Under 600 px each row is a card whose cells say their column.
    const phone = /@media \(max-width: 600px\) \{([\s\S]*?)\n\}/.exec(html)?.[1] ?? '';
    expect(phone).toMatch(/tr, td \{ display: block/);
    expect(html).toMatch(/<td class="n" data-head="逾期天数">\d+天<\/td>/);
    expect(html).toContain('<th class="n">逾期天数</th>');
    expect(html).toMatch(/\.issuer \{[^}]*white-space: nowrap/);
    // The issuer's size shrinks with the window so that its 10 characters fit on one line.
    expect(html).toContain('<p class="issuer" style="font-size: min(1.8em, calc((100vw - 3em) / 11.5))">沁水县人民政府督查室</p>');
    expect(html).toContain('<h1><span class="piece">各县</span><span class="piece">2021年6月</span><span class="piece">生态环境保护重点任务月调度通报</span></h1>');
  });
});

describe('the ledger in Excel, WPS and LibreOffice', () => {
  let unit: Context<PlanWithTexts>;
  beforeAll(async () => {
    unit = await prepare({ status: 'examples/qinshui-2021-status.yaml', asOf: '2021-07-05', county: 'qinshui', unit: '市生态环境局沁水分局' }, { cwd: ROOT, now: Date.parse('2021-07-05T00:00:00Z'), color: false }, { texts: true });
  }, 60_000);
  const write = async (name: string) => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'plancheck-ledger-')), name);
    await ledgerCommand(unit, { output: file });
    return file;
  };

  it('names the filter _xlnm._FilterDatabase on its sheet, and has one drop-down rule for 完成情况', async () => {
    const xlsx = fs.readFileSync(await write('台账.xlsx'));
    const sheet = readZipEntry(xlsx, 'xl/worksheets/sheet1.xml');
    const filter = /<autoFilter ref="([A-Z]+)(\d+):([A-Z]+)(\d+)"\/>/.exec(sheet);
    expect(filter).toBeTruthy();
    const [, c1, r1, c2, r2] = filter ?? [];
    const names = [...readZipEntry(xlsx, 'xl/workbook.xml').matchAll(/<definedName name="([^"]+)"([^>]*)>([^<]*)<\/definedName>/g)].map((m) => ({ name: m[1], attrs: m[2], range: m[3] }));
    expect(names.filter((n) => n.name === '_xlnm._FilterDatabase')).toEqual([{ name: '_xlnm._FilterDatabase', attrs: ' localSheetId="0"', range: `&apos;任务台账&apos;!$${c1}$${r1}:$${c2}$${r2}` }]);
    const rules = [...sheet.matchAll(/<dataValidation [^>]*sqref="([^"]+)"/g)].map((m) => m[1] ?? '');
    const columnsOf = rules.map((r) => r.replace(/\d+/g, ''));
    // One rule per column, none overlapping another, covering every data row under the header.
    expect(new Set(columnsOf.map((c) => c.split(':')[0])).size).toBe(rules.length);
    expect(rules).toHaveLength(1);
    expect(rules[0]).toMatch(new RegExp(`^[A-Z]+${Number(r1) + 1}:[A-Z]+${r2}$`));
  });

  it('prints a task\'s text once: its other rows refer to the first by 序号', async () => {
    const rows = parseCsv(fs.readFileSync(await write('台账.csv'), 'utf8'));
    const head = rows.findIndex((r) => r.includes('任务内容'));
    const at = (name: string) => rows[head]?.indexOf(name) ?? -1;
    const body = rows.slice(head + 1).filter((r) => r.length > 1);
    const task = (r: string[]) => (r[at('plancheck键（勿改）')] ?? '').split('|')[4];
    const bySeq = new Map(body.map((r) => [r[at('序号')], r]));
    const seen = new Set<string>();
    let referred = 0;
    for (const r of body) {
      const text = r[at('任务内容')] ?? '';
      const ref = /^见序号(\d+)$/.exec(text);
      if (ref) {
        referred++;
        const first = bySeq.get(ref[1]);
        expect(first && task(first)).toBe(task(r));
        expect(first?.[at('任务内容')]).not.toMatch(/^见序号/);
      } else {
        expect(seen.has(task(r) ?? ''), task(r)).toBe(false);
        seen.add(task(r) ?? '');
      }
    }
    expect(referred).toBeGreaterThan(3);
  });

  it('imports a CSV that Excel or WPS saved again as GBK, and says which encoding it read', async () => {
    const file = await write('台账.csv');
    const rows = parseCsv(fs.readFileSync(file, 'utf8'));
    const head = rows.findIndex((r) => r.includes('任务内容'));
    const at = (name: string) => rows[head]?.indexOf(name) ?? -1;
    const row = rows[head + 1] as string[];
    row[at('完成情况')] = '推进中';
    row[at('进展情况')] = '已完成清单初稿，正在征求意见';
    // Excel on Chinese Windows: GBK, no byte-order mark; the cells as text, quoted where they need it.
    const csv = rows.map((r) => r.map((c) => (/[",\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',')).join('\r\n');
    const gbk = path.join(path.dirname(file), '台账-GBK.csv');
    fs.writeFileSync(gbk, iconv.encode(csv, 'gbk'));
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(fs.readFileSync(gbk))).toThrow();
    const status = path.join(path.dirname(file), 'status.yaml');
    fs.copyFileSync(path.join(ROOT, 'examples/qinshui-2021-status.yaml'), status);
    const out = await importCommand({ ...unit, today: '2021-07-05' }, status, gbk, { dryRun: true });
    expect(out.stdout).toContain('已完成清单初稿，正在征求意见');
    expect(out.notes?.map((n) => [n.code, n.args.actual])).toEqual([['LEDGER_ENCODING', 'GB18030 (GBK)']]);
  });

  it('refuses an .ods with the way to save it as .xlsx', async () => {
    const ods = path.join(path.dirname(await write('台账.xlsx')), '台账.ods');
    fs.writeFileSync(ods, 'PK');
    const error = await importCommand(unit, 'status.yaml', ods, {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).findings.map((f) => f.code)).toEqual(['LEDGER_ODS']);
  });
});

describe('the calendar on a phone', () => {
  const events = async (lang: 'zh' | 'en') => {
    const cal = new ICAL.Component(ICAL.parse(String((await calendarCommand(context(lang), {})).stdout)));
    return cal.getAllSubcomponents('vevent').map((v) => ({ v, e: new ICAL.Event(v) }));
  };

  it('writes no reminder whose time is before the as-of date: an import does not pop up the overdue ones', async () => {
    const asOf = context('zh').asOf;
    const all = await events('zh');
    let alarms = 0;
    let overdue = 0;
    for (const { v, e } of all) {
      const due = e.endDate.clone();
      due.adjust(-1, 0, 0, 0);
      if (due.toString() < asOf) overdue++;
      for (const a of v.getAllSubcomponents('valarm')) {
        const trigger = a.getFirstProperty('trigger');
        const from = trigger?.getParameter('related') === 'END' ? e.endDate.clone() : e.startDate.clone();
        from.addDuration(trigger?.getFirstValue() as ICAL.Duration);
        expect(from.toString() >= asOf, `${e.uid} ${from.toString()}`).toBe(true);
        alarms++;
      }
    }
    expect(overdue).toBeGreaterThan(10);
    expect(alarms).toBeGreaterThan(10);
  });

  it.each(['zh', 'en'] as const)('(%s) says the facts first, in words a person reads: no internal ids, no 2021-Q1', async (lang) => {
    for (const { e } of await events(lang)) {
      expect(e.description, e.uid).toMatch(lang === 'zh' ? /^完成时限：[^\n]+\n状态：/ : /^Deadline: [^\n]+\nState: /);
      for (const text of [e.summary, e.description.split('\n\n')[0] ?? '']) {
        expect(text, e.uid).not.toMatch(/[A-Z]{2}\d{2}-[A-Z]+-|\d{4}-Q[1-4]|\bm\d\b|\d{4}-\d{2}-\d{2}/);
      }
    }
  });
});

describe('the CI forms against their schemas', () => {
  const check = (format: string) => checkCommand(context('en'), { format: [format], width: 100, wrap: false }, taskTexts(context('en').project)).stdout;

  it('JUnit passes the strict Ant schema that Jenkins and GitLab read', async () => {
    const xml = check('junit');
    expect(xml).toContain('<failure type="TASK_OVERDUE"');
    const result = await validateXML({
      xml: [{ fileName: 'plancheck.xml', contents: xml }],
      schema: [{ fileName: 'junit-ant.xsd', contents: fs.readFileSync(path.join(ROOT, 'tests/fixtures/schemas/junit-ant.xsd'), 'utf8') }],
    });
    expect(result.errors.map((e) => e.rawMessage)).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('SARIF passes the SARIF 2.1.0 schema, names its version and no local informationUri', () => {
    const sarif = JSON.parse(check('sarif'));
    // The OASIS schema as @microsoft/jest-sarif ships it (draft-04; one pattern needs non-Unicode regexps).
    const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
    delete schema.$schema;
    delete schema.id;
    const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
    formats.default(ajv);
    const validate = ajv.compile(schema);
    expect(validate(sarif), JSON.stringify(validate.errors)).toBe(true);
    expect(sarif.runs[0].results.length).toBeGreaterThan(10);
    const driver = sarif.runs[0].tool.driver;
    expect(driver.version).toBe(JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version);
    expect(driver).not.toHaveProperty('informationUri');
  });

  it('the Markdown summary says what its * means', () => {
    const md = check('markdown');
    expect(md).toMatch(/ \\\* \(due before/);
    expect(md).toContain('\n\\* body and annex differ: plancheck show &lt;task id&gt;\n');
  });
});
