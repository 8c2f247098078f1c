// The entry point: runs the bundled CLI (dist/cli.cjs) from V8's code cache when one is stored, since
// compiling the bundle is a large part of a short run. Node 20 has no compile cache of its own.
import { readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';
import { cacheDir } from './cacheDir.js';
import { writeAtomic } from './io/writeAtomic.js';

function launch(bundle: string, dir: string | undefined): void {
  const source = readFileSync(bundle, 'utf8');
  const { size, mtimeMs } = statSync(bundle);
  // V8 checks the cache against its own version and the source's length only: the name adds the rest.
  // A cache per command, holding what that command's runs compiled: smaller to read than one for all.
  const build = `code-${process.version}-${size}-${Math.trunc(mtimeMs)}`;
  const [name = '', ...args] = process.argv.slice(2);
  const stem = `${build}-${/^[a-z]+$/.test(name) ? name : 'other'}`;
  const read = <T>(file: string, as: (b: Buffer) => T): T | undefined => {
    try {
      return dir ? as(readFileSync(join(dir, file))) : undefined;
    } catch {
      return undefined; // none yet
    }
  };
  const cachedData = read(`${stem}.bin`, (b) => b);
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: bundle, ...(cachedData ? { cachedData } : {}) });
  // The kinds of run whose compiled code the cache holds (the options given decide what code runs): the
  // first run of each kind from the parse cache adds its own.
  const covered = (!script.cachedDataRejected && read(`${stem}.json`, (b) => JSON.parse(b.toString()) as unknown)) || [];
  const command = [name, ...[...new Set(args.filter((a) => a.startsWith('-')).map((a) => a.split('=')[0]))].sort()].join(' ');
  const module: { exports: { typicalRun?: () => boolean } } = { exports: {} };
  if (dir && !(Array.isArray(covered) && covered.includes(command))) {
    // Written at exit, so that it holds the functions this run compiled, not only the top level; and
    // only by a run that parsed nothing, lest every run deserialize the YAML parser and validators.
    process.once('exit', () => {
      if (module.exports.typicalRun?.() === false) return;
      try {
        writeAtomic(join(dir, `${stem}.bin`), script.createCachedData());
        writeAtomic(join(dir, `${stem}.json`), JSON.stringify([...(Array.isArray(covered) ? covered : []), command]));
        for (const old of readdirSync(dir)) if (old.startsWith('code-') && !old.startsWith(`${build}-`)) rmSync(join(dir, old), { force: true });
      } catch {
        // A cache that cannot be written is no cache; the run is done.
      }
    });
  }
  (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, createRequire(bundle), module, bundle, dirname(bundle));
}

launch(join(__dirname, 'cli.cjs'), cacheDir(process.env, import.meta.url));
