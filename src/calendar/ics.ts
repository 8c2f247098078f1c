// Writes calendar events as iCalendar (RFC 5545) with ical-generator, which folds long lines, escapes
// text and formats the properties. Loaded only by `plancheck calendar`.
import ical, { ICalAlarmRelatesTo, ICalAlarmType, ICalEventTransparency } from 'ical-generator';
import { addDaysIso, type IsoDate } from '../dates/calendar.js';
import type { CalendarEvent } from './events.js';

export interface IcsOptions {
  name: string;
  /** Days before the deadline for the reminder; undefined: none. */
  alarmDays?: number;
  /** The day the calendar is made: a reminder that would fall before it is not written, or a client
   * that shows missed reminders on import (Outlook does) would pop up every overdue event at once. */
  asOf: IsoDate;
}

/** Midnight UTC of a date: with no calendar time zone, ical-generator writes an all-day date from its
 * UTC fields, so the date comes out as written whatever the machine's zone. */
const utcDay = (iso: IsoDate): Date => new Date(`${iso}T00:00:00Z`);

export function renderIcs(events: CalendarEvent[], o: IcsOptions): string {
  const cal = ical({ name: o.name, prodId: { company: 'plancheck', product: 'plancheck', language: 'ZH' } });
  for (const e of events) {
    const event = cal.createEvent({
      id: e.uid,
      allDay: true,
      start: utcDay(e.start),
      end: utcDay(e.end),
      summary: e.summary,
      description: e.description,
      sequence: e.sequence,
      // DTSTAMP as LAST-MODIFIED: not the clock, so an unchanged event is written byte for byte the same.
      stamp: utcDay(e.lastModified),
      lastModified: utcDay(e.lastModified),
      transparency: ICalEventTransparency.TRANSPARENT,
    });
    if (o.alarmDays === undefined || e.settled || addDaysIso(e.due, -o.alarmDays) < o.asOf) continue;
    const window = e.start !== e.due;
    const alarm = event.createAlarm({ type: ICalAlarmType.display, description: e.summary, triggerBefore: (o.alarmDays + (window ? 1 : 0)) * 86_400 });
    // A window's reminder counts back from its end, the deadline (DTEND is the day after); set on the
    // alarm, as ical-generator does not take relatesTo among the options it is created with.
    if (window) alarm.relatesTo(ICalAlarmRelatesTo.end);
  }
  return cal.toString();
}
