// A file that cannot be read is named with what it is for ("status file missing.yaml not found"): the
// loaders know a path, the command line knows which option gave it.
import { relative, resolve } from 'node:path';
import type { Finding } from './findings.js';

const ROLES = [['status', 'status file'], ['plans', 'plans folder'], ['lights', '--lights']] as const;

export function nameFiles(findings: Finding[], options: Partial<Record<(typeof ROLES)[number][0], string>>, cwd: string): Finding[] {
  const roles = new Map<string, string>(ROLES.flatMap(([key, role]) => (options[key] ? [[resolve(cwd, options[key]), role]] : [])));
  return findings.map((f) => f.code !== 'FILE_UNREADABLE' || !f.at ? f : {
    ...f,
    args: { ...f.args, subject: roles.get(resolve(cwd, f.at.file)) ?? 'file', actual: relative(cwd, f.at.file) || f.at.file },
  });
}
