// Requires a package from node_modules when a command first needs it. scripts/build.mjs inlines every
// import() into dist/cli.cjs, where exceljs (or yaml's Document API) would be read and compiled at every
// start of every command; required by name at run time, only `ledger`, `import`, `mark` and `extend`
// load them.
import { createRequire } from 'node:module';

export const requirePackage = <T>(name: string): T => createRequire(import.meta.url)(name) as T;
