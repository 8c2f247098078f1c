// plancheck reject: the office sends a reported completion back (退回); the milestone is open again.
import type { Command } from 'commander';
import { prepare, type CommonOptions } from '../context.js';
import { rejectCommand } from '../commands/signoff.js';
import { statusTarget } from '../commands/statusTarget.js';
import type { RejectOptions } from '../status/signoff.js';
import { EXIT_INPUT, withState, type Cli } from './program.js';

export default (cmd: Command, cli: Cli) => withState(cmd.argument('<task>', 'task id').argument('[milestone]', 'm2, or m1@2021-Q2 for one occurrence; may be left out for a task of one milestone'))
  .description('send a completion a unit reported back: the milestone is open again, the reason shown wherever it is')
  .requiredOption('--reason <text>', 'why the completion is not accepted')
  .option('--date <date>', 'the date it is sent back, YYYY-MM-DD (default: today in China)')
  .option('--note <text>', 'a note')
  .addHelpText('after', () => `${cli.examples('plancheck reject QS21-WATER-2-04 m2 --reason 佐证材料不全，请补充整改验收材料')}${cli.exitHelp(EXIT_INPUT)}`)
  .action((task: string, milestone: string | undefined, o: CommonOptions & RejectOptions) => cli.run(async () => {
    const { file, options } = statusTarget(cli.common(o), cli.env);
    return rejectCommand(await prepare(options, cli.env), file, task, milestone, o);
  }));
