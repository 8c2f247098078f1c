// The words of --help, per language. The commands declare their options in English (src/cli/NAME.ts);
// the help of a Chinese run says each description, heading and note as written here, in the tone of
// Chinese software (gh's and npm's Chinese translations): short, imperative, no word-for-word English.
// tests/help-language.test.ts fails on a description without its Chinese.
import type { Lang } from './labels.js';

export interface HelpWords {
  /** Commander's headings: Usage:, Options:, Commands:, Arguments:. */
  title: Record<string, string>;
  examples: string;
  exitStatus: string;
  ok: string;
  /** After an option's description: its choices and default. */
  choices: (list: string[]) => string;
  default: (value: string) => string;
  /** Placeholders in the options' and arguments' names (<date>, [options]). */
  placeholder: Record<string, string>;
  /** A description, note or exit status line, as the commands declare it in English. */
  say: (english: string) => string;
}

const ZH: Record<string, string> = {
  // the program and commander's own
  'Track county environmental action plans: what is due, done or late, per county, category and unit.': '跟踪县级生态环境行动计划：按县、类别、责任单位查看到期、完成和逾期情况。',
  'display help for command': '显示命令帮助',
  'output the version number': '显示版本号',
  // option groups (src/cli/program.ts)
  'plans folder (default: ./plans, else the plans shipped with plancheck)': '计划目录（默认：./plans，没有则用 plancheck 自带的计划）',
  'a city\'s workspace file listing county repositories (default: ./workspace.yaml, if present and neither --plans nor --status is given)': '市级工作区文件，列出各县的仓库（默认：./workspace.yaml，如存在且未给出 --plans 或 --status）',
  'status file (default: ./status.yaml, if present)': '进度文件（默认：./status.yaml，如存在）',
  'language: en or zh (default: PLANCHECK_LANG, else zh where LC_ALL or LANG is zh_*, else en)': '界面语言：默认取 PLANCHECK_LANG，LC_ALL 或 LANG 为 zh_* 时为 zh，否则为 en',
  'county: pinyin slug or Chinese name (qinshui, 沁水, 沁水县)': '县：拼音代号或中文名（qinshui、沁水、沁水县）',
  'air, water, soil, groundwater or eco (or 大气, 水, 土壤, 地下水, 生态)': '类别：大气、水、土壤、地下水、生态（或 air、water、soil、groundwater、eco）',
  'unit: id, canonical name or any alias (住建局, housing)': '责任单位：编号、规范名称或任一别名（住建局、housing）',
  'with --unit: only where the unit leads or is responsible, not where it supports': '与 --unit 同用：只看该单位牵头或负责的任务，不含配合的',
  'one plan, by id (qinshui-2021-air)': '只看一个计划，按编号（qinshui-2021-air）',
  'the date to judge by, YYYY-MM-DD (default: today in China)': '判断日期，如 2021-06-15（默认：北京时间今天）',
  'an open deadline this close is "due soon" (default: 7d)': '离时限这么近的未完成节点算“即将到期”（默认：7d）',
  "fit the output to this width (default: the terminal's; when piped, COLUMNS, else 100)": '按此宽度排版（默认：终端宽度；管道输出时取 COLUMNS，否则为 100）',
  'wrap long cells inside their column instead of cutting them': '长单元格在列内换行，不截断',
  'do not page long output on a terminal (default pager: PAGER, else less -FRX)': '长输出不分页（默认分页程序：PAGER，否则 less -FRX）',
  'output format': '输出格式',
  'the status file to write (default: ./status.yaml; created if missing)': '要写入的进度文件（默认：./status.yaml；不存在则新建）',
  'the date to judge the state shown by, YYYY-MM-DD (default: today in China)': '显示状态所依据的日期，如 2021-06-15（默认：北京时间今天）',
  '2  bad input or usage: invalid plans, unit registry or status file, unknown or contradictory options': '2  输入或用法有误：计划、单位名录或进度文件无效，选项未知或互相矛盾',
  '1  findings (check: something fails; trace --missing: something is not encoded)': '1  发现问题（check：有检查未通过；trace --missing：有内容未录入）',
  // validate
  'check plans, unit registries and the status file; every problem with file:line:column': '检查计划、单位名录和进度文件；每个问题都标明 文件:行:列',
  'status entries dated after this day are reported as left out (default: today in China)': '晚于此日期的进度记录报告为未计入（默认：北京时间今天）',
  'warnings (a sentence read two ways, a phrase not understood) are errors: exit 2': '警告（同一句话两种读法、无法识别的时限表述）按错误处理：退出码 2',
  // due, late, done, list, show
  'what falls due: open milestones due within a horizon (overdue ones included), or all due in a month': '即将到期：期限内到期的未完成节点（含已逾期的），或某月到期的全部节点',
  'horizon from the as-of date (default: 30d)': '从判断日期起算的期限（默认：30d）',
  'every milestone due in this month, whatever its state (not with --within)': '列出该月到期的全部节点，不论状态（不能与 --within 同用）',
  'what is overdue, and soft targets (力争) missed': '已逾期的节点，以及未达到的力争时限',
  'what was completed in a period (default: everything done by the as-of date)': '某时段内完成的节点（默认：判断日期前完成的全部）',
  'completed in this month (not with --since or --until)': '该月完成的（不能与 --since、--until 同用）',
  'completed on or after this date': '此日期当天或之后完成的',
  'completed on or before this date (default: the as-of date)': '此日期当天或之前完成的（默认：判断日期）',
  'every task, with units, date phrases and source reference': '列出全部任务，含责任单位、原文时限和出处',
  'task id': '任务编号',
  'everything about one task: source text and passage, units, milestones, disagreements, targets, status history': '查看一项任务的全部信息：原文与出处段落、责任单位、节点、正文与附件的出入、目标、进度记录',
  // check
  'the CI gate: exit 1 when a milestone is overdue (or as --fail-on says), 0 when not': 'CI 检查：有节点逾期（或 --fail-on 指定的情况）时退出码为 1，否则为 0',
  'what fails the run, comma-separated: overdue, soft, due-soon (default: overdue; what is due soon otherwise warns)': '哪些情况算不通过，逗号分隔：overdue、soft、due-soon（默认：overdue；即将到期的只预警）',
  'a deadline may pass by this many days before it fails (default: 0)': '时限过后宽限的天数，超过才算不通过（默认：0）',
  'text, json, junit, sarif, github or markdown; repeat for several (default: text)': '输出格式：text、json、junit、sarif、github 或 markdown；可重复指定多个（默认：text）',
  'write one format to a file instead of stdout; repeatable': '把某种格式写入文件而不是标准输出；可重复',
  'the terminal table shows the n most overdue findings (default 100; 0: all)': '终端表格只显示逾期最久的 n 条（默认 100；0 表示全部）',
  'count a completion as done only once the office signed it off (plancheck signoff); a reported one is judged as open': '只把办公室已核实销号（plancheck signoff）的完成计为完成；单位报完成而未销号的按未完成判定',
  'Where GITHUB_STEP_SUMMARY is set, a Markdown summary is appended to it.': '设置了 GITHUB_STEP_SUMMARY 时，会向其追加一份 Markdown 摘要。',
  '1  something fails: a milestone overdue beyond the grace (or what --fail-on names)': '1  检查未通过：有节点逾期超过宽限天数（或出现 --fail-on 指定的情况）',
  // report
  'the monthly circular (月调度通报): figures, units ranked, who reported, completed, overdue, next month, targets; or the year\'s assessment (年度评估)': '生成月调度通报：总体数据、单位排名、报送情况、完成、逾期、下月到期、目标；或生成年度评估',
  'the year\'s assessment instead: per unit, category and plan, the targets, what carries over; scored by report.yaml\'s assessment rule': '改为生成年度评估：分单位、分领域、分计划的完成情况，目标指标，结转下年事项；按 report.yaml 的 assessment 评分规则计分',
  'the month of the circular (this month or an earlier one)': '通报月份（本月或以前的月份）',
  'text, markdown, json, html or docx (docx needs --output)': '输出格式：text、markdown、json、html 或 docx（docx 须配合 --output）',
  'write the circular to this file instead of stdout': '把通报写入此文件而不是标准输出',
  'issuing office, issue number, date of issue, closing line, reporting day, the year\'s scoring rule (YAML, schemas/report.schema.json; default: ./report.yaml if present; for --year only its issuer, rule and title)': '发文单位、期号、印发日期、结束语、报送日、年度评分规则（YAML，见 schemas/report.schema.json；默认：./report.yaml，如存在；--year 时默认文件只取发文单位、评分规则和标题）',
  'traffic-light settings (YAML, schemas/lights.schema.json): soonDays, soonColor, doneLateColor, overdueBands, names': '红黄绿灯设置（YAML，见 schemas/lights.schema.json）：soonDays、soonColor、doneLateColor、overdueBands、names',
  'print the task ids beside the plan references': '在计划出处旁列出任务编号',
  'A month (or year) that has ended is reported as at the end of its last day (judged the day after); one that runs, as of today.': '已结束的月份（或年度）按最后一天结束时的情况统计（次日判断）；尚未结束的按今天的情况统计。',
  // summary, trace
  'counts of each state per county, category or unit, with a bar': '按县、类别或责任单位统计各状态的节点数，附进度条',
  'county, category or unit': '分组：county（县）、category（类别）或 unit（责任单位）',
  'check that every verbatim text stands in its source notice; --missing: list the numbered items and annex rows not encoded yet': '核对每段原文都见于来源通知；--missing：列出尚未录入的编号条目和附件行',
  "only this county's plans": '只看该县的计划',
  'only this plan': '只看该计划',
  'list what of the source notices no plan encodes (exit 1 if anything)': '列出来源通知中尚未录入计划的内容（有则退出码为 1）',
  '1  --missing: something is not encoded': '1  --missing：有内容尚未录入',
  // calendar, notify
  'the dated milestones as an iCalendar file (RFC 5545) to subscribe to or import': '把有时限的节点导出为 iCalendar 日历文件（RFC 5545），可订阅或导入',
  'write the .ics file here instead of stdout': '把 .ics 文件写到这里而不是标准输出',
  'a reminder this long before each deadline, or none (default: 7d)': '每个时限前多久提醒，或 none 不提醒（默认：7d）',
  'leave out milestones done or waived (default: marked ✓)': '不含已完成或已免除的节点（默认：列入并标 ✓）',
  'post what fell overdue and what falls due to a group chat robot (WeCom, DingTalk, Feishu, Slack)': '把新逾期和即将到期的节点推送到群机器人（企业微信、钉钉、飞书、Slack）',
  'the chat platform': '推送平台',
  "the robot's webhook (default: PLANCHECK_WEBHOOK); the signing secret comes from PLANCHECK_WEBHOOK_SECRET": '机器人的 Webhook 地址（默认：PLANCHECK_WEBHOOK）；加签密钥取自 PLANCHECK_WEBHOOK_SECRET',
  'announce what falls due within this horizon (default: 7d)': '推送此期限内到期的节点（默认：7d）',
  'one message per responsible unit instead of one for the run': '每个责任单位一条消息，而不是合成一条',
  'link each task to this URL + its id (or put {id} where the id goes)': '每项任务链接到此地址加任务编号（或在地址中用 {id} 标出编号的位置）',
  'remember what was announced in this JSON file; overdue milestones are announced once': '在此 JSON 文件中记下已推送的内容；逾期节点只推送一次',
  'with --since-last: announce every overdue milestone again': '与 --since-last 同用：重新推送全部逾期节点',
  'print the payloads instead of sending them': '只打印消息内容，不发送',
  "instead: up to the month's reporting day, remind the units that have not reported yet (the circular's 报送 rule)": '改为报送提醒：在当月报送日之前，提醒尚未报送的单位（按通报的报送规则）',
  "with --reporting-reminder: the circular's settings, for its reporting day (default: ./report.yaml; else the 25th)": '与 --reporting-reminder 同用：通报设置，从中取报送日（默认：./report.yaml；没有则为 25 日）',
  '0  delivered (or nothing to announce, or --dry-run)': '0  已送达（或无可推送内容，或 --dry-run）',
  '2  bad input or usage': '2  输入或用法有误',
  '3  could not deliver: network failure, time-out, non-2xx answer or a platform error code, after retrying': '3  重试后仍未送达：网络故障、超时、非 2xx 响应或平台返回错误码',
  // ledger, import, mark, extend
  'the task ledger (任务台账) of one county, for every unit or one: an xlsx or csv that units fill in and send back': '生成一个县的任务台账（全部单位或某一单位）：xlsx 或 csv，供各单位填写后报回',
  'the file to write: 台账.xlsx or 台账.csv': '要生成的文件：台账.xlsx 或 台账.csv',
  'xlsx or csv (default: by the file name)': '格式：xlsx 或 csv（默认：按文件扩展名）',
  'traffic-light settings (schemas/lights.schema.json): which rows are due soon, and their colour': '红黄绿灯设置（见 schemas/lights.schema.json）：哪些行算即将到期，以及颜色',
  'a ledger filled in by a unit: .xlsx or .csv': '单位填好的台账：.xlsx 或 .csv',
  'a filled-in ledger back into the status file: new entries, changes, conflicts (never written over) and rows ignored': '把填好的台账导入进度文件：新增记录、更新、冲突（从不覆盖）和忽略的行',
  'the county the status file is kept for: a ledger of another is refused': '进度文件所属的县：其他县的台账不予导入',
  'say what would be added, and write nothing': '只说明将新增哪些记录，不写入',
  "the file is the office's own copy: its 核实情况 column (signed off, sent back: reason) is read; never give it for a file a unit sent": '该文件是办公室自己的台账副本：读取其“核实情况”列（核实销号，或 退回：原因）；单位报回的文件切勿加此选项',
  '0  imported (or nothing to import)': '0  已导入（或无需导入）',
  '1  some rows conflict with later entries of the status file: the others were imported': '1  有的行与进度文件中更晚的记录冲突：其余行已导入',
  "2  a bad row (each named by row and column), another county's ledger, or bad usage: nothing written": '2  有错误的行（逐一标明行列）、其他县的台账或用法有误：未写入',
  'task id (or goal id, with --measure)': '任务编号（用 --measure 时也可以是目标编号）',
  'm2 done, m1@2021-Q2 done, or the state alone for a task of one milestone': '如 m2 done、m1@2021-Q2 done；只有一个节点的任务可只写状态',
  "record one update in the status file: a milestone done, in progress, blocked, waived…, or a target's measured value": '在进度文件中记录一次进展：节点完成、推进中、受阻、申请延期……或目标的实测值',
  'when it happened, YYYY-MM-DD (default: today in China)': '发生日期，如 2021-06-15（默认：北京时间今天）',
  'what shows it': '佐证材料',
  'document number of the proof (沁住建字〔2021〕12号)': '佐证文件的文号（沁住建字〔2021〕12号）',
  'a URL or file path of the proof': '佐证材料的网址或文件路径',
  'a note': '备注',
  "who reports it: the unit's name (a completion stays reported until plancheck signoff)": '报告单位的名称（报完成后待 plancheck signoff 核实销号）',
  "a target's measured value (t1=11.4, t1=Ⅱ); repeatable": '目标的实测值（t1=11.4、t1=Ⅱ）；可重复',
  'States: done, in-progress, not-started, blocked, waived (or 已完成, 推进中, 未开始, 受阻, 申请延期).': '状态：已完成、推进中、未开始、受阻、申请延期（或 done、in-progress、not-started、blocked、waived）。',
  'milestone id; may be left out for a task of one milestone': '节点编号；只有一个节点的任务可省略',
  'record an approved deadline extension in the status file': '在进度文件中记录经批准的延期',
  'm2, or m1@2021-Q2 for one occurrence; may be left out for a task of one milestone': '节点，如 m2；某一期写作 m1@2021-Q2；只有一个节点的任务可省略',
  'sign off a completion a unit reported: the office checked its proof and strikes the milestone off': '核实销号：办公室核实单位报送的完成情况及佐证后，将该节点销号',
  'the date of the sign-off, YYYY-MM-DD (default: today in China)': '核实销号日期，如 2021-07-05（默认：北京时间今天）',
  'the proof the office checked': '办公室核实的佐证材料',
  "the office's settings, for signoffProof: a sign-off needs a document number or link (default: ./report.yaml if present)": '办公室设置，从中取 signoffProof：销号须有佐证文号或链接（默认：./report.yaml，如存在）',
  'Only a completion a unit reported (import of its ledger, or mark) and the office has not judged yet can be signed off.': '只有单位已报完成（导入其台账或 mark）、办公室尚未核实的节点才能销号。',
  'send a completion a unit reported back: the milestone is open again, the reason shown wherever it is': '退回单位报送的完成情况：该节点重新计为未完成，各处显示退回原因',
  'why the completion is not accepted': '不予认定的原因',
  'the date it is sent back, YYYY-MM-DD (default: today in China)': '退回日期，如 2021-07-05（默认：北京时间今天）',
  'the new deadline, YYYY-MM-DD': '新的时限，如 2021-07-31',
  'the approving document (沁政办函〔2021〕30号)': '批准文件（沁政办函〔2021〕30号）',
  'why': '延期原因',
  // init, draft
  "start a county's repository: unit registry, status file, sources folder, CI workflow; never overwrites a file": '为一个县建立仓库：单位名录、进度文件、来源目录、CI 流程；从不覆盖已有文件',
  "the county's pinyin slug (gaoping)": '县的拼音代号（gaoping）',
  'its Chinese name (高平市)': '中文名（高平市）',
  'its prefecture-level city (晋城市)': '所属地级市（晋城市）',
  'the notice as text, in sources/ (sources/gaoping-2024-gaozhengbanfa-2024-1.txt)': '通知的文本文件，放在 sources/ 下（sources/gaoping-2024-gaozhengbanfa-2024-1.txt）',
  'a first encoding of each plan in a notice: items, sections, units matched to the registry, dates read, annex rows placed; titles and undecided dates left to a person': '把通知中的每个计划初步录入：条目、章节、对照名录的责任单位、识别出的时限、附件行；标题和拿不准的时限留给人工',
  'the county whose unit registry (plans/<id>/units.yaml) names the units': '用哪个县的单位名录（plans/<id>/units.yaml）对照责任单位',
  "the plans' year: a month without a year takes it": '计划年份：没写年份的月份按此年',
  'with --output, replace the drafts that exist (after the registry is completed): titles a person wrote stay on tasks of unchanged text, the rest is drafted anew': '配合 --output，替换已有的草稿（在登记表补全之后）：正文未变的任务保留人工填写的标题，其余重新起草',
  'write one file per plan here (<year>-<category>.yaml), never over an existing file; default: YAML on stdout': '每个计划写一个文件到此目录（<年份>-<类别>.yaml），从不覆盖已有文件；默认：YAML 输出到标准输出',
  'plans folder with the registry (default: ./plans)': '含单位名录的计划目录（默认：./plans）',
  // completion
  'bash, zsh or fish; with --words: the words typed so far': 'bash、zsh 或 fish；与 --words 同用时为已输入的词',
  'print the shell completion script for bash, zsh or fish: commands, options, counties, categories, units and task ids complete with Tab': '输出 bash、zsh 或 fish 的自动补全脚本：按 Tab 补全命令、选项、县、类别、责任单位和任务编号',
  'print what may come next after the words given (as the script asks)': '列出已输入的词之后可接的内容（供补全脚本调用）',
  '2  bad usage: a shell other than bash, zsh or fish': '2  用法有误：不支持 bash、zsh、fish 以外的 shell',
};

export const HELP_WORDS: Record<Lang, HelpWords> = {
  en: {
    title: {},
    examples: 'Examples:',
    exitStatus: 'Exit status:',
    ok: '0  ok',
    choices: (list) => `choices: ${list.map((c) => JSON.stringify(c)).join(', ')}`,
    default: (value) => `default: ${value}`,
    placeholder: {},
    say: (english) => english,
  },
  zh: {
    title: { 'Usage:': '用法:', 'Options:': '选项：', 'Commands:': '命令：', 'Arguments:': '参数：', 'Global Options:': '全局选项：' },
    examples: '示例：',
    exitStatus: '退出码：',
    ok: '0  正常',
    choices: (list) => `可选：${list.join('、')}`,
    default: (value) => `默认：${value.replace(/^"|"$/g, '')}`,
    placeholder: {
      '[options]': '[选项]', '[command]': '[命令]', '<command>': '<命令>', '<date>': '<日期>', '<file>': '<文件>', '<dir>': '<目录>', '<days>': '<天数>',
      '<name>': '<名称>', '<id>': '<编号>', '<format>': '<格式>', '<columns>': '<列数>', '<lang>': '<语言>', '<group>': '<分组>',
      '<what>': '<条件>', '<n>': '<条数>', '<format=file>': '<格式=文件>', '<url>': '<地址>', '<platform>': '<平台>', '<text>': '<文字>',
      '<number>': '<文号>', '<target=value>': '<目标=取值>', '<document>': '<批准文件>', '<year>': '<年份>', '<task>': '<任务>',
      '<ledger>': '<台账>', '<notice>': '<通知>', '[update...]': '[进展...]', '[update]': '[进展]', '[milestone]': '[节点]', '[shell...]': '[shell...]', '<YYYY-MM>': '<年-月>', '<YYYY>': '<年份>', '[command]...': '[命令]...',
    },
    say: (english) => ZH[english] ?? english,
  },
};

/** A help line with its placeholders in the language: --as-of <date> → --as-of <日期>. */
export const placeholders = (text: string, lang: Lang): string =>
  text.replace(/[<[][^\s<>[\]]*[>\]](\.\.\.)?/g, (p) => HELP_WORDS[lang].placeholder[p] ?? p);
