// plancheck extend: an approved deadline extension in the status file.
import type { Command } from 'commander';
import { prepare, type CommonOptions } from '../context.js';
import { extendCommand } from '../commands/mark.js';
import { statusTarget } from '../commands/statusTarget.js';
import type { ExtendOptions } from '../status/mark.js';
import { EXIT_INPUT, withState, type Cli } from './program.js';

export default (cmd: Command, cli: Cli) => withState(cmd.argument('<task>', 'task id').argument('[milestone]', 'milestone id; may be left out for a task of one milestone'))
  .description('record an approved deadline extension in the status file')
  .requiredOption('--due <date>', 'the new deadline, YYYY-MM-DD')
  .requiredOption('--approved-by <document>', 'the approving document (沁政办函〔2021〕30号)')
  .requiredOption('--reason <text>', 'why')
  .addHelpText('after', () => `${cli.examples('plancheck extend QS21-WATER-2-04 m2 --due 2021-07-31 --approved-by 沁政办函〔2021〕30号 --reason 排查范围扩大', 'plancheck extend QS21-AIR-20 --due 2021-03-31 --approved-by 沁政办函〔2021〕8号 --reason 清单编制延后 --status status.yaml')}${cli.exitHelp(EXIT_INPUT)}`)
  .action((task: string, milestone: string | undefined, o: CommonOptions & ExtendOptions) => cli.run(async () => {
    const { file, options } = statusTarget(cli.common(o), cli.env);
    return extendCommand(await prepare(options, cli.env), file, task, milestone, o);
  }));
