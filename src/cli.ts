// The command line: flags and help only. Each action returns an Output; the exit code is set once here.
import { Command, CommanderError, Option } from 'commander';
import { cacheDir } from './cacheDir.js';
import { COMMANDS } from './commands/names.js';
import { prepare, type CommonOptions, type Environment } from './context.js';
import { DeliveryError, EXIT, InputError, isKnownError, OutputError, UsageError } from './errors.js';
import { hasErrors } from './findings.js';
import { checkCommand, needsTexts, taskTexts, type CheckOptions } from './commands/check.js';
import { reportAsOf, reportCommand, type ReportOptions } from './commands/report.js';
import { showCommand } from './commands/show.js';
import { summaryCommand } from './commands/summary.js';
import { traceCommand } from './commands/trace.js';
import { validateCommand } from './commands/validate.js';
import { doneCommand, dueCommand, lateCommand, listCommand } from './commands/views.js';
import { withoutStatusHint, type Output, type View } from './commands/output.js';
import type { CalendarCommandOptions } from './commands/calendar.js';
import type { NotifyOptions } from './commands/notify.js';
import { importCommand } from './commands/import.js';
import { ledgerCommand, type LedgerOptions } from './commands/ledger.js';
import { extendCommand, markCommand } from './commands/mark.js';
import { statusTarget } from './commands/statusTarget.js';
import type { ExtendOptions, MarkOptions } from './status/mark.js';
import type { InitOptions } from './commands/init.js';
import type { DraftOptions } from './commands/draft.js';
import { resolvePositions } from './load/positions.js';
import { describeOutputError as outputErrorEn } from './messages/en.js';
import { describeOutputError as outputErrorZh } from './messages/zh.js';
import { USAGE_WORDS } from './messages/usage.js';
import { excerpt } from './messages/quote.js';
import { renderFindings, summarize } from './render/findings.js';
import { timedAsync, timingsReport } from './timings.js';
import { textWidth, wrap } from './render/fit.js';
import { chooseLang, langArgument, localeLang } from './language.js';
import { nameFiles } from './fileRoles.js';
import type { Lang } from './messages/labels.js';
import { pagerFor, page, terminalWidth } from './terminal.js';

/** The working folder; a deleted one is the user's situation to fix, not a crash. */
function workingFolder(): string {
  try {
    return process.cwd();
  } catch {
    process.stderr.write(`plancheck: ${USAGE_WORDS[localeLang(process.env)].noFolder}\n`);
    process.exit(EXIT.input);
  }
}

const cache = cacheDir(process.env, import.meta.url);
const env: Environment = {
  cwd: workingFolder(),
  now: Date.now(),
  ...(cache ? { cacheDir: cache } : {}),
  // Colour only on a terminal (or where FORCE_COLOR asks for it), and never with NO_COLOR.
  color: !process.env.NO_COLOR && (process.env.FORCE_COLOR ? process.env.FORCE_COLOR !== '0' : Boolean(process.stdout.isTTY)),
};

/** Each command's exit statuses, in its --help. */
const exitHelp = (...lines: string[]): string => `\nExit status:\n${['0  ok', ...lines].map((l) => `  ${wrap(l.trim(), helpWidth() - 2).join('\n     ')}`).join('\n')}`;
const EXIT_INPUT = '2  bad input or usage: invalid plans, unit registry or status file, unknown or contradictory options';
/** Help is as wide as a table would be; an example too long for it continues on an indented line. */
const helpWidth = (): number => terminalWidth(undefined, process.stdout, process.env);
const examples = (...lines: string[]): string =>
  `\nExamples:\n${lines.map((l) => `  ${wrap(l, helpWidth() - 6).join(' \\\n      ')}`).join('\n')}\n`;
/** The example status file, so that the examples show something done. */
const EX = '--as-of 2021-06-15 --status examples/qinshui-2021-status.yaml';

// Option groups: a command offers only the ones it uses.
const withData = (cmd: Command, status = true): Command => {
  cmd.option('--plans <dir>', 'plans folder (default: ./plans, else the plans shipped with plancheck)');
  if (status) cmd.option('--status <file>', 'status file (default: ./status.yaml, if present)');
  return cmd.addOption(new Option('--lang <lang>', 'language: en or zh (default: PLANCHECK_LANG, else zh where LC_ALL or LANG is zh_*, else en)').choices(['en', 'zh']));
};
const withFilters = (cmd: Command): Command => cmd
  .option('--county <name>', 'county: pinyin slug or Chinese name (qinshui, 沁水, 沁水县)')
  .option('--category <name>', 'air, water, soil, groundwater or eco (or 大气, 水, 土壤, 地下水, 生态)')
  .option('--unit <name>', 'unit: id, canonical name or any alias (住建局, housing)')
  .option('--lead-only', 'with --unit: only where the unit leads or is responsible, not where it supports')
  .option('--plan <id>', 'one plan, by id (qinshui-2021-air)');
const withTime = (cmd: Command): Command => cmd
  .option('--as-of <date>', 'the date to judge by, YYYY-MM-DD (default: today in China)')
  .option('--soon <days>', 'an open deadline this close is "due soon" (default: 7d)');
/** The terminal views: fitted to the window, paged when long. */
const withTerminal = (cmd: Command, table = true): Command => {
  cmd.option('--width <columns>', 'fit the output to this width (default: the terminal\'s; when piped, COLUMNS, else 100)');
  if (table) cmd.option('--wrap', 'wrap long cells inside their column instead of cutting them');
  return cmd.option('--no-pager', 'do not page long output on a terminal (default pager: PAGER, else less -FRX)');
};
/** The views print a table or JSON. */
const withFormat = (cmd: Command): Command => cmd.addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'));
const view = (cmd: Command): Command => withTerminal(withFormat(withTime(withFilters(withData(cmd)))));
/** The data, filters and time options, for the commands that are no terminal view. */
const withCommon = (cmd: Command): Command => withTime(withFilters(withData(cmd)));

interface TerminalOptions { width?: string; wrap?: boolean; pager?: boolean }
/** The window a view fits, and whether it may be paged. */
const fit = (o: TerminalOptions) => ({ width: terminalWidth(o.width, process.stdout, process.env), wrap: Boolean(o.wrap) });
let paged = false;
/** The language of the run, chosen once (language.ts), and the files named on the command line, for the
 * messages of a run that fails. */
let lang: Lang = localeLang(process.env);
let given: { status?: string; plans?: string; lights?: string } = {};

const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

/** A view's input: JSON carries every task's texts, so it is given the plans with them; a table is not. */
const viewInput = async (o: CommonOptions): Promise<View> =>
  o.format === 'json' ? { format: 'json', ctx: await prepare(o, env, { texts: true }) } : { format: 'table', ctx: await prepare(o, env) };

let result: Output | undefined;
/** A command's whole run; what is not loading or evaluating is rendering. */
const run = async (action: () => Output | Promise<Output>) => { result = await timedAsync('command', async () => action()); };


/** The commands that write the status file. */
const WRITERS = ['import', 'mark', 'extend'];
const withWriter = (cmd: Command): Command =>
  cmd
    .option('--status <file>', 'the status file to write (default: ./status.yaml; created if missing)')
    .option('--plans <dir>', 'plans folder (default: ./plans, else the plans shipped with plancheck)')
    .addOption(new Option('--lang <lang>', 'language: en or zh (default: PLANCHECK_LANG, else zh where LC_ALL or LANG is zh_*, else en)').choices(['en', 'zh']));

/** mark and extend show the milestone's state after the update. */
const withState = (cmd: Command): Command =>
  withWriter(cmd)
    .option('--as-of <date>', 'the date to judge the state shown by, YYYY-MM-DD (default: today in China)');


function buildProgram(argv: string[]): Command {
  // Only the command being run is built (every one for --help or a mistyped name): building all ten is
  // a noticeable part of a short run.
  const wanted = (name: string): boolean => !(COMMANDS as readonly string[]).includes(argv[2] ?? '') || argv[2] === name;
  /** The options common to every command, with the language chosen from the environment. */
  const common = <T extends CommonOptions & TerminalOptions & { lights?: string }>(o: T): T => {
    paged = o.pager !== false;
    given = { ...(o.status ? { status: o.status } : {}), ...(o.plans ? { plans: o.plans } : {}), ...(o.lights ? { lights: o.lights } : {}) };
    return { ...o, lang };
  };
  const program = new Command('plancheck')
    .description('Track county environmental action plans: what is due, done or late, per county, category and unit.')
    .version('0.1.0')
    .showSuggestionAfterError()
    .exitOverride()
    // Help wraps to the terminal, a Chinese character counted as two columns.
    .configureHelp({ displayWidth: textWidth, minWidthToWrap: 20 })
    .configureOutput({ getOutHelpWidth: helpWidth, getErrHelpWidth: helpWidth })
    .addHelpText('after', () => `${examples(
      `plancheck due --county qinshui ${EX}`,
      `plancheck late --county 沁水 --unit 住建局 ${EX}`,
      'plancheck show QS21-WATER-2-04 --as-of 2021-06-15 --status examples/qinshui-2021-status.yaml --lang zh',
      'plancheck validate',
    )}${exitHelp('1  findings (check: something fails; trace --missing: something is not encoded)', EXIT_INPUT)}`);

  if (wanted('validate')) withData(program.command('validate')
    .option('--as-of <date>', 'status entries dated after this day are reported as left out (default: today in China)').description('check plans, unit registries and the status file; every problem with file:line:column'))
    .option('--strict', 'warnings (a sentence read two ways, a phrase not understood) are errors: exit 2')
    .addHelpText('after', () => `${examples('plancheck validate', 'plancheck validate --strict --status examples/qinshui-2021-status.yaml')}${exitHelp(EXIT_INPUT)}`)
    .action((o: CommonOptions & { strict?: boolean }) => run(async () => validateCommand(await prepare(common(o), env, { trace: true }), o)));

  if (wanted('due')) view(program.command('due').description('what falls due: open milestones due within a horizon (overdue ones included), or all due in a month'))
    .option('--within <days>', 'horizon from the as-of date (default: 30d)')
    .option('--month <YYYY-MM>', 'every milestone due in this month, whatever its state (not with --within)')
    .addHelpText('after', () => `${examples(`plancheck due --county qinshui ${EX}`, 'plancheck due --month 2021-06 --category water --format json')}${exitHelp(EXIT_INPUT)}`)
    .action((o: CommonOptions & TerminalOptions & { within?: string; month?: string }) => run(async () => dueCommand(await viewInput(common(o)), { ...o, ...fit(o) })));

  if (wanted('late')) view(program.command('late').description('what is overdue, and soft targets (力争) missed'))
    .addHelpText('after', () => `${examples(`plancheck late --county qinshui ${EX}`, 'plancheck late --unit 县住建局 --lead-only --as-of 2021-12-31')}${exitHelp(EXIT_INPUT)}`)
    .action((o: CommonOptions & TerminalOptions) => run(async () => lateCommand(await viewInput(common(o)), { ...o, ...fit(o) })));

  if (wanted('done')) view(program.command('done').description('what was completed in a period (default: everything done by the as-of date)'))
    .option('--month <YYYY-MM>', 'completed in this month (not with --since or --until)')
    .option('--since <date>', 'completed on or after this date')
    .option('--until <date>', 'completed on or before this date (default: the as-of date)')
    .addHelpText('after', () => `${examples(`plancheck done --month 2021-06 --county qinshui ${EX}`, `plancheck done --since 2021-04-01 --until 2021-05-31 ${EX}`)}${exitHelp(EXIT_INPUT)}`)
    .action((o: CommonOptions & TerminalOptions & { month?: string; since?: string; until?: string }) => run(async () => doneCommand(await viewInput(common(o)), { ...o, ...fit(o) })));

  if (wanted('list')) view(program.command('list').description('every task, with units, date phrases and source reference'))
    .addHelpText('after', () => `${examples('plancheck list --county lingchuan', 'plancheck list --plan qinshui-2021-air --format json')}${exitHelp(EXIT_INPUT)}`)
    .action((o: CommonOptions & TerminalOptions) => run(async () => listCommand(await prepare(common(o), env, { texts: true }), { ...o, ...fit(o) })));

  if (wanted('show')) withTerminal(withFormat(withTime(withData(program.command('show').argument('<id>', 'task id').description('everything about one task: source text and passage, units, milestones, disagreements, targets, status history')))), false)
    .addHelpText('after', () => `${examples(`plancheck show QS21-WATER-2-04 ${EX}`, 'plancheck show QS21-AIR-08 --format json')}${exitHelp(EXIT_INPUT)}`)
    .action((id: string, o: CommonOptions & TerminalOptions) => run(async () => showCommand(await prepare(common(o), env, { texts: true }), id, { ...o, ...fit(o) })));

  if (wanted('check')) withTerminal(withTime(withFilters(withData(program.command('check').description('the CI gate: exit 1 when a milestone is overdue (or as --fail-on says), 0 when not')))))
    .option('--fail-on <what>', 'what fails the run, comma-separated: overdue, soft, due-soon (default: overdue; what is due soon otherwise warns)')
    .option('--grace <days>', 'a deadline may pass by this many days before it fails (default: 0)')
    .option('--format <format>', 'text, json, junit, sarif, github or markdown; repeat for several (default: text)', collect)
    .option('--output <format=file>', 'write one format to a file instead of stdout; repeatable', collect)
    .option('--limit <n>', 'the terminal table shows the n most overdue findings (default 100; 0: all)')
    .addHelpText('after', () => `${examples('plancheck check --county qinshui --as-of 2021-07-01 --status examples/qinshui-2021-status.yaml', 'plancheck check --fail-on overdue,soft --format junit --output junit=reports/plancheck.xml')}
${wrap('Where GITHUB_STEP_SUMMARY is set, a Markdown summary is appended to it.', helpWidth()).join('\n')}
${exitHelp('1  something fails: a milestone overdue beyond the grace (or what --fail-on names)', EXIT_INPUT)}`)
    .action((o: CommonOptions & CheckOptions & TerminalOptions) => run(async () => {
      const opts = { ...common(o), ...fit(o), ...(process.env.GITHUB_STEP_SUMMARY ? { summaryFile: process.env.GITHUB_STEP_SUMMARY } : {}) };
      if (!needsTexts(o)) return checkCommand(await prepare(opts, env), opts);
      const ctx = await prepare(opts, env, { texts: true });
      return checkCommand(ctx, opts, taskTexts(ctx.project));
    }));

  if (wanted('report')) withCommon(program.command('report').description('the monthly circular (月调度通报): figures, units ranked, who reported, completed, overdue, next month, targets'))
    .requiredOption('--month <YYYY-MM>', 'the month of the circular (this month or an earlier one)')
    .addOption(new Option('--format <format>', 'text, markdown, json, html or docx (docx needs --output)').choices(['text', 'markdown', 'json', 'html', 'docx']).default('text'))
    .option('--output <file>', 'write the circular to this file instead of stdout')
    .option('--header <file>', 'issuing office, issue number, date of issue, closing line, reporting day (YAML, schemas/report.schema.json; default: ./report.yaml if present)')
    .option('--lights <file>', 'traffic-light settings (YAML, schemas/lights.schema.json): soonDays, soonColor, doneLateColor, overdueBands, names')
    .option('--ids', 'print the task ids beside the plan references')
    .addHelpText('after', `\nA month that has ended is reported as at the end of its last day (judged the day after); the month that runs, as of today.\n\nExamples:\n  plancheck report --month 2021-06 --county qinshui --status status.yaml\n  plancheck report --month 2021-06 --county qinshui --format docx --output 通报-2021-06.docx --header report.yaml\n  plancheck report --month 2021-06 --format html --output 通报.html --lang en\n${exitHelp(EXIT_INPUT)}`)
    .action((o: CommonOptions & ReportOptions) => run(async () => reportCommand(await prepare({ ...common(o), asOf: o.asOf ?? reportAsOf(o.month, env.now) }, env, { texts: true }), o)));

  if (wanted('summary')) view(program.command('summary').description('counts of each state per county, category or unit, with a bar'))
    .addOption(new Option('--by <group>', 'county, category or unit').choices(['county', 'category', 'unit']).default('county'))
    .addHelpText('after', () => `${examples('plancheck summary --by unit --county qinshui --as-of 2021-07-01 --status examples/qinshui-2021-status.yaml', 'plancheck summary --by category --format json')}${exitHelp(EXIT_INPUT)}`)
    .action((o: CommonOptions & TerminalOptions & { by?: string; format?: string }) => run(async () => summaryCommand(await prepare(common(o), env), { ...o, ...fit(o) })));

  if (wanted('trace')) withData(program.command('trace').description('check that every verbatim text stands in its source notice; --missing: list the numbered items and annex rows not encoded yet'), false)
    .option('--county <name>', 'only this county\'s plans')
    .option('--plan <id>', 'only this plan')
    .option('--missing', 'list what of the source notices no plan encodes (exit 1 if anything)')
    .addHelpText('after', () => `${examples('plancheck trace', 'plancheck trace --missing --plan qinshui-2021-air')}${exitHelp('1  --missing: something is not encoded', EXIT_INPUT)}`)
    .action((o: CommonOptions & { missing?: boolean }) => run(async () => traceCommand(await prepare(common(o), env, { trace: true }), o)));

  // Deadlines where people look: a calendar file and chat messages, each module loaded only by its command.
  if (wanted('calendar')) withCommon(program.command('calendar').description('the dated milestones as an iCalendar file (RFC 5545) to subscribe to or import'))
    .option('--output <file>', 'write the .ics file here instead of stdout')
    .option('--alarm <days>', 'a reminder this long before each deadline, or none (default: 7d)')
    .option('--open-only', 'leave out milestones done or waived (default: marked ✓)')
    .addHelpText('after', `\nExamples:\n  plancheck calendar --county qinshui --lang zh --output deadlines.ics\n  plancheck calendar --unit 住建局 --alarm 3d --open-only > housing.ics\n${exitHelp(EXIT_INPUT)}`)
    .action((o: CommonOptions & CalendarCommandOptions) => run(async () => (await import('./commands/calendar.js')).calendarCommand(await prepare(common(o), env, { texts: true }), o)));

  if (wanted('notify')) withCommon(program.command('notify').description('post what fell overdue and what falls due to a group chat robot (WeCom, DingTalk, Feishu, Slack)'))
    .addOption(new Option('--to <platform>', 'the chat platform').choices(['wecom', 'dingtalk', 'feishu', 'slack']).makeOptionMandatory())
    .option('--webhook <url>', 'the robot\'s webhook (default: PLANCHECK_WEBHOOK); the signing secret comes from PLANCHECK_WEBHOOK_SECRET')
    .option('--within <days>', 'announce what falls due within this horizon (default: 7d)')
    .option('--per-unit', 'one message per responsible unit instead of one for the run')
    .option('--base-url <url>', 'link each task to this URL + its id (or put {id} where the id goes)')
    .option('--since-last <file>', 'remember what was announced in this JSON file; overdue milestones are announced once')
    .option('--all', 'with --since-last: announce every overdue milestone again')
    .option('--dry-run', 'print the payloads instead of sending them')
    .option('--reporting-reminder', 'instead: up to the month\'s reporting day, remind the units that have not reported yet (the circular\'s 报送 rule)')
    .option('--header <file>', 'with --reporting-reminder: the circular\'s settings, for its reporting day (default: ./report.yaml; else the 25th)')
    .addHelpText('after', `\nExamples:\n  plancheck notify --to wecom --county qinshui --lang zh --dry-run\n  PLANCHECK_WEBHOOK_SECRET=SEC… plancheck notify --to dingtalk --webhook "$DINGTALK_WEBHOOK" --since-last notify-state.json --lang zh\n\nExit status:\n  0  delivered (or nothing to announce, or --dry-run)\n  2  bad input or usage\n  3  could not deliver: network failure, time-out, non-2xx answer or a platform error code, after retrying`)
    .action((o: CommonOptions & NotifyOptions) => run(async () => {
      const notify = await import('./commands/notify.js');
      return notify.notifyCommand(await prepare(common(o), env, { texts: true }), o, notify.notifyEnvironment(process.env, (line) => process.stderr.write(`plancheck: ${line}\n`)));
      }));

  // The office's loop: the ledger out to the units, back in, and single updates; the last three write the status file.
  if (wanted('ledger')) withCommon(program.command('ledger').description('the task ledger (任务台账) of one county, for every unit or one: an xlsx or csv that units fill in and send back'))
    .requiredOption('--output <file>', 'the file to write: 台账.xlsx or 台账.csv')
    .addOption(new Option('--format <format>', 'xlsx or csv (default: by the file name)').choices(['xlsx', 'csv']))
    .option('--lights <file>', 'traffic-light settings (schemas/lights.schema.json): which rows are due soon, and their colour')
    .addHelpText('after', `\nExamples:\n  plancheck ledger --county qinshui --output 台账.xlsx\n  plancheck ledger --county qinshui --unit 县住建局 --as-of 2021-06-30 --output 台账-县住建局.csv\n${exitHelp(EXIT_INPUT)}`)
    .action((o: CommonOptions & LedgerOptions) => run(async () => ledgerCommand(await prepare(common(o), env, { texts: true }), o)));

  if (wanted('import')) withWriter(program.command('import').argument('<ledger>', 'a ledger filled in by a unit: .xlsx or .csv').description('a filled-in ledger back into the status file: new entries, changes, conflicts (never written over) and rows ignored'))
    .option('--county <name>', 'the county the status file is kept for: a ledger of another is refused')
    .option('--dry-run', 'say what would be added, and write nothing')
    .addHelpText('after', `\nExamples:\n  plancheck import 台账-县住建局.xlsx --status status.yaml --dry-run\n  plancheck import 台账-县住建局.csv --county qinshui\n\nExit status:\n  0  imported (or nothing to import)\n  1  some rows conflict with later entries of the status file: the others were imported\n  2  a bad row (each named by row and column), another county's ledger, or bad usage: nothing written`)
    .action((ledger: string, o: CommonOptions & { dryRun?: boolean }) => run(async () => {
      const { file, options } = statusTarget(common(o), env);
      return importCommand(await prepare(options, env), file, ledger, o);
    }));

  if (wanted('mark')) withState(program.command('mark').argument('<task>', 'task id (or goal id, with --measure)').argument('[update...]', 'm2 done, m1@2021-Q2 done, or the state alone for a task of one milestone'))
    .description('record one update in the status file: a milestone done, in progress, blocked, waived…, or a target\'s measured value')
    .option('--date <date>', 'when it happened, YYYY-MM-DD (default: today in China)')
    .option('--evidence <text>', 'what shows it')
    .option('--document <number>', 'document number of the proof (沁住建字〔2021〕12号)')
    .option('--link <url>', 'a URL or file path of the proof')
    .option('--note <text>', 'a note')
    .option('--measure <target=value>', 'a target\'s measured value (t1=11.4, t1=Ⅱ); repeatable', collect)
    .addHelpText('after', `\nStates: done, in-progress, not-started, blocked, waived (or 已完成, 推进中, 未开始, 受阻, 申请延期).\n\nExamples:\n  plancheck mark QS21-WATER-2-04 m2 done --date 2021-07-20 --evidence "整改方案印发" --document 沁住建字〔2021〕12号\n  plancheck mark QS21-WATER-2-04 m1@2021-Q2 done --date 2021-06-28\n  plancheck mark QS21-WATER-1-02 --measure t1=11.4 --date 2021-06-30\n${exitHelp(EXIT_INPUT)}`)
    .action((task: string, words: string[], o: CommonOptions & MarkOptions) => run(async () => {
      const { file, options } = statusTarget(common(o), env);
      return markCommand(await prepare(options, env), file, task, words, o);
    }));

  if (wanted('extend')) withState(program.command('extend').argument('<task>', 'task id').argument('[milestone]', 'milestone id; may be left out for a task of one milestone'))
    .description('record an approved deadline extension in the status file')
    .requiredOption('--due <date>', 'the new deadline, YYYY-MM-DD')
    .requiredOption('--approved-by <document>', 'the approving document (沁政办函〔2021〕30号)')
    .requiredOption('--reason <text>', 'why')
    .addHelpText('after', `\nExamples:\n  plancheck extend QS21-WATER-2-04 m2 --due 2021-07-31 --approved-by 沁政办函〔2021〕30号 --reason 排查范围扩大\n  plancheck extend QS21-AIR-20 --due 2021-03-31 --approved-by 沁政办函〔2021〕8号 --reason 清单编制延后 --status status.yaml\n${exitHelp(EXIT_INPUT)}`)
    .action((task: string, milestone: string | undefined, o: CommonOptions & ExtendOptions) => run(async () => {
      const { file, options } = statusTarget(common(o), env);
      return extendCommand(await prepare(options, env), file, task, milestone, o);
    }));

  // Starting a county: init and draft (issue 19), loaded only when run.
  if (wanted('init')) program.command('init').description('start a county\'s repository: unit registry, status file, sources folder, CI workflow; never overwrites a file')
    .requiredOption('--county <id>', 'the county\'s pinyin slug (gaoping)')
    .requiredOption('--name <name>', 'its Chinese name (高平市)')
    .option('--city <name>', 'its prefecture-level city (晋城市)')
    .addHelpText('after', `\nExamples:\n  plancheck init --county gaoping --name 高平市 --city 晋城市\n  plancheck init --county puxian --name 蒲县\n${exitHelp(EXIT_INPUT)}`)
    .action((o: InitOptions) => run(async () => (await import('./commands/init.js')).initCommand(o, env.cwd)));

  if (wanted('draft')) program.command('draft').argument('<notice>', 'the notice as text, in sources/ (sources/gaoping-2024-gaozhengbanfa-2024-1.txt)')
    .description('a first encoding of each plan in a notice: items, sections, units matched to the registry, dates read, annex rows placed; titles and undecided dates left to a person')
    .requiredOption('--county <id>', 'the county whose unit registry (plans/<id>/units.yaml) names the units')
    .requiredOption('--year <year>', 'the plans\' year: a month without a year takes it')
    .option('--output <dir>', 'write one file per plan here (<year>-<category>.yaml), never over an existing file; default: YAML on stdout')
    .option('--plans <dir>', 'plans folder with the registry (default: ./plans)')
    .addHelpText('after', `\nExamples:\n  plancheck draft sources/gaoping-2024-gaozhengbanfa-2024-1.txt --county gaoping --year 2024 --output plans/gaoping/\n  plancheck draft sources/qinshui-2021-qinzhengbanfa-2021-19.txt --county qinshui --year 2021 | less\n${exitHelp(EXIT_INPUT)}`)
    .action((notice: string, o: DraftOptions) => run(async () => (await import('./commands/draft.js')).draftCommand(notice, o, env.cwd)));

  return program;
}

async function main(argv: string[]): Promise<number> {
  try {
    lang = chooseLang(langArgument(argv.slice(2)), process.env);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    process.stderr.write(`plancheck: ${e.in(lang)}\n`);
    return EXIT.input;
  }
  const program = buildProgram(argv);
  try {
    await program.parseAsync(argv);
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? EXIT.ok : EXIT.input;
    if (e instanceof InputError) {
      // What stops the run; the plans' warnings are validate's to print (and count).
      const shown = argv[2] === 'validate' ? withoutStatusHint(e.findings) : e.findings.filter((f) => f.severity === 'error');
      process.stderr.write(renderFindings(await resolvePositions(nameFiles(shown, given, env.cwd)), { color: env.color, cwd: env.cwd, lang }));
      process.stderr.write(`plancheck: ${summarize(shown, lang, WRITERS.includes(argv[2] ?? ''))}\n`);
      return EXIT.input;
    }
    if (e instanceof OutputError) {
      process.stderr.write(`plancheck: ${(lang === 'zh' ? outputErrorZh : outputErrorEn)(e.file, e.code)}\n`);
      return EXIT.input;
    }
    if (e instanceof DeliveryError) {
      process.stderr.write(`plancheck: ${e.message}\n`);
      return EXIT.delivery;
    }
    if (isKnownError(e)) {
      // A usage message may quote what was typed: escaped, so that it cannot drive the terminal.
      process.stderr.write(`plancheck: ${excerpt(e instanceof UsageError ? e.in(lang) : e.message, 1000)}\n`);
      return EXIT.input;
    }
    throw e;
  }
  process.stderr.write(timingsReport());
  if (!result) return EXIT.ok;
  const notes = result.notes ?? [];
  if (notes.length) process.stderr.write(renderFindings(await resolvePositions(notes), { color: env.color, cwd: env.cwd, lang }));
  const pager = pagerFor(result.stdout, process.stdout, process.env, paged);
  if (!pager || !(await page(result.stdout, pager, process.env))) process.stdout.write(result.stdout);
  return hasErrors(result.notes ?? []) ? EXIT.input : result.exitCode;
}

// A reader that stops early (plancheck list | head) closes the pipe: that is its right, not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code !== 'EPIPE') throw e;
  process.exit(process.exitCode ?? EXIT.ok);
});

main(process.argv).then((code) => {
  process.exitCode = code;
});
