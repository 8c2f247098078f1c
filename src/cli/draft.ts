// plancheck draft: a first encoding of a notice's plans.
import type { Command } from 'commander';
import { draftCommand, type DraftOptions } from '../commands/draft.js';
import { EXIT_INPUT, type Cli, withLang } from './program.js';

export default (cmd: Command, cli: Cli) => withLang(cmd).argument('<notice>', 'the notice as text, in sources/ (sources/gaoping-2024-gaozhengbanfa-2024-1.txt)')
  .description('a first encoding of each plan in a notice: items, sections, units matched to the registry, dates read, annex rows placed; titles and undecided dates left to a person')
  .requiredOption('--county <id>', 'the county whose unit registry (plans/<id>/units.yaml) names the units')
  .requiredOption('--year <year>', 'the plans\' year: a month without a year takes it')
  .option('--output <dir>', 'write one file per plan here (<year>-<category>.yaml), never over an existing file; default: YAML on stdout')
  .option('--force', 'with --output, replace the drafts that exist (after the registry is completed): titles a person wrote stay on tasks of unchanged text, the rest is drafted anew')
  .option('--plans <dir>', 'plans folder with the registry (default: ./plans)')
  .addHelpText('after', () => `${cli.examples('plancheck draft sources/gaoping-2024-gaozhengbanfa-2024-1.txt --county gaoping --year 2024 --output plans/gaoping/', 'plancheck draft sources/qinshui-2021-qinzhengbanfa-2021-19.txt --county qinshui --year 2021 | less')}${cli.exitHelp(EXIT_INPUT)}`)
  .action((notice: string, o: DraftOptions) => cli.run(() => draftCommand(notice, o, cli.env.cwd, cli.lang)));
