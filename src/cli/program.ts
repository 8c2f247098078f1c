// What every command's declaration shares: the run's surroundings (environment, terminal, streams), the
// option groups, the help's examples and exit statuses, and the one place that turns an action's Output,
// or the error it threw, into what is printed and the exit code.
import { Command, CommanderError, Option } from 'commander';
import { cacheDir } from '../cacheDir.js';
import { prepare, type CommonOptions, type Environment } from '../context.js';
import { DeliveryError, EXIT, InputError, isKnownError, OutputError, UsageError } from '../errors.js';
import { hasErrors } from '../findings.js';
import { nameFiles } from '../fileRoles.js';
import { runLanguage } from '../language.js';
import { resolvePositions } from '../load/positions.js';
import type { Lang } from '../messages/labels.js';
import { DELIVERY_WORDS } from '../messages/delivery.js';
import { outputErrorIn } from '../messages/outputError.js';
import { excerpt } from '../messages/quote.js';
import { renderFindings, summarize } from '../render/findings.js';
import { textWidth, wrap, wrapAtSpaces } from '../render/fit.js';
import { HELP_WORDS } from '../messages/help.js';
import { helpIn } from './help.js';
import { sayCommanderError } from './commanderError.js';
import { USAGE_WORDS } from '../messages/usage.js';
import { pagerFor, page, terminalWidth } from '../terminal.js';
import { timedAsync, timingsReport } from '../timings.js';
import { VERSION } from '../version.js';
import type { Output, View } from '../commands/output.js';
import { withoutStatusHint } from '../commands/output.js';

/** How a command is declared: its options, help and action, on the command the table names. */
export type Declare = (cmd: Command, cli: Cli) => unknown;

/** Where a run happens: the process's own (src/main.ts), or a test's, in-process. */
export interface Surroundings {
  env: Record<string, string | undefined>;
  /** The working folder; undefined when it no longer exists. */
  cwd: string | undefined;
  now: number;
  stdout: { isTTY?: boolean; columns?: number; rows?: number; write(text: string): unknown };
  stderr: { write(text: string): unknown };
  /** Where the cache folder is found when PLANCHECK_CACHE_DIR does not say: a file in dist/ or src/. */
  from: string;
}

interface TerminalOptions { width?: string; wrap?: boolean; pager?: boolean }
export type ViewOptions = CommonOptions & TerminalOptions;

/** The commands that write the status file. */
const WRITERS = ['import', 'mark', 'extend'];

/** One run of the command line. */
export class Cli {
  readonly env: Environment;
  private paged = false;
  /** The language of the run, chosen once from --lang, PLANCHECK_LANG or the locale (language.ts); the
   * locale's where --lang or PLANCHECK_LANG is itself wrong (a usage error, said in it). */
  readonly lang: Lang;
  private readonly badLang: UsageError | undefined;
  /** The files named on the command line, for the messages of a run that fails. */
  private given: { status?: string; plans?: string; lights?: string } = {};
  private result: Output | undefined;

  constructor(readonly io: Surroundings & { cwd: string }, argv: string[]) {
    const chosen = runLanguage(argv.slice(2), io.env);
    this.lang = chosen.lang;
    this.badLang = chosen.bad;
    const cache = cacheDir(io.env, io.from);
    const { env } = io;
    this.env = {
      cwd: io.cwd,
      now: io.now,
      ...(cache ? { cacheDir: cache } : {}),
      // Colour only on a terminal (or where FORCE_COLOR asks for it), and never with NO_COLOR.
      color: !env.NO_COLOR && (env.FORCE_COLOR ? env.FORCE_COLOR !== '0' : Boolean(io.stdout.isTTY)),
    };
  }

  /** Help is as wide as a table would be. */
  readonly helpWidth = (): number => terminalWidth(undefined, this.io.stdout, this.io.env);
  /** A description or note of the help, in the run's language (messages/help.ts). */
  readonly say = (english: string): string => HELP_WORDS[this.lang].say(english);
  /** A note under the help, wrapped to its width. */
  readonly note = (english: string): string => `\n${wrap(this.say(english), this.helpWidth()).join('\n')}\n`;
  /** Each command's exit statuses, in its --help: 0 ok unless the first line says what 0 is. */
  readonly exitHelp = (...lines: string[]): string => {
    const all = lines[0]?.startsWith('0 ') ? lines : [HELP_WORDS[this.lang].ok, ...lines];
    return `\n${HELP_WORDS[this.lang].exitStatus}\n${all.map((l) => `  ${wrap(this.say(l.trim()), this.helpWidth() - 2).join('\n     ')}`).join('\n')}`;
  };
  /** An example too long for the help's width continues on an indented line (broken at a space: it is a
   * shell command). */
  readonly examples = (...lines: string[]): string =>
    `\n${HELP_WORDS[this.lang].examples}\n${lines.map((l) => `  ${wrapAtSpaces(l, this.helpWidth() - 6).join(' \\\n      ')}`).join('\n')}\n`;

  /** The options common to every command, with the run's language. */
  readonly common = <T extends CommonOptions & TerminalOptions & { lights?: string }>(o: T): T => {
    this.paged = o.pager !== false;
    this.given = { ...(o.status ? { status: o.status } : {}), ...(o.plans ? { plans: o.plans } : {}), ...(o.lights ? { lights: o.lights } : {}) };
    return { ...o, lang: this.lang };
  };

  /** The window a view fits, and whether it may wrap. */
  readonly fit = (o: TerminalOptions) => ({ width: terminalWidth(o.width, this.io.stdout, this.io.env), wrap: Boolean(o.wrap) });

  /** A view's input: JSON carries every task's texts, so it is given the plans with them; a table is not. */
  readonly viewInput = async (o: CommonOptions): Promise<View> =>
    o.format === 'json' ? { format: 'json', ctx: await prepare(o, this.env, { texts: true }) } : { format: 'table', ctx: await prepare(o, this.env) };

  /** A command's whole run; what is not loading or evaluating is rendering. */
  readonly run = async (action: () => Output | Promise<Output>): Promise<void> => {
    this.result = await timedAsync('command', async () => action());
  };

  /** The program, before any command is declared. */
  program(): Command {
    return new Command('plancheck')
      .description(this.say('Track county environmental action plans: what is due, done or late, per county, category and unit.'))
      .version(VERSION, '-V, --version', this.say('output the version number'))
      .showSuggestionAfterError()
      .exitOverride()
      // Help wraps to the terminal, a Chinese character counted as two columns, in the run's language.
      .configureHelp({ displayWidth: textWidth, minWidthToWrap: 20, ...helpIn(this.lang) })
      .helpOption('-h, --help', this.say('display help for command'))
      .helpCommand('help [command]', this.say('display help for command'))
      .configureOutput({
        getOutHelpWidth: this.helpWidth,
        getErrHelpWidth: this.helpWidth,
        writeOut: (s) => this.io.stdout.write(s),
        writeErr: (s) => this.io.stderr.write(s),
        // commander's errors are said by finish(), in the run's language
        outputError: () => undefined,
      })
      .addHelpText('after', () => `${this.examples(
        `plancheck due --county qinshui ${EX}`,
        `plancheck late --county 沁水 --unit 住建局 ${EX}`,
        'plancheck show QS21-WATER-2-04 --as-of 2021-06-15 --status examples/qinshui-2021-status.yaml --lang zh',
        'plancheck validate',
      )}${this.exitHelp('1  findings (check: something fails; trace --missing: something is not encoded)', EXIT_INPUT)}`);
  }

  /** Parses and runs; prints what the command returned, or why it could not run; the exit code. */
  async finish(program: Command, argv: string[]): Promise<number> {
    const { stdout, stderr } = this.io;
    try {
      if (this.badLang) throw this.badLang;
      await program.parseAsync(argv);
    } catch (e) {
      if (e instanceof CommanderError) {
        const run = program.commands.find((c) => c.name() === argv[2]);
        const known = e.code === 'commander.unknownCommand' || !run ? program.commands.map((c) => c.name()) : run.options.flatMap((o) => (o.long ? [o.long] : []));
        const said = e.exitCode === 0 ? undefined : sayCommanderError(e, USAGE_WORDS[this.lang], known);
        if (said !== undefined) {
          // where to read more: the command's help, or the program's for a command not known
          const command = e.code === 'commander.unknownCommand' || !run ? 'plancheck' : `plancheck ${run.name()}`;
          stderr.write(`plancheck: ${excerpt(said, 1000)}\n${USAGE_WORDS[this.lang].seeHelp(command)}\n`);
        }
        return e.exitCode === 0 ? EXIT.ok : EXIT.input;
      }
      if (e instanceof InputError) {
        // What stops the run; the plans' warnings are validate's to print (and count).
        const shown = argv[2] === 'validate' ? withoutStatusHint(e.findings) : e.findings.filter((f) => f.severity === 'error');
        stderr.write(renderFindings(await resolvePositions(nameFiles(shown, this.given, this.env.cwd)), { color: this.env.color, cwd: this.env.cwd, lang: this.lang }));
        stderr.write(`plancheck: ${summarize(shown, this.lang, WRITERS.includes(argv[2] ?? ''))}\n`);
        return EXIT.input;
      }
      if (e instanceof OutputError) {
        stderr.write(`plancheck: ${outputErrorIn(this.lang)(e.file, e.code)}\n`);
        return EXIT.input;
      }
      if (e instanceof DeliveryError) {
        stderr.write(`plancheck: ${e.say(DELIVERY_WORDS[this.lang])}\n`);
        return EXIT.delivery;
      }
      if (isKnownError(e)) {
        // A usage message may quote what was typed: escaped, so that it cannot drive the terminal.
        stderr.write(`plancheck: ${excerpt(e instanceof UsageError ? e.in(this.lang) : e.message, 1000)}\n`);
        return EXIT.input;
      }
      throw e;
    }
    stderr.write(timingsReport());
    const result = this.result;
    if (!result) return EXIT.ok;
    const notes = result.notes ?? [];
    if (notes.length) stderr.write(renderFindings(await resolvePositions(notes), { color: this.env.color, cwd: this.env.cwd, lang: this.lang }));
    const pager = pagerFor(result.stdout, stdout, this.io.env, this.paged);
    if (!pager || !(await page(result.stdout, pager, this.io.env))) stdout.write(result.stdout);
    return hasErrors(notes) ? EXIT.input : result.exitCode;
  }
}

export const EXIT_INPUT = '2  bad input or usage: invalid plans, unit registry or status file, unknown or contradictory options';
/** The example status file, so that the examples show something done. */
export const EX = '--as-of 2021-06-15 --status examples/qinshui-2021-status.yaml';

export const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

// Option groups: a command offers only the ones it uses.
const LANG_OPTION = 'language: en or zh (default: PLANCHECK_LANG, else zh where LC_ALL or LANG is zh_*, else en)';
/** Every command that reads the plans may print more than a screen: a terminal pages it. */
/** The language option, for the commands that read no plans (init, draft). */
export const withLang = (cmd: Command): Command => cmd.addOption(new Option('--lang <lang>', LANG_OPTION).choices(['en', 'zh']));
export const withPager = (cmd: Command): Command => cmd.option('--no-pager', 'do not page long output on a terminal (default pager: PAGER, else less -FRX)');
export const withData = (cmd: Command, status = true): Command => {
  cmd.option('--workspace <file>', 'a city\'s workspace file listing county repositories (default: ./workspace.yaml, if present and neither --plans nor --status is given)');
  cmd.option('--plans <dir>', 'plans folder (default: ./plans, else the plans shipped with plancheck)');
  if (status) cmd.option('--status <file>', 'status file (default: ./status.yaml, if present)');
  return withPager(withLang(cmd));
};
export const withFilters = (cmd: Command): Command => cmd
  .option('--county <name>', 'county: pinyin slug or Chinese name (qinshui, 沁水, 沁水县)')
  .option('--category <name>', 'air, water, soil, groundwater or eco (or 大气, 水, 土壤, 地下水, 生态)')
  .option('--unit <name>', 'unit: id, canonical name or any alias (住建局, housing)')
  .option('--lead-only', 'with --unit: only where the unit leads or is responsible, not where it supports')
  .option('--plan <id>', 'one plan, by id (qinshui-2021-air)');
export const withTime = (cmd: Command): Command => cmd
  .option('--as-of <date>', 'the date to judge by, YYYY-MM-DD (default: today in China)')
  .option('--soon <days>', 'an open deadline this close is "due soon" (default: 7d)');
/** The terminal views: fitted to the window (paged when long, as every command that reads the plans). */
export const withTerminal = (cmd: Command, table = true): Command => {
  cmd.option('--width <columns>', 'fit the output to this width (default: the terminal\'s; when piped, COLUMNS, else 100)');
  if (table) cmd.option('--wrap', 'wrap long cells inside their column instead of cutting them');
  return cmd;
};
/** The views print a table or JSON. */
export const withFormat = (cmd: Command): Command => cmd.addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'));
export const view = (cmd: Command): Command => withTerminal(withFormat(withTime(withFilters(withData(cmd)))));
/** The data, filters and time options, for the commands that are no terminal view. */
export const withCommon = (cmd: Command): Command => withTime(withFilters(withData(cmd)));

/** The commands that write the status file. */
export const withWriter = (cmd: Command): Command =>
  withPager(withLang(cmd
    .option('--status <file>', 'the status file to write (default: ./status.yaml; created if missing)')
    .option('--plans <dir>', 'plans folder (default: ./plans, else the plans shipped with plancheck)')));

/** mark and extend show the milestone's state after the update. */
export const withState = (cmd: Command): Command =>
  withWriter(cmd)
    .option('--as-of <date>', 'the date to judge the state shown by, YYYY-MM-DD (default: today in China)');
