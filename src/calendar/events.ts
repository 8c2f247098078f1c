// The calendar's events as data: one all-day event per dated milestone or occurrence, a window as a
// multi-day event, a `from` obligation on its first day. Pure; ics.ts writes them out.
import { reviewText } from '../messages/review.js';
import { addDaysIso, type IsoDate } from '../dates/calendar.js';
import type { Item } from '../engine/evaluate.js';
import { itemKey } from '../engine/itemKey.js';
import { latestEntry } from '../engine/statusIndex.js';
import { LABELS, type Lang } from '../messages/labels.js';
import { DEADLINE_WORDS } from '../messages/deadlines.js';
import { withTexts, type PlanWithTexts, type Project, type StatusFile, type TaskRef } from '../model.js';
import { dateWriter } from '../dates/writer.js';
import { itemTitle } from '../messages/items.js';
import { unitNames } from '../units.js';
import { planReference } from '../report/reference.js';
import { recordedChanges, revision } from './revision.js';

export interface CalendarEvent {
  /** task.milestone[.occurrence]@plancheck: the same on every run and machine. */
  uid: string;
  start: IsoDate;
  /** The day after the last (iCalendar's DTEND of an all-day event is exclusive). */
  end: IsoDate;
  /** The deadline (a window's last day), which a reminder counts back from. */
  due: IsoDate;
  summary: string;
  description: string;
  sequence: number;
  lastModified: IsoDate;
  settled: boolean;
}

export interface CalendarOptions {
  asOf: IsoDate;
  soonDays: number;
  lang: Lang;
  openOnly: boolean;
}

const SETTLED = new Set<Item['state']>(['done-on-time', 'done-late', 'waived']);

export const eventUid = (i: Pick<Item, 'task' | 'milestone' | 'occurrence'>): string => `${itemKey(i)}@plancheck`;

export function calendarEvents(items: Item[], project: Project<PlanWithTexts>, status: StatusFile, o: CalendarOptions): CalendarEvent[] {
  const L = LABELS[o.lang];
  const W = DEADLINE_WORDS[o.lang];
  const D = dateWriter(o.lang);
  const recorded = recordedChanges(status, project, o.asOf);
  const events: CalendarEvent[] = [];
  for (const i of items) {
    const day = i.deadline ?? (i.kind === 'from' ? i.from : undefined);
    if (!day || (o.openOnly && SETTLED.has(i.state))) continue;
    const start = i.kind === 'window' && i.from && i.from < day ? i.from : day;
    const { task, plan } = withTexts(project.tasks.get(i.task.id) as TaskRef<PlanWithTexts>);
    const changes = recorded(i);
    const rev = revision(i, changes, plan.document.date, o.asOf, o.soonDays);
    const settled = SETTLED.has(i.state);
    const units = unitNames(project, plan.county, i.units);
    // The report that stands (statusIndex.ts): the latest date, on one date the later line.
    const latest = latestEntry(changes.entries);
    const reference = planReference(plan, task, o.lang);
    const occurrence = i.occurrence ? ` ${D.period(i.occurrence)}` : '';
    const state = settled ? `${L.state[i.state]}${i.doneDate ? ` ${D.day(i.doneDate)}` : ''}` : `${L.state[i.state]}${o.lang === 'zh' ? `（${W.since(D.day(rev.lastModified))}）` : ` (${W.since(D.day(rev.lastModified))})`}`;
    const notes = [...(i.extension && i.due ? [L.extended(D.day(i.due))] : []), ...(i.disagree ? [L.disagree] : []), ...(i.beforeIssue ? [L.beforeIssue] : [])];
    const when = i.deadline ? D.day(i.deadline) : L.detail.from(D.day(day));
    const line = (label: string, text: string) => `${label}${L.colon}${text}`;
    // What a person looks for first: when, how it stands, who answers, where the plan says it; the
    // plan's own words after, however long.
    const description = [
      line(L.head.deadline, `${when}${notes.length ? (o.lang === 'zh' ? `（${notes.join('；')}）` : ` (${notes.join('; ')})`) : ''}`),
      line(L.head.state, state),
      // An event changes only with its SEQUENCE: a reported one says since when, not for how long.
      ...(i.review === 'reported' && i.entry ? [line(L.review.head, L.review.reportedOn(D.day(i.entry.date)))] : reviewText(i, L) ? [line(L.review.head, reviewText(i, L) ?? '')] : []),
      ...(latest ? [line(W.reported, `${D.day(latest.date)} ${W.entryState[latest.state]}`)] : []),
      ...(['lead', 'responsible', 'support'] as const).filter((r) => units[r].length).map((r) => line(L.role[r], units[r].join('、'))),
      line(L.head.source, `${plan.title} ${reference}`),
      ...(i.milestone.what && task.milestones.length > 1 ? [line(L.head.milestones, `${i.milestone.what}${occurrence}`)] : occurrence ? [line(L.head.milestones, occurrence.trim())] : []),
      '',
      task.text,
    ].join('\n');
    events.push({
      uid: eventUid(i),
      start,
      end: addDaysIso(day, 1),
      due: day,
      summary: `${settled ? `${W.done} ` : ''}${itemTitle(i)}${occurrence}${o.lang === 'zh' ? `（${reference}）` : ` (${reference})`}`,
      description,
      sequence: rev.sequence,
      lastModified: rev.lastModified,
      settled,
    });
  }
  return events;
}
