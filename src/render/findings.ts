// Findings as the compilers print them: file:line:column: severity CODE message.
import { relative } from 'node:path';
import { isPosition, sortFindings, type Finding } from '../findings.js';
import { describe } from '../messages/en.js';
import { paint } from './style.js';

export function renderFindings(findings: Finding[], { color, cwd }: { color: boolean; cwd: string }): string {
  const c = paint(color);
  return sortFindings(findings)
    .map((f) => {
      // Pointers are resolved to positions before printing (load/positions.ts); a file alone is still a place.
      const where = f.at ? `${relative(cwd, f.at.file) || f.at.file}${isPosition(f.at) ? `:${f.at.line}:${f.at.column}` : ''}: ` : '';
      const sev = f.severity === 'error' ? c.red(f.severity) : f.severity === 'warning' ? c.yellow(f.severity) : c.blue(f.severity);
      return `${where}${sev} ${c.dim(f.code)} ${describe(f)}\n`;
    })
    .join('');
}

export function summarize(findings: Finding[]): string {
  const count = (s: Finding['severity']) => findings.filter((f) => f.severity === s).length;
  return `${count('error')} error(s), ${count('warning')} warning(s)`;
}
