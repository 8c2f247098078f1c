// plancheck due
import type { Command } from 'commander';
import { dueCommand } from '../commands/views.js';
import { EX, EXIT_INPUT, view, type Cli, type ViewOptions } from './program.js';

export default (cmd: Command, cli: Cli) => view(cmd.description('what falls due: open milestones due within a horizon (overdue ones included), or all due in a month'))
  .option('--within <days>', 'horizon from the as-of date (default: 30d)')
  .option('--month <YYYY-MM>', 'every milestone due in this month, whatever its state (not with --within)')
  .addHelpText('after', () => `${cli.examples(`plancheck due --county qinshui ${EX}`, 'plancheck due --month 2021-06 --category water --format json')}${cli.exitHelp(EXIT_INPUT)}`)
  .action((o: ViewOptions & { within?: string; month?: string }) => cli.run(async () => dueCommand(await cli.viewInput(cli.common(o)), { ...o, ...cli.fit(o) })));
