// The command line: flags and help only. Each action returns an Output; the exit code is set once here.
import { Command, CommanderError, Option } from 'commander';
import { cacheDir } from './cacheDir.js';
import { prepare, type CommonOptions, type Environment } from './context.js';
import { EXIT, InputError, isKnownError } from './errors.js';
import { hasErrors } from './findings.js';
import { checkCommand, type CheckOptions } from './commands/check.js';
import { reportAsOf, reportCommand, type ReportOptions } from './commands/report.js';
import { showCommand } from './commands/show.js';
import { summaryCommand } from './commands/summary.js';
import { traceCommand } from './commands/trace.js';
import { validateCommand } from './commands/validate.js';
import { doneCommand, dueCommand, lateCommand, listCommand } from './commands/views.js';
import { withoutStatusHint, type Output } from './commands/output.js';
import { filesParsed } from './load/loadProject.js';
import { resolvePositions } from './load/positions.js';
import { renderFindings, summarize } from './render/findings.js';
import { textWidth, wrap } from './render/fit.js';
import { chooseLang } from './language.js';
import { nameFiles } from './fileRoles.js';
import type { Lang } from './messages/labels.js';
import { pagerFor, page, terminalWidth } from './terminal.js';

const cache = cacheDir(process.env, import.meta.url);
const env: Environment = {
  cwd: process.cwd(),
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

interface TerminalOptions { width?: string; wrap?: boolean; pager?: boolean }
/** The window a view fits, and whether it may be paged. */
const fit = (o: TerminalOptions) => ({ width: terminalWidth(o.width, process.stdout, process.env), wrap: Boolean(o.wrap) });
let paged = false;
/** The language and the files named on the command line, for the messages of a run that fails. */
let lang: Lang = 'en';
let given: { status?: string; plans?: string; lights?: string } = {};

const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

/** JSON carries every task's texts; tables print none. */
const jsonTexts = (o: { format?: string }) => ({ texts: o.format === 'json' });

let result: Output | undefined;
const run = async (action: () => Output | Promise<Output>) => { result = await action(); };

const COMMANDS = ['validate', 'due', 'late', 'done', 'list', 'show', 'check', 'report', 'summary', 'trace'];

function buildProgram(argv: string[]): Command {
  // Only the command being run is built (every one for --help or a mistyped name): building all ten is
  // a noticeable part of a short run.
  const wanted = (name: string): boolean => !COMMANDS.includes(argv[2] ?? '') || argv[2] === name;
  /** The options common to every command, with the language chosen from the environment. */
  const common = <T extends CommonOptions & TerminalOptions & { lights?: string }>(o: T): T => {
    paged = o.pager !== false;
    lang = chooseLang(o.lang, process.env);
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
    .addHelpText('after', () => `${examples('plancheck validate', 'plancheck validate --status examples/qinshui-2021-status.yaml')}${exitHelp(EXIT_INPUT)}`)
    .action((o: CommonOptions) => run(async () => validateCommand(await prepare(common(o), env, { trace: true }))));

  if (wanted('due')) view(program.command('due').description('what falls due: open milestones due within a horizon (overdue ones included), or all due in a month'))
    .option('--within <days>', 'horizon from the as-of date (default: 30d)')
    .option('--month <YYYY-MM>', 'every milestone due in this month, whatever its state (not with --within)')
    .addHelpText('after', () => `${examples(`plancheck due --county qinshui ${EX}`, 'plancheck due --month 2021-06 --category water --format json')}${exitHelp(EXIT_INPUT)}`)
    .action((o: CommonOptions & TerminalOptions & { within?: string; month?: string }) => run(async () => dueCommand(await prepare(common(o), env, jsonTexts(o)), { ...o, ...fit(o) })));

  if (wanted('late')) view(program.command('late').description('what is overdue, and soft targets (力争) missed'))
    .addHelpText('after', () => `${examples(`plancheck late --county qinshui ${EX}`, 'plancheck late --unit 县住建局 --lead-only --as-of 2021-12-31')}${exitHelp(EXIT_INPUT)}`)
    .action((o: CommonOptions & TerminalOptions) => run(async () => lateCommand(await prepare(common(o), env, jsonTexts(o)), { ...o, ...fit(o) })));

  if (wanted('done')) view(program.command('done').description('what was completed in a period (default: everything done by the as-of date)'))
    .option('--month <YYYY-MM>', 'completed in this month (not with --since or --until)')
    .option('--since <date>', 'completed on or after this date')
    .option('--until <date>', 'completed on or before this date (default: the as-of date)')
    .addHelpText('after', () => `${examples(`plancheck done --month 2021-06 --county qinshui ${EX}`, `plancheck done --since 2021-04-01 --until 2021-05-31 ${EX}`)}${exitHelp(EXIT_INPUT)}`)
    .action((o: CommonOptions & TerminalOptions & { month?: string; since?: string; until?: string }) => run(async () => doneCommand(await prepare(common(o), env, jsonTexts(o)), { ...o, ...fit(o) })));

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
    .action((o: CommonOptions & CheckOptions & TerminalOptions) => run(async () => checkCommand(await prepare(common(o), env, { texts: [...(o.format ?? []), ...(o.output ?? [])].some((f) => f.startsWith('junit')) }), { ...o, ...fit(o), ...(process.env.GITHUB_STEP_SUMMARY ? { summaryFile: process.env.GITHUB_STEP_SUMMARY } : {}) })));

  // The monthly report is its own engineer's (issue 15): its options as they were.
  if (wanted('report')) withTime(withFilters(withData(program.command('report').description('the monthly circular (月调度月通报): figures, units ranked, completed, overdue, next month\'s early warning, targets'))))
    .requiredOption('--month <YYYY-MM>', 'the month of the circular')
    .addOption(new Option('--format <format>', 'text or markdown').choices(['text', 'markdown']).default('text'))
    .option('--lights <file>', 'traffic-light settings (YAML, schemas/lights.schema.json): soonDays, soonColor, doneLateColor, names')
    .addHelpText('after', () => `\nThe as-of date defaults to the first day after the month (or today, while the month runs).\n${examples('plancheck report --month 2021-06 --county qinshui --lang zh', 'plancheck report --month 2021-06 --format markdown --lang en --lights lights.yaml')}${exitHelp(EXIT_INPUT)}`)
    .action((o: CommonOptions & ReportOptions) => run(async () => reportCommand(await prepare({ ...common(o), lang: o.lang ?? 'zh', asOf: o.asOf ?? reportAsOf(o.month, env.now) }, env, { evidence: true }), o)));

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

  return program;
}

async function main(argv: string[]): Promise<number> {
  const program = buildProgram(argv);
  try {
    await program.parseAsync(argv);
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? EXIT.ok : EXIT.input;
    if (e instanceof InputError) {
      // What stops the run; the plans' warnings are validate's to print (and count).
      const shown = argv[2] === 'validate' ? withoutStatusHint(e.findings) : e.findings.filter((f) => f.severity === 'error');
      process.stderr.write(renderFindings(await resolvePositions(nameFiles(shown, given, env.cwd)), { color: env.color, cwd: env.cwd, lang }));
      process.stderr.write(`plancheck: ${summarize(shown, lang)}\n`);
      return EXIT.input;
    }
    if (isKnownError(e)) {
      process.stderr.write(`plancheck: ${e.message}\n`);
      return EXIT.input;
    }
    throw e;
  }
  if (!result) return EXIT.ok;
  const notes = result.notes ?? [];
  if (notes.length) process.stderr.write(renderFindings(await resolvePositions(notes), { color: env.color, cwd: env.cwd, lang }));
  const pager = pagerFor(result.stdout, process.stdout, process.env, paged);
  if (!pager || !(await page(result.stdout, pager, process.env))) process.stdout.write(result.stdout);
  return hasErrors(result.notes ?? []) ? EXIT.input : result.exitCode;
}

/** For the launcher: a run of a command that parsed no file (the common case) compiled what the code
 * cache should hold. */
export const typicalRun = (): boolean => filesParsed() === 0 && COMMANDS.includes(process.argv[2] ?? '');

// A reader that stops early (plancheck list | head) closes the pipe: that is its right, not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code !== 'EPIPE') throw e;
  process.exit(process.exitCode ?? EXIT.ok);
});

main(process.argv).then((code) => {
  process.exitCode = code;
});
