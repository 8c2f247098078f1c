// The corrections of issue 17 ("one reading for one sentence"), pinned on the shipped plans: each
// misreading fixed, and each rule of docs/ENCODING.md held in every plan where its phrase occurs.
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { Plan, Statement, Task } from '../src/model.js';
import type { UnitRegistry } from '../src/generated/units.js';
import { ROOT } from './helpers/cli.js';

const counties = fs.readdirSync(path.join(ROOT, 'plans'));
const read = (county: string, file: string) => parse(fs.readFileSync(path.join(ROOT, 'plans', county, file), 'utf8'));
const plans: Plan[] = counties.flatMap((c) => fs.readdirSync(path.join(ROOT, 'plans', c)).filter((f) => f !== 'units.yaml').map((f) => read(c, f) as Plan));
const registries: UnitRegistry[] = counties.map((c) => read(c, 'units.yaml') as UnitRegistry);
const tasks = new Map(plans.flatMap((p) => p.tasks.map((t) => [t.id, t] as const)));
const get = (id: string): Task => {
  const t = tasks.get(id);
  if (!t) throw new Error(`no task ${id}`);
  return t;
};
const body = (t: Task): Statement[] => t.milestones.flatMap((m) => m.statements.filter((s) => s.source === 'body'));
const milestone = (id: string, m: string) => get(id).milestones.find((x) => x.id === m);

describe('misreadings corrected', () => {
  it('YC21-AIR-07 m2: 力争达到70% is a soft date, as its target', () => {
    expect(milestone('YC21-AIR-07', 'm2')?.statements).toEqual([{ source: 'body', phrase: '2021年农村地区清洁取暖覆盖率力争达到70%以上', kind: 'soft', due: '2021-12-31' }]);
  });

  it('QS20-ECO-23 m1: 逐年提高 is a direction, no date (and 持续下降 in QS20-ECO-15/16 alike)', () => {
    for (const [id, phrase] of [['QS20-ECO-23', '逐年提高'], ['QS20-ECO-15', '持续下降'], ['QS20-ECO-16', '持续下降']] as const) {
      const [s] = milestone(id, 'm1')?.statements ?? [];
      expect(s, id).toMatchObject({ source: 'body', phrase, kind: 'unspecified' });
      expect(s?.every ?? s?.due, id).toBeUndefined();
    }
  });

  it('LC22-SOIL-16 m1: the whole phrase 每年8月底, due 31 August of the plan year', () => {
    expect(milestone('LC22-SOIL-16', 'm1')?.statements).toEqual([{ source: 'body', phrase: '每年8月底', kind: 'by', due: '2022-08-31' }]);
  });
});

describe('the same sentence, one reading', () => {
  it('避开7-9月 is no milestone: no window in QS21-AIR-23 or YC21-AIR-23 (m3 of QS21-AIR-23 left unused)', () => {
    for (const id of ['QS21-AIR-23', 'YC21-AIR-23']) {
      expect(get(id).milestones.flatMap((m) => m.statements).filter((s) => s.kind === 'window' || /7-9/.test(s.phrase ?? '')), id).toEqual([]);
    }
    expect(get('QS21-AIR-23').milestones.map((m) => m.id)).toEqual(['m1', 'm2', 'm4', 'm5']);
  });

  it.each([
    ['QS21-AIR-12', '持续加大'], ['YC21-AIR-12', '持续加大'], ['QS21-AIR-13', '持续推进'], ['YC21-AIR-13', '持续推进'],
    ['QS21-SOIL-04-1', '持续推进'], ['YC21-SOIL-04-1', '持续推进'], ['QS21-SOIL-12-4', '持续推进'], ['YC21-SOIL-12-2', '持续推进'],
    ['QS21-WATER-2-05', '持续推进'], ['YC21-WATER-2-05-1', '持续推进'], ['LC22-SOIL-04', '持续开展'], ['LC22-WATER-10', '持续开展'],
    ['LC22-WATER-22', '持续推动'], ['LC22-AIR-17', '持续巩固'], ['QS21-AIR-S5', '常态化开展'], ['YC21-AIR-S5', '常态化开展'],
  ])('%s: the body reads %s as ongoing', (id, phrase) => {
    expect(body(get(id)).filter((s) => s.phrase === phrase && s.kind === 'ongoing')).toHaveLength(1);
  });

  it('月调度月通报 / 月通报 recur every month wherever they stand', () => {
    for (const id of ['QS21-AIR-S1', 'YC21-AIR-S1', 'PX23-WATER-11']) {
      expect(body(get(id)).filter((s) => /月通报/.test(s.phrase ?? '')), id).toEqual([expect.objectContaining({ kind: 'recurring', every: 'month' })]);
    }
  });

  it('annex rows join a body item only when they restate it', () => {
    const rows = (id: string) => (get(id).source.annex ?? []).map((r) => r.row);
    expect(rows('QS21-AIR-18')).toEqual(['24', '25', '26', '27', '28']);
    expect(get('QS21-AIR-18').targets ?? []).toEqual([]);
    for (const id of ['QS21-AIR-A1-29', 'YC21-AIR-A1-29']) {
      expect(get(id).source.body, id).toBeUndefined();
      expect(rows(id), id).toEqual(['29']);
      expect(get(id).targets?.[0], id).toMatchObject({ comparison: 'lt', value: 9 });
    }
    expect(rows('LC22-AIR-15')).toEqual(['16', '17']);
    expect(get('LC22-AIR-15').milestones.map((m) => m.id)).toEqual(['m1', 'm2']);
    expect(rows('LC22-AIR-A1-18')).toEqual(['18']);
    expect(rows('LC22-AIR-A1-19')).toEqual(['19']);
    expect(milestone('LC22-AIR-A1-19', 'm1')?.statements[0]).toMatchObject({ kind: 'by', due: '2022-10-31' });
    // Row 13 restates item 11 in its own words, narrowed to the county town: it stays.
    expect(rows('LC22-AIR-11')).toEqual(['12', '13']);
  });

  it('every annex date the body does not state alike is a recorded disagreement, in every plan (长期坚持 too)', () => {
    const sig = (s: Statement) => [s.kind, s.due, s.from, s.every].join('|');
    const missing: string[] = [];
    for (const t of tasks.values()) {
      if (!t.source.body) continue;
      const recorded = new Set((t.disagreements ?? []).filter((d) => d.field === 'date').map((d) => d.row));
      for (const m of t.milestones) {
        const stated = m.statements.filter((s) => s.source === 'body' && s.phrase);
        for (const s of m.statements.filter((x) => x.source === 'annex')) {
          const agrees = stated.length > 0 && stated.every((b) => sig(b) === sig(s));
          if (!agrees && !recorded.has(s.row)) missing.push(`${t.id} ${m.id} row ${s.row}`);
        }
      }
    }
    expect(missing).toEqual([]);
    expect(get('LC22-AIR-13').disagreements?.find((d) => d.field === 'date' && d.row === '14')).toMatchObject({ annex: '长期坚持' });
  });
});

describe('units and structure', () => {
  const names = (u: UnitRegistry['units'][number]) => [u.name, ...(u.aliases ?? [])];

  it('有关 / 相关 townships are a group of their own in every county, never all townships', () => {
    for (const reg of registries) {
      for (const u of reg.units) {
        const concerned = names(u).filter((n) => /(有关|相关)乡/.test(n));
        if (concerned.length) expect(names(u).every((n) => /(有关|相关)乡/.test(n)), `${reg.county.id} ${u.id}`).toBe(true);
      }
    }
    expect(get('QS21-AIR-08').units.responsible).toContain('townships-concerned');
    expect(get('QS21-AIR-08').units.responsible).not.toContain('townships');
    expect(get('QS21-SOIL-02').units.responsible).toContain('townships-concerned');
  });

  it('各单位, 各部门, 各有关部门, 各相关部门 are no unit', () => {
    const general = new Set(['各单位', '各部门', '各有关部门', '各相关部门']);
    for (const reg of registries) expect(reg.units.flatMap(names).filter((n) => general.has(n)), reg.county.id).toEqual([]);
    expect(get('YC21-WATER-S1').units.responsible).toEqual(['townships', 'dev-zone']);
    expect(get('YC21-SOIL-S2').units.responsible).toEqual(['townships']);
  });

  it('保障措施: every sub-section naming a unit is a task with its item number as printed (YC21-SOIL-S4 added)', () => {
    const safeguards = [...tasks.values()].filter((t) => /-S\d+$/.test(t.id));
    expect(safeguards.filter((t) => !t.source.body?.item).map((t) => t.id)).toEqual([]);
    expect(get('YC21-SOIL-S4').source.body).toMatchObject({ item: '(四)', unitsText: '各乡(镇)、各有关部门' });
    expect(get('YC21-SOIL-S4').units).toEqual({ responsible: ['townships'] });
  });

  it('no text or cell keeps the conversion’s ** markers', () => {
    const marked = [...tasks.values()].filter((t) => t.text.includes('**') || (t.source.annex ?? []).some((r) => Object.values(r.cells).some((c) => c.includes('**'))));
    expect(marked.map((t) => t.id)).toEqual([]);
    expect(get('LC22-WATER-10').text.startsWith('推进农村生活污水治理。2022年')).toBe(true);
  });
});
