// The --since-last file: which overdue milestones a run already announced, and since when. JSON,
// written atomically after a delivered run only, so a failed delivery is announced again next time.
import { existsSync } from 'node:fs';
import { isIsoDate } from '../dates/calendar.js';
import { InputError, UsageError } from '../errors.js';
import { fileOutputPath, writeOutput } from '../io/writeOutput.js';
import { readText } from '../load/readText.js';
import { byText } from '../order.js';
import type { Announced } from './digest.js';

const VERSION = 1;

export function readAnnounced(named: string, cwd?: string): Announced {
  // Only a regular file (through a link inside the project): a FIFO or /dev/full is refused, not waited on.
  const file = fileOutputPath(named, cwd);
  if (!existsSync(file)) return {};
  const read = readText(file);
  if (read.text === undefined) throw new InputError(read.findings);
  let data: unknown;
  try {
    data = JSON.parse(read.text);
  } catch {
    // JSON's own message quotes the text, which may be anything the link led to: never printed.
    throw new UsageError((w) => w.notifyState(file, undefined));
  }
  const overdue = (data as { version?: unknown; overdue?: unknown } | null)?.overdue;
  const valid = (data as { version?: unknown } | null)?.version === VERSION && overdue !== null && typeof overdue === 'object' && !Array.isArray(overdue)
    && Object.values(overdue as object).every((d) => typeof d === 'string' && isIsoDate(d));
  if (!valid) throw new UsageError((w) => w.notifyState(file, undefined));
  return { ...(overdue as Announced) };
}

export function writeAnnounced(file: string, announced: Announced, cwd?: string): void {
  const sorted = Object.fromEntries(Object.entries(announced).sort(([a], [b]) => byText(a, b)));
  writeOutput(file, `${JSON.stringify({ version: VERSION, overdue: sorted }, null, 2)}\n`, cwd);
}
