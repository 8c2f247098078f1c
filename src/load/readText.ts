// Reads a file the user gave: size limit first; then strict UTF-8, only when the text is needed
// (a file found in the parse cache is known by its bytes alone, or by its unchanged size and time).
import { type Stats, readFileSync, statSync } from 'node:fs';
import { finding, type Finding } from '../findings.js';

/** Plans and status files are hand-written; anything larger is a mistake, refused before it is read. */
export const MAX_FILE_BYTES = 8 * 1024 * 1024;

const unreadable = (file: string, e: unknown): Finding =>
  finding('FILE_UNREADABLE', { detail: (e as NodeJS.ErrnoException).code ?? (e as Error).message }, { file, line: 1, column: 1 });

export function statFile(file: string): { stat?: Stats; findings: Finding[] } {
  try {
    const stat = statSync(file);
    if (stat.size > MAX_FILE_BYTES) return { findings: [finding('FILE_TOO_LARGE', { actual: String(stat.size), expected: String(MAX_FILE_BYTES) }, { file, line: 1, column: 1 })] };
    return { stat, findings: [] };
  } catch (e) {
    return { findings: [unreadable(file, e)] };
  }
}

export function readBytes(file: string): { bytes?: Buffer; findings: Finding[] } {
  try {
    return { bytes: readFileSync(file), findings: [] };
  } catch (e) {
    return { findings: [unreadable(file, e)] };
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
