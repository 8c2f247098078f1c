// plancheck report
import { Option, type Command } from 'commander';
import { prepare, type CommonOptions } from '../context.js';
import { reportAsOf, reportCommand, reportPeriod, type ReportOptions } from '../commands/report.js';
import { EXIT_INPUT, withCommon, type Cli } from './program.js';

export default (cmd: Command, cli: Cli) => withCommon(cmd.description('the monthly circular (月调度通报): figures, units ranked, who reported, completed, overdue, next month, targets; or the year\'s assessment (年度评估)'))
  .option('--month <YYYY-MM>', 'the month of the circular (this month or an earlier one)')
  .option('--year <YYYY>', 'the year\'s assessment instead: per unit, category and plan, the targets, what carries over; scored by report.yaml\'s assessment rule')
  .addOption(new Option('--format <format>', 'text, markdown, json, html or docx (docx needs --output)').choices(['text', 'markdown', 'json', 'html', 'docx']).default('text'))
  .option('--output <file>', 'write the circular to this file instead of stdout')
  .option('--header <file>', 'issuing office, issue number, date of issue, closing line, reporting day, the year\'s scoring rule (YAML, schemas/report.schema.json; default: ./report.yaml if present; for --year only its issuer, rule and title)')
  .option('--lights <file>', 'traffic-light settings (YAML, schemas/lights.schema.json): soonDays, soonColor, doneLateColor, overdueBands, names')
  .option('--ids', 'print the task ids beside the plan references')
  .addHelpText('after', () => `${cli.note('A month (or year) that has ended is reported as at the end of its last day (judged the day after); one that runs, as of today.')}${cli.examples('plancheck report --month 2021-06 --county qinshui --status status.yaml', 'plancheck report --month 2021-06 --county qinshui --format docx --output 通报-2021-06.docx --header report.yaml', 'plancheck report --month 2021-06 --format html --output 通报.html --lang en', 'plancheck report --year 2021 --county qinshui --format docx --output 年度评估-2021.docx')}${cli.exitHelp(EXIT_INPUT)}`)
  .action((o: CommonOptions & ReportOptions) => cli.run(async () => reportCommand(await prepare({ ...cli.common(o), asOf: o.asOf ?? reportAsOf(reportPeriod(o), cli.env.now) }, cli.env, { texts: true }), o)));
