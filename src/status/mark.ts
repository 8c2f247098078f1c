// One update from the command line, as status additions: `mark TASK [m2|m1@2021-Q2] STATE` (and
// --measure t1=11.4 for a target's value), `extend TASK [m2] --due …`. Pure: the checks `validate`
// applies run on the result (status/check.ts) before anything is written.
import type { IsoDate } from '../dates/calendar.js';
import { dateArgument } from '../dates/typed.js';
import { UsageError } from '../errors.js';
import type { Entry, Measurement } from '../model.js';
import { RESULTS } from '../ledger/columns.js';
import { parseMilestoneRef, type MilestoneRef } from './ref.js';
import { noAdditions, type Additions } from './writer.js';

const STATES: ReadonlyArray<Entry['state']> = ['done', 'in-progress', 'not-started', 'blocked', 'waived'];

export interface MarkOptions {
  date?: string;
  evidence?: string;
  document?: string;
  link?: string;
  note?: string;
  /** Who reports it: the unit's name (the office's record when left out). */
  by?: string;
  /** target=value, e.g. t1=11.4 or t1=Ⅱ; repeatable. */
  measure?: string[];
}

/** A state as typed: the status file's words, or the ledger's (已完成, 推进中, …). */
function parseState(word: string): { state: Entry['state']; note?: string } | undefined {
  if ((STATES as string[]).includes(word)) return { state: word as Entry['state'] };
  return RESULTS[word];
}

function milestoneArg(text: string): MilestoneRef {
  const ref = parseMilestoneRef(text);
  if (!ref) throw new UsageError((w) => w.markNotRef(text, [...STATES]));
  return ref;
}

/** The milestone and state from the words after the task: [m2] done, or m2 alone with --measure. */
export function parseMarkArgs(words: string[]): { ref?: MilestoneRef; state?: { state: Entry['state']; note?: string } } {
  if (words.length > 2) throw new UsageError((w) => w.markTooMany(words.join(' ')));
  const [first, second] = words;
  if (first === undefined) return {};
  if (second !== undefined) {
    const state = parseState(second);
    if (!state) throw new UsageError((w) => w.markState(second, [...STATES]));
    return { ref: milestoneArg(first), state };
  }
  const state = parseState(first);
  return state ? { state } : { ref: milestoneArg(first) };
}


/** A measured value: a number where it reads as one, else the text (a water class such as Ⅱ). */
function parseMeasure(text: string): { target: string; value: number | string } {
  const m = /^(t\d+)=(.+)$/.exec(text.trim());
  if (!m?.[1] || !m[2]) throw new UsageError((w) => w.markMeasure(text));
  const value = m[2].trim();
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(value)) return { target: m[1], value };
  const n = Number(value);
  // A number the status file cannot hold as written is refused, not stored as infinity or rounded.
  if (!Number.isFinite(n)) throw new UsageError((w) => w.measureTooLarge(m[1] as string, value));
  if (value.replace(/e.*$/i, '').replace(/^[-+]?0*|\./g, '').replace(/0+$/, '').length > 15) throw new UsageError((w) => w.measureDigits(m[1] as string, value));
  return { target: m[1], value: n };
}

export function markAdditions(task: string, words: string[], opts: MarkOptions, today: IsoDate): Additions {
  const { ref, state } = parseMarkArgs(words);
  const measures = (opts.measure ?? []).map(parseMeasure);
  if (!state && measures.length === 0) throw new UsageError((w) => w.markNothing);
  const date = opts.date === undefined ? today : dateArgument('--date', opts.date, today);
  const evidence = { ...(opts.evidence ? { text: opts.evidence } : {}), ...(opts.document ? { document: opts.document } : {}), ...(opts.link ? { link: opts.link } : {}) };
  const note = [state?.note, opts.note].filter(Boolean).join('：');
  const proof = { ...(Object.keys(evidence).length ? { evidence: [evidence] } : {}), ...(note ? { note } : {}) };
  const add = noAdditions();
  if (state) add.entries.push({ task, ...(ref ?? {}), state: state.state, date, ...proof, ...(opts.by ? { by: opts.by } : {}) });
  add.measurements.push(...measures.map((m): Measurement => ({ task, target: m.target, value: m.value, date, ...(state ? {} : proof) })));
  return add;
}

export interface ExtendOptions {
  due: string;
  approvedBy: string;
  reason: string;
}

export function extendAdditions(task: string, milestone: string | undefined, opts: ExtendOptions, today: IsoDate): Additions {
  const ref = milestone === undefined ? undefined : milestoneArg(milestone);
  if (ref?.occurrence) throw new UsageError((w) => w.extendOccurrence);
  const add = noAdditions();
  add.extensions.push({ task, ...(ref ? { milestone: ref.milestone } : {}), due: dateArgument('--due', opts.due, today), approvedBy: opts.approvedBy, reason: opts.reason });
  return add;
}
