// Reads a file the user gave: size limit first; then strict UTF-8, only when the text is needed
// (a file found in the parse cache is known by its bytes alone).
import fs from 'node:fs';
import { finding, type Finding } from '../findings.js';

/** Plans and status files are hand-written; anything larger is a mistake, refused before it is read. */
export const MAX_FILE_BYTES = 8 * 1024 * 1024;

export function readBytes(file: string): { bytes?: Buffer; findings: Finding[] } {
  const at = { file, line: 1, column: 1 };
  try {
    const size = fs.statSync(file).size;
    if (size > MAX_FILE_BYTES) return { findings: [finding('FILE_TOO_LARGE', { actual: String(size), expected: String(MAX_FILE_BYTES) }, at)] };
    return { bytes: fs.readFileSync(file), findings: [] };
  } catch (e) {
    return { findings: [finding('FILE_UNREADABLE', { detail: (e as NodeJS.ErrnoException).code ?? (e as Error).message }, at)] };
  }
}

export function decodeUtf8(file: string, bytes: Buffer): { text?: string; findings: Finding[] } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), findings: [] };
  } catch {
    const lossy = bytes.toString('utf8');
    const before = lossy.slice(0, Math.max(lossy.indexOf('\uFFFD'), 0));
    const line = before.split('\n').length;
    const column = before.length - before.lastIndexOf('\n');
    return { findings: [finding('FILE_NOT_UTF8', {}, { file, line, column })] };
  }
}
