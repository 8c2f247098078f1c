// Where plancheck may keep what it can compute again (parsed files, compiled code): the folder named by
// PLANCHECK_CACHE_DIR, else node_modules/.cache beside the installed packages, like other tools' caches.
// plancheck works only in its own marked sub-folder there (load/cacheFolder.ts). PLANCHECK_CACHE=0
// turns every cache off.
import { fileURLToPath } from 'node:url';

/** The folder to keep caches in, or undefined when caching is off; `from` is the URL of a file in dist/ or src/. */
export const cacheDir = (env: NodeJS.ProcessEnv, from: string): string | undefined =>
  env.PLANCHECK_CACHE === '0' ? undefined : env.PLANCHECK_CACHE_DIR || fileURLToPath(new URL('../node_modules/.cache', from));
