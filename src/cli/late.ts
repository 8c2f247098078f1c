// plancheck late
import type { Command } from 'commander';
import { lateCommand } from '../commands/views.js';
import { EX, EXIT_INPUT, view, type Cli, type ViewOptions } from './program.js';

export default (cmd: Command, cli: Cli) => view(cmd.description('what is overdue, and soft targets (力争) missed'))
  .addHelpText('after', () => `${cli.examples(`plancheck late --county qinshui ${EX}`, 'plancheck late --unit 县住建局 --lead-only --as-of 2021-12-31')}${cli.exitHelp(EXIT_INPUT)}`)
  .action((o: ViewOptions) => cli.run(async () => lateCommand(await cli.viewInput(cli.common(o)), { ...o, ...cli.fit(o) })));
