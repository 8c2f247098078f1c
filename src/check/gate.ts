// The CI gate: which milestones are findings, of what severity, and which of them fail the run. Pure.
import type { Item } from '../engine/evaluate.js';
import type { Code, Finding, Position, Severity } from '../findings.js';

export interface GateOptions {
  /** Hard deadlines passed (beyond the grace) fail. */
  failOverdue: boolean;
  /** Soft (力争) deadlines missed fail too. */
  failSoft: boolean;
  /** Due within this many days (--soon) warns; with failDueSoon it fails. */
  warnDays: number;
  failDueSoon: boolean;
  /** Days a deadline may pass before it fails. */
  graceDays: number;
}

export interface GateFinding {
  code: Extract<Code, 'TASK_OVERDUE' | 'TASK_SOFT_MISSED' | 'TASK_DUE_SOON'>;
  severity: Severity;
  fails: boolean;
  item: Item;
  /** The task's line in its plan file. */
  at: Position;
}

export interface GateResult {
  /** Every milestone with a deadline that was checked. */
  checked: Item[];
  findings: GateFinding[];
  failed: boolean;
}

export const DEFAULT_GATE: GateOptions = { failOverdue: true, failSoft: false, warnDays: 7, failDueSoon: false, graceDays: 0 };

/** Parses --fail-on overdue,soft,due-soon into gate options; returns the part not understood. */
export function parseFailOn(spec: string): Partial<GateOptions> | string {
  const out: Partial<GateOptions> = { failOverdue: false };
  for (const part of spec.split(',').map((s) => s.trim()).filter(Boolean)) {
    if (part === 'overdue') out.failOverdue = true;
    else if (part === 'soft') out.failSoft = true;
    else if (part === 'due-soon') out.failDueSoon = true;
    else return part;
  }
  return out;
}

export function runGate(items: Item[], locate: (item: Item) => Position, options: GateOptions): GateResult {
  const checked = items.filter((i) => i.deadline !== undefined);
  const findings: GateFinding[] = [];
  for (const item of checked) {
    if (item.state === 'overdue') {
      const fails = options.failOverdue && (item.days ?? 0) > options.graceDays;
      findings.push({ code: 'TASK_OVERDUE', severity: fails ? 'error' : 'warning', fails, item, at: locate(item) });
    } else if (item.state === 'soft-missed') {
      findings.push({ code: 'TASK_SOFT_MISSED', severity: options.failSoft ? 'error' : 'warning', fails: options.failSoft, item, at: locate(item) });
    } else if ((item.state === 'due-soon' || item.state === 'upcoming' || item.state === 'in-force') && item.days !== undefined && item.days <= options.warnDays) {
      findings.push({ code: 'TASK_DUE_SOON', severity: options.failDueSoon ? 'error' : 'warning', fails: options.failDueSoon, item, at: locate(item) });
    }
  }
  return { checked, findings, failed: findings.some((f) => f.fails) };
}

/** A gate finding as a general finding, so its wording comes from messages/ like every other. */
export const asFinding = (g: GateFinding, label: string): Finding => ({
  code: g.code,
  severity: g.severity,
  at: g.at,
  args: { subject: label, actual: String(g.item.days ?? 0), expected: g.item.deadline ?? '' },
});
