// The folder plancheck keeps its caches in: `<dir>/plancheck-cache`, marked as its own by a
// CACHEDIR.TAG file (the Cache Directory Tagging convention) that plancheck writes when it creates the
// folder. plancheck writes only in a folder so marked, and deletes only there: the sub-folders of other
// builds, never a file it did not write, whatever folder PLANCHECK_CACHE_DIR names.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { debug } from '../debug.js';

const TAG = 'Signature: 8a477f597d28d172789f06886806bc55\n# This folder is a cache made by plancheck (https://bford.info/cachedir/); it may be deleted.\n';
export const CACHE_FOLDER = 'plancheck-cache';

/** `<dir>/plancheck-cache/<name>`, made if need be, or undefined where plancheck does not own the folder
 * or cannot write it. `name` is `<kind>-<build>`: a new build's folder replaces the older ones of its kind. */
export function buildFolder(dir: string, name: string): string | undefined {
  const root = join(dir, CACHE_FOLDER);
  try {
    if (mkdirSync(root, { recursive: true }) !== undefined) writeFileSync(join(root, 'CACHEDIR.TAG'), TAG, { flag: 'wx' });
    if (readFileSync(join(root, 'CACHEDIR.TAG'), 'utf8') !== TAG) return debug('cache: not plancheck\'s folder, left alone', root);
    const folder = join(root, name);
    if (mkdirSync(folder, { recursive: true }) !== undefined) {
      const kind = name.slice(0, name.indexOf('-') + 1);
      for (const other of readdirSync(root)) if (other.startsWith(kind) && other !== name) rmSync(join(root, other), { recursive: true, force: true });
    }
    return folder;
  } catch (e) {
    return debug('cache: off', e);
  }
}
