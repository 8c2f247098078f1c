// Writes a file the user named (check --output, the job summary): a regular file atomically, replacing
// it whole; anything else that exists there (/dev/null, /dev/stdout, a FIFO) is written in place, never
// replaced; a folder, or a place that cannot be written, is an OutputError (exit 2), not a stack trace.
import { appendFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { debug } from '../debug.js';
import { OutputError } from '../errors.js';
import { errorCode } from '../load/readText.js';
import { TEMP_SUFFIX, tempPrefix, writeAtomic } from './writeAtomic.js';

export function writeOutput(file: string, content: string | Uint8Array): void {
  try {
    if (!isRegularOrAbsent(file)) return writeFileSync(file, content);
    sweepTemps(file);
    writeAtomic(file, content);
  } catch (e) {
    throw e instanceof OutputError ? e : new OutputError(file, errorCode(e));
  }
}

/** Appends (GitHub's job summary is appended to by every step of a job). */
export function appendOutput(file: string, content: string): void {
  try {
    isRegularOrAbsent(file);
    appendFileSync(file, content);
  } catch (e) {
    throw e instanceof OutputError ? e : new OutputError(file, errorCode(e));
  }
}

function isRegularOrAbsent(file: string): boolean {
  let stat;
  try {
    stat = statSync(file);
  } catch (e) {
    if (errorCode(e) === 'ENOENT') return true;
    throw e;
  }
  if (stat.isDirectory()) throw new OutputError(file, 'EISDIR');
  return stat.isFile();
}

/** Removes the temporary files that runs killed before their rename left beside this target. */
function sweepTemps(file: string): void {
  const dir = dirname(resolve(file));
  const prefix = tempPrefix(basename(file));
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return; // the write itself will say what is wrong with the folder
  }
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith(TEMP_SUFFIX)) continue;
    const pid = Number(name.slice(prefix.length).split('.')[0]);
    if (Number.isInteger(pid) && isRunning(pid)) continue; // another run is writing it now
    try {
      rmSync(join(dir, name), { force: true });
    } catch (e) {
      debug('stray temporary file not removed', e);
    }
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return errorCode(e) === 'EPERM';
  }
}
