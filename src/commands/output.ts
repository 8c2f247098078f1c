// What a command returns; only the CLI writes it out.
import { UsageError } from '../errors.js';
import type { Context } from '../context.js';
import type { Finding } from '../findings.js';
import type { PlanWithTexts } from '../model.js';
import type { ViewOptions } from '../render/view.js';

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
  if (f !== 'table' && f !== 'json') throw new UsageError((w) => w.oneOf('--format', ['table', 'json'], f));
  return f;
}

/** How a terminal view is laid out: the CLI measures the window (terminal.ts). */
export interface Fit {
  width: number;
  wrap: boolean;
}

export const viewOf = (ctx: Context, fit: Fit): ViewOptions => ({ color: ctx.color, lang: ctx.lang, width: fit.width, wrap: fit.wrap });

/** A view that reads no state (list's table, validate) needs no word about a missing status file. */
export const withoutStatusHint = (notes: Finding[]): Finding[] => notes.filter((f) => f.code !== 'STATUS_FILE_MISSING');
