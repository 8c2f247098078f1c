// A temporary copy of the test fixture (one county, its plans and status file), and its context, for
// the fault-injection cases: each case may break its copy as it likes.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { prepare, type CommonOptions, type Context } from '../../src/context.js';
import type { PlanWithTexts } from '../../src/model.js';
import { ledgerCommand } from '../../src/commands/ledger.js';
import { column, type ColumnId } from '../../src/ledger/columns.js';
import { parseCsv } from '../../src/ledger/csv.js';
import { FIXTURE } from '../helpers/cli.js';

export interface Workspace {
  dir: string;
  status: string;
  context: (opts?: CommonOptions) => Promise<Context<PlanWithTexts>>;
}

export function workspace(): Workspace {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'plancheck-faults-')));
  fs.cpSync(path.join(FIXTURE, 'plans'), path.join(dir, 'plans'), { recursive: true });
  fs.cpSync(path.join(FIXTURE, 'sources'), path.join(dir, 'sources'), { recursive: true });
  const status = path.join(dir, 'status.yaml');
  fs.copyFileSync(path.join(FIXTURE, 'status.yaml'), status);
  const context = (opts: CommonOptions = {}) =>
    prepare({ plans: path.join(dir, 'plans'), status, asOf: '2021-08-15', ...opts }, { cwd: dir, now: Date.UTC(2021, 7, 15, 4), color: false }, { texts: true });
  return { dir, status, context };
}

/** The error a call throws (or fails the test). */
export async function thrown(f: () => unknown): Promise<unknown> {
  try {
    await f();
  } catch (e) {
    return e;
  }
  throw new Error('expected an error');
}

/** A CSV cell, quoted as RFC 4180 says (no formula guard: the test writes what a unit might). */
const quote = (v: string): string => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/** The workspace's ledger as CSV, its first keyed row filled in as done on 2021-08-01, with the cells given
 * (by column id), and copies of that row with other cells (a unit's second row of one milestone). */
export async function filledLedger(w: Workspace, cells: Partial<Record<ColumnId, string>>, ...copies: Array<Partial<Record<ColumnId, string>>>): Promise<{ file: string; row: number }> {
  const file = path.join(w.dir, 'ledger.csv');
  await ledgerCommand(await w.context(), { output: file });
  const rows = parseCsv(fs.readFileSync(file, 'utf8'));
  const head = rows.findIndex((r) => r.includes(column('key').header));
  const col = (h: string) => (rows[head] as string[]).indexOf(h);
  const target = rows.findIndex((r, i) => i > head && r[col(column('key').header)] !== '');
  const row = rows[target] as string[];
  const fill = (r: string[], with_: Partial<Record<ColumnId, string>>) => {
    for (const [id, v] of Object.entries({ result: '已完成', date: '2021-08-01', ...with_ })) r[col(column(id as ColumnId).header)] = v;
    return r;
  };
  fill(row, cells);
  rows.splice(target + 1, 0, ...copies.map((c) => fill([...row], c)));
  fs.writeFileSync(file, `\ufeff${rows.map((r) => r.map(quote).join(',')).join('\r\n')}\r\n`);
  return { file, row: target + 1 };
}
