// The --since-last file: which overdue milestones a run already announced, and since when. JSON,
// written atomically after a delivered run only, so a failed delivery is announced again next time.
import { existsSync, readFileSync } from 'node:fs';
import { isIsoDate } from '../dates/calendar.js';
import { UsageError } from '../errors.js';
import { writeOutput } from '../io/writeOutput.js';
import { byText } from '../order.js';
import type { Announced } from './digest.js';

const VERSION = 1;

export function readAnnounced(file: string): Announced {
  if (!existsSync(file)) return {};
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new UsageError((w) => w.notifyState(file, e instanceof Error ? e.message : String(e)));
  }
  const overdue = (data as { version?: unknown; overdue?: unknown } | null)?.overdue;
  const valid = (data as { version?: unknown }).version === VERSION && overdue !== null && typeof overdue === 'object' && !Array.isArray(overdue)
    && Object.values(overdue as object).every((d) => typeof d === 'string' && isIsoDate(d));
  if (!valid) throw new UsageError((w) => w.notifyState(file, undefined));
  return { ...(overdue as Announced) };
}

export function writeAnnounced(file: string, announced: Announced): void {
  const sorted = Object.fromEntries(Object.entries(announced).sort(([a], [b]) => byText(a, b)));
  writeOutput(file, `${JSON.stringify({ version: VERSION, overdue: sorted }, null, 2)}\n`);
}
