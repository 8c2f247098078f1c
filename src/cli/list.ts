// plancheck list
import type { Command } from 'commander';
import { prepare } from '../context.js';
import { listCommand } from '../commands/views.js';
import { EXIT_INPUT, view, type Cli, type ViewOptions } from './program.js';

export default (cmd: Command, cli: Cli) => view(cmd.description('every task, with units, date phrases and source reference'))
  .addHelpText('after', () => `${cli.examples('plancheck list --county lingchuan', 'plancheck list --plan qinshui-2021-air --format json')}${cli.exitHelp(EXIT_INPUT)}`)
  .action((o: ViewOptions) => cli.run(async () => listCommand(await prepare(cli.common(o), cli.env, { texts: true }), { ...o, ...cli.fit(o) })));
