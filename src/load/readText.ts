// Reads a file the user gave, safely: only a regular file (a FIFO or device is refused without
// blocking on it), never more than the size limit (enforced while reading, not only from stat), and,
// where the file stands in a folder plancheck walks (plans/, sources/), only if its real path stays in
// that folder, so that a link added by a pull request cannot make plancheck print /proc or /etc.
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, realpathSync } from 'node:fs';
import { sep } from 'node:path';
import { finding, type Finding } from '../findings.js';

/** Plans and status files are hand-written; anything larger is a mistake, refused before it is read. */
export const MAX_FILE_BYTES = 8 * 1024 * 1024;

const top = (file: string) => ({ file, line: 1, column: 1 });

/** The system's error code (ENOENT, EACCES, ELOOP, EISDIR…), which messages/ words. */
export const errorCode = (e: unknown): string => (e as NodeJS.ErrnoException).code ?? 'EIO';

export const unreadable = (file: string, e: unknown): Finding => finding('FILE_UNREADABLE', { detail: errorCode(e) }, top(file));

const realFolders = new Map<string, string>();

/** Whether `file`'s real path lies inside `folder`'s real path (the folder's looked up once a run). */
export function isWithin(file: string, folder: string): boolean {
  let root = realFolders.get(folder);
  if (root === undefined) realFolders.set(folder, (root = realpathSync(folder)));
  const real = realpathSync(file);
  return real === root || real.startsWith(root.endsWith(sep) ? root : root + sep);
}

export interface ReadOptions {
  /** The folder the file must stay in after links are followed. */
  within?: string;
  /** A link is followed only to a file inside this folder (a file named directly may stand anywhere). */
  linksWithin?: string;
}

const isLink = (file: string): boolean => lstatSync(file).isSymbolicLink();

export function readBytes(file: string, { within, linksWithin }: ReadOptions = {}): { bytes?: Buffer; findings: Finding[] } {
  let fd: number | undefined;
  try {
    if (within !== undefined && !isWithin(file, within)) return { findings: [finding('FILE_OUTSIDE', { expected: within }, top(file))] };
    // Non-blocking, so that opening a FIFO returns at once instead of waiting for a writer.
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
    const stat = fstatSync(fd);
    if (stat.isDirectory()) return { findings: [unreadable(file, { code: 'EISDIR' })] };
    if (!stat.isFile()) return { findings: [finding('FILE_NOT_REGULAR', {}, top(file))] };
    if (linksWithin !== undefined && isLink(file) && !isWithin(file, linksWithin)) return { findings: [finding('FILE_OUTSIDE', { expected: linksWithin }, top(file))] };
    if (stat.size > MAX_FILE_BYTES) return { findings: [tooLarge(file, stat.size)] };
    // The size may change between stat and read (a file still being written, /proc): read to the limit.
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(Math.max(stat.size - total, 0) + 65536, MAX_FILE_BYTES + 1 - total));
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(chunk.subarray(0, n));
      total += n;
      if (total > MAX_FILE_BYTES) return { findings: [tooLarge(file, total)] };
    }
    return { bytes: chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, total), findings: [] };
  } catch (e) {
    return { findings: [unreadable(file, e)] };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

const tooLarge = (file: string, size: number): Finding => finding('FILE_TOO_LARGE', { actual: String(size), expected: String(MAX_FILE_BYTES) }, top(file));

export function decodeUtf8(file: string, bytes: Buffer): { text?: string; findings: Finding[] } {
  try {
    // A byte-order mark is dropped by the decoder.
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), findings: [] };
  } catch {
    const lossy = bytes.toString('utf8');
    const before = lossy.slice(0, Math.max(lossy.indexOf('\uFFFD'), 0));
    const line = before.split('\n').length;
    const column = before.length - before.lastIndexOf('\n');
    return { findings: [finding('FILE_NOT_UTF8', {}, { file, line, column })] };
  }
}

/** A text file read whole (a source notice, a file named on the command line), or the problems. */
export function readText(file: string, options: ReadOptions = {}): { text?: string; findings: Finding[] } {
  const { bytes, findings } = readBytes(file, options);
  return bytes ? decodeUtf8(file, bytes) : { findings };
}
