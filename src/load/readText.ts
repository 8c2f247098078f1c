// Reads a text file the user gave: size limit first, then strict UTF-8.
import fs from 'node:fs';
import { finding, type Finding } from '../findings.js';

/** Plans and status files are hand-written; anything larger is a mistake, refused before it is read. */
export const MAX_FILE_BYTES = 8 * 1024 * 1024;

export function readText(file: string): { text?: string; findings: Finding[] } {
  const at = { file, line: 1, column: 1 };
  let bytes: Buffer;
  try {
    const size = fs.statSync(file).size;
    if (size > MAX_FILE_BYTES) {
      return { findings: [finding('FILE_TOO_LARGE', { actual: String(size), expected: String(MAX_FILE_BYTES) }, at)] };
    }
    bytes = fs.readFileSync(file);
  } catch (e) {
    return { findings: [finding('FILE_UNREADABLE', { detail: (e as NodeJS.ErrnoException).code ?? (e as Error).message }, at)] };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), findings: [] };
  } catch {
    const lossy = bytes.toString('utf8');
    const bad = lossy.indexOf('\uFFFD');
    const before = lossy.slice(0, Math.max(bad, 0));
    const line = before.split('\n').length;
    const column = before.length - before.lastIndexOf('\n');
    return { findings: [finding('FILE_NOT_UTF8', {}, { file, line, column })] };
  }
}
