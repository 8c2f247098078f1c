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
import type { Output } from './commands/output.js';
import { filesParsed } from './load/loadProject.js';
import { resolvePositions } from './load/positions.js';
import { renderFindings, summarize } from './render/findings.js';

const cache = cacheDir(process.env, import.meta.url);
const env: Environment = {
  cwd: process.cwd(),
  now: Date.now(),
  ...(cache ? { cacheDir: cache } : {}),
  // Colour only on a terminal (or where FORCE_COLOR asks for it), and never with NO_COLOR.
  color: !process.env.NO_COLOR && (process.env.FORCE_COLOR ? process.env.FORCE_COLOR !== '0' : Boolean(process.stdout.isTTY)),
};

const EXIT_HELP = `
Exit status:
  0  ok
  1  findings (check: something fails; trace --missing: something is not encoded)
  2  bad input or usage: invalid plans, unit registry or status file, unknown option value`;

function withCommon(cmd: Command): Command {
  return cmd
    .option('--county <name>', 'county: pinyin slug or Chinese name (qinshui, 沁水, 沁水县)')
    .option('--category <name>', 'air, water, soil, groundwater or eco (or 大气, 水, 土壤, 地下水, 生态)')
    .option('--unit <name>', 'unit: id, canonical name or any alias (住建局, housing)')
    .option('--lead-only', 'with --unit: only where the unit leads or is responsible, not where it supports')
    .option('--plan <id>', 'one plan, by id (qinshui-2021-air)')
    .option('--as-of <date>', 'the date to judge by, YYYY-MM-DD (default: today in China)')
    .option('--status <file>', 'status file (default: ./status.yaml, if present)')
    .option('--plans <dir>', 'plans folder (default: ./plans, else the plans shipped with plancheck)')
    .option('--soon <days>', 'a deadline this close is "due soon" (default: 7d)')
    .addOption(new Option('--lang <lang>', 'language of the views (default: en; zh for report)').choices(['en', 'zh']));
}

/** The views print a table or JSON. */
const withFormat = (cmd: Command): Command => cmd.addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'));

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
  const program = new Command('plancheck')
    .description('Track county environmental action plans: what is due, done or late, per county, category and unit.')
    .version('0.1.0')
    .showSuggestionAfterError()
    .exitOverride()
    .addHelpText('after', `
Examples:
  plancheck due --county qinshui --as-of 2021-06-15 --status examples/qinshui-2021-status.yaml
  plancheck late --county 沁水 --unit 住建局
  plancheck show QS21-AIR-05
  plancheck validate
${EXIT_HELP}`);

  if (wanted('validate')) withCommon(program.command('validate').description('check plans, unit registries and the status file; every problem with file:line:column'))
    .addHelpText('after', `\nExamples:\n  plancheck validate\n  plancheck validate --status status.yaml\n${EXIT_HELP}`)
    .action((o: CommonOptions) => run(async () => validateCommand(await prepare(o, env, { trace: true }))));

  if (wanted('due')) withFormat(withCommon(program.command('due').description('what falls due: open milestones due within a horizon (overdue ones included), or all due in a month')))
    .option('--within <days>', 'horizon from the as-of date (default: 30d)')
    .option('--month <YYYY-MM>', 'every milestone due in this month, whatever its state')
    .addHelpText('after', `\nExamples:\n  plancheck due --county qinshui --as-of 2021-06-15\n  plancheck due --within 14d --category water\n  plancheck due --month 2021-06 --format json\n${EXIT_HELP}`)
    .action((o: CommonOptions & { within?: string; month?: string }) => run(async () => dueCommand(await prepare(o, env, jsonTexts(o)), o)));

  if (wanted('late')) withFormat(withCommon(program.command('late').description('what is overdue, and soft targets (力争) missed')))
    .addHelpText('after', `\nExamples:\n  plancheck late --county yangcheng\n  plancheck late --unit 县住建局 --lead-only\n${EXIT_HELP}`)
    .action((o: CommonOptions) => run(async () => lateCommand(await prepare(o, env, jsonTexts(o)), o)));

  if (wanted('done')) withFormat(withCommon(program.command('done').description('what was completed in a period (default: everything done by the as-of date)')))
    .option('--month <YYYY-MM>', 'completed in this month')
    .option('--since <date>', 'completed on or after this date')
    .option('--until <date>', 'completed on or before this date (default: the as-of date)')
    .addHelpText('after', `\nExamples:\n  plancheck done --month 2021-06 --county qinshui\n${EXIT_HELP}`)
    .action((o: CommonOptions & { month?: string; since?: string; until?: string }) => run(async () => doneCommand(await prepare(o, env, jsonTexts(o)), o)));

  if (wanted('list')) withFormat(withCommon(program.command('list').description('every task, with units, date phrases and source reference')))
    .addHelpText('after', `\nExamples:\n  plancheck list --county lingchuan\n  plancheck list --plan qinshui-2021-air --format json\n${EXIT_HELP}`)
    .action((o: CommonOptions) => run(async () => listCommand(await prepare(o, env, { texts: true }), o)));

  if (wanted('show')) withFormat(withCommon(program.command('show').argument('<id>', 'task id').description('everything about one task: source text and passage, units, milestones, disagreements, targets, status history')))
    .addHelpText('after', `\nExamples:\n  plancheck show QS21-AIR-08\n${EXIT_HELP}`)
    .action((id: string, o: CommonOptions) => run(async () => showCommand(await prepare(o, env, { texts: true }), id, o)));

  if (wanted('check')) withCommon(program.command('check').description('the CI gate: exit 1 when a milestone is overdue (or as --fail-on says), 0 when not'))
    .option('--fail-on <what>', 'what fails the run, comma-separated: overdue, soft, due-within=<days> (default: overdue)')
    .option('--grace <days>', 'a deadline may pass by this many days before it fails (default: 0)')
    .option('--warn <days>', 'due within this many days is a warning (default: 7d)')
    .option('--format <format>', 'text, json, junit, sarif, github or markdown; repeat for several', collect)
    .option('--output <format=file>', 'write one format to a file instead of stdout; repeatable', collect)
    .option('--limit <n>', 'the terminal table shows the n most overdue findings (default 100; 0: all)')
    .addHelpText('after', `\nExamples:\n  plancheck check --county qinshui --as-of 2021-07-01 --status status.yaml\n  plancheck check --fail-on overdue,soft --grace 3d\n  plancheck check --format junit --output junit=reports/plancheck.xml --format sarif --output sarif=reports/plancheck.sarif\n  plancheck check --format github    # annotations on the plan lines; a job summary where GITHUB_STEP_SUMMARY is set\n\nExit status:\n  0  nothing fails (warnings may be printed; no task matching the filters is not an error)\n  1  something fails: a milestone overdue beyond the grace (or what --fail-on names)\n  2  bad input or usage: invalid plans, unit registry or status file, unknown option value`)
    .action((o: CommonOptions & CheckOptions) => run(async () => checkCommand(await prepare(o, env, { texts: [...(o.format ?? []), ...(o.output ?? [])].some((f) => f.startsWith('junit')) }), { ...o, ...(process.env.GITHUB_STEP_SUMMARY ? { summaryFile: process.env.GITHUB_STEP_SUMMARY } : {}) })));

  if (wanted('report')) withCommon(program.command('report').description('the monthly circular (月调度通报): figures, units ranked, who reported, completed, overdue, next month, targets'))
    .requiredOption('--month <YYYY-MM>', 'the month of the circular (this month or an earlier one)')
    .addOption(new Option('--format <format>', 'text, markdown, json, html or docx (docx needs --output)').choices(['text', 'markdown', 'json', 'html', 'docx']).default('text'))
    .option('--output <file>', 'write the circular to this file instead of stdout')
    .option('--header <file>', 'issuing office, issue number, date of issue, closing line, reporting day (YAML, schemas/report.schema.json; default: ./report.yaml if present)')
    .option('--lights <file>', 'traffic-light settings (YAML, schemas/lights.schema.json): soonDays, soonColor, doneLateColor, overdueBands, names')
    .option('--ids', 'print the task ids beside the plan references')
    .addHelpText('after', `\nA month that has ended is reported as at the end of its last day (judged the day after); the month that runs, as of today.\n\nExamples:\n  plancheck report --month 2021-06 --county qinshui --status status.yaml\n  plancheck report --month 2021-06 --county qinshui --format docx --output 通报-2021-06.docx --header report.yaml\n  plancheck report --month 2021-06 --format html --output 通报.html --lang en\n${EXIT_HELP}`)
    .action((o: CommonOptions & ReportOptions) => run(async () => reportCommand(await prepare({ ...o, lang: o.lang ?? 'zh', asOf: o.asOf ?? reportAsOf(o.month, env.now) }, env, { texts: true }), o)));

  if (wanted('summary')) withFormat(withCommon(program.command('summary').description('counts of each state per county, category or unit, with a bar')))
    .addOption(new Option('--by <group>', 'county, category or unit').choices(['county', 'category', 'unit']).default('county'))
    .addHelpText('after', `\nExamples:\n  plancheck summary --by unit --county qinshui --as-of 2021-07-01\n${EXIT_HELP}`)
    .action((o: CommonOptions & { by?: string; format?: string }) => run(async () => summaryCommand(await prepare(o, env), o)));

  if (wanted('trace')) withCommon(program.command('trace').description('check that every verbatim text stands in its source notice; --missing: list the numbered items and annex rows not encoded yet'))
    .option('--missing', 'list what of the source notices no plan encodes (exit 1 if anything)')
    .addHelpText('after', `\nExamples:\n  plancheck trace\n  plancheck trace --missing --plan qinshui-2021-air\n${EXIT_HELP}`)
    .action((o: CommonOptions & { missing?: boolean }) => run(async () => traceCommand(await prepare(o, env, { trace: true }), o)));

  return program;
}

async function main(argv: string[]): Promise<number> {
  const program = buildProgram(argv);
  try {
    await program.parseAsync(argv);
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? EXIT.ok : EXIT.input;
    if (e instanceof InputError) {
      process.stderr.write(renderFindings(await resolvePositions(e.findings), { color: env.color, cwd: env.cwd }));
      process.stderr.write(`plancheck: ${summarize(e.findings)}: nothing was evaluated\n`);
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
  if (notes.length) process.stderr.write(renderFindings(await resolvePositions(notes), { color: env.color, cwd: env.cwd }));
  process.stdout.write(result.stdout);
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
