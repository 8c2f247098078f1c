// plancheck ledger: the task ledger out to the units.
import { Option, type Command } from 'commander';
import { prepare, type CommonOptions } from '../context.js';
import { ledgerCommand, type LedgerOptions } from '../commands/ledger.js';
import { EXIT_INPUT, withCommon, type Cli } from './program.js';

export default (cmd: Command, cli: Cli) => withCommon(cmd.description('the task ledger (任务台账) of one county, for every unit or one: an xlsx or csv that units fill in and send back'))
  .requiredOption('--output <file>', 'the file to write: 台账.xlsx or 台账.csv')
  .addOption(new Option('--format <format>', 'xlsx or csv (default: by the file name)').choices(['xlsx', 'csv']))
  .option('--lights <file>', 'traffic-light settings (schemas/lights.schema.json): which rows are due soon, and their colour')
  .addHelpText('after', () => `${cli.examples('plancheck ledger --county qinshui --output 台账.xlsx', 'plancheck ledger --county qinshui --unit 县住建局 --as-of 2021-06-30 --output 台账-县住建局.csv')}${cli.exitHelp(EXIT_INPUT)}`)
  .action((o: CommonOptions & LedgerOptions) => cli.run(async () => ledgerCommand(await prepare(cli.common(o), cli.env, { texts: true }), o)));
