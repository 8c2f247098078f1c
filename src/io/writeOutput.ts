// Writes a file the user named (--output, the job summary, notify's state file, the status file). Where a
// write goes is decided first (outputPlace), the same way for every writer: `-` and /dev/stdout are
// stdout; a regular file is replaced atomically; a link is never replaced: the regular file it leads to
// is, if it lies inside the project (else FILE_OUTSIDE); a device (/dev/null, /dev/full) is written in
// place; a FIFO or socket is refused without opening it (a write would block until a reader came); a
// folder, or a place that cannot be written, is an OutputError (exit 2), not a stack trace.
import { appendFileSync, lstatSync, readdirSync, realpathSync, rmSync, statSync, writeFileSync, type Stats } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { debug } from '../debug.js';
import { OutputError } from '../errors.js';
import { errorCode, isWithin } from '../load/readText.js';
import { TEMP_SUFFIX, tempPrefix, writeAtomic } from './writeAtomic.js';

/** The names that mean standard output. */
export const isStdoutName = (name: string): boolean => name === '-' || name === '/dev/stdout';

export type OutputPlace =
  | { kind: 'stdout' }
  /** A regular file (or none yet): replaced whole, through a temporary file beside it. */
  | { kind: 'file'; path: string }
  /** A character or block device: written in place. */
  | { kind: 'device'; path: string };

function placeOfStat(path: string, stat: Stats, named: string): OutputPlace {
  if (stat.isDirectory()) throw new OutputError(named, 'EISDIR');
  if (stat.isFile()) return { kind: 'file', path };
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return { kind: 'device', path };
  throw new OutputError(named, 'FILE_NOT_REGULAR');
}

/** Where a write to `name` (relative to cwd, the project) goes; never opens it. */
export function outputPlace(name: string, cwd: string = process.cwd()): OutputPlace {
  if (isStdoutName(name)) return { kind: 'stdout' };
  const file = resolve(cwd, name);
  try {
    let link: Stats;
    try {
      link = lstatSync(file);
    } catch (e) {
      if (errorCode(e) === 'ENOENT') return { kind: 'file', path: file };
      throw e;
    }
    if (!link.isSymbolicLink()) return placeOfStat(file, link, name);
    const real = realpathSync(file);
    const place = placeOfStat(real, statSync(real), name);
    if (place.kind === 'file' && !isWithin(real, cwd)) throw new OutputError(name, 'FILE_OUTSIDE');
    return place;
  } catch (e) {
    throw e instanceof OutputError ? e : new OutputError(name, errorCode(e));
  }
}

/** The regular file a writer of files only (the status file, a state file) replaces: its real path. */
export function fileOutputPath(name: string, cwd?: string): string {
  const place = outputPlace(name, cwd);
  if (place.kind !== 'file') throw new OutputError(name, 'FILE_NOT_REGULAR');
  return place.path;
}

export function writeOutput(name: string, content: string | Uint8Array, cwd?: string): void {
  const place = outputPlace(name, cwd);
  try {
    if (place.kind === 'stdout') process.stdout.write(content);
    else if (place.kind === 'device') writeFileSync(place.path, content);
    else {
      sweepTemps(place.path);
      writeAtomic(place.path, content);
    }
  } catch (e) {
    throw e instanceof OutputError ? e : new OutputError(name, errorCode(e));
  }
}

/** Appends (GitHub's job summary is appended to by every step of a job). */
export function appendOutput(name: string, content: string, cwd?: string): void {
  const place = outputPlace(name, cwd);
  try {
    if (place.kind === 'stdout') process.stdout.write(content);
    else appendFileSync(place.path, content);
  } catch (e) {
    throw e instanceof OutputError ? e : new OutputError(name, errorCode(e));
  }
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
