// The units a notice names that the county's registry lacks, offered at the end of units.yaml as
// commented entries for a person to confirm (an id of their own, or the name as an alias of a unit the
// registry has), so that the next draft finds them. Pure: the command appends the text.
import { fold } from '../trace/sourceText.js';

export interface Unknown {
  name: string;
  /** The notice's line that names it first. */
  line: number;
}

/** The commented entries for the names the registry's text does not already offer, or '' when none is new. */
export function offerUnits(registryText: string, unknown: readonly Unknown[], notice: string): string {
  const offered = new Set([...registryText.matchAll(/^\s*#?\s*(?:-\s*)?name:\s*(.+?)\s*(?:#.*)?$/gm)].map((m) => fold(m[1] ?? '')));
  const fresh: Unknown[] = [];
  for (const u of unknown) {
    if (!offered.has(fold(u.name))) {
      offered.add(fold(u.name));
      fresh.push(u);
    }
  }
  if (!fresh.length) return '';
  const entries = fresh.map((u) => `  # - id: TODO\n  #   name: ${u.name}    # ${notice}:${u.line}\n`).join('');
  return `  # Units that ${notice} names and this registry lacks, offered by plancheck draft. For each:\n  # uncomment it and give it an id, or add the name to the aliases of the unit it is (a group of\n  # units: group: true). Then draft again with --force.\n${entries}`;
}
