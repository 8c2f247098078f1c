import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureArgs, plancheck, run, ROOT } from './helpers/cli.js';
import { readZipEntry } from './helpers/zip.js';

const golden = (name: string) => path.join(ROOT, 'tests/golden', name);

/** Compares with a golden file; UPDATE_GOLDEN=1 rewrites it (review the diff before committing). */
function expectGolden(actual: string, name: string): void {
  if (process.env.UPDATE_GOLDEN) fs.writeFileSync(golden(name), actual);
  expect(actual).toBe(fs.readFileSync(golden(name), 'utf8'));
}

const header = path.join(ROOT, 'examples/report.yaml');
const qinshui = ['--county', 'qinshui', '--status', 'examples/qinshui-2021-status.yaml'];
/** The circular as a clerk's machine prints it: a Chinese locale (report follows it, as every command does). */
const inChinese = (args: string[]) => run(args, { env: { LANG: 'zh_CN.UTF-8' } });
const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'plancheck-report-'));

/** East Asian Ambiguous characters seen in Chinese documents (Latin-1 signs, Greek, Cyrillic, general punctuation, arrows, maths, enclosed numbers, box drawing, shapes, Roman numerals). */
const AMBIGUOUS = /[\u00a1\u00a4\u00a7\u00a8\u00aa\u00ad\u00ae\u00b0-\u00b4\u00b6-\u00ba\u00bc-\u00bf\u00d7\u00f7\u0391-\u03c9\u0401-\u0451\u2010-\u2027\u2030-\u203e\u2070-\u209f\u2103\u2116\u2160-\u217f\u2190-\u21ff\u2200-\u22ff\u2460-\u24ff\u2500-\u257f\u2580-\u25ff\u2600-\u26ff]/;

describe('plancheck report: the monthly circular', () => {
  it.each([
    ['zh', 'text', 'report-demo-2021-09.zh.txt'],
    ['en', 'text', 'report-demo-2021-09.en.txt'],
    ['zh', 'markdown', 'report-demo-2021-09.zh.md'],
  ])('%s %s', async (lang, format, file) => {
    const r = (await inChinese(fixtureArgs('report', '--month', '2021-09', '--lang', lang, '--format', format, '--header', header)));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expectGolden(r.stdout, file);
  });

  it('html: one self-contained page with its charts, in the golden structure', async () => {
    const r = (await inChinese(fixtureArgs('report', '--month', '2021-09', '--format', 'html', '--header', header)));
    expect(r.code).toBe(0);
    const html = r.stdout;
    // No reference outside the file: the SVG namespace is a name, not a fetch.
    const outside = html.replace(/xmlns="http:\/\/www\.w3\.org\/2000\/svg"/g, '');
    expect(outside).not.toMatch(/https?:|src=|href=|url\(|@import|<script|<link/i);
    expect(html).toContain('@media print');
    expect(html).toContain('size: A4');
    // The title's pieces (spans a line breaks between) read as one heading.
    const structure = [...html.replace(/<\/?span[^>]*>/g, '').matchAll(/<(h1|h2|table|figure|svg|ul|th)\b[^>]*>([^<]*)/g)].map((m) => `${m[1]} ${m[2]}`.trim()).join('\n');
    expectGolden(`${structure}\n`, 'report-demo-2021-09.html.txt');
  });

  it('docx: an A4 Word document with the text and the tables of the circular', async () => {
    const dir = tmp();
    const file = path.join(dir, 'circular.docx');
    const r = (await inChinese(fixtureArgs('report', '--month', '2021-09', '--format', 'docx', '--output', file, '--header', header)));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const xml = readZipEntry(fs.readFileSync(file), 'word/document.xml');
    expect(xml).toContain('<w:pgSz w:w="11906" w:h="16838"');
    expect(xml).toMatch(/<w:tblHeader\/>|<w:tblHeader w:val="(true|1)"\/>/);
    expect(readZipEntry(fs.readFileSync(file), 'word/footer1.xml')).toContain('PAGE');
    // The text, paragraph by paragraph, and each table as rows × cells.
    const shape = [...xml.matchAll(/<w:tbl>.*?<\/w:tbl>|<w:p[ >].*?<\/w:p>/g)].map(([part]) => {
      if (part.startsWith('<w:tbl>')) return `[table ${[...part.matchAll(/<w:tr[ >].*?<\/w:tr>/g)].map(([row]) => (row.match(/<w:tc>/g) ?? []).length).join(' ')}]`;
      return [...part.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
    }).filter(Boolean);
    expectGolden(`${shape.join('\n')}\n`, 'report-demo-2021-09.docx.txt');
  });

  it('docx needs --output; a month to come is a usage error', async () => {
    const docx = (await inChinese(fixtureArgs('report', '--month', '2021-09', '--format', 'docx')));
    expect(docx.code).toBe(2);
    expect(docx.stderr).toContain('--output');
    const future = (await run(fixtureArgs('report', '--month', '2999-01')));
    expect(future.code).toBe(2);
    expect(future.stdout).toBe('');
    expect(future.stderr).toMatch(/--month 2999-01 has not begun/);
  });

  it('json: the figures as data', async () => {
    const r = (await inChinese(['report', '--month', '2021-06', ...qinshui, '--format', 'json']));
    const json = JSON.parse(r.stdout);
    expect(json.figures.due).toEqual({ total: 11, onTime: 0, late: 0, overdue: 11, softMissed: 0, notYetDue: 0, waived: 0 });
    expect(json.figures.completed).toEqual({ total: 1, dueThisMonth: 0, dueEarlier: 1, dueLater: 0, undated: 0 });
    expect(json.completed[0]).toMatchObject({ task: 'QS21-WATER-5-01', occurrence: '2021-05', state: 'done-late', doneDate: '2021-06-03' });
    expect(json.overdue).toHaveLength(json.figures.overdue.total);
    expect(json.knownBy).toBe('2021-06-30');
  });

  it('takes its traffic-light settings from a file: a light column only where the lights differ', async () => {
    const lights = path.join(ROOT, 'tests/fixtures/lights-blue.yaml');
    const r = (await inChinese(fixtureArgs('report', '--month', '2021-08', '--as-of', '2021-09-05', '--lights', lights, '--format', 'markdown', '--ids')));
    expect(r.stdout).toContain('共1项。以下事项均为蓝灯。\n\n| 编号 | 出处 | 事项 | 责任单位 | 完成时限 |\n|---|---|---|---|---|\n| DM21-AIR-02 m1 2021-Q3 |');
    const dir = tmp();
    fs.writeFileSync(path.join(dir, 'bands.yaml'), 'overdueBands:\n  - { days: 1, light: yellow }\n  - { days: 60, light: red }\nnames: { yellow: 黄牌 }\n');
    const bands = (await inChinese(['report', '--month', '2021-06', ...qinshui, '--lights', path.join(dir, 'bands.yaml'), '--format', 'markdown'])).stdout;
    const overdue = bands.slice(bands.indexOf('## 五、'), bands.indexOf('## 六、'));
    expect(overdue).toContain('| 预警 | 出处 |');
    expect(overdue).toContain('| 红灯 | 大气计划 四（一）20 / 附件第32行 | 建立VOCs相关清单 | 市生态环境局沁水分局、开发区管委会 | 2021年1月31日前（期限早于印发日） | 151天 |');
    expect(overdue).toContain('| 黄牌 | 水计划 三（五）1 | 入河排污口监督管理（2021年6月） |');
    const plain = (await inChinese(fixtureArgs('report', '--month', '2021-09', '--format', 'markdown')));
    expect(plain.stdout).toContain('以下事项均为红灯');
    expect(plain.stdout).not.toContain('| 预警 |');
    const bad = (await run(fixtureArgs('report', '--month', '2021-06', '--lights', path.join(ROOT, 'tests/fixtures/basic/status.yaml'))));
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('unknown field "entries"');
  });

  it('a header file that is not a header, or a date of issue that is no date, names the file', async () => {
    const dir = tmp();
    fs.writeFileSync(path.join(dir, 'report.yaml'), 'issuer: 督查室\ndate: 2021年2月30日\n');
    const r = (await inChinese(fixtureArgs('report', '--month', '2021-06', '--header', path.join(dir, 'report.yaml'))));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/report\.yaml:2:7/);
    expect(r.stdout).toBe('');
  });

  it('prints the Qinshui circular in Chinese: figures that agree with the lists, plans referred to as they refer to themselves', async () => {
    const r = (await inChinese(['report', '--month', '2021-06', ...qinshui, '--header', header]));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('沁水县人民政府督查室\n第6期');
    expect(r.stdout).toContain('沁水县2021年6月生态环境保护重点任务月调度通报');
    expect(r.stdout).toContain('（截至2021年6月30日） 【示例数据，非真实进展】');
    expect(r.stdout).toContain('本月到期11项：按期完成0项、逾期未完成11项。');
    expect(r.stdout).toContain('本月完成1项，其中本月到期0项、以前月份到期1项。');
    expect(r.stdout).toContain('累计逾期未完成24项，其中本月新增11项。');
    expect(r.stdout).toContain('共24项。以下事项均为红灯。');
    expect(r.stdout).toContain('-  市生态环境局沁水分局：本月到期7项，按期完成0项，逾期未完成7项；累计逾期17项。');
    expect(r.stdout).toContain('1. 大气计划 四（一）20 / 附件第32行 建立VOCs相关清单');
    expect(r.stdout).toContain('完成时限：2021年1月31日前（期限早于印发日）');
    expect(r.stdout).not.toContain('QS21-');
    expect(r.stdout).toMatch(/按时报送4个单位：各乡（镇）人民政府（在办\d+项）、开发区管委会/);
    for (const section of ['一、本月总体情况', '二、各责任单位完成情况', '三、进展报送情况', '四、本月完成事项', '五、逾期未完成事项', '六、下月到期事项（2021年7月）', '七、目标指标完成情况']) {
      expect(r.stdout).toContain(section);
    }
    expect(r.stdout).toMatch(/请各责任单位对照通报问题抓紧整改.*\n\n沁水县人民政府督查室\n2021年7月5日\n$/);
    const ids = (await inChinese(['report', '--month', '2021-06', ...qinshui, '--ids']));
    expect(ids.stdout).toContain('1. QS21-AIR-20 m1 大气计划 四（一）20 / 附件第32行 建立VOCs相关清单');
  });

  it.each(['zh', 'en'])('plain text (%s): no box drawing or ambiguous-width character', async (lang) => {
    const r = (await inChinese(['report', '--month', '2021-06', '--status', 'examples/qinshui-2021-status.yaml', '--lang', lang, '--ids']));
    expect(r.code).toBe(0);
    for (const line of r.stdout.split('\n')) {
      expect(line, line).not.toMatch(AMBIGUOUS);
      expect(line, line).not.toMatch(/^[，。、；：）」]/);
    }
  });

  it('in English, no Chinese but the plans\' own texts and the units\' names', async () => {
    const r = (await inChinese(['report', '--month', '2021-06', ...qinshui, '--lang', 'en', '--format', 'json']));
    const text = (await inChinese(['report', '--month', '2021-06', ...qinshui, '--lang', 'en', '--format', 'markdown'])).stdout;
    const json = JSON.parse(r.stdout);
    const verbatim = new Set<string>();
    const list = (await run(['list', '--county', 'qinshui', '--format', 'json']));
    for (const t of JSON.parse(list.stdout).tasks) {
      verbatim.add(t.title);
      verbatim.add(t.source.planTitle);
      for (const names of Object.values(t.units) as string[][]) for (const n of names) verbatim.add(n);
    }
    for (const u of json.units) verbatim.add(u.unit);
    for (const u of json.reporting.units) verbatim.add(u.unit);
    for (const i of [...json.completed, ...json.overdue, ...json.nextMonth.due, ...json.signoff.waiting, ...json.signoff.sentBack]) if (i.what) verbatim.add(i.what);
    for (const t of json.targets) verbatim.add(t.text);
    verbatim.add('沁水县');
    let rest = text;
    for (const v of [...verbatim].sort((a, b) => b.length - a.length)) rest = rest.split(v).join('');
    // Evidence is the office's own text; section numbers are printed as figures, and an item numbered
    // as the plan prints it (（一）) keeps its numeral.
    rest = rest.replace(/\| [^|]*\|$/gm, '').replace(/(?<=[.(（])[一二三四五六七八九十]+/g, '');
    expect(rest).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it('counts nothing of a plan not yet issued: Lingchuan in June 2021', async () => {
    const r = (await inChinese(['report', '--month', '2021-06', '--county', 'lingchuan', '--format', 'json']));
    const json = JSON.parse(r.stdout);
    expect(json.figures).toEqual({
      due: { total: 0, onTime: 0, late: 0, overdue: 0, softMissed: 0, notYetDue: 0, waived: 0 },
      completed: { total: 0, dueThisMonth: 0, dueEarlier: 0, dueLater: 0, undated: 0 },
      overdue: { total: 0, newThisMonth: 0 },
      softMissed: { total: 0, newThisMonth: 0 },
      inForce: 0,
      noFixedDate: 0,
    });
    expect(json.units).toEqual([]);
    expect(json.reporting.units).toEqual([]);
    expect(json.targets).toEqual([]);
    expect(json.notIssued.map((p: { plan: string }) => p.plan)).toEqual(['lingchuan-2022-air', 'lingchuan-2022-soil', 'lingchuan-2022-water']);
    const text = (await inChinese(['report', '--month', '2021-06', '--county', 'lingchuan', '--format', 'markdown'])).stdout;
    expect(text).toContain('陵政办发〔2022〕22号，2022年6月14日印发）截至本期尚未印发，不纳入统计。');
    const summary = JSON.parse((await run(['summary', '--as-of', '2020-01-01', '--format', 'json'])).stdout);
    expect(summary.rows).toEqual({});
    const due = JSON.parse((await run(['due', '--county', 'lingchuan', '--as-of', '2022-06-13', '--within', '400d', '--format', 'json'])).stdout);
    expect(due.tasks).toEqual([]);
    const issued = JSON.parse((await run(['due', '--county', 'lingchuan', '--as-of', '2022-06-14', '--within', '400d', '--format', 'json'])).stdout);
    expect(issued.tasks.length).toBeGreaterThan(0);
    expect((await run(['show', 'LC22-AIR-01', '--as-of', '2021-06-01'])).stdout).toContain('Milestones\n  the plan was not yet issued on 2021-06-01: counted in no view\n');
  });

  it('a deadline before the issue date stays a deadline, marked wherever it is listed', async () => {
    const late = JSON.parse((await run(['late', '--county', 'qinshui', '--as-of', '2021-06-01', '--format', 'json'])).stdout);
    const m1 = late.tasks.find((t: { id: string }) => t.id === 'QS21-AIR-08').milestones.find((m: { id: string }) => m.id === 'm1');
    expect(m1).toMatchObject({ state: 'overdue', beforeIssue: true });
    const table = (await run(['late', '--county', 'qinshui', '--as-of', '2021-06-01', '--lang', 'zh']));
    expect(table.stdout).toContain('期限早于印发日');
    const en = (await run(['late', '--county', 'qinshui', '--as-of', '2021-06-01']));
    expect(en.stdout).toContain('due before the plan was issued');
  });

  it('states the end of the month: a deadline on its last day not met by then is missed; a report dated the next day does not count', async () => {
    const dir = tmp();
    const status = path.join(dir, 'status.yaml');
    fs.writeFileSync(status, 'entries:\n  - { task: DM21-AIR-02, occurrence: 2021-Q3, state: done, date: 2021-10-01 }\n');
    const args = ['--plans', path.join(ROOT, 'tests/fixtures/basic/plans'), '--status', status, '--format', 'json'];
    const json = JSON.parse((await inChinese(['report', '--month', '2021-09', ...args])).stdout);
    expect(json.knownBy).toBe('2021-09-30');
    // Due on 30 September: DM21-AIR-02's third quarter, done on 1 October, and DM21-AIR-05 m2, not done.
    expect(json.figures.due).toMatchObject({ total: 2, overdue: 2, late: 0 });
    const after = JSON.parse((await inChinese(['report', '--month', '2021-09', ...args, '--as-of', '2021-10-01'])).stdout);
    expect(after.figures.due).toMatchObject({ total: 2, overdue: 1, late: 1 });
  });
});

describe('report, check, late, due, done and summary agree (the real binary)', () => {
  const common = ['--county', 'qinshui', '--status', 'examples/qinshui-2021-status.yaml', '--as-of', '2021-07-01'];
  it('count the same milestones', async () => {
    const json = (args: string[]) => JSON.parse(plancheck([...args, ...common]).stdout);
    const milestones = (args: string[]): Array<{ state: string }> => json(args).tasks.flatMap((t: { milestones: Array<{ state: string }> }) => t.milestones);
    const check = json(['check', '--format', 'json']).findings.filter((f: { code: string }) => f.code === 'TASK_OVERDUE').length;
    const late = milestones(['late', '--format', 'json']);
    const summary = Object.values(json(['summary', '--by', 'category', '--format', 'json']).rows as Record<string, { overdue: number }>).reduce((n, r) => n + r.overdue, 0);
    const report = json(['report', '--month', '2021-06', '--format', 'json']);
    expect(check).toBeGreaterThan(5);
    expect(late.filter((m) => m.state === 'overdue')).toHaveLength(check);
    expect(summary).toBe(check);
    expect(report.figures.overdue.total).toBe(check);
    expect(report.figures.overdue.total + report.figures.softMissed.total).toBe(late.length);
    const due = milestones(['due', '--month', '2021-06', '--format', 'json']);
    expect(report.figures.due.total).toBe(due.length);
    expect(report.figures.due.overdue).toBe(due.filter((m) => m.state === 'overdue').length);
    expect(report.figures.completed.total).toBe(milestones(['done', '--month', '2021-06', '--format', 'json']).length);
  });
});
