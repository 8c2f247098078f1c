// plancheck mark: one update in the status file.
import type { Command } from 'commander';
import { prepare, type CommonOptions } from '../context.js';
import { markCommand } from '../commands/mark.js';
import { statusTarget } from '../commands/statusTarget.js';
import type { MarkOptions } from '../status/mark.js';
import { collect, EXIT_INPUT, withState, type Cli } from './program.js';

export default (cmd: Command, cli: Cli) => withState(cmd.argument('<task>', 'task id (or goal id, with --measure)').argument('[update...]', 'm2 done, m1@2021-Q2 done, or the state alone for a task of one milestone'))
  .description('record one update in the status file: a milestone done, in progress, blocked, waived…, or a target\'s measured value')
  .option('--date <date>', 'when it happened, YYYY-MM-DD (default: today in China)')
  .option('--evidence <text>', 'what shows it')
  .option('--document <number>', 'document number of the proof (沁住建字〔2021〕12号)')
  .option('--link <url>', 'a URL or file path of the proof')
  .option('--note <text>', 'a note')
  .option('--by <unit>', 'who reports it: the unit\'s name (a completion stays reported until plancheck signoff)')
  .option('--measure <target=value>', 'a target\'s measured value (t1=11.4, t1=Ⅱ); repeatable', collect)
  .addHelpText('after', () => `${cli.note('States: done, in-progress, not-started, blocked, waived (or 已完成, 推进中, 未开始, 受阻, 申请延期).')}${cli.examples('plancheck mark QS21-WATER-2-04 m2 done --date 2021-07-20 --evidence "整改方案印发" --document 沁住建字〔2021〕12号', 'plancheck mark QS21-WATER-2-04 m1@2021-Q2 done --date 2021-06-28', 'plancheck mark QS21-WATER-1-02 --measure t1=11.4 --date 2021-06-30')}${cli.exitHelp(EXIT_INPUT)}`)
  .action((task: string, words: string[], o: CommonOptions & MarkOptions) => cli.run(async () => {
    const { file, options } = statusTarget(cli.common(o), cli.env);
    return markCommand(await prepare(options, cli.env), file, task, words, o);
  }));
