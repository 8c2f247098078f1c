// The command line: the table of commands. Each command declares its options, help and action in its own
// module (src/cli/NAME.ts), loaded only when that command runs (every one for --help or a mistyped name).
import { EXIT } from './errors.js';
import { localeLang } from './language.js';
import { USAGE_WORDS } from './messages/usage.js';
import { Command } from 'commander';
import { Cli, type Declare, type Surroundings } from './cli/program.js';
import type { OptionShape } from './completion/candidates.js';

type Module = Promise<{ default: Declare }>;

/** In the order of plancheck --help. */
const COMMANDS: Record<string, () => Module> = {
  validate: () => import('./cli/validate.js'),
  due: () => import('./cli/due.js'),
  late: () => import('./cli/late.js'),
  done: () => import('./cli/done.js'),
  list: () => import('./cli/list.js'),
  show: () => import('./cli/show.js'),
  check: () => import('./cli/check.js'),
  report: () => import('./cli/report.js'),
  summary: () => import('./cli/summary.js'),
  trace: () => import('./cli/trace.js'),
  // Deadlines where people look: a calendar file and chat messages.
  calendar: () => import('./cli/calendar.js'),
  notify: () => import('./cli/notify.js'),
  // The office's loop: the ledger out to the units, back in, single updates and the office's verdicts; all but ledger write the status file.
  ledger: () => import('./cli/ledger.js'),
  import: () => import('./cli/import.js'),
  mark: () => import('./cli/mark.js'),
  extend: () => import('./cli/extend.js'),
  signoff: () => import('./cli/signoff.js'),
  reject: () => import('./cli/reject.js'),
  // Starting a county.
  init: () => import('./cli/init.js'),
  draft: () => import('./cli/draft.js'),
  // Tab completion in the shell.
  completion: () => import('./cli/completion.js'),
};

/** The commands, in the order of plancheck --help. */
export const commandNames = (): string[] => Object.keys(COMMANDS);

/** A command's options as it declares them: for shell completion. */
export async function commandOptions(name: string, cli: Cli): Promise<OptionShape[]> {
  const cmd = new Command(name);
  (await COMMANDS[name]!()).default(cmd, cli);
  return cmd.options.flatMap((o) => (o.long && !o.hidden ? [{ long: o.long, takesValue: o.required || o.optional, ...(o.argChoices ? { choices: o.argChoices } : {}) }] : []));
}

/** One run of plancheck on argv (as process.argv: node, script, arguments); the exit code. */
export async function runCli(argv: string[], io: Surroundings): Promise<number> {
  const { cwd } = io;
  if (cwd === undefined) {
    // A deleted working folder is the user's situation to fix, not a crash.
    io.stderr.write(`plancheck: ${USAGE_WORDS[localeLang(io.env)].noFolder}\n`);
    return EXIT.input;
  }
  const cli = new Cli({ ...io, cwd }, argv);
  const program = cli.program();
  const name = argv[2] ?? '';
  const names = Object.hasOwn(COMMANDS, name) ? [name] : Object.keys(COMMANDS);
  const modules = await Promise.all(names.map((n) => COMMANDS[n]!()));
  modules.forEach((m, i) => m.default(program.command(names[i]!), cli));
  return cli.finish(program, argv);
}
