// plancheck summary
import { Option, type Command } from 'commander';
import { prepare } from '../context.js';
import { summaryCommand } from '../commands/summary.js';
import { EXIT_INPUT, view, type Cli, type ViewOptions } from './program.js';

export default (cmd: Command, cli: Cli) => view(cmd.description('counts of each state per county, category or unit, with a bar'))
  .addOption(new Option('--by <group>', 'county, category or unit').choices(['county', 'category', 'unit']).default('county'))
  .addHelpText('after', () => `${cli.examples('plancheck summary --by unit --county qinshui --as-of 2021-07-01 --status examples/qinshui-2021-status.yaml', 'plancheck summary --by category --format json')}${cli.exitHelp(EXIT_INPUT)}`)
  .action((o: ViewOptions & { by?: string; format?: string }) => cli.run(async () => summaryCommand(await prepare(cli.common(o), cli.env), { ...o, ...cli.fit(o) })));
