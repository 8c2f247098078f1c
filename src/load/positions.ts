// Turns the pointers of findings into file:line:column, parsing each file concerned once more (only
// files with a finding to print are read again).
import { isPosition, type Finding } from '../findings.js';
import { readText } from './readText.js';

export async function resolvePositions(findings: Finding[]): Promise<Finding[]> {
  const files = new Set(findings.flatMap((f) => (f.at && !isPosition(f.at) ? [f.at.file] : [])));
  if (files.size === 0) return findings;
  const { locator } = await import('./parseYaml.js');
  const locators = new Map([...files].map((file) => {
    const { text } = readText(file);
    return [file, text === undefined ? undefined : locator(file, text)] as const;
  }));
  return findings.map((f) => (f.at && !isPosition(f.at) ? { ...f, at: locators.get(f.at.file)?.(f.at) ?? { file: f.at.file, line: 1, column: 1 } } : f));
}
