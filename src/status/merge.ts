// How reports brought in (a ledger's rows) meet the status file: the same report again adds nothing; a
// later one is appended (the latest wins); one that a later or same-day entry already contradicts is a
// conflict, reported and never written over it. Pure.
import { entryMilestone, latestEntry } from '../engine/statusIndex.js';
import type { Entry, Project } from '../model.js';
import type { RowEntry } from './fromLedger.js';

export type Outcome =
  | { kind: 'new' }
  | { kind: 'change'; before: Entry }
  | { kind: 'same'; before: Entry }
  | { kind: 'conflict'; later: Entry };

export interface Merged extends RowEntry {
  outcome: Outcome;
}

const evidenceText = (e: Entry): string => (e.evidence ?? []).map((x) => [x.text ?? '', x.document ?? '', x.link ?? ''].join('\u0001')).join('\u0002');
const sameReport = (a: Entry, b: Entry): boolean => a.state === b.state && (a.note ?? '') === (b.note ?? '') && evidenceText(a) === evidenceText(b);

export function mergeEntries(candidates: RowEntry[], existing: Entry[], project: Project): Merged[] {
  const known = [...existing];
  const keyOf = (e: Entry) => `${e.task}|${entryMilestone(project, e.task, e.milestone) ?? ''}|${e.occurrence ?? ''}`;
  return candidates.map((c) => {
    const key = keyOf(c.entry);
    const mine = known.filter((e) => keyOf(e) === key);
    const same = mine.find((e) => sameReport(e, c.entry) && (!c.dated || e.date === c.entry.date));
    const later = latestEntry(mine.filter((e) => e.date >= c.entry.date));
    const latest = latestEntry(mine);
    const outcome: Outcome = same ? { kind: 'same', before: same } : later ? { kind: 'conflict', later } : latest ? { kind: 'change', before: latest } : { kind: 'new' };
    if (outcome.kind === 'new' || outcome.kind === 'change') known.push(c.entry);
    return { ...c, outcome };
  });
}
