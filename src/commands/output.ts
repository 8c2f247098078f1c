// What a command returns; only the CLI writes it out.
import { UsageError } from '../errors.js';
import type { Context } from '../context.js';
import type { Finding } from '../findings.js';
import type { PlanWithTexts } from '../model.js';

export interface Output {
  stdout: string;
  exitCode: number;
  /** Warnings and notes for stderr. */
  notes?: Finding[];
}

export type Format = 'table' | 'json';

/** What a view is given: a table needs only the plans' cores; JSON carries every text, so it is given
 * the plans with their texts. */
export type View = { format: 'table'; ctx: Context } | { format: 'json'; ctx: Context<PlanWithTexts> };

export function parseFormat(option: string | undefined): Format {
  const f = option ?? 'table';
  if (f !== 'table' && f !== 'json') throw new UsageError(`--format must be table or json, not "${f}"`);
  return f;
}
