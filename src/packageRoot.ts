// plancheck's own folder (the package, or this repository): where the shipped plans, schemas and examples
// are. This file is in src/, and bundled into dist/: one level below the root either way.
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const packageRoot = (): string => resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** plancheck's schemas as a repository sees them (for the yaml-language-server line of the files it
 * writes): its own when it lies inside (this repository, a local install), else where a local install puts them. */
export function schemasFrom(cwd: string, root = packageRoot()): string {
  const rel = relative(cwd, join(root, 'schemas'));
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel.split(sep).join('/') : 'node_modules/plancheck/schemas';
}
