// ledger: the task ledger (任务台账) of one county, for every unit or one, as an Excel workbook or CSV
// that units fill in and send back (plancheck import).
import { extname } from 'node:path';
import type { Context } from '../context.js';
import type { PlanWithTexts } from '../model.js';
import { UsageError } from '../errors.js';
import { isStdoutName, writeOutput } from '../io/writeOutput.js';
import { writeCsv } from '../ledger/csv.js';
import { ledgerSheet } from '../ledger/sheet.js';
import { writeXlsx } from '../ledger/xlsx.js';
import type { Unit } from '../model.js';
import { loadLights } from './report.js';
import type { Output } from './output.js';
import { RUN_WORDS } from '../messages/runs.js';
import { selectedItems } from './views.js';

export interface LedgerOptions {
  output: string;
  format?: string;
  lights?: string;
}

function ledgerFormat(output: string, format: string | undefined): 'xlsx' | 'csv' {
  const f = format ?? extname(output).slice(1).toLowerCase();
  if (f !== 'xlsx' && f !== 'csv') throw new UsageError((w) => w.ledgerFormat(f));
  return f;
}

export async function ledgerCommand(ctx: Context<PlanWithTexts>, opts: LedgerOptions): Promise<Output> {
  const format = ledgerFormat(opts.output, opts.format);
  const items = selectedItems(ctx);
  const counties = [...new Set(items.map((i) => i.plan.county))];
  const countyId = ctx.filters.county ?? counties[0];
  if (counties.length > 1 || !countyId) {
    const known = [...ctx.project.counties.values()].map((c) => `${c.id} (${c.name})`);
    throw new UsageError((w) => w.ledgerCounty(known, counties.length === 0));
  }
  const county = ctx.project.counties.get(countyId);
  const units = ctx.filters.units ? [...(ctx.filters.units.get(countyId) ?? [])].map((id) => county?.units.get(id)).filter((u): u is Unit => u !== undefined) : undefined;
  const sheet = ledgerSheet(ctx.project, items, { asOf: ctx.asOf, lights: await loadLights(opts.lights, ctx.cwd), countyName: county?.name ?? countyId, ...(units ? { units } : {}) });
  writeOutput(opts.output, format === 'xlsx' ? await writeXlsx(sheet) : writeCsv(sheet), ctx.cwd);
  if (isStdoutName(opts.output)) return { stdout: '', exitCode: 0 };
  return { stdout: `${RUN_WORDS[ctx.lang].ledgerWrote(opts.output, sheet.title, sheet.rows.length, ctx.asOf)}\n`, exitCode: 0 };
}
