// No text of a plan, registry or status file may hold a control character other than a tab or a line
// end: it would reach terminals as an escape sequence and JUnit files as invalid XML. A check of the
// file alone, in the cold path (a file with an error is never cached).
import { finding, type Finding } from '../findings.js';
import type { PathSegment, YamlFile } from '../load/yamlFile.js';

// C0 controls but tab and line feed (a carriage return left in a value, after YAML has read the line
// ends, would move a terminal's cursor back to the line's start); DEL; C1 controls; the Unicode line and
// paragraph separators (a line break to a browser or editor, not to plancheck); the bidirectional
// embeddings, overrides and isolates (U+202E shows a text reversed).
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

/** The first control character in a text, as U+XXXX, or undefined. */
export function controlCharacter(value: string): string | undefined {
  const m = CONTROL.exec(value);
  return m ? `U+${m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}` : undefined;
}

export function checkControlCharacters(yaml: YamlFile): Finding[] {
  const findings: Finding[] = [];
  const walk = (value: unknown, path: PathSegment[]): void => {
    if (typeof value === 'string') {
      const actual = controlCharacter(value);
      if (actual) findings.push(finding('TEXT_CONTROL_CHARACTER', { subject: path.join('.'), actual }, yaml.at(path)));
    } else if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i]));
    else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
  };
  walk(yaml.data, []);
  return findings;
}
