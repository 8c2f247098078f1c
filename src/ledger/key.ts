// The hidden key of a ledger row: which county, plan (by id and document number), task, milestone and
// occurrence the row is. Rows are matched back by it whatever a unit does to their order, and a ledger
// of another county or plan set is told apart by it.
import { formatMilestoneRef, parseMilestoneRef, type MilestoneRef } from '../status/ref.js';

const PREFIX = 'plancheck:1';

export interface RowKey extends MilestoneRef {
  county: string;
  plan: string;
  document: string;
  task: string;
}

export const formatKey = (k: RowKey): string => [PREFIX, k.county, k.plan, k.document, k.task, formatMilestoneRef(k)].join('|');

export function parseKey(text: string): RowKey | undefined {
  const [prefix, county, plan, document, task, ref, ...rest] = text.trim().split('|');
  const milestone = ref === undefined ? undefined : parseMilestoneRef(ref);
  if (prefix !== PREFIX || !county || !plan || !document || !task || !milestone || rest.length) return undefined;
  return { county, plan, document, task, ...milestone };
}
