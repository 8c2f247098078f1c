// Every command in both languages: its success, each usage error, each confirmation and its --help say
// no word of the other language, outside what is not a word of either (ids, codes, file names, numbers,
// options, the values an option takes, the names of formats and products) and the verbatim texts of the
// plans. In-process (tests/helpers/cli.ts run()): about a hundred and fifty runs in a few seconds.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT, run } from './helpers/cli.js';
import { verbatimTexts } from './helpers/verbatim.js';

const STATUS = path.join(ROOT, 'examples/qinshui-2021-status.yaml');
let dir = '';
let empty = '';

/** The verbatim texts of the plans, registries, status file and circular settings. */
// (a one-character text, such as an annex cell 无, would be taken out of the middle of a word)
const VERBATIM = verbatimTexts(STATUS, path.join(ROOT, 'examples/report.yaml')).filter((t) => t.length > 1);

/** Not words of either language: the same in both. */
const NOT_WORDS = [
  /&[a-z]+;/g, // markdown's entities (&lt;)
  /\S+\.(yaml|txt|csv|xlsx|ics|json|xml|docx|html|md)(:\d+(:\d+)?(-\d+)?)*/g, // files and lines
  /[\w.-]*(\/[\w.*<>-]+)+\/?/g, // paths
  /\b[A-Z]{2}\d\d-[A-Z]+-[\dA-Z-]+\b/g, // task ids
  /\b[a-z]+-\d{4}-[a-z]+\b/g, // plan ids
  /\b\d{4}-(\d\d?|Q\d)(-\d\d?)?\b/g, // dates, months, quarters
  /\b[mt]\d+(@\S+)?\b/g, // milestone and target ids
  /(?<![\w-])--?[a-zA-Z][a-zA-Z-]*/g, // options
  /\b[A-Z][A-Z\d_]{2,}\b/g, // codes, environment variables, formats (JSON, YAML, CI, RFC)
  /\bplancheck\b/g,
  /\bhttps?:\/\/\S+/g,
  /\{[^}]*\}/g, // JSON in a message
  /\b\d+(\.\d+)?[dw]?\b/g,
  /\b\dxx\b/g, // 2xx
];
/** Values an option takes, names of formats and products, slugs: written so in both languages. */
const MACHINE = new Set(('en zh table json text markdown html docx xlsx csv junit sarif github overdue soft due-soon due soon county category unit '
  + 'air water soil groundwater eco qinshui lingchuan puxian yangcheng gaoping housing done in-progress not-started blocked waived none '
  + 'wecom dingtalk feishu slack Slack Webhook iCalendar Markdown less FRX zh_ http https ok lights soonDays soonColor doneLateColor overdueBands names '
  + 'today yesterday mkdir cp vendor validate late list show check report summary trace calendar notify ledger import mark extend signoff reject init draft help id SEC CI npm npx install save-dev gitignore schemas bash zsh fish shell source Tab completion ics txt Word VOCs sources plans '
  // the keys of the status file, as mark and extend show what they added to it, and of report.yaml
  + 'issuer number entries extensions measurements task milestone occurrence state date evidence text document link note approvedBy reason due target value verdicts verdict signed-off sent-back by office signoffProof assessment assessmentTitle'
  // water classes as a measured value is written (II)
  + ' I II III IV V').split(' '));
/** Chinese that an English run prints on purpose: the office's own terms and example values. */
const TERMS = ['月调度通报', '年度评估', '年度评估-2021', '任务台账', '力争', '报送', '大气', '地下水', '土壤', '生态', '水', '沁水县', '沁水', '县住建局', '住建局', '高平市', '晋城市', '蒲县',
  '名称', '已完成', '推进中', '未开始', '受阻', '申请延期', '沁住建字〔2021〕12号', '沁政办函〔2021〕30号', '沁政办函〔2021〕8号', '整改方案印发', '排查范围扩大', '佐证材料不全，请补充整改验收材料', '核实情况', '核实销号', '退回', '清单编制延后',
  '台账-县住建局', '台账', '通报-2021-06', '通报', '县住建', '2021年6月15日', '2021年6月'];

/** What a run says in its own words: what is typed (echoed as typed), the verbatim texts and what is no
 * word of either language taken out. */
function ownWords(out: string, lang: 'en' | 'zh', typed: string[] = []): string {
  let rest = out;
  const strip = (texts: string[]) => { for (const t of texts) if (rest.includes(t)) rest = rest.split(t).join(' '); };
  const terms = [...TERMS].sort((a, b) => b.length - a.length);
  // the date forms a person may type first (they hold numbers), then the verbatim texts, what was typed,
  // and the office's terms
  if (lang === 'en') strip(terms.filter((t) => /\d/.test(t)));
  strip(VERBATIM);
  rest = rest.replace(/[^\s>*]+…/g, ' '); // a verbatim text cut short
  strip([...typed].sort((a, b) => b.length - a.length).filter((t) => t.length > 1 && !t.startsWith('-') && !MACHINE.has(t)));
  if (lang === 'en') {
    strip(terms);
    // a plan's reference numbered as the notice numbers it (四、（一）), and two of its texts joined
    rest = rest.replace(/[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|：/g, ' ');
  }
  for (const re of NOT_WORDS) rest = rest.replace(re, ' ');
  return rest;
}

/** The words of the other language a run says. */
function otherLanguage(out: string, lang: 'en' | 'zh', typed: string[] = []): string[] {
  const rest = ownWords(out, lang, typed);
  if (lang === 'zh') return (rest.match(/[A-Za-z][A-Za-z_-]*/g) ?? []).filter((w) => !MACHINE.has(w) && w.length > 1);
  return rest.match(/[\u3000-\u9fff\uff00-\uffef]+/g) ?? [];
}

/** In the machine formats only the messages are words: the rest is their structure. */
const MESSAGES: Record<string, (out: string) => string> = {
  'check github': (out) => out.split('\n').map((l) => l.replace(/^::\w+ [^:]*(::|$)/, '')).join('\n'),
  'check sarif': (out) => [...out.matchAll(/"text": "([^"]*)"/g)].map((m) => m[1]).join('\n'),
  'check junit': (out) => [...out.matchAll(/message="([^"]*)"|<system-out>([^<]*)/g)].map((m) => m[1] ?? m[2]).join('\n'),
  'notify --dry-run': (out) => out.split('\n').filter((l) => l.startsWith('//') || /"(content|text|title)"/.test(l)).map((l) => l.replace(/^\s*"\w+": /, '')).join('\n'),
};

const AS_OF = ['--as-of', '2021-06-15', '--status', STATUS];
const COMMANDS = ['validate', 'due', 'late', 'done', 'list', 'show', 'check', 'report', 'summary', 'trace', 'calendar', 'notify', 'ledger', 'import', 'mark', 'extend', 'signoff', 'reject', 'init', 'draft', 'completion'];

/** [name, arguments] — a temporary folder's files named by {dir}. */
const CASES: Array<[string, string[]]> = [
  ['validate', ['validate']],
  ['trace', ['trace']],
  ['trace --missing', ['trace', '--missing', '--plan', 'qinshui-2021-air']],
  // (the text circular wraps the plans' texts at its own width: its words are those of the Markdown one)
  ['report markdown', ['report', '--month', '2021-06', '--county', 'qinshui', '--status', STATUS, '--format', 'markdown']],
  ['year text', ['report', '--year', '2021', '--county', 'qinshui', '--status', STATUS]],
  ['year markdown', ['report', '--year', '2021', '--county', 'qinshui', '--status', STATUS, '--format', 'markdown']],
  ['calendar --output', ['calendar', '--county', 'qinshui', ...AS_OF, '--output', '{dir}/d.ics']],
  ['ledger --output', ['ledger', '--county', 'qinshui', ...AS_OF, '--output', '{dir}/ledger.csv']],
  ['import --dry-run', ['import', '{dir}/ledger.csv', '--status', '{dir}/status.yaml', '--dry-run']],
  ['mark', ['mark', 'QS21-WATER-2-04', 'm2', 'done', '--date', '2021-06-14', '--as-of', '2021-06-15', '--status', '{dir}/status.yaml']],
  ['signoff', ['signoff', 'QS21-WATER-2-04', 'm2', '--date', '2021-06-15', '--document', '沁住建字〔2021〕12号', '--as-of', '2021-06-15', '--status', '{dir}/status.yaml']],
  ['reject', ['reject', 'QS21-WATER-2-10', 'm2', '--reason', '佐证材料不全', '--date', '2021-06-15', '--as-of', '2021-06-15', '--status', '{dir}/status.yaml']],
  ['extend', ['extend', 'QS21-AIR-20', '--due', '2021-07-31', '--approved-by', '沁政办函〔2021〕30号', '--reason', '排查范围扩大', '--as-of', '2021-06-15', '--status', '{dir}/status.yaml']],
  ['check markdown', ['check', '--county', 'qinshui', ...AS_OF, '--format', 'markdown']],
  ['check github', ['check', '--county', 'qinshui', ...AS_OF, '--format', 'github']],
  ['check sarif', ['check', '--county', 'qinshui', ...AS_OF, '--format', 'sarif']],
  ['check junit', ['check', '--county', 'qinshui', ...AS_OF, '--format', 'junit']],
  ['notify --dry-run', ['notify', '--to', 'wecom', '--county', 'qinshui', ...AS_OF, '--dry-run']],
  ['calendar hint', ['calendar', '--county', 'qinshui', '--as-of', '2021-06-15', '--output', '{dir}/e.ics']],
  // usage errors
  ['unknown county', ['due', '--county', 'qinshiu']],
  ['unknown unit', ['due', '--unit', '县住建']],
  ['unknown category', ['due', '--category', 'noise']],
  ['unknown plan', ['due', '--plan', 'qinshui-2021-noise']],
  ['no task', ['show', 'QS21-WATER-2-4', ...AS_OF]],
  ['bad --as-of', ['due', '--as-of', '6月15日']],
  ['--as-of before the era', ['due', '--as-of', '0021-06-15']],
  ['bad --month', ['due', '--month', '2021-13']],
  ['--month and --within', ['due', '--month', '2021-06', '--within', '7d']],
  ['bad --within', ['due', '--within', 'soon']],
  ['bad --width', ['due', '--width', '10']],
  ['bad --format', ['due', '--format', 'yaml']],
  ['bad --since', ['done', '--since', 'last week']],
  ['--month and --since', ['done', '--month', '2021-06', '--since', '2021-06-01']],
  ['empty period', ['done', '--since', '2021-06-10', '--until', '2021-06-01']],
  ['month not begun', ['report', '--month', '2099-01']],
  ['report without --month', ['report']],
  ['report with --month and --year', ['report', '--month', '2021-06', '--year', '2021']],
  ['year not a year', ['report', '--year', '21']],
  ['year not begun', ['report', '--year', '2099']],
  ['docx without --output', ['report', '--month', '2021-06', '--format', 'docx']],
  ['bad --fail-on', ['check', '--fail-on', 'late']],
  ['bad --limit', ['check', '--limit', 'all']],
  ['bad --output', ['check', '--output', 'junit']],
  ['mark: unknown state', ['mark', 'QS21-WATER-2-04', 'm2', 'finished', '--status', '{dir}/status.yaml']],
  ['mark: nothing said', ['mark', 'QS21-WATER-2-04', '--status', '{dir}/status.yaml']],
  ['mark: bad --measure', ['mark', 'QS21-WATER-1-02', '--measure', 'eleven', '--status', '{dir}/status.yaml']],
  ['mark: bad --date', ['mark', 'QS21-WATER-2-04', 'm2', 'done', '--date', '2021-02-30', '--status', '{dir}/status.yaml']],
  ['mark: no task', ['mark', 'QS21-WATER-2-4', 'm2', 'done', '--status', '{dir}/status.yaml']],
  ['extend: an occurrence', ['extend', 'QS21-WATER-2-04', 'm1@2021-Q2', '--due', '2021-07-31', '--approved-by', 'x', '--reason', 'y', '--status', '{dir}/status.yaml']],
  ['ledger: bad file', ['ledger', '--county', 'qinshui', '--output', '{dir}/ledger.txt']],
  ['ledger: no county', ['ledger', '--output', '{dir}/l.csv']],
  ['import: bad file', ['import', '{dir}/ledger.txt']],
  ['calendar: bad --alarm', ['calendar', '--alarm', 'soon']],
  ['notify: no webhook', ['notify', '--to', 'wecom', ...AS_OF]],
  ['notify: bad webhook', ['notify', '--to', 'wecom', '--webhook', 'ftp://x', ...AS_OF]],
  ['missing status file', ['due', '--status', '{dir}/missing.yaml']],
  ['unknown command', ['dew']],
  ['unknown option', ['due', '--as-off', '2021-06-15']],
  ['a choice not offered', ['summary', '--by', 'town']],
  ['an argument missing', ['show']],
  ['a value missing', ['due', '--county']],
  ['too many arguments', ['due', 'qinshui']],
  ['bad --lang', ['due', '--lang', 'fr']],
  ['completion: another shell', ['completion', 'tcsh']],
  ['init: bad slug', ['init', '--county', 'Gao Ping', '--name', '高平市']],
  ['draft: no notice', ['draft', '{dir}/none.txt', '--county', 'qinshui', '--year', '2021']],
  ['draft: bad year', ['draft', '{dir}/none.txt', '--county', 'qinshui', '--year', '21']],
  // help
  ['plancheck --help', ['--help']],
  ...COMMANDS.map((c): [string, string[]] => [`${c} --help`, [c, '--help']]),
];

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plancheck-lang-'));
  empty = fs.mkdtempSync(path.join(os.tmpdir(), 'plancheck-empty-'));
  fs.copyFileSync(STATUS, path.join(dir, 'status.yaml'));
  fs.writeFileSync(path.join(dir, 'ledger.txt'), 'not a ledger');
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.rmSync(empty, { recursive: true, force: true });
});

describe.each(['en', 'zh'] as const)('every command speaks one language (%s)', (lang) => {
  it.each(CASES)('%s', async (name, args) => {
    // the language given as a clerk gives it: by the locale, or --lang
    const typed = args.map((a) => a.replace('{dir}', dir));
    const r = await run(lang === 'zh' ? typed : [...typed, '--lang', 'en'], { env: { COLUMNS: '5000', ...(lang === 'zh' ? { LANG: 'zh_CN.UTF-8' } : {}) } });
    // help and version are no run; a run prints something
    expect(`${r.stdout}${r.stderr}`.trim(), args.join(' ')).not.toBe('');
    const said = `${(MESSAGES[name] ?? ((o: string) => o))(r.stdout)}\n${r.stderr}`;
    expect(otherLanguage(said, lang, typed), `${args.join(' ')}:\n${r.stdout}\n${r.stderr}`).toEqual([]);
  });

  it('init says what it created, and what to do next', async () => {
    const folder = fs.mkdtempSync(path.join(empty, `init-${lang}`));
    const r = await run(['init', '--county', 'gaoping', '--name', '高平市', '--lang', lang], { cwd: folder });
    expect(r.code, r.stderr).toBe(0);
    expect(otherLanguage(r.stdout, lang, ['高平市']), r.stdout).toEqual([]);
  });

  it('mark in an empty folder says it created ./status.yaml', async () => {
    const folder = fs.mkdtempSync(path.join(empty, lang));
    const r = await run(['mark', 'QS21-WATER-2-04', 'm2', 'done', '--date', '2021-06-14', '--as-of', '2021-06-15', '--lang', lang], { cwd: folder });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe(lang === 'zh' ? '已新建 status.yaml：此处原无进度文件' : 'created status.yaml: there was no status file here');
    expect(otherLanguage(r.stdout, lang)).toEqual([]);
  });
});

// show's own words around the verbatim texts: the headings of a disagreement, of an annex row and of a
// statement, an extension, a target, the plan's id. In Chinese they are bracketed and punctuated as
// Chinese software does, （时限，附件第9行）, not (时限, 附件行 9).
const DISAGREEING = fs.readdirSync(path.join(ROOT, 'plans'), { recursive: true }).map(String).filter((f) => /\d{4}-\w+\.yaml$/.test(f))
  .flatMap((f) => (parse(fs.readFileSync(path.join(ROOT, 'plans', f), 'utf8')) as { tasks: Array<{ id: string; disagreements?: unknown[] }> }).tasks)
  .filter((t) => t.disagreements?.length).map((t) => t.id);

describe('show in Chinese writes no ASCII bracket or punctuation of its own', () => {
  it('finds the tasks with a disagreement', () => expect(DISAGREEING.length).toBeGreaterThan(20));
  // every task with a disagreement; one with an extension and history; one with a measured target
  it.each([...DISAGREEING, 'QS21-WATER-2-04', 'QS21-WATER-A1-03'])('%s', async (id) => {
    const r = await run(['show', id, ...AS_OF], { env: { COLUMNS: '5000', LANG: 'zh_CN.UTF-8' } });
    expect(r.code, r.stderr).toBe(0);
    expect(ownWords(r.stdout, 'zh').match(/[()[\],;:]/g) ?? [], r.stdout).toEqual([]);
  });
});
