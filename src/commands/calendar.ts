// calendar: the selected milestones as an iCalendar file to subscribe to or import.
import { parseDays } from '../dates/calendar.js';
import { statusNotes, type Context } from '../context.js';
import type { PlanWithTexts } from '../model.js';
import { calendarEvents } from '../calendar/events.js';
import { RUN_WORDS } from '../messages/runs.js';
import { UsageError } from '../errors.js';
import { isStdoutName, writeOutput } from '../io/writeOutput.js';
import { DEADLINE_WORDS } from '../messages/deadlines.js';
import { selectedItems } from './views.js';
import type { Output } from './output.js';

export interface CalendarCommandOptions {
  output?: string;
  alarm?: string;
  openOnly?: boolean;
}

/** --alarm 3d, 1w, none; default a week before. */
export function alarmDays(option: string | undefined): number | undefined {
  if (option === 'none') return undefined;
  const n = parseDays(option ?? '7d');
  if (n === undefined) throw new UsageError((w) => w.alarm(String(option)));
  return n;
}

export async function calendarCommand(ctx: Context<PlanWithTexts>, opts: CalendarCommandOptions): Promise<Output> {
  const days = alarmDays(opts.alarm);
  const events = calendarEvents(selectedItems(ctx), ctx.project, ctx.status.status, { asOf: ctx.asOf, soonDays: ctx.soonDays, lang: ctx.lang, openOnly: opts.openOnly === true });
  const { renderIcs } = await import('../calendar/ics.js');
  const ics = renderIcs(events, { name: DEADLINE_WORDS[ctx.lang].calendarName, asOf: ctx.asOf, ...(days !== undefined ? { alarmDays: days } : {}) });
  if (!opts.output || isStdoutName(opts.output)) return { stdout: ics, exitCode: 0, notes: statusNotes(ctx) };
  writeOutput(opts.output, ics, ctx.cwd);
  return { stdout: `${RUN_WORDS[ctx.lang].calendarWrote(opts.output, events.length)}\n`, exitCode: 0, notes: statusNotes(ctx) };
}
