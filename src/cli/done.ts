// plancheck done
import type { Command } from 'commander';
import { doneCommand } from '../commands/views.js';
import { EX, EXIT_INPUT, view, type Cli, type ViewOptions } from './program.js';

export default (cmd: Command, cli: Cli) => view(cmd.description('what was completed in a period (default: everything done by the as-of date)'))
  .option('--month <YYYY-MM>', 'completed in this month (not with --since or --until)')
  .option('--since <date>', 'completed on or after this date')
  .option('--until <date>', 'completed on or before this date (default: the as-of date)')
  .addHelpText('after', () => `${cli.examples(`plancheck done --month 2021-06 --county qinshui ${EX}`, `plancheck done --since 2021-04-01 --until 2021-05-31 ${EX}`)}${cli.exitHelp(EXIT_INPUT)}`)
  .action((o: ViewOptions & { month?: string; since?: string; until?: string }) => cli.run(async () => doneCommand(await cli.viewInput(cli.common(o)), { ...o, ...cli.fit(o) })));
