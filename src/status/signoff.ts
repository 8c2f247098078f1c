// The office's verdicts from the command line (办结销号): `signoff TASK [m2|m1@2021-Q2] --date D` strikes
// a reported completion off, `reject TASK [m2] --reason …` sends it back (the milestone is open again).
// Pure: the additions are checked as validate checks a status file (status/check.ts); vetVerdict, under
// the status file's lock, refuses a verdict on what no unit reported or the office already judged.
import type { IsoDate } from '../dates/calendar.js';
import { dateArgument } from '../dates/typed.js';
import { entryMilestone, review, type StatusIndex } from '../engine/statusIndex.js';
import { UsageError } from '../errors.js';
import type { Entry, Project, Verdict } from '../model.js';
import { formatMilestoneRef, parseMilestoneRef, type MilestoneRef } from './ref.js';
import { noAdditions, type Additions } from './writer.js';

export interface SignoffOptions {
  date?: string;
  note?: string;
  evidence?: string;
  document?: string;
  link?: string;
}

export interface RejectOptions {
  date?: string;
  reason: string;
  note?: string;
}

function milestoneRef(text: string | undefined): MilestoneRef | undefined {
  if (text === undefined) return undefined;
  const ref = parseMilestoneRef(text);
  if (!ref) throw new UsageError((w) => w.notMilestone(text));
  return ref;
}

function verdictAdditions(task: string, milestone: string | undefined, verdict: Omit<Verdict, 'task' | 'by' | 'date'>, date: string | undefined, today: IsoDate): Additions {
  const add = noAdditions();
  add.verdicts.push({ task, ...(milestoneRef(milestone) ?? {}), ...verdict, date: date === undefined ? today : dateArgument('--date', date, today), by: 'office' });
  return add;
}

export function signoffAdditions(task: string, milestone: string | undefined, opts: SignoffOptions, today: IsoDate): Additions {
  const evidence = { ...(opts.evidence ? { text: opts.evidence } : {}), ...(opts.document ? { document: opts.document } : {}), ...(opts.link ? { link: opts.link } : {}) };
  return verdictAdditions(task, milestone, { verdict: 'signed-off', ...(Object.keys(evidence).length ? { evidence: [evidence] } : {}), ...(opts.note ? { note: opts.note } : {}) }, opts.date, today);
}

export const rejectAdditions = (task: string, milestone: string | undefined, opts: RejectOptions, today: IsoDate): Additions =>
  verdictAdditions(task, milestone, { verdict: 'sent-back', reason: opts.reason, ...(opts.note ? { note: opts.note } : {}) }, opts.date, today);

/** Proof the office can check: a document number or a link (a description alone is not). */
export const hasProof = (e: Pick<Entry, 'evidence'> | undefined): boolean => (e?.evidence ?? []).some((x) => Boolean(x.document || x.link));

/** What a verdict meets: the milestone it names, the report that stands on it, and where that report
 * stands with the office; in a status file indexed once for all the verdicts checked against it. */
function meets(index: StatusIndex, project: Project, verdict: Verdict) {
  const milestone = entryMilestone(project, verdict.task, verdict.milestone);
  if (!milestone) return undefined;
  const entry = index.latest(verdict.task, milestone, verdict.occurrence);
  return { milestone, entry, standing: review(entry, index.verdict(verdict.task, milestone, verdict.occurrence)) };
}

/** The same verdict already stands on the milestone (an office's copy imported again). */
export const alreadyGiven = (index: StatusIndex, project: Project, verdict: Verdict): boolean => meets(index, project, verdict)?.standing?.review === verdict.verdict;

/** A verdict meets a completion a unit reported and the office has not judged since, dated on or after
 * the report; with proof required, a sign-off carries proof or meets a report that does. */
export function vetVerdict(index: StatusIndex, project: Project, verdict: Verdict, proofRequired: boolean): void {
  const met = meets(index, project, verdict);
  // A task of several milestones named without one: checkAdditions has said so already.
  if (!met) return;
  const { milestone, entry, standing } = met;
  const ref = `${verdict.task} ${formatMilestoneRef({ milestone, ...(verdict.occurrence ? { occurrence: verdict.occurrence } : {}) })}`;
  if (!entry || !standing) throw new UsageError((w) => w.nothingReported(ref));
  if (standing.verdict) {
    const { verdict: given, date } = standing.verdict;
    throw new UsageError((w) => w.alreadyJudged(ref, given, date));
  }
  if (verdict.date < entry.date) throw new UsageError((w) => w.verdictBeforeReport(ref, verdict.date, entry.date));
  if (proofRequired && verdict.verdict === 'signed-off' && !hasProof(verdict) && !hasProof(entry)) throw new UsageError((w) => w.proofRequired(ref));
}
