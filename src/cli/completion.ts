// plancheck completion bash|zsh|fish: the script for the shell; with --words, the candidates for what is
// being typed (the script asks this as the user presses Tab).
import { Command, Option } from 'commander';
import { candidates, COMPLETION_SCRIPTS } from '../completion/candidates.js';
import { prepare } from '../context.js';
import { UsageError } from '../errors.js';
import type { Project } from '../model.js';
import { commandNames, commandOptions } from '../cli.js';
import { withPager, type Cli } from './program.js';

export default (cmd: Command, cli: Cli) => withPager(cmd.argument('[shell...]', 'bash, zsh or fish; with --words: the words typed so far')
  .description('print the shell completion script for bash, zsh or fish: commands, options, counties, categories, units and task ids complete with Tab')
  .addOption(new Option('--words', 'print what may come next after the words given (as the script asks)').hideHelp())
  .option('--plans <dir>', 'plans folder (default: ./plans, else the plans shipped with plancheck)')
  .addHelpText('after', () => `${cli.examples('source <(plancheck completion bash)', 'plancheck completion fish > ~/.config/fish/completions/plancheck.fish')}${cli.exitHelp('2  bad usage: a shell other than bash, zsh or fish')}`))
  .action((words: string[], o: { words?: boolean; plans?: string; pager?: boolean }) => cli.run(async () => {
    cli.common(o);
    const [shell] = words;
    if (o.words) {
      const typed = words;
      // The plans a --plans typed on the line names (not the word being completed), else the usual ones.
      const at = typed.lastIndexOf('--plans');
      const plans = o.plans ?? (at >= 0 && at + 1 < typed.length - 1 ? typed[at + 1] : undefined);
      let project: Project | undefined;
      try {
        // as every command reads them: --plans, else ./plans, a city's workspace.yaml, or the shipped plans
        project = (await prepare(plans ? { plans } : {}, cli.env)).project;
      } catch {
        project = undefined; // no plans here: commands and options still complete
      }
      const options = await Promise.all(commandNames().map(async (name) => [name, await commandOptions(name, cli)] as const));
      const byName = new Map(options);
      const found = candidates(typed.length ? typed : [''], commandNames(), (name) => byName.get(name) ?? [], () => project);
      return { stdout: found.map((c) => `${c}\n`).join(''), exitCode: 0 };
    }
    if (shell !== 'bash' && shell !== 'zsh' && shell !== 'fish') throw new UsageError((w) => w.oneOf('completion', ['bash', 'zsh', 'fish'], shell ?? ''));
    return { stdout: COMPLETION_SCRIPTS[shell], exitCode: 0 };
  }));
