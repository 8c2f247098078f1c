// Writes a file so that a reader (or a crash) sees the old content whole or the new content whole:
// write a temporary file beside it, flush it to disk, then rename over the target.
import { closeSync, fchmodSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

export const TEMP_SUFFIX = '.tmp';
/** Temporary files of a target are named `.<target>.<pid>.<time>.tmp`. */
export const tempPrefix = (target: string): string => `.${target}.`;

/** Runs between the temporary file's write and its rename; tests replace it to fail there. */
export const hooks = { beforeRename: (): void => undefined };

/** `durable: false` skips the flush to disk: for a cache, whose entries check themselves, a write lost
 * in a crash is only a miss, and thousands of flushes would cost seconds. */
export function writeAtomic(file: string, content: string | Uint8Array, { durable = true }: { durable?: boolean } = {}): void {
  const dir = dirname(resolve(file));
  mkdirSync(dir, { recursive: true });
  const temp = join(dir, `${tempPrefix(basename(file))}${process.pid}.${Date.now()}${TEMP_SUFFIX}`);
  const mode = modeOf(file);
  const fd = openSync(temp, 'w');
  try {
    // A file that was read-only (444) or private (600) stays so when rewritten.
    if (mode !== undefined) fchmodSync(fd, mode);
    writeFileSync(fd, content);
    if (durable) fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  try {
    hooks.beforeRename();
    renameSync(temp, file);
  } catch (e) {
    rmSync(temp, { force: true });
    throw e;
  }
}

/** The permission bits of a file that exists. */
function modeOf(file: string): number | undefined {
  try {
    return statSync(file).mode & 0o7777;
  } catch {
    return undefined;
  }
}
