// Where plancheck keeps what it can compute again (parsed files, compiled code): with the installed
// packages, like other tools' caches. PLANCHECK_CACHE=0 turns every cache off.
import { fileURLToPath } from 'node:url';

/** The cache folder, or undefined when caching is off; `from` is the URL of a file in dist/ or src/. */
export const cacheDir = (env: NodeJS.ProcessEnv, from: string): string | undefined =>
  env.PLANCHECK_CACHE === '0' ? undefined : env.PLANCHECK_CACHE_DIR ?? fileURLToPath(new URL('../node_modules/.cache/plancheck', from));
