// Turns the pointers of findings into file:line:column, parsing each file concerned once.
import { readFileSync } from 'node:fs';
import { isPosition, type Finding } from '../findings.js';

export async function resolvePositions(findings: Finding[]): Promise<Finding[]> {
  const files = new Set(findings.flatMap((f) => (f.at && !isPosition(f.at) ? [f.at.file] : [])));
  if (files.size === 0) return findings;
  const { parseYamlText } = await import('./parseYaml.js');
  const parsed = new Map([...files].map((file) => [file, parseYamlText(file, readFileSync(file, 'utf8'))]));
  return findings.map((f) => (f.at && !isPosition(f.at) ? { ...f, at: parsed.get(f.at.file)?.locate(f.at) ?? { file: f.at.file, line: 1, column: 1 } } : f));
}
