// The chat message as data, platform-neutral: a title, a line under it and sections of lines, each task
// line led by its id (a link where the office set a base URL). The platform adapters turn it into
// their own markup.
import type { Item } from '../engine/evaluate.js';
import { LABELS, type Lang } from '../messages/labels.js';
import { DEADLINE_WORDS } from '../messages/deadlines.js';
import { withTexts, type PlanWithTexts, type Project, type TaskRef } from '../model.js';
import { itemTitle } from '../messages/items.js';
import { planReference } from '../report/reference.js';
import type { UnitReporting } from '../report/reporting.js';
import { answering, answeringNames, shortUnits } from '../units.js';
import { makeDigest, type Announced, type Digest } from './digest.js';

export interface ChatLine {
  /** The task id, printed first (and linked). */
  id?: string;
  href?: string;
  text: string;
}

export interface ChatSection {
  heading: string;
  lines: ChatLine[];
}

export interface ChatMessage {
  title: string;
  subtitle: string;
  sections: ChatSection[];
  /** The milestones the message speaks for: once it is delivered, they are announced (--since-last). */
  covers?: Item[];
}

export interface ComposeOptions {
  lang: Lang;
  /** Where a task's page is: the id is appended, or replaces {id}. */
  baseUrl?: string;
  perUnit: boolean;
  withinDays: number;
  announced: Announced;
}

export function taskLink(baseUrl: string, id: string): string {
  return baseUrl.includes('{id}') ? baseUrl.replaceAll('{id}', encodeURIComponent(id)) : `${baseUrl.replace(/\/+$/, '')}/${encodeURIComponent(id)}`;
}

function itemLine(i: Item, project: Project<PlanWithTexts>, o: ComposeOptions): ChatLine {
  const L = LABELS[o.lang];
  const W = DEADLINE_WORDS[o.lang];
  const { task, plan } = withTexts(project.tasks.get(i.task.id) as TaskRef<PlanWithTexts>);
  const [comma, sep, open, close] = o.lang === 'zh' ? ['，', '；', '（', '）'] : [', ', '; ', ' (', ')'];
  const when = i.state === 'overdue' ? `${W.dueOn(i.deadline ?? '')}${comma}${W.late(i.days ?? 0)}` : W.dueOn(i.deadline ?? '');
  const extended = i.extension && i.due ? `${open}${L.extended(i.due)}${close}` : '';
  const occurrence = i.occurrence ? ` ${i.occurrence}` : '';
  const units = shortUnits(answeringNames(project, plan.county, i.units), L);
  return {
    id: i.task.id,
    ...(o.baseUrl ? { href: taskLink(o.baseUrl, i.task.id) } : {}),
    // Sent back by the office: open again, and the unit is told why.
    text: `${itemTitle(i)}${occurrence}${open}${planReference(plan, task, o.lang)}${close}${sep}${when}${extended}${sep}${units}${i.review === 'sent-back' && i.verdict ? `${sep}${L.review.sentBack(i.verdict.date, i.verdict.reason ?? '')}` : ''}`,
  };
}

function message(d: Digest, project: Project<PlanWithTexts>, o: ComposeOptions, forUnit?: string): ChatMessage | undefined {
  if (d.newlyOverdue.length === 0 && d.dueSoon.length === 0) return undefined;
  const W = DEADLINE_WORDS[o.lang];
  const sections: ChatSection[] = [];
  const lines = (items: Item[]) => items.map((i) => itemLine(i, project, o));
  if (d.newlyOverdue.length) sections.push({ heading: W.newlyOverdue(d.newlyOverdue.length), lines: lines(d.newlyOverdue) });
  if (d.stillOverdue.length) sections.push({ heading: W.stillOverdue(d.stillOverdue.length), lines: [] });
  if (d.dueSoon.length) sections.push({ heading: W.dueWithin(d.withinDays, d.dueSoon.length), lines: lines(d.dueSoon) });
  if (!forUnit && d.units.length) {
    const name = (county: string, unit: string) => project.counties.get(county)?.units.get(unit)?.name ?? unit;
    sections.push({ heading: W.perUnit, lines: d.units.map((u) => ({ text: W.unitLine(name(u.county, u.unit), u.overdue, u.due) })) });
  }
  return { title: `${W.title}${forUnit ? ` · ${W.forUnit(forUnit)}` : ''}`, subtitle: W.asOf(d.asOf), sections };
}

/** One message for the run, or one per answering unit with --per-unit; none where there is no news. */
/** The reporting reminder: the units that answer for open milestones and have not reported this month. */
export function reminderMessage(units: readonly UnitReporting[], deadline: string, lang: Lang): ChatMessage | undefined {
  const W = DEADLINE_WORDS[lang];
  if (units.length === 0) return undefined;
  return {
    title: W.reminderTitle,
    subtitle: W.reminderSubtitle(deadline),
    sections: [{ heading: W.notReported(units.length), lines: units.map((u) => ({ text: W.reminderLine(u.unit, u.open) })) }],
  };
}

export function composeMessages(items: Item[], project: Project<PlanWithTexts>, asOf: string, o: ComposeOptions): ChatMessage[] {
  const digest = (list: Item[]) => makeDigest(list, { asOf, withinDays: o.withinDays, announced: o.announced });
  const covering = (m: ChatMessage | undefined, list: Item[]): ChatMessage[] => (m ? [{ ...m, covers: list }] : []);
  if (!o.perUnit) return covering(message(digest(items), project, o), items);
  const whole = digest(items);
  return whole.units.flatMap((u) => {
    const mine = items.filter((i) => i.plan.county === u.county && answering(i.units).answer.includes(u.unit));
    const name = project.counties.get(u.county)?.units.get(u.unit)?.name ?? u.unit;
    return covering(message(digest(mine), project, o, name), mine);
  });
}
