// Each quantitative target is met, not met or without data, from its last measured value.
import type { Measurement, Target } from '../model.js';
import { targetKey, type StatusIndex } from './statusIndex.js';

export type TargetState = 'met' | 'not-met' | 'no-data' | 'no-value';

export interface TargetResult {
  owner: string;
  target: Target;
  state: TargetState;
  last?: Measurement;
  /** The figure compared against: the plan's value, or the higher level's figure from the status file. */
  value?: number | string;
}

/** Water-quality classes, best first. */
const CLASSES = ['Ⅰ', 'Ⅱ', 'Ⅲ', 'Ⅳ', 'Ⅴ', '劣Ⅴ'];
const ASCII_CLASSES: Record<string, string> = { I: 'Ⅰ', II: 'Ⅱ', III: 'Ⅲ', IV: 'Ⅳ', V: 'Ⅴ' };

/** Rank of a water class (0 best), or -1 when the value is not one. */
export function classRank(value: number | string): number {
  const s = String(value).trim().replace(/类$/, '').replace(/^劣\s*/, '劣');
  const normal = s.startsWith('劣') ? `劣${ASCII_CLASSES[s.slice(1).toUpperCase()] ?? s.slice(1)}` : ASCII_CLASSES[s.toUpperCase()] ?? s;
  return CLASSES.indexOf(normal);
}

/** A target whose text another target of the same task or goal shares (one sentence, two figures: 满意度和参与度不小于80%): named with its metric too. */
export const sharesText = (t: TargetResult, all: readonly TargetResult[]): boolean =>
  all.some((o) => o !== t && o.owner === t.owner && o.target.text === t.target.text);

export function evaluateTarget(owner: string, target: Target, status: StatusIndex): TargetResult {
  const measured = status.measurements.get(targetKey(owner, target.id)) ?? [];
  const last = measured[measured.length - 1];
  const value = target.value ?? last?.setValue;
  if (!last) return { owner, target, state: 'no-data', ...(value !== undefined ? { value } : {}) };
  if (value === undefined) return { owner, target, state: 'no-value', last };
  return { owner, target, state: meets(target.comparison, last.value, value) ? 'met' : 'not-met', last, value };
}

function meets(comparison: Target['comparison'], measured: number | string, goal: number | string): boolean {
  if (comparison === 'class-or-better') {
    const m = classRank(measured);
    const g = classRank(goal);
    return m >= 0 && g >= 0 && m <= g;
  }
  const m = Number(measured);
  const g = Number(goal);
  switch (comparison) {
    case 'lte': return m <= g;
    case 'lt': return m < g;
    case 'gte': return m >= g;
    case 'gt': return m > g;
    case 'eq': return m === g;
  }
}

