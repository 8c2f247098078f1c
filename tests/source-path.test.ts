// A task's place in its notice, as show prints it (出处：四、保障措施 › （一）加强组织领导) and as the circular,
// the ledger and the messages cite it (四（一）): each heading and number once. A 保障措施 sub-section whose
// heading stands on a line of its own is encoded (docs/ENCODING.md) with the heading as its last section
// and its number as its item: the number is not printed after its own heading.
import { beforeAll, describe, expect, it } from 'vitest';
import { showCommand } from '../src/commands/show.js';
import { prepare, type Context } from '../src/context.js';
import { withTexts, type PlanWithTexts } from '../src/model.js';
import { planReference, taskReference } from '../src/report/reference.js';
import { ROOT } from './helpers/cli.js';

/** Wide enough that the source line is one line. */
const WIDE = { width: 5000, wrap: false };
let ctx: Context<PlanWithTexts>;
beforeAll(async () => {
  ctx = await prepare({ asOf: '2021-06-15', lang: 'zh' }, { cwd: ROOT, now: Date.parse('2021-12-31T00:00:00Z'), color: false }, { texts: true });
});

/** The number a heading or an item opens with, brackets full-width: 四, （一）, 8. */
const numberOf = (part: string): string | undefined => /^([一二三四五六七八九十]+)、|^([（(][一二三四五六七八九十\d]+[）)])|^(\d+)$/.exec(part)?.slice(1).find(Boolean)?.replace('(', '（').replace(')', '）');

describe('a task’s source path names each heading once', () => {
  it('the shipped plans have 保障措施 sub-sections encoded with their heading as a section', () => {
    const { task } = withTexts(ctx.project.tasks.get('QS21-WATER-S1')!);
    expect(task.source.body).toMatchObject({ section: ['四、保障措施', '（一）加强组织领导'], item: '（一）' });
  });

  it('show prints no number after the heading it opens', () => {
    const repeated = [...ctx.project.tasks.values()].flatMap((ref) => {
      const line = showCommand(ctx, ref.task.id, WIDE).stdout.split('\n').find((l) => l.startsWith('出处：'));
      const parts = line?.slice('出处：'.length).split(' › ') ?? [];
      return parts.slice(1).some((p, k) => numberOf(p) !== undefined && numberOf(p) === numberOf(parts[k]!)) ? [line] : [];
    });
    expect(repeated).toEqual([]);
    expect(showCommand(ctx, 'QS21-WATER-S1', WIDE).stdout).toContain('出处：四、保障措施 › （一）加强组织领导\n');
    expect(showCommand(ctx, 'PX23-AIR-S1', WIDE).stdout).toContain('出处：四、保障措施 › （一）\n');
  });

  it('the circular’s reference numbers the sub-section once', () => {
    for (const ref of ctx.project.tasks.values()) {
      const { task, plan } = withTexts(ref);
      const t = taskReference(task, plan);
      if (t.item) expect(t.sections.at(-1), task.id).not.toBe(t.item);
    }
    const { task, plan } = withTexts(ctx.project.tasks.get('QS21-WATER-S1')!);
    expect(planReference(plan, task, 'zh')).toBe('沁政办发〔2021〕19号 四、（一）');
  });
});
