// A ledger's rows as status entries: each row's fill-in columns checked (its key, 完成情况, 完成日期),
// every problem named by file, row and column. Rows with nothing filled in are passed over; a row
// without a key (added by hand) is set aside with the reason. Pure.
import { basename } from 'node:path';
import type { IsoDate } from '../dates/calendar.js';
import { occurrenceKeys } from '../engine/evaluate.js';
import { finding, type Code, type Finding, type FindingArgs } from '../findings.js';
import type { Entry, Project, Verdict } from '../model.js';
import { cellDate } from '../ledger/cellDate.js';
import { column, RESULTS, type ColumnId } from '../ledger/columns.js';
import { parseKey, type RowKey } from '../ledger/key.js';
import { controlCharacter } from '../validate/controlCharacters.js';
import type { LedgerLine } from '../ledger/read.js';
import { answeringNames } from '../units.js';

export interface RowEntry {
  row: number;
  entry: Entry;
  /** The row gave no date: the entry is dated the day of import, and a later import of the same row
   * with the same content is the same report. */
  dated: boolean;
}

export interface LedgerEntries {
  entries: RowEntry[];
  /** The office's verdicts (核实情况), read only from the office's own copy (LedgerContext.office). */
  verdicts: Array<{ row: number; verdict: Verdict }>;
  /** Rows with something filled in but no key: added to the ledger by hand. */
  unkeyed: number[];
  findings: Finding[];
}

const FILL: ColumnId[] = ['progress', 'result', 'date', 'evidence', 'document', 'link'];
const text = (v: unknown): string => (v === undefined ? '' : v instanceof Date ? v.toISOString().slice(0, 10) : String(v).trim());

/** The plans a key names, or why it names none: another county or plan set, or no such milestone. */
function resolveKey(key: RowKey, project: Project, county: string | undefined): { other?: string; unknown?: string } {
  const plan = project.plans.find((p) => p.plan.id === key.plan)?.plan;
  if (!plan || plan.county !== key.county || plan.document.number !== key.document || (county && county !== key.county)) return { other: `${key.county} ${key.plan} (${key.document})` };
  const ref = project.tasks.get(key.task);
  if (!ref || ref.plan !== plan) return { unknown: 'task' };
  const m = ref.task.milestones.find((x) => x.id === key.milestone);
  if (!m) return { unknown: 'milestone' };
  const occurrences = m.kind === 'recurring' && m.every ? occurrenceKeys(plan, m.every) : [];
  if (occurrences.length ? !occurrences.includes(key.occurrence ?? '') : key.occurrence !== undefined) return { unknown: 'occurrence' };
  return {};
}

export interface LedgerContext {
  file: string;
  today: IsoDate;
  /** The county the status file is kept for (--county), if given. */
  county?: string;
  /** The office imports its own copy (import --office): only then is 核实情况 read. In a unit's ledger
   * the column is the office's, printed by plancheck, and never read back: a unit cannot sign itself off. */
  office?: boolean;
}

/** 核实情况 as the office writes it (or as plancheck printed it): 核实销号 / 已核实销号（2021-07-05）, or
 * 退回：reason / 已退回（2021-07-05）：reason; 单位报完成… or empty says nothing. undefined: unreadable. */
export function parseVerdictCell(text: string, today: IsoDate): Omit<Verdict, 'task' | 'milestone' | 'occurrence'> | null | undefined {
  if (text === '' || text.startsWith('单位报完成')) return null;
  const m = /^已?(核实销号|销号|退回)(?:（(\d{4}-\d{2}-\d{2})）)?(?:[：:](.*))?$/s.exec(text);
  if (!m) return undefined;
  const date = m[2] ?? today;
  if (m[1] !== '退回') return { verdict: 'signed-off', date, by: 'office', ...(m[3]?.trim() ? { note: m[3].trim() } : {}) };
  const reason = m[3]?.trim();
  return reason ? { verdict: 'sent-back', date, by: 'office', reason } : undefined;
}

export function ledgerEntries(lines: LedgerLine[], project: Project, { file, today, county, office = false }: LedgerContext): LedgerEntries {
  const out: LedgerEntries = { entries: [], verdicts: [], unkeyed: [], findings: [] };
  const fillColumns: ColumnId[] = office ? [...FILL, 'verdict'] : FILL;
  const others = new Set<string>();
  const name = basename(file);
  for (const { row, cells } of lines) {
    const fill = Object.fromEntries(fillColumns.map((id) => [id, text(cells[id])])) as Record<ColumnId, string>;
    if (fillColumns.every((id) => fill[id] === '')) continue;
    const problem = (code: Code, id: ColumnId, args: FindingArgs) => out.findings.push(finding(code, { subject: `${name} 第${row}行 ${column(id).header}`, ...args }));
    // What validate refuses in a status file is refused here, in the row and column it stands in.
    const controls = (['key', ...fillColumns] as ColumnId[]).filter((id) => {
      const actual = controlCharacter(text(cells[id]));
      if (actual) problem('TEXT_CONTROL_CHARACTER', id, { actual });
      return actual !== undefined;
    });
    if (controls.length) continue;
    const keyText = text(cells.key);
    if (!keyText) {
      out.unkeyed.push(row);
      continue;
    }
    const key = parseKey(keyText);
    const resolved = key ? resolveKey(key, project, county) : { unknown: 'row' };
    if (resolved.other) {
      others.add(resolved.other);
      continue;
    }
    if (!key || resolved.unknown) {
      problem('LEDGER_UNKNOWN_KEY', 'key', { actual: keyText, detail: resolved.unknown ?? 'row' });
      continue;
    }
    if (office && fill.verdict) {
      const verdict = parseVerdictCell(fill.verdict, today);
      if (verdict === undefined) problem('LEDGER_BAD_VERDICT', 'verdict', { actual: fill.verdict });
      else if (verdict) out.verdicts.push({ row, verdict: { task: key.task, milestone: key.milestone, ...(key.occurrence ? { occurrence: key.occurrence } : {}), ...verdict } });
    }
    // A row of the office's copy with only its verdict filled in reports nothing of the unit's.
    if (FILL.every((id) => fill[id] === '')) continue;
    const before = out.findings.length;
    const result = RESULTS[fill.result];
    if (!result) problem('LEDGER_BAD_STATE', 'result', { actual: fill.result || '（空）', expected: Object.keys(RESULTS).join(' / ') });
    const issued = project.plans.find((p) => p.plan.id === key.plan)?.plan.document.date ?? '';
    const date = fill.date ? cellDate(cells.date) : undefined;
    if (fill.date && !date) problem('LEDGER_BAD_DATE', 'date', { actual: fill.date });
    else if (date && date > today) problem('LEDGER_DATE_IN_FUTURE', 'date', { actual: date, expected: today });
    else if (date && date < issued) problem('LEDGER_DATE_BEFORE_ISSUE', 'date', { actual: date, expected: issued });
    else if (result?.state === 'done' && !date) problem('LEDGER_DONE_WITHOUT_DATE', 'date', {});
    if (!result || out.findings.length > before) continue;
    const evidence = { ...(fill.evidence ? { text: fill.evidence } : {}), ...(fill.document ? { document: fill.document } : {}), ...(fill.link ? { link: fill.link } : {}) };
    const note = [result.note, fill.progress].filter(Boolean).join('：');
    // Who reports: the units that answer for the milestone, whose ledger this row is (never the office).
    const ref = project.tasks.get(key.task);
    const units = ref?.task.milestones.find((m) => m.id === key.milestone)?.units ?? ref?.task.units ?? {};
    const by = answeringNames(project, ref?.plan.county ?? key.county, units).answer.join('、');
    out.entries.push({
      row,
      dated: date !== undefined,
      entry: {
        task: key.task,
        milestone: key.milestone,
        ...(key.occurrence ? { occurrence: key.occurrence } : {}),
        state: result.state,
        date: date ?? today,
        ...(Object.keys(evidence).length ? { evidence: [evidence] } : {}),
        ...(note ? { note } : {}),
        ...(by ? { by } : {}),
      },
    });
  }
  // Two rows of one milestone that disagree (a row copied and changed): which is meant, the unit must say.
  const seen = new Map<string, RowEntry>();
  for (const e of out.entries) {
    const id = [e.entry.task, e.entry.milestone ?? '', e.entry.occurrence ?? ''].join('\u0000');
    const first = seen.get(id);
    if (!first) seen.set(id, e);
    else if (first.entry.state !== e.entry.state || first.entry.date !== e.entry.date) {
      out.findings.push(finding('LEDGER_CONFLICTING_ROWS', { subject: `${name} 第${e.row}行`, actual: String(first.row) }));
    }
  }
  // Another county's or plan set's ledger is refused whole: its rows would land in the wrong file.
  if (others.size) {
    const here = [...new Set(project.plans.filter((p) => !county || p.plan.county === county).map((p) => p.plan.county))].join(', ');
    out.findings.unshift(finding('LEDGER_OTHER_PLANS', { subject: name, actual: [...others].join('; '), expected: county ? `county ${county}` : here }));
  }
  return out;
}
