// plancheck notify: deadlines where people look, as chat messages.
import { Option, type Command } from 'commander';
import { prepare, type CommonOptions } from '../context.js';
import { notifyCommand, notifyEnvironment, type NotifyOptions } from '../commands/notify.js';
import { withCommon, type Cli } from './program.js';

export default (cmd: Command, cli: Cli) => withCommon(cmd.description('post what fell overdue and what falls due to a group chat robot (WeCom, DingTalk, Feishu, Slack)'))
  .addOption(new Option('--to <platform>', 'the chat platform').choices(['wecom', 'dingtalk', 'feishu', 'slack']).makeOptionMandatory())
  .option('--webhook <url>', 'the robot\'s webhook (default: PLANCHECK_WEBHOOK); the signing secret comes from PLANCHECK_WEBHOOK_SECRET')
  .option('--within <days>', 'announce what falls due within this horizon (default: 7d)')
  .option('--per-unit', 'one message per responsible unit instead of one for the run')
  .option('--base-url <url>', 'link each task to this URL + its id (or put {id} where the id goes)')
  .option('--since-last <file>', 'remember what was announced in this JSON file; overdue milestones are announced once')
  .option('--all', 'with --since-last: announce every overdue milestone again')
  .option('--dry-run', 'print the payloads instead of sending them')
  .option('--reporting-reminder', 'instead: up to the month\'s reporting day, remind the units that have not reported yet (the circular\'s 报送 rule)')
  .option('--header <file>', 'with --reporting-reminder: the circular\'s settings, for its reporting day (default: ./report.yaml; else the 25th)')
  .addHelpText('after', () => `${cli.examples('plancheck notify --to wecom --county qinshui --lang zh --dry-run', 'PLANCHECK_WEBHOOK_SECRET=SEC… plancheck notify --to dingtalk --webhook "$DINGTALK_WEBHOOK" --since-last notify-state.json --lang zh')}${cli.exitHelp('0  delivered (or nothing to announce, or --dry-run)', '2  bad input or usage', '3  could not deliver: network failure, time-out, non-2xx answer or a platform error code, after retrying')}`)
  .action((o: CommonOptions & NotifyOptions) => cli.run(async () =>
    notifyCommand(await prepare(cli.common(o), cli.env, { texts: true }), o, notifyEnvironment(cli.io.env, (line) => cli.io.stderr.write(`plancheck: ${line}\n`)))));
