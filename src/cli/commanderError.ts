// commander's own errors (an unknown option or command, a value missing, a choice not offered) said in
// the run's language, with the closest name and where to read more. commander writes them in English
// only; its messages are read back here by their code.
import type { CommanderError } from 'commander';
import { closest } from '../closest.js';
import type { UsageWords } from '../messages/usage.js';

const quoted = (message: string, k = 0): string => [...message.matchAll(/'([^']*)'/g)][k]?.[1] ?? '';
/** An option's name alone: '--as-of <date>' → --as-of. */
const flag = (flags: string): string => flags.split(/[ ,]+/).find((f) => f.startsWith('--')) ?? flags;

/** What went wrong, in the words given; undefined for a help or version request (no error). `known`:
 * the names that could have been meant (the commands, or the command's options), for a closer guess
 * than commander's where it has none. */
export function sayCommanderError(e: CommanderError, w: UsageWords, known: string[]): string | undefined {
  const m = e.message;
  const suggestion = (typed: string): string | undefined => /\(Did you mean (\S+?)\?\)/.exec(m)?.[1] ?? closest(typed, known, 1)[0];
  switch (e.code) {
    case 'commander.helpDisplayed': case 'commander.version': case 'commander.help': return undefined;
    case 'commander.unknownOption': return w.unknownOption(quoted(m), suggestion(quoted(m)));
    case 'commander.unknownCommand': return w.unknownCommand(quoted(m), suggestion(quoted(m)));
    case 'commander.missingArgument': return w.missingArgument(quoted(m));
    case 'commander.optionMissingArgument': return w.optionArgument(flag(quoted(m)));
    case 'commander.missingMandatoryOptionValue': return w.missingOption(flag(quoted(m)));
    case 'commander.invalidArgument': {
      const choices = /Allowed choices are (.*)\.$/.exec(m)?.[1]?.split(', ') ?? [];
      return w.invalidChoice(flag(quoted(m)), quoted(m, 1), choices);
    }
    case 'commander.excessArguments': return w.excessArguments(Number(/Expected (\d+)/.exec(m)?.[1] ?? 0));
    case 'commander.conflictingOption': return w.conflicting(flag(quoted(m)), flag(quoted(m, 1)));
    default: return m.replace(/^error: /, '');
  }
}
