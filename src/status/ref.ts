// A milestone as a user names it on the command line and a ledger row names it: m2, or m1@2021-Q2 (or
// @2021-06, @2021-B3, @2021) for one occurrence of a recurring milestone.
export interface MilestoneRef {
  milestone: string;
  occurrence?: string;
}

const REF = /^(m\d+)(?:@(\d{4}(?:-(?:0[1-9]|1[0-2]|B[1-6]|Q[1-4]))?))?$/;

export const formatMilestoneRef = ({ milestone, occurrence }: MilestoneRef): string => (occurrence ? `${milestone}@${occurrence}` : milestone);

export function parseMilestoneRef(text: string): MilestoneRef | undefined {
  const m = REF.exec(text.trim());
  if (!m?.[1]) return undefined;
  return { milestone: m[1], ...(m[2] ? { occurrence: m[2] } : {}) };
}
