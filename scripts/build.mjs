// Bundles the CLI as ES modules split by esbuild: dist/plancheck.js, the small entry that turns on Node's
// compile cache (src/launch.ts); dist/main.js, the command line's table; one chunk per command's
// declaration (src/cli/NAME.ts), and chunks of what they share, so that a run reads and compiles the
// code of its own command only. What few runs need is imported where needed and so gets a chunk of its
// own: the YAML parser and the schema validators (only on a cache miss), the wrappers of libraries that
// one command uses. No library is patched: each is bundled as published.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { isBuiltin } from 'node:module';
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

/** Node's own modules are required, not imported: an ES import of one builds a facade of all its exports,
 * which runs every lazy getter (fs.promises, util's parseArgs and diff…) and loads a dozen more
 * internal modules than the program uses (measured: a fifth of due's start-up on Node 22). */
const builtinsByRequire = {
  name: 'builtins-by-require',
  setup(b) {
    b.onResolve({ filter: /.*/ }, (args) => {
      if (!isBuiltin(args.path)) return undefined;
      // The stub's own require is Node's; a module imported only when needed (the pager's child_process)
      // is imported as Node gives it, with its named exports.
      return args.namespace === 'builtin' || args.kind === 'dynamic-import' ? { path: args.path, external: true } : { path: args.path, namespace: 'builtin' };
    });
    b.onLoad({ filter: /.*/, namespace: 'builtin' }, (args) => ({ contents: `module.exports = require(${JSON.stringify(args.path)});`, loader: 'js' }));
  },
};

fs.rmSync('dist', { recursive: true, force: true });
const result = await build({
  entryPoints: { plancheck: 'src/launch.ts', main: 'src/main.ts' },
  outdir: 'dist',
  // All in dist/ itself, so that each chunk finds the package one folder up (src/packageRoot.ts).
  chunkNames: '[name]-[hash]',
  bundle: true,
  splitting: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: 'linked',
  legalComments: 'none',
  metafile: true,
  define: { __BUILD_HASH__: JSON.stringify(buildHash) },
  // The CommonJS libraries bundled (commander, ajv…) require Node's own modules.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  plugins: [builtinsByRequire],
  logLevel: 'warning',
});
if (process.env.PLANCHECK_BUILD_META) fs.writeFileSync(process.env.PLANCHECK_BUILD_META, JSON.stringify(result.metafile));
