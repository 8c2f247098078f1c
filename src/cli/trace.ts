// plancheck trace
import type { Command } from 'commander';
import { prepare, type CommonOptions } from '../context.js';
import { traceCommand } from '../commands/trace.js';
import { EXIT_INPUT, withData, type Cli } from './program.js';

export default (cmd: Command, cli: Cli) => withData(cmd.description('check that every verbatim text stands in its source notice; --missing: list the numbered items and annex rows not encoded yet'), false)
  .option('--county <name>', 'only this county\'s plans')
  .option('--plan <id>', 'only this plan')
  .option('--missing', 'list what of the source notices no plan encodes (exit 1 if anything)')
  .addHelpText('after', () => `${cli.examples('plancheck trace', 'plancheck trace --missing --plan qinshui-2021-air')}${cli.exitHelp('1  --missing: something is not encoded', EXIT_INPUT)}`)
  .action((o: CommonOptions & { missing?: boolean }) => cli.run(async () => traceCommand(await prepare(cli.common(o), cli.env, { trace: true }), o)));
