// A file that cannot be read is named with what it is for ("status file missing.yaml not found"): the
// loaders know a path, the command line knows which option gave it.
import { relative, resolve } from 'node:path';
import type { Finding } from './findings.js';

const ROLES = [['status', 'status file'], ['plans', 'plans folder'], ['lights', '--lights']] as const;

export function nameFiles(findings: Finding[], options: Partial<Record<(typeof ROLES)[number][0], string>>, cwd: string): Finding[] {
  // a file named on the command line is echoed as it was typed
  const roles = new Map<string, [string, string]>(ROLES.flatMap(([key, role]) => { const typed = options[key]; return typed ? [[resolve(cwd, typed), [role, typed]]] : []; }));
  return findings.map((f) => {
    if (f.code !== 'FILE_UNREADABLE' || !f.at) return f;
    const [role, typed] = roles.get(resolve(cwd, f.at.file)) ?? ['file', relative(cwd, f.at.file) || f.at.file];
    return { ...f, args: { ...f.args, subject: role, actual: typed } };
  });
}
