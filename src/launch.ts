// The entry point: runs the bundled CLI (dist/main.js and the chunks it imports) with Node's own compile
// cache where Node has one (22 and later; it checks both the source and its cached data). Node 20 has
// none: it compiles afresh, as a V8 code cache of its own was measured to save nothing once a command
// loads only its own code.
import * as nodeModule from 'node:module';
import { cacheDir } from './cacheDir.js';
import { buildFolder } from './load/cacheFolder.js';

const enableCompileCache = (nodeModule as { enableCompileCache?: (dir: string) => unknown }).enableCompileCache;
const dir = cacheDir(process.env, import.meta.url);
const folder = enableCompileCache && dir !== undefined ? buildFolder(dir, 'compile-node') : undefined;
if (folder) enableCompileCache!(folder);
void import('./main.js');
