// The entry point: runs the bundled CLI (dist/cli.cjs) with its compiled code cached, since compiling
// the bundle is a large part of a short run.
// - Node 22 and later: Node's own compile cache, which checks both the source and its cached data.
// - Node 20, which has none: V8's code cache. V8 checks a cache only against its own version, flags and
//   the source's length, not the source's content nor the cache's own bytes (a damaged cache can crash
//   it), so the cache is stored under a hash of the bundle's content, with a hash of itself that is
//   checked before V8 sees it: an edited bundle or a damaged cache is a miss, never stale code or a crash.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as nodeModule from 'node:module';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';
import { cacheDir } from './cacheDir.js';
import { COMMANDS } from './commands/names.js';
import { debug } from './debug.js';
import { writeAtomic } from './io/writeAtomic.js';
import { hashBytes } from './load/cacheHash.js';
import { buildFolder } from './load/cacheFolder.js';

const enableCompileCache = (nodeModule as { enableCompileCache?: (dir: string) => unknown }).enableCompileCache;

function launch(bundle: string, dir: string | undefined): void {
  if (enableCompileCache) {
    const folder = dir === undefined ? undefined : buildFolder(dir, 'compile-node');
    if (folder) enableCompileCache(folder);
    createRequire(bundle)(bundle);
    return;
  }
  const source = readFileSync(bundle);
  const folder = dir === undefined ? undefined : buildFolder(dir, `code-${hashBytes(source).slice(0, 32)}`);
  // One cache per command: each holds the functions its runs compiled.
  const command = (COMMANDS as readonly string[]).includes(process.argv[2] ?? '') ? process.argv[2] : 'other';
  const file = folder === undefined ? undefined : join(folder, `${process.version}-${command}.bin`);
  const cachedData = file === undefined ? undefined : readChecked(file);
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source.toString('utf8')}\n})`, { filename: bundle, ...(cachedData ? { cachedData } : {}) });
  if (file !== undefined && (!cachedData || script.cachedDataRejected)) {
    // Written at exit, so that it holds the functions this run compiled, not only the top level.
    process.once('exit', () => {
      try {
        const data = script.createCachedData();
        writeAtomic(file, Buffer.concat([Buffer.from(`${hashBytes(data)}\n`, 'latin1'), data]), { durable: false });
      } catch (e) {
        debug('code cache not written', e);
      }
    });
  }
  const module = { exports: {} };
  (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, createRequire(bundle), module, bundle, dirname(bundle));
}

/** The cached data, if its stored hash matches it. */
function readChecked(file: string): Buffer | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return undefined; // none yet
  }
  const data = bytes.subarray(65);
  if (bytes[64] === 10 && bytes.toString('latin1', 0, 64) === hashBytes(data)) return data;
  return debug('code cache damaged, compiled afresh', file);
}

launch(join(__dirname, 'cli.cjs'), cacheDir(process.env, import.meta.url));
