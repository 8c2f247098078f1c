// Who answers for a milestone: one rule (src/units.ts), and every view that names or counts units (the
// --unit filter, notify's counts and per-unit messages, the circular, the ledger, summary --by unit,
// the calendar) agrees with it, for every milestone of the shipped plans.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { calendarEvents } from '../src/calendar/events.js';
import { showCommand } from '../src/commands/show.js';
import { summarize } from '../src/commands/summary.js';
import { selectedItems } from '../src/commands/views.js';
import { prepare, type Context } from '../src/context.js';
import type { Item } from '../src/engine/evaluate.js';
import { ledgerSheet } from '../src/ledger/sheet.js';
import { LABELS } from '../src/messages/labels.js';
import { withTexts, type PlanWithTexts, type TaskRef } from '../src/model.js';
import { makeDigest } from '../src/notify/digest.js';
import { composeMessages } from '../src/notify/message.js';
import { unitReporting } from '../src/report/monthly.js';
import { matchesUnit } from '../src/select.js';
import { answering, answeringNames } from '../src/units.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const AS_OF = '2023-12-31';

let ctx: Context<PlanWithTexts>;
/** One item per milestone (a recurring one's first occurrence), every plan issued by AS_OF. */
let items: Item[];
beforeAll(async () => {
  ctx = await prepare({ plans: path.join(ROOT, 'plans'), asOf: AS_OF, lang: 'zh' }, { cwd: ROOT, now: Date.UTC(2024, 0, 1), color: false }, { texts: true });
  const seen = new Set<string>();
  items = selectedItems(ctx).filter((i) => {
    const key = `${i.task.id}.${i.milestone.id}`;
    return !seen.has(key) && Boolean(seen.add(key));
  });
}, 60_000);

const sorted = (list: Iterable<string>): string[] => [...new Set(list)].sort();
const fullOf = (i: Item) => {
  const { task } = withTexts(ctx.project.tasks.get(i.task.id) as TaskRef<PlanWithTexts>);
  return { task, milestone: task.milestones.find((m) => m.id === i.milestone.id) };
};

describe('a unit named by the body or the annex answers for a milestone both state', () => {
  it('QS21-AIR-08 m1 (annex: the ecology branch leads) is 县能源局\'s too, as the body names it', () => {
    const i = items.find((x) => x.task.id === 'QS21-AIR-08' && x.milestone.id === 'm1') as Item;
    expect(i.units.lead).toEqual(['eco-branch']);
    expect(sorted(i.units.responsible ?? [])).toEqual(['energy', 'industry', 'townships-concerned']);
  });

  it('every unit either source names, for every milestone stated by both', () => {
    let both = 0;
    for (const i of items) {
      const { task, milestone } = fullOf(i);
      if (!milestone?.units) continue;
      const sources = new Set(milestone.statements.map((s) => s.source));
      const named = sorted([...Object.values(task.units).flat(), ...Object.values(milestone.units).flat()]);
      const a = answering(i.units);
      if (sources.has('body') && sources.has('annex')) {
        both++;
        expect(sorted([...a.answer, ...a.support]), `${i.task.id} ${i.milestone.id}`).toEqual(named);
        expect(a.answer, `${i.task.id} ${i.milestone.id}: the annex's lead`).toEqual(expect.arrayContaining(milestone.units.lead ?? []));
      } else {
        expect(sorted([...a.answer, ...a.support]), `${i.task.id} ${i.milestone.id}: the annex row's own`).toEqual(sorted(Object.values(milestone.units).flat()));
      }
    }
    expect(both).toBeGreaterThanOrEqual(31);
  });
});

describe('show', () => {
  it('names who answers for a milestone with units of its own, under its statements', () => {
    const text = showCommand(ctx, 'QS21-AIR-08', { width: 200, wrap: false }).stdout;
    const m1 = text.slice(text.indexOf('  m1 '), text.indexOf('  m2 '));
    expect(m1).toContain('牵头：市生态环境局沁水分局 · 责任：县能源局、县工信局、各有关乡（镇）人民政府');
  });
});

describe('every view agrees who answers, for every milestone of the shipped plans', () => {
  it('the --unit filter, notify, the circular, the ledger, summary and the calendar', () => {
    const L = LABELS.zh;
    const answerRoles = [`${L.role.lead}${L.colon}`, `${L.role.responsible}${L.colon}`];
    const status = ctx.status.status;
    expect(items.length).toBeGreaterThan(500);
    for (const i of items) {
      const label = `${i.task.id} ${i.milestone.id}`;
      const county = i.plan.county;
      const ids = sorted(answering(i.units).answer);
      const names = answeringNames(ctx.project, county, i.units).answer;
      const overdue: Item = { ...i, state: 'overdue', deadline: i.deadline ?? AS_OF, doneDate: undefined, from: undefined, occurrence: undefined };

      // --unit X --lead-only matches exactly the units that answer.
      const registry = [...(ctx.project.counties.get(county)?.units.keys() ?? [])];
      const matched = registry.filter((u) => matchesUnit(i.units, county, { units: new Map([[county, new Set([u])]]), leadOnly: true }));
      expect(sorted(matched), `${label}: --unit --lead-only`).toEqual(ids);

      // notify: the per-unit counts, and one message per answering unit.
      const digest = makeDigest([overdue], { asOf: AS_OF, withinDays: 0, announced: {} });
      expect(sorted(digest.units.map((u) => u.unit)), `${label}: notify counts`).toEqual(ids);
      const messages = composeMessages([overdue], ctx.project, AS_OF, { lang: 'zh', perUnit: true, withinDays: 0, announced: {} });
      expect(messages.length, `${label}: notify --per-unit`).toBe(ids.length);

      // the circular: who reports for it.
      const month = AS_OF.slice(0, 7);
      expect(sorted(unitReporting(ctx.project, [overdue], [], month, 5, false).map((r) => r.unit)), `${label}: circular`).toEqual(sorted(names));

      // the ledger's 责任单位 column.
      const sheet = ledgerSheet(ctx.project, [i], { asOf: AS_OF, lights: {}, countyName: county });
      expect(sorted(String(sheet.rows[0]?.cells.lead ?? '').split('、').filter(Boolean)), `${label}: ledger`).toEqual(sorted(names));

      // summary --by unit.
      expect(sorted(summarize(ctx, [i], 'unit').keys()), `${label}: summary`).toEqual(sorted(names));

      // the calendar's event: its lead and responsible lines.
      const [event] = calendarEvents([overdue], ctx.project, status, { asOf: AS_OF, soonDays: 14, lang: 'zh', openOnly: false });
      const lines = (event?.description ?? '').split('\n').filter((l) => answerRoles.some((r) => l.startsWith(r)));
      expect(sorted(lines.flatMap((l) => l.slice(l.indexOf(L.colon) + L.colon.length).split('、'))), `${label}: calendar`).toEqual(sorted(names));
    }
  }, 120_000);
});

describe('domain modules', () => {
  it('the circular, the ledger, the calendar and notify take names and words from the model and messages/, not from render/', () => {
    const src = path.join(ROOT, 'src');
    for (const dir of ['report', 'ledger', 'calendar', 'notify']) {
      for (const file of readdirSync(path.join(src, dir), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'))) {
        const text = readFileSync(path.join(src, dir, file), 'utf8');
        expect([...text.matchAll(/from '([^']+)'/g)].map((m) => m[1]).filter((p) => /(^|\/)render\//.test(p ?? '')), `${dir}/${file}`).toEqual([]);
      }
    }
  });
});
