// The units a notice names that the county's registry lacks, offered at the end of units.yaml as
// commented entries for a person to confirm (an id of their own, or the name as an alias of a unit the
// registry has), so that the next draft finds them. A name the registry holds commented out (init's
// examples) is named to uncomment instead; a name offered by an earlier draft is not offered again.
// Pure: the command appends the text.
import { fold } from '../trace/sourceText.js';

export interface Unknown {
  name: string;
  /** The notice's line that names it first. */
  line: number;
}

/** The commented entries for the names the registry's text does not hold yet, or '' when there is nothing new to say. */
export function offerUnits(registryText: string, unknown: readonly Unknown[], notice: string): string {
  const commented = new Map<string, boolean>(); // folded name → offered by a draft (else an example of init's)
  for (const m of registryText.matchAll(/^\s*#\s*(?:-\s*)?name:\s*(.+?)\s*(#.*)?$/gm)) commented.set(fold(m[1] ?? ''), /^# sources\//.test(m[2] ?? ''));
  const fresh: Unknown[] = [];
  const uncomment: string[] = [];
  for (const u of unknown) {
    const seen = commented.get(fold(u.name));
    if (seen === false && !uncomment.includes(u.name)) uncomment.push(u.name);
    if (seen !== undefined) continue;
    commented.set(fold(u.name), true);
    fresh.push(u);
  }
  if (!fresh.length && !uncomment.length) return '';
  const entries = fresh.map((u) => `  # - id: TODO\n  #   name: ${u.name}    # ${notice}:${u.line}\n`).join('');
  return `  # Units that ${notice} names and this registry lacks, offered by plancheck draft. For each:
  # uncomment it and give it an id, or add the name to the aliases of the unit it is (a group of
  # units: group: true). Then draft again with --force.
${uncomment.length ? `  # Named there and commented out above, to uncomment: ${uncomment.join('、')}.\n` : ''}${entries}`;
}
