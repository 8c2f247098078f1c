// plancheck import: a filled-in ledger back into the status file.
import type { Command } from 'commander';
import { prepare, type CommonOptions } from '../context.js';
import { importCommand } from '../commands/import.js';
import { statusTarget } from '../commands/statusTarget.js';
import { withWriter, type Cli } from './program.js';

export default (cmd: Command, cli: Cli) => withWriter(cmd.argument('<ledger>', 'a ledger filled in by a unit: .xlsx or .csv').description('a filled-in ledger back into the status file: new entries, changes, conflicts (never written over) and rows ignored'))
  .option('--county <name>', 'the county the status file is kept for: a ledger of another is refused')
  .option('--dry-run', 'say what would be added, and write nothing')
  .option('--office', 'the file is the office\'s own copy: its 核实情况 column (signed off, sent back: reason) is read; never give it for a file a unit sent')
  .addHelpText('after', () => `${cli.examples('plancheck import 台账-县住建局.xlsx --status status.yaml --dry-run', 'plancheck import 台账-县住建局.csv --county qinshui')}${cli.exitHelp('0  imported (or nothing to import)', '1  some rows conflict with later entries of the status file: the others were imported', '2  a bad row (each named by row and column), another county\'s ledger, or bad usage: nothing written')}`)
  .action((ledger: string, o: CommonOptions & { dryRun?: boolean; office?: boolean }) => cli.run(async () => {
    const { file, options } = statusTarget(cli.common(o), cli.env);
    return importCommand(await prepare(options, cli.env), file, ledger, o);
  }));
