// Bundles the CLI into one file, so start-up reads one module instead of hundreds.
import { build } from 'esbuild';

await build({
  entryPoints: ['src/cli.ts'],
  outfile: 'dist/plancheck.mjs',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: 'linked',
  legalComments: 'none',
  // Bundled CommonJS dependencies (ajv, cli-table3) call require(); give them one.
  banner: { js: "import { createRequire as __plancheckRequire } from 'node:module'; const require = __plancheckRequire(import.meta.url);" },
  logLevel: 'warning',
});
