// Bundles the CLI: one entry file for what every run needs, and chunks loaded only when needed
// (the YAML parser and the schema validators run only on a cache miss or to place an error).
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { build } from 'esbuild';

// Parse-cache entries are keyed by the validators they were checked with.
const schemaHash = createHash('sha256').update(fs.readFileSync('src/generated/validators.js')).digest('hex').slice(0, 12);

fs.rmSync('dist', { recursive: true, force: true });
await build({
  entryPoints: { plancheck: 'src/cli.ts' },
  outdir: 'dist',
  outExtension: { '.js': '.mjs' },
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  splitting: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: 'linked',
  legalComments: 'none',
  define: { __SCHEMA_HASH__: JSON.stringify(schemaHash) },
  // Bundled CommonJS dependencies (ajv, cli-table3) call require(); give them one.
  banner: { js: "import { createRequire as __plancheckRequire } from 'node:module'; const require = __plancheckRequire(import.meta.url);" },
  logLevel: 'warning',
});
