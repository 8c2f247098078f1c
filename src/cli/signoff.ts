// plancheck signoff: the office signs off a completion a unit reported (核实销号).
import type { Command } from 'commander';
import { prepare, type CommonOptions } from '../context.js';
import { signoffCommand } from '../commands/signoff.js';
import { statusTarget } from '../commands/statusTarget.js';
import type { SignoffOptions } from '../status/signoff.js';
import { EXIT_INPUT, withState, type Cli } from './program.js';

export default (cmd: Command, cli: Cli) => withState(cmd.argument('<task>', 'task id').argument('[milestone]', 'm2, or m1@2021-Q2 for one occurrence; may be left out for a task of one milestone'))
  .description('sign off a completion a unit reported: the office checked its proof and strikes the milestone off')
  .option('--date <date>', 'the date of the sign-off, YYYY-MM-DD (default: today in China)')
  .option('--evidence <text>', 'the proof the office checked')
  .option('--document <number>', 'document number of the proof (沁住建字〔2021〕12号)')
  .option('--link <url>', 'a URL or file path of the proof')
  .option('--note <text>', 'a note')
  .option('--header <file>', 'the office\'s settings, for signoffProof: a sign-off needs a document number or link (default: ./report.yaml if present)')
  .addHelpText('after', () => `${cli.note('Only a completion a unit reported (import of its ledger, or mark) and the office has not judged yet can be signed off.')}${cli.examples('plancheck signoff QS21-WATER-2-04 m2 --date 2021-07-05 --document 沁住建字〔2021〕12号', 'plancheck signoff QS21-WATER-2-04 m1@2021-Q2 --date 2021-07-05')}${cli.exitHelp(EXIT_INPUT)}`)
  .action((task: string, milestone: string | undefined, o: CommonOptions & SignoffOptions & { header?: string }) => cli.run(async () => {
    const { file, options } = statusTarget(cli.common(o), cli.env);
    return signoffCommand(await prepare(options, cli.env), file, task, milestone, o);
  }));
