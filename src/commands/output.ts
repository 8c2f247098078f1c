// What a command returns; only the CLI writes it out.
import { UsageError } from '../errors.js';
import type { Finding } from '../findings.js';

export interface Output {
  stdout: string;
  exitCode: number;
  /** Warnings and notes for stderr. */
  notes?: Finding[];
}

export type Format = 'table' | 'json';

export function parseFormat(option: string | undefined): Format {
  const f = option ?? 'table';
  if (f !== 'table' && f !== 'json') throw new UsageError(`--format must be table or json, not "${f}"`);
  return f;
}
