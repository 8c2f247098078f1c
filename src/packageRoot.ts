// plancheck's own folder (the package, or this repository): where the shipped plans, schemas and examples
// are. This file is in src/, and bundled into dist/: one level below the root either way.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const packageRoot = (): string => resolve(dirname(fileURLToPath(import.meta.url)), '..');
