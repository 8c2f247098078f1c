// Shell completion's answers: what may come next on a command line, from the commands' own option
// declarations and the plans at hand (county slugs and names, categories, unit names, plan and task
// ids). Pure: given the words typed, the commands and the project.
import type { Project } from '../model.js';
import { CATEGORIES } from '../select.js';

/** What completion knows of one command's option. */
export interface OptionShape {
  long: string;
  /** It takes a value (--county <name>), and the values it may take, where commander lists them. */
  takesValue: boolean;
  choices?: readonly string[];
}

/** The options whose values come from the plans. */
const FROM_PLANS: Record<string, (p: Project) => string[]> = {
  '--county': (p) => [...p.counties.values()].flatMap((c) => [c.id, c.name]),
  '--category': () => Object.keys(CATEGORIES),
  '--unit': (p) => [...new Set([...p.counties.values()].flatMap((c) => [...c.units.values()].map((u) => u.name)))],
  '--plan': (p) => p.plans.map((l) => l.plan.id),
};
/** The commands whose first argument is a task id. */
const TAKES_TASK = new Set(['show', 'mark', 'extend']);

/** The candidates for the last word (the one being typed), or none: the shell then completes a file. */
export function candidates(words: string[], commands: string[], options: (command: string) => OptionShape[], project: () => Project | undefined): string[] {
  const current = words.at(-1) ?? '';
  const starting = (list: Iterable<string>) => [...new Set(list)].filter((c) => c.startsWith(current));
  if (words.length <= 1) return starting(commands);
  const command = words[0]!;
  if (!commands.includes(command)) return [];
  const shapes = options(command);
  const previous = shapes.find((o) => o.long === words.at(-2));
  if (previous?.takesValue) {
    if (previous.choices) return starting(previous.choices);
    const from = FROM_PLANS[previous.long];
    const p = from && project();
    return p ? starting(from(p)) : [];
  }
  if (current.startsWith('-')) return starting(shapes.map((o) => o.long));
  // the first argument after the command, where it is a task
  const positional = words.slice(1, -1).filter((w, k, all) => !w.startsWith('-') && !shapes.find((o) => o.long === all[k - 1])?.takesValue);
  const p = TAKES_TASK.has(command) && positional.length === 0 ? project() : undefined;
  return p ? starting(p.tasks.keys()) : [];
}

/** The script a shell sources: it asks plancheck for the candidates as the user presses Tab. */
export const COMPLETION_SCRIPTS: Record<'bash' | 'zsh' | 'fish', string> = {
  bash: `# plancheck completion for bash: add to ~/.bashrc
#   source <(plancheck completion bash)
_plancheck() {
  local IFS=$'\\n'
  COMPREPLY=($(plancheck completion --words -- "\${COMP_WORDS[@]:1:COMP_CWORD}" 2>/dev/null))
  if [ \${#COMPREPLY[@]} -eq 0 ]; then COMPREPLY=($(compgen -f -- "\${COMP_WORDS[COMP_CWORD]}")); fi
}
complete -F _plancheck plancheck
`,
  zsh: `#compdef plancheck
# plancheck completion for zsh: add to ~/.zshrc
#   source <(plancheck completion zsh)
# or save as _plancheck in a folder of your fpath.
_plancheck() {
  local -a found
  # (the words as the command will get them: their quotes taken off)
  found=("\${(@f)$(plancheck completion --words -- "\${(@Q)words[2,CURRENT]}" 2>/dev/null)}")
  if [[ -n "\${found[1]}" ]]; then compadd -a found; else _files; fi
}
if [[ "\${zsh_eval_context[-1]}" == loadautofunc ]]; then
  _plancheck "$@"
else
  # sourced from a ~/.zshrc that has not started completion yet
  (( \${+functions[compdef]} )) || { autoload -Uz compinit && compinit; }
  compdef _plancheck plancheck
fi
`,
  fish: `# plancheck completion for fish: save as ~/.config/fish/completions/plancheck.fish
#   plancheck completion fish > ~/.config/fish/completions/plancheck.fish
function __plancheck_complete
    set -l words (commandline -opc) (commandline -ct)
    set -l found (plancheck completion --words -- $words[2..-1] 2>/dev/null)
    # nothing plancheck knows of (a file argument, --output): a file
    if set -q found[1]
        printf '%s\\n' $found
    else
        __fish_complete_path (commandline -ct)
    end
end
complete -c plancheck -f -a '(__plancheck_complete)'
`,
};
