// plancheck show
import type { Command } from 'commander';
import { prepare } from '../context.js';
import { showCommand } from '../commands/show.js';
import { EX, EXIT_INPUT, withData, withFormat, withTerminal, withTime, type Cli, type ViewOptions } from './program.js';

export default (cmd: Command, cli: Cli) => withTerminal(withFormat(withTime(withData(cmd.argument('<id>', 'task id').description('everything about one task: source text and passage, units, milestones, disagreements, targets, status history')))), false)
  .addHelpText('after', () => `${cli.examples(`plancheck show QS21-WATER-2-04 ${EX}`, 'plancheck show QS21-AIR-08 --format json')}${cli.exitHelp(EXIT_INPUT)}`)
  .action((id: string, o: ViewOptions) => cli.run(async () => showCommand(await prepare(cli.common(o), cli.env, { texts: true }), id, { ...o, ...cli.fit(o) })));
