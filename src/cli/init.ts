// plancheck init: starting a county's repository.
import type { Command } from 'commander';
import { initCommand, type InitOptions } from '../commands/init.js';
import { EXIT_INPUT, type Cli, withLang } from './program.js';

export default (cmd: Command, cli: Cli) => withLang(cmd).description('start a county\'s repository: unit registry, status file, sources folder, CI workflow; never overwrites a file')
  .requiredOption('--county <id>', 'the county\'s pinyin slug (gaoping)')
  .requiredOption('--name <name>', 'its Chinese name (高平市)')
  .option('--city <name>', 'its prefecture-level city (晋城市)')
  .addHelpText('after', () => `${cli.examples('plancheck init --county gaoping --name 高平市 --city 晋城市', 'plancheck init --county puxian --name 蒲县')}${cli.exitHelp(EXIT_INPUT)}`)
  .action((o: InitOptions) => cli.run(() => initCommand(o, cli.env.cwd, cli.lang)));
