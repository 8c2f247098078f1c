// plancheck calendar: deadlines where people look, as a calendar file.
import type { Command } from 'commander';
import { prepare, type CommonOptions } from '../context.js';
import { calendarCommand, type CalendarCommandOptions } from '../commands/calendar.js';
import { EXIT_INPUT, withCommon, type Cli } from './program.js';

export default (cmd: Command, cli: Cli) => withCommon(cmd.description('the dated milestones as an iCalendar file (RFC 5545) to subscribe to or import'))
  .option('--output <file>', 'write the .ics file here instead of stdout')
  .option('--alarm <days>', 'a reminder this long before each deadline, or none (default: 7d)')
  .option('--open-only', 'leave out milestones done or waived (default: marked ✓)')
  .addHelpText('after', () => `${cli.examples('plancheck calendar --county qinshui --lang zh --output deadlines.ics', 'plancheck calendar --unit 住建局 --alarm 3d --open-only > housing.ics')}${cli.exitHelp(EXIT_INPUT)}`)
  .action((o: CommonOptions & CalendarCommandOptions) => cli.run(async () => calendarCommand(await prepare(cli.common(o), cli.env, { texts: true }), o)));
