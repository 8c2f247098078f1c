// The shipped plans, held to the numbers counted in the source notices (numbered body items,
// 保障措施 sub-sections encoded as tasks, annex rows per table), so no edit can drop a task silently.
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { Plan } from '../src/model.js';
import { run, ROOT } from './helpers/cli.js';

interface Counts {
  tasks: number;
  items: number;
  safeguards: number;
  annexOnly: number;
  rows: Record<string, number>;
}

/** Counted in sources/ by the encoder and again by an independent reviewer. */
const EXPECTED: Record<string, Counts> = {
  'qinshui-2021-air': { tasks: 35, items: 27, safeguards: 7, annexOnly: 1, rows: { A1: 41 } }, // rows numbered 1–42, no 22
  'qinshui-2021-water': { tasks: 30, items: 24, safeguards: 2, annexOnly: 4, rows: { A1: 3, A2: 4 } },
  'qinshui-2021-soil': { tasks: 27, items: 15, safeguards: 2, annexOnly: 0, rows: {} }, // 25 tasks from 15 items split by paragraph
  'qinshui-2020-eco': { tasks: 30, items: 29, safeguards: 1, annexOnly: 0, rows: {} },
  'lingchuan-2022-air': { tasks: 34, items: 27, safeguards: 3, annexOnly: 4, rows: { A1: 36 } },
  'lingchuan-2022-water': { tasks: 29, items: 23, safeguards: 1, annexOnly: 5, rows: { A1: 4, A2: 22 } },
  'lingchuan-2022-soil': { tasks: 21, items: 19, safeguards: 2, annexOnly: 0, rows: {} },
  'yangcheng-2021-air': { tasks: 35, items: 27, safeguards: 7, annexOnly: 1, rows: { A1: 41 } }, // rows numbered 1–42, no 22
  'yangcheng-2021-water': { tasks: 30, items: 25, safeguards: 1, annexOnly: 3, rows: { A1: 3, A2: 3 } },
  'yangcheng-2021-soil': { tasks: 25, items: 16, safeguards: 2, annexOnly: 0, rows: {} },
  'puxian-2023-air': { tasks: 25, items: 23, safeguards: 2, annexOnly: 0, rows: {} },
  'puxian-2023-water': { tasks: 17, items: 16, safeguards: 1, annexOnly: 0, rows: {} },
  'puxian-2023-soil': { tasks: 16, items: 14, safeguards: 2, annexOnly: 0, rows: {} },
  'puxian-2023-groundwater': { tasks: 16, items: 15, safeguards: 1, annexOnly: 0, rows: {} },
};

function count(plan: Plan): Counts {
  const items = new Set<string>();
  const safeguards = new Set<string>();
  const rows: Record<string, number> = {};
  let annexOnly = 0;
  for (const t of plan.tasks) {
    const body = t.source.body;
    if (body) (/-S\d+$/.test(t.id) ? safeguards : items).add(`${body.section.join('>')}#${body.item ?? ''}`);
    else annexOnly++;
    for (const r of t.source.annex ?? []) rows[r.table] = (rows[r.table] ?? 0) + 1;
  }
  return { tasks: plan.tasks.length, items: items.size, safeguards: safeguards.size, annexOnly, rows };
}

const plans = fs
  .readdirSync(path.join(ROOT, 'plans'))
  .flatMap((county) => fs.readdirSync(path.join(ROOT, 'plans', county)).filter((f) => f !== 'units.yaml').map((f) => path.join(ROOT, 'plans', county, f)))
  .map((file) => parse(fs.readFileSync(file, 'utf8')) as Plan);

describe('the shipped plans', () => {
  it('are the fourteen plans of the five notices', async () => {
    expect(plans.map((p) => p.id).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it('every plan and registry names its schema on its first line, for editors', async () => {
    for (const county of fs.readdirSync(path.join(ROOT, 'plans'))) {
      for (const f of fs.readdirSync(path.join(ROOT, 'plans', county))) {
        const first = fs.readFileSync(path.join(ROOT, 'plans', county, f), 'utf8').split('\n')[0];
        expect(first, `${county}/${f}`).toBe(`# yaml-language-server: $schema=../../schemas/${f === 'units.yaml' ? 'units' : 'plan'}.schema.json`);
      }
    }
  });

  it.each(Object.keys(EXPECTED))('%s keeps every body item and annex row', async (id) => {
    expect(count(plans.find((p) => p.id === id) as Plan)).toEqual(EXPECTED[id]);
  });

  it('validate: schema, references, dates against phrases and every text against its source', async () => {
    const r = (await run(['validate']));
    expect(r.stdout).toMatch(/^ok: 4 counties, 14 plans, \d+ tasks/);
    expect(r.stderr).not.toContain('error');
    expect(r.code).toBe(0);
  });

  it('trace --missing finds no numbered item or annex row left out', async () => {
    const r = (await run(['trace', '--missing']));
    expect(r.stdout).toContain('nothing missing');
    expect(r.code).toBe(0);
  });

  it('the README quick start prints the Qinshui table', async () => {
    const r = (await run(['due', '--county', 'qinshui', '--as-of', '2021-06-15', '--status', 'examples/qinshui-2021-status.yaml']));
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^QS21-[A-Z]+-[0-9A-Z-]+ m\d.* 2021-0[67]-\d\d/m);
    expect(r.stdout).not.toMatch(/2021-07-(1[6-9]|2\d|3\d)/);
  });
});
