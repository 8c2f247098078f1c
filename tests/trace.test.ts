// trace's verbatim check: a text stands in its notice whole, not by its start.
import { beforeAll, describe, expect, it } from 'vitest';
import { prepare, type Context } from '../src/context.js';
import type { PlanWithTexts } from '../src/model.js';
import { checkTrace } from '../src/trace/checkTrace.js';
import { ROOT } from './helpers/cli.js';

let ctx: Context<PlanWithTexts>;
beforeAll(async () => {
  ctx = await prepare({ county: 'qinshui' }, { cwd: ROOT, now: Date.UTC(2021, 6, 1), color: false }, { trace: true });
}, 60_000);

const changedAt = (text: string, n: number): string => `${text.slice(0, n)}${text[n] === '甲' ? '乙' : '甲'}${text.slice(n + 1)}`;

describe('trace', () => {
  it('the shipped Qinshui plans stand in their notices', () => {
    expect(checkTrace(ctx.project, ctx.sources?.[0]?.sources ?? new Map()).filter((f) => f.code === 'TEXT_NOT_IN_SOURCE')).toEqual([]);
  });

  it.each([0, 20, 21, 'middle', 'last'] as const)('a text that differs at one character (%s) is TEXT_NOT_IN_SOURCE', (where) => {
    const loaded = ctx.project.plans.find((p) => p.plan.id === 'qinshui-2021-air') as PlanWithTexts;
    const task = loaded.full.tasks.find((t) => t.id === 'QS21-AIR-08');
    if (!task) throw new Error('QS21-AIR-08 not found');
    const original = task.text;
    const n = where === 'middle' ? Math.floor(original.length / 2) : where === 'last' ? original.length - 1 : where;
    expect(original.length).toBeGreaterThan(100);
    task.text = changedAt(original, n);
    try {
      const found = checkTrace(ctx.project, ctx.sources?.[0]?.sources ?? new Map()).filter((f) => f.code === 'TEXT_NOT_IN_SOURCE');
      expect(found.map((f) => f.args.subject)).toEqual([`tasks.${loaded.full.tasks.indexOf(task)}.text`]);
    } finally {
      task.text = original;
    }
  });
});
