// Every sentence of a usage error (bad options or arguments), per language. A UsageError carries a
// function of these words; the CLI says it in the run's language.
import type { Lang } from './labels.js';

/** What is being looked up, in an "unknown … " error. */
export type Lookup = 'county' | 'category' | 'plan' | 'unit';

export interface UsageWords {
  /** Between the items of a list. */
  sep: string;
  /** The date forms a person may type on the command line. */
  dateForms: string;
  monthForms: string;
  /** --as-of, --date, --since…: not a date. */
  notDate: (flag: string, typed: string) => string;
  beforeEra: (flag: string, typed: string, era: string) => string;
  notMonth: (flag: string, typed: string) => string;
  notDays: (flag: string, typed: string) => string;
  oneOf: (flag: string, choices: string[], typed: string) => string;
  /** An unknown name: the closest few, and how many there are in all. */
  unknown: (what: Lookup, typed: string, closest: string[], known: string[]) => string;
  noTask: (id: string, closest: string[]) => string;
  width: (min: number, typed: string) => string;
  contradict: (a: string, b: string, why: string) => string;
  monthWithin: string;
  monthPeriod: string;
  emptyPeriod: (end: string, endFlag: string | undefined, start: string) => string;
  monthNotBegun: (month: string, today: string) => string;
  yearNotBegun: (year: string, today: string) => string;
  /** report: a month's circular or a year's assessment. */
  monthOrYear: string;
  docxNeedsOutput: string;
  failOn: (typed: string) => string;
  outputSpec: (formats: string[], typed: string) => string;
  limit: (typed: string) => string;
  alarm: (typed: string) => string;
  millis: (name: string, typed: string) => string;
  webhookMissing: string;
  webhookUrl: string;
  notifyState: (file: string, why: string | undefined) => string;
  ledgerFile: (file: string) => string;
  ledgerFormat: (typed: string) => string;
  ledgerCounty: (known: string[], noMatch: boolean) => string;
  markNotRef: (typed: string, states: string[]) => string;
  markTooMany: (typed: string) => string;
  markState: (typed: string, states: string[]) => string;
  markMeasure: (typed: string) => string;
  /** a measured value the status file cannot hold as written: too large, or more digits than a number keeps */
  measureTooLarge: (target: string, value: string) => string;
  measureDigits: (target: string, value: string) => string;
  markNothing: string;
  extendOccurrence: string;
  /** signoff and reject: what the verdict names, and why it cannot be given. */
  notMilestone: (typed: string) => string;
  nothingReported: (ref: string) => string;
  alreadyJudged: (ref: string, verdict: 'signed-off' | 'sent-back', date: string) => string;
  verdictBeforeReport: (ref: string, date: string, reported: string) => string;
  proofRequired: (ref: string) => string;
  locked: (file: string, who: { pid: number; host: string; since: string } | undefined, seconds: number, lock: string) => string;
  year: (typed: string) => string;
  noNotice: (file: string) => string;
  noRegistry: (file: string, county: string) => string;
  noticeOutside: (file: string) => string;
  cannotWrite: (file: string, why: string) => string;
  slug: (typed: string) => string;
  /** The working folder was deleted. */
  noFolder: string;
  /** mark, extend or import in a city's workspace folder without --plans and --status: which county's files? */
  writerInWorkspace: string;
  /** commander's own errors. */
  unknownOption: (option: string, closest: string | undefined) => string;
  unknownCommand: (command: string, closest: string | undefined) => string;
  missingArgument: (name: string) => string;
  missingOption: (option: string) => string;
  optionArgument: (option: string) => string;
  invalidChoice: (option: string, typed: string, choices: string[]) => string;
  excessArguments: (n: number) => string;
  conflicting: (option: string, other: string) => string;
  seeHelp: (command: string) => string;
}

/** A long list cut to what helps: the closest few and a count, or the whole list when it is short. */
const SHORT = 8;

const LOOKUP_EN: Record<Lookup, [string, string]> = { county: ['county', 'counties'], category: ['category', 'categories'], plan: ['plan', 'plans'], unit: ['unit', 'units'] };
const LOOKUP_ZH: Record<Lookup, string> = { county: '县', category: '类别', plan: '计划', unit: '单位' };

export const USAGE_WORDS: Record<Lang, UsageWords> = {
  en: {
    sep: ', ',
    dateForms: '2021-06-15, 2021-6-15, 2021/6/15, 2021年6月15日, today or yesterday',
    monthForms: '2021-06, 2021-6, 2021/6 or 2021年6月',
    notDate: (flag, typed) => `${flag} takes a date such as ${USAGE_WORDS.en.dateForms}; not "${typed}"`,
    beforeEra: (flag, typed, era) => `${flag} ${typed} is before ${era}, earlier than any plan: a typo for another year?`,
    notMonth: (flag, typed) => `${flag} takes a month such as ${USAGE_WORDS.en.monthForms}; not "${typed}"`,
    notDays: (flag, typed) => `${flag} must be a number of days such as 14d, 2w or 30 (at most 100 years), not "${typed}"`,
    oneOf: (flag, choices, typed) => `${flag} must be one of ${choices.join(', ')}, not "${typed}"`,
    unknown: (what, typed, closest, known) => {
      const [one, many] = LOOKUP_EN[what];
      const near = closest.length ? `; closest: ${closest.join(', ')}` : '';
      return `unknown ${one} "${typed}"${near}${known.length <= SHORT ? `\nknown ${many}: ${known.join(', ')}` : ` (of ${known.length} ${many})`}`;
    },
    noTask: (id, closest) => `no task ${id}${closest.length ? `; closest: ${closest.join(', ')}` : ''}`,
    width: (min, typed) => `--width must be a whole number of columns, ${min} or more, not "${typed}"`,
    contradict: (a, b, why) => `${a} and ${b} contradict each other: ${why}`,
    monthWithin: '--month lists a month whatever the state, --within what is open up to a horizon; give one',
    monthPeriod: 'give a month, or a period',
    emptyPeriod: (end, endFlag, start) => `${endFlag ?? 'the as-of date'} ${end} is before --since ${start}: the period is empty`,
    monthNotBegun: (month, today) => `--month ${month} has not begun (today is ${today} in China)`,
    yearNotBegun: (year, today) => `--year ${year} has not begun (today is ${today} in China)`,
    monthOrYear: 'give --month for a monthly circular or --year for the year\'s assessment, one of them',
    docxNeedsOutput: '--format docx writes a Word file: give it with --output, e.g. --output 通报.docx',
    failOn: (typed) => `--fail-on takes overdue, soft and due-soon, comma-separated; not "${typed}"`,
    outputSpec: (formats, typed) => `--output takes <format>=<file>, with a format among ${formats.join(', ')}; not "${typed}"`,
    limit: (typed) => `--limit must be a whole number (0 for all), not "${typed}"`,
    alarm: (typed) => `--alarm must be a number of days such as 3d or 1w, or none; not "${typed}"`,
    millis: (name, typed) => `${name} must be a whole number of milliseconds, not "${typed}"`,
    webhookMissing: 'notify needs --webhook URL (or PLANCHECK_WEBHOOK), or --dry-run to print the messages',
    webhookUrl: '--webhook must be an http(s) URL',
    notifyState: (file, why) => `${file}: not a plancheck notify state file (${why ?? 'expected {"version": 1, "overdue": {"TASK.m1": "YYYY-MM-DD"}}'}); remove it to start afresh`,
    ledgerFile: (file) => `${file}: a ledger is an .xlsx or .csv file`,
    ledgerFormat: (typed) => `a ledger is written as xlsx or csv: name the file .xlsx or .csv, or give --format, not "${typed}"`,
    ledgerCounty: (known, noMatch) => `a ledger is one county's: give --county (one of ${known.join(', ')})${noMatch ? '; or no task matches the filters' : ''}`,
    markNotRef: (typed, states) => `"${typed}" is neither a state (${states.join(', ')}) nor a milestone such as m2 or m1@2021-Q2`,
    markTooMany: (typed) => `too many arguments: ${typed}; give a milestone and a state, such as m2 done`,
    markState: (typed, states) => `unknown state "${typed}": one of ${states.join(', ')}`,
    markMeasure: (typed) => `--measure takes target=value, such as t1=11.4, not "${typed}"`,
    measureTooLarge: (target, value) => `--measure ${target}: ${value} is too large for a number`,
    measureDigits: (target, value) => `--measure ${target}: ${value} has more digits than a number keeps (15)`,
    markNothing: 'say what happened: a state (done, in-progress, not-started, blocked, waived) or --measure t1=<value>',
    extendOccurrence: 'an extension moves a milestone\'s deadline, not one occurrence\'s: name the milestone alone (m2)',
    notMilestone: (typed) => `"${typed}" is not a milestone such as m2 or m1@2021-Q2`,
    nothingReported: (ref) => `${ref}: no unit has reported it done; only a reported completion is signed off or sent back`,
    alreadyJudged: (ref, verdict, date) => `${ref} was already ${verdict === 'signed-off' ? 'signed off' : 'sent back'} on ${date}; a new report of the unit comes first`,
    verdictBeforeReport: (ref, date, reported) => `${ref}: --date ${date} is before the unit reported it done (${reported})`,
    proofRequired: (ref) => `${ref}: report.yaml requires proof for a sign-off (signoffProof): give --document or --link, or have the unit report it with a document number or link`,
    locked: (file, who, seconds, lock) => `${file} is being written by ${who ? `process ${who.pid} on ${who.host} since ${who.since}` : 'another process'}; waited ${seconds} s. If no plancheck is running, delete ${lock}`,
    year: (typed) => `--year must be a year such as 2024, not "${typed}"`,
    noNotice: (file) => `cannot read the notice ${file}: no such file`,
    noRegistry: (file, county) => `no unit registry ${file}: start with plancheck init --county ${county} --name <名称>`,
    noticeOutside: (file) => `put the notice in the repository's sources/ folder (${file}): validate holds every text against it there`,
    cannotWrite: (file, why) => `cannot write ${file}: ${why}`,
    slug: (typed) => `--county must be a pinyin slug of lower-case letters, digits and dashes (gaoping), not "${typed}"`,
    noFolder: 'the current folder no longer exists: cd to an existing folder',
    writerInWorkspace: 'this folder holds a workspace (workspace.yaml): each county writes its own status file; name the county\'s files with --plans and --status (counties/qinshui/plans, counties/qinshui/status.yaml), or run this in the county\'s repository',
    unknownOption: (option, closest) => `unknown option ${option}${closest ? ` (did you mean ${closest}?)` : ''}`,
    unknownCommand: (command, closest) => `unknown command ${command}${closest ? ` (did you mean ${closest}?)` : ''}`,
    missingArgument: (name) => `missing argument <${name}>`,
    missingOption: (option) => `the option ${option} is required`,
    optionArgument: (option) => `the option ${option} needs a value`,
    invalidChoice: (option, typed, choices) => `${option} must be one of ${choices.join(', ')}, not "${typed}"`,
    excessArguments: (n) => `too many arguments: this command takes ${n}`,
    conflicting: (option, other) => `${option} and ${other} cannot be given together`,
    seeHelp: (command) => `${command} --help shows how it is used`,
  },
  zh: {
    sep: '、',
    dateForms: '2021-06-15、2021-6-15、2021/6/15、2021年6月15日、today（今天）或 yesterday（昨天）',
    monthForms: '2021-06、2021-6、2021/6 或 2021年6月',
    notDate: (flag, typed) => `${flag} 应为日期，如 ${USAGE_WORDS.zh.dateForms}；“${typed}”不是日期`,
    beforeEra: (flag, typed, era) => `${flag} ${typed} 早于 ${era}，早于任何计划：是否年份笔误？`,
    notMonth: (flag, typed) => `${flag} 应为月份，如 ${USAGE_WORDS.zh.monthForms}；“${typed}”不是月份`,
    notDays: (flag, typed) => `${flag} 应为天数（不超过 100 年），如 14d、2w 或 30；“${typed}”不符合`,
    oneOf: (flag, choices, typed) => `${flag} 应为 ${choices.join('、')} 之一，不能是“${typed}”`,
    unknown: (what, typed, closest, known) => {
      const near = closest.length ? `；最接近的是 ${closest.join('、')}` : '';
      return `没有${LOOKUP_ZH[what]}“${typed}”${near}${known.length <= SHORT ? `\n可用的${LOOKUP_ZH[what]}：${known.join('、')}` : `（共 ${known.length} 个${LOOKUP_ZH[what]}）`}`;
    },
    noTask: (id, closest) => `没有任务 ${id}${closest.length ? `；最接近的是 ${closest.join('、')}` : ''}`,
    width: (min, typed) => `--width 应为不小于 ${min} 的整数列数；“${typed}”不符合`,
    contradict: (a, b, why) => `${a} 与 ${b} 不能同时使用：${why}`,
    monthWithin: '--month 列出某月的全部节点（不论状态），--within 列出期限内未完成的节点；请只用其一',
    monthPeriod: '请给出一个月份，或一个时段',
    emptyPeriod: (end, endFlag, start) => `${endFlag ?? '判断日期'} ${end} 早于 --since ${start}：时段为空`,
    monthNotBegun: (month, today) => `--month ${month} 尚未开始（今天是 ${today}，北京时间）`,
    yearNotBegun: (year, today) => `--year ${year} 尚未开始（今天是 ${today}，北京时间）`,
    monthOrYear: '请用 --month 生成月通报，或用 --year 生成年度评估，二者选一',
    docxNeedsOutput: '--format docx 生成 Word 文件：请用 --output 指定文件，如 --output 通报.docx',
    failOn: (typed) => `--fail-on 取 overdue、soft、due-soon，以逗号分隔；“${typed}”不符合`,
    outputSpec: (formats, typed) => `--output 的写法是 <格式>=<文件>，格式为 ${formats.join('、')} 之一；“${typed}”不符合`,
    limit: (typed) => `--limit 应为整数（0 表示全部）；“${typed}”不符合`,
    alarm: (typed) => `--alarm 应为天数（如 3d、1w）或 none；“${typed}”不符合`,
    millis: (name, typed) => `${name} 应为整数毫秒数；“${typed}”不符合`,
    webhookMissing: 'notify 需要 --webhook 地址（或环境变量 PLANCHECK_WEBHOOK），或用 --dry-run 只打印消息',
    webhookUrl: '--webhook 应为 http(s) 地址',
    notifyState: (file, why) => `${file} 不是 plancheck notify 的状态文件（${why ?? '应为 {"version": 1, "overdue": {"TASK.m1": "YYYY-MM-DD"}}'}）；删除后可重新开始`,
    ledgerFile: (file) => `${file}：台账应为 .xlsx 或 .csv 文件`,
    ledgerFormat: (typed) => `台账只能写成 xlsx 或 csv：文件名请以 .xlsx 或 .csv 结尾，或用 --format 指定；“${typed}”不符合`,
    ledgerCounty: (known, noMatch) => `台账按县生成：请用 --county 指定（${known.join('、')} 之一）${noMatch ? '；或者没有任务符合筛选条件' : ''}`,
    markNotRef: (typed, states) => `“${typed}”既不是状态（${states.join('、')}），也不是节点（如 m2 或 m1@2021-Q2）`,
    markTooMany: (typed) => `参数过多：${typed}；请给出节点和状态，如 m2 done`,
    markState: (typed, states) => `没有状态“${typed}”：应为 ${states.join('、')} 之一`,
    markMeasure: (typed) => `--measure 的写法是 目标=取值，如 t1=11.4；“${typed}”不符合`,
    measureTooLarge: (target, value) => `--measure ${target}：${value} 超出数值范围`,
    measureDigits: (target, value) => `--measure ${target}：${value} 的有效数字超过 15 位，数值无法原样保存`,
    markNothing: '请说明进展：给出状态（done、in-progress、not-started、blocked、waived，或 已完成、推进中、未开始、受阻、申请延期），或用 --measure t1=<取值>',
    extendOccurrence: '延期调整的是节点的时限，不是某一期的：请只写节点（如 m2）',
    notMilestone: (typed) => `“${typed}”不是节点（如 m2 或 m1@2021-Q2）`,
    nothingReported: (ref) => `${ref}：没有单位报完成；只有单位报完成的节点才能核实销号或退回`,
    alreadyJudged: (ref, verdict, date) => `${ref} 已于 ${date} ${verdict === 'signed-off' ? '核实销号' : '退回'}；须待单位重新报送`,
    verdictBeforeReport: (ref, date, reported) => `${ref}：--date ${date} 早于单位报完成的日期（${reported}）`,
    proofRequired: (ref) => `${ref}：report.yaml 要求销号须有佐证（signoffProof）：请给出 --document 或 --link，或由单位报送佐证文号或链接`,
    locked: (file, who, seconds, lock) => `${file} 正由${who ? `进程 ${who.pid}（${who.host}，自 ${who.since} 起）` : '另一进程'}写入；已等待 ${seconds} 秒。如确无 plancheck 在运行，请删除 ${lock}`,
    year: (typed) => `--year 应为年份，如 2024；“${typed}”不符合`,
    noNotice: (file) => `无法读取通知 ${file}：文件不存在`,
    noRegistry: (file, county) => `没有单位名录 ${file}：请先运行 plancheck init --county ${county} --name <名称>`,
    noticeOutside: (file) => `请把通知放在仓库的 sources/ 目录下（${file}）：validate 在那里逐条核对原文`,
    cannotWrite: (file, why) => `无法写入 ${file}：${why}`,
    slug: (typed) => `--county 应为拼音代号，只含小写字母、数字和连字符（如 gaoping）；“${typed}”不符合`,
    noFolder: '当前目录已不存在：请 cd 到一个存在的目录',
    writerInWorkspace: '此目录是工作区（workspace.yaml）：各县写入本县的进度文件；请用 --plans 和 --status 指定该县的文件（如 counties/qinshui/plans、counties/qinshui/status.yaml），或在该县的仓库中运行',
    unknownOption: (option, closest) => `未知选项 ${option}${closest ? `（是否指 ${closest}？）` : ''}`,
    unknownCommand: (command, closest) => `未知命令 ${command}${closest ? `（是否指 ${closest}？）` : ''}`,
    missingArgument: (name) => `缺少参数 <${name}>`,
    missingOption: (option) => `必须给出选项 ${option}`,
    optionArgument: (option) => `选项 ${option} 需要一个值`,
    invalidChoice: (option, typed, choices) => `${option} 应为 ${choices.join('、')} 之一，不能是“${typed}”`,
    excessArguments: (n) => `参数过多：此命令只接受 ${n} 个参数`,
    conflicting: (option, other) => `${option} 与 ${other} 不能同时使用`,
    seeHelp: (command) => `用法见 ${command} --help`,
  },
};
