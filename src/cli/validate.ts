// plancheck validate
import type { Command } from 'commander';
import { prepare, type CommonOptions } from '../context.js';
import { validateCommand } from '../commands/validate.js';
import { EXIT_INPUT, withData, type Cli } from './program.js';

export default (cmd: Command, cli: Cli) => withData(cmd
  .option('--as-of <date>', 'status entries dated after this day are reported as left out (default: today in China)').description('check plans, unit registries and the status file; every problem with file:line:column'))
  .option('--strict', 'warnings (a sentence read two ways, a phrase not understood) are errors: exit 2')
  .addHelpText('after', () => `${cli.examples('plancheck validate', 'plancheck validate --strict --status examples/qinshui-2021-status.yaml')}${cli.exitHelp(EXIT_INPUT)}`)
  .action((o: CommonOptions & { strict?: boolean }) => cli.run(async () => validateCommand(await prepare(cli.common(o), cli.env, { trace: true }), o)));
