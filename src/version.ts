// plancheck's version, as package.json says (bundled into dist/ by esbuild): never written twice.
import pkg from '../package.json' with { type: 'json' };

export const VERSION: string = pkg.version;
