// --help in the run's language: commander's headings, the options' and commands' descriptions (as
// messages/help.ts says them), their choices and defaults, and the placeholders of their names.
import { Help, type Argument, type Command, type Option } from 'commander';
import { HELP_WORDS, placeholders } from '../messages/help.js';
import type { Lang } from '../messages/labels.js';
import { wrap } from '../render/fit.js';

type HelpOverrides = Partial<Pick<Help, 'boxWrap' | 'styleTitle' | 'optionTerm' | 'optionDescription' | 'argumentTerm' | 'argumentDescription' | 'commandUsage' | 'commandDescription' | 'subcommandTerm' | 'subcommandDescription'>>;

/** English is commander's own help; another language overrides what it says. */
export function helpIn(lang: Lang): HelpOverrides {
  if (lang === 'en') return {};
  const h = HELP_WORDS[lang];
  const base = new Help();
  /** A description with its choices and default, as commander adds them, in the language. */
  const described = (description: string, choices: readonly string[] | undefined, fallback: { shown: boolean; value: unknown; said?: string | undefined }): string => {
    const extra = [
      ...(choices ? [h.choices([...choices])] : []),
      ...(fallback.shown ? [h.default(fallback.said ?? JSON.stringify(fallback.value))] : []),
    ];
    const said = h.say(description);
    return extra.length ? `${said}（${extra.join('；')}）` : said;
  };
  return {
    // commander breaks lines at spaces only: Chinese by the line-breaking rules
    boxWrap: (text: string, width: number) => wrap(text, width).join('\n'),
    styleTitle: (title: string) => h.title[title] ?? title,
    optionTerm: (option: Option) => placeholders(base.optionTerm(option), lang),
    optionDescription: (option: Option) => described(option.description, option.argChoices, {
      // commander's rule: a default shown for an option with a value, or a boolean default
      shown: option.defaultValue !== undefined && (option.required || option.optional || (option.isBoolean() && typeof option.defaultValue === 'boolean')),
      value: option.defaultValue,
      said: option.defaultValueDescription,
    }),
    // an argument's name alone, as the Arguments list shows it: said as its placeholder is
    argumentTerm: (argument: Argument) => (h.placeholder[`<${argument.name()}>`] ?? h.placeholder[`[${argument.name()}]`] ?? base.argumentTerm(argument)).replace(/^[<[]|[>\]]$/g, ''),
    argumentDescription: (argument: Argument) => described(argument.description, argument.argChoices, { shown: argument.defaultValue !== undefined, value: argument.defaultValue, said: argument.defaultValueDescription }),
    commandUsage: (cmd: Command) => placeholders(base.commandUsage(cmd), lang),
    commandDescription: (cmd: Command) => h.say(base.commandDescription(cmd)),
    subcommandTerm: (cmd: Command) => placeholders(base.subcommandTerm(cmd), lang),
    subcommandDescription: (cmd: Command) => h.say(base.subcommandDescription(cmd)),
  };
}
