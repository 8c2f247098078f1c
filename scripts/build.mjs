// Bundles the CLI: dist/cli.cjs, what every run needs; dist/parseYaml.cjs and dist/validators.cjs, what
// only a cache miss needs, required then; and dist/plancheck.cjs, the small entry that runs cli.cjs with
// its compiled code cached (src/launch.ts). CommonJS because Node starts it faster than ES modules, and
// only it can run from a code cache on Node 20. No library is patched: each is bundled as published.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

// Parse-cache entries are keyed by the code that made them: the sources (validators included), the
// schemas and the locked dependencies (the YAML parser among them).
const hash = createHash('sha256').update(fs.readFileSync('package-lock.json'));
for (const dir of ['src', 'schemas']) {
  for (const file of fs.readdirSync(dir, { recursive: true }).map(String).sort()) {
    const full = `${dir}/${file}`;
    if (fs.statSync(full).isFile()) hash.update(full).update(fs.readFileSync(full));
  }
}
const buildHash = hash.digest('hex').slice(0, 12);

/** What few runs need is a file of its own, required when first needed: the YAML parser and the schema
 * validators (only on a cache miss), and the wrappers of libraries that one command uses (ical-generator
 * for calendar). A run from the cache reads a third of the code. Each is a leaf: it throws none of
 * plancheck's error classes, which a second copy in its file would make unrecognisable. */
const LAZY_FILES = {
  parseYaml: 'src/load/parseYaml.ts',
  validators: 'src/generated/validators.js',
  ics: 'src/calendar/ics.ts',
};
const LAZY = new RegExp(`(?:^|/)(${Object.keys(LAZY_FILES).join('|')})\\.js$`);
const lazyFiles = {
  name: 'lazy-files',
  setup(build) {
    build.onResolve({ filter: LAZY }, (args) => (args.kind === 'dynamic-import' ? { path: `./${LAZY.exec(args.path)[1]}.cjs`, external: true } : undefined));
  },
};

fs.rmSync('dist', { recursive: true, force: true });
await build({
  entryPoints: { cli: 'src/cli.ts', plancheck: 'src/launch.ts', ...LAZY_FILES },
  outdir: 'dist',
  outExtension: { '.js': '.cjs' },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: 'linked',
  legalComments: 'none',
  // The sources are ES modules (as vitest runs them); in the bundle, import.meta.url is the bundle's own.
  define: { __BUILD_HASH__: JSON.stringify(buildHash), 'import.meta.url': '__bundleUrl' },
  banner: { js: "const __bundleUrl = require('node:url').pathToFileURL(__filename).href;" },
  // import() becomes require(): the bundle runs as a vm.Script, which has no loader for ES modules.
  supported: { 'dynamic-import': false },
  plugins: [lazyFiles],
  logLevel: 'warning',
});
