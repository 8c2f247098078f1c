// The shipped plans of Jincheng's three counties split into county repositories (plans/ and
// status.yaml as plancheck init makes them, sources/ beside them) under a city's folder with its
// workspace.yaml: for the tests of a city's workspace.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { prepare } from '../../src/context.js';
import { ROOT } from './cli.js';

export const COUNTIES = ['qinshui', 'lingchuan', 'yangcheng'] as const;
export const env = (cwd: string) => ({ cwd, now: Date.now(), color: false });

/** A county's own status file: Qinshui's shipped example; for the others, some tasks reported done,
 * some on time and some late, counted from each plan's own issue date. */
async function statusOf(dir: string, county: string): Promise<string> {
  if (county === 'qinshui') return readFileSync(path.join(ROOT, 'examples/qinshui-2021-status.yaml'), 'utf8');
  const ctx = await prepare({ plans: path.join(dir, 'plans') }, env(dir));
  const entries = [...ctx.project.tasks.values()]
    .filter((ref, i) => ref.task.milestones.length === 1 && ref.task.milestones[0]?.kind !== 'recurring' && i % 3 === 0)
    .map((ref, i) => {
      const issued = new Date(`${ref.plan.document.date}T00:00:00Z`);
      issued.setUTCDate(issued.getUTCDate() + 20 + 40 * (i % 6));
      return `  - { task: ${ref.task.id}, state: done, date: ${issued.toISOString().slice(0, 10)} }\n`;
    });
  return `entries:\n${entries.join('')}`;
}

/** A new city folder; `repo(city, county)` is a county's repository in it. */
export async function makeCity(): Promise<string> {
  const city = mkdtempSync(path.join(tmpdir(), 'plancheck-city-'));
  for (const county of COUNTIES) {
    const dir = repo(city, county);
    mkdirSync(path.join(dir, 'plans'), { recursive: true });
    cpSync(path.join(ROOT, 'plans', county), path.join(dir, 'plans', county), { recursive: true });
    cpSync(path.join(ROOT, 'sources'), path.join(dir, 'sources'), { recursive: true });
    writeFileSync(path.join(dir, 'status.yaml'), await statusOf(dir, county));
  }
  writeFileSync(path.join(city, 'workspace.yaml'), `counties:\n${COUNTIES.map((c) => `  - counties/${c}\n`).join('')}`);
  return city;
}

export const repo = (city: string, county: string): string => path.join(city, 'counties', county);
