// plancheck check
import type { Command } from 'commander';
import { prepare } from '../context.js';
import { checkCommand, needsTexts, taskTexts, type CheckOptions } from '../commands/check.js';
import { collect, EXIT_INPUT, withData, withFilters, withTerminal, withTime, type Cli, type ViewOptions } from './program.js';

export default (cmd: Command, cli: Cli) => withTerminal(withTime(withFilters(withData(cmd.description('the CI gate: exit 1 when a milestone is overdue (or as --fail-on says), 0 when not')))))
  .option('--fail-on <what>', 'what fails the run, comma-separated: overdue, soft, due-soon (default: overdue; what is due soon otherwise warns)')
  .option('--grace <days>', 'a deadline may pass by this many days before it fails (default: 0)')
  .option('--format <format>', 'text, json, junit, sarif, github or markdown; repeat for several (default: text)', collect)
  .option('--output <format=file>', 'write one format to a file instead of stdout; repeatable', collect)
  .option('--limit <n>', 'the terminal table shows the n most overdue findings (default 100; 0: all)')
  .option('--require-signoff', 'count a completion as done only once the office signed it off (plancheck signoff); a reported one is judged as open')
  .addHelpText('after', () => `${cli.examples('plancheck check --county qinshui --as-of 2021-07-01 --status examples/qinshui-2021-status.yaml', 'plancheck check --fail-on overdue,soft --format junit --output junit=reports/plancheck.xml')}
${cli.note('Where GITHUB_STEP_SUMMARY is set, a Markdown summary is appended to it.').trim()}
${cli.exitHelp('1  something fails: a milestone overdue beyond the grace (or what --fail-on names)', EXIT_INPUT)}`)
  .action((o: ViewOptions & CheckOptions) => cli.run(async () => {
    const summaryFile = cli.io.env.GITHUB_STEP_SUMMARY;
    const opts = { ...cli.common(o), ...cli.fit(o), ...(summaryFile ? { summaryFile } : {}) };
    if (!needsTexts(o)) return checkCommand(await prepare(opts, cli.env), opts);
    const ctx = await prepare(opts, cli.env, { texts: true });
    return checkCommand(ctx, opts, taskTexts(ctx.project));
  }));
