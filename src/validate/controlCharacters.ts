// No text of a plan, registry or status file may hold a control character other than a tab or a line
// end: it would reach terminals as an escape sequence and JUnit files as invalid XML. A check of the
// file alone, in the cold path (a file with an error is never cached).
import { finding, type Finding } from '../findings.js';
import type { PathSegment, YamlFile } from '../load/yamlFile.js';

// C0 controls but tab, line feed and carriage return; DEL; C1 controls.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

export function checkControlCharacters(yaml: YamlFile): Finding[] {
  const findings: Finding[] = [];
  const walk = (value: unknown, path: PathSegment[]): void => {
    if (typeof value === 'string') {
      const m = CONTROL.exec(value);
      if (m) findings.push(finding('TEXT_CONTROL_CHARACTER', { subject: path.join('.'), actual: `U+${m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}` }, yaml.at(path)));
    } else if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i]));
    else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
  };
  walk(yaml.data, []);
  return findings;
}
