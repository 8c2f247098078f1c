// A file that cannot be read is named with what it is for ("status file missing.yaml not found"): the
// loaders know a path, the command line knows which option gave it. A missing file that plancheck itself
// ships (examples/qinshui-2021-status.yaml, run outside this repository) is named where it ships.
import { existsSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { Finding } from './findings.js';
import { packageRoot } from './packageRoot.js';

const ROLES = [['status', 'status file'], ['plans', 'plans folder'], ['lights', '--lights']] as const;

export function nameFiles(findings: Finding[], options: Partial<Record<(typeof ROLES)[number][0], string>>, cwd: string, root = packageRoot()): Finding[] {
  // a file named on the command line is echoed as it was typed
  const roles = new Map<string, [string, string]>(ROLES.flatMap(([key, role]) => { const typed = options[key]; return typed ? [[resolve(cwd, typed), [role, typed]]] : []; }));
  return findings.map((f) => {
    if (f.code !== 'FILE_UNREADABLE' || !f.at) return f;
    const [role, typed] = roles.get(resolve(cwd, f.at.file)) ?? ['file', relative(cwd, f.at.file) || f.at.file];
    const shipped = f.args.detail === 'ENOENT' ? shippedCopy(relative(cwd, f.at.file), root, cwd) : undefined;
    return { ...f, args: { ...f.args, subject: role, actual: typed, ...(shipped ? { expected: shipped } : {}) } };
  });
}

/** Where plancheck's own copy of a file named relative to the folder stands, as seen from it, if it ships one. */
function shippedCopy(rel: string, root: string, cwd: string): string | undefined {
  if (rel.split(sep)[0] !== 'examples') return undefined;
  const copy = join(root, rel);
  if (!existsSync(copy)) return undefined;
  const seen = relative(cwd, copy);
  return seen.startsWith('..') || isAbsolute(seen) ? copy : seen;
}
