// The circular as a list of blocks (headings, paragraphs, lists, tables, charts), in the words of one
// language; each form (text, markdown, html, docx) renders the same blocks.
import { hasProof } from '../../status/signoff.js';
import type { Item } from '../../engine/evaluate.js';
import { sharesText, type TargetResult, type TargetState } from '../../engine/targets.js';
import { LABELS } from '../../messages/labels.js';
import type { Lights } from '../../generated/lights.js';
import { withTexts, type PlanWithTexts, type Project } from '../../model.js';
import { DUE_OUTCOMES, type DueFigures, type DueOutcome } from '../../report/figures.js';
import type { Lit, MonthlyReport } from '../../report/monthly.js';
import { taskReference } from '../../report/reference.js';
import { REPORTING_STATES } from '../../report/reporting.js';
import { itemLabel } from '../../messages/items.js';
import type { DateWriter } from '../../dates/writer.js';
import { answeringNames } from '../../units.js';
import { REPORT_WORDS, type ReportWords } from './words.js';

export interface Table {
  kind: 'table';
  head: string[];
  rows: string[][];
  /** How many leading cells name a row (a list entry's first line in plain text). */
  lead: number;
  /** Shown only where a grid reads well: plain text has the same facts in the list before it. */
  gridOnly?: boolean;
}

export interface Series {
  label: string;
  parts: Record<DueOutcome, number>;
}

export type Chart =
  | { kind: 'bars'; title: string; rows: Array<{ label: string; value: number; text: string }> }
  | { kind: 'stacked' | 'columns'; title: string; legend: Array<{ key: DueOutcome; label: string }>; rows: Series[] };

export type Block =
  | { kind: 'masthead'; lines: string[] }
  | { kind: 'title'; text: string; pieces: string[] }
  | { kind: 'subtitle' | 'h2' | 'p'; text: string }
  | { kind: 'list'; items: string[] }
  | Table
  | { kind: 'chart'; chart: Chart }
  | { kind: 'closing'; text: string; signature: string[] };

export interface ReportMeta {
  scope?: string;
  example: boolean;
  lang: 'zh' | 'en';
  lights: Lights;
  ids: boolean;
  dates: DateWriter;
  header: { issuer?: string; number?: string; date?: string; title?: string; closing?: string };
}

/** A chart's series: the outcomes of a count, without its total. */
export const parts = (f: DueFigures): Record<DueOutcome, number> => Object.fromEntries(DUE_OUTCOMES.map((o) => [o, f[o]])) as Record<DueOutcome, number>;

/** A cell that holds a figure (a count, a score, a rate, days, or - for none): set right, and its column only as wide as its figures. */
export const isFigure = (s: string): boolean => /^-?[\d.]+(%|天| days?)?$|^-$/.test(s);

/** Columns that say something: a column empty (or 0) on every row is left out. */
export function informative(t: Table): Table {
  const keep = t.head.map((_, c) => c < t.lead || t.rows.some((r) => (r[c] ?? '') !== '' && r[c] !== '0'));
  return { ...t, head: t.head.filter((_, c) => keep[c]), rows: t.rows.map((r) => r.filter((_, c) => keep[c])) };
}

/** How a circular writes a milestone: its plan reference, title, units and deadline, and a table of them. */
export function itemWriters(project: Project<PlanWithTexts>, meta: ReportMeta) {
  const W: ReportWords = REPORT_WORDS[meta.lang];
  const D = meta.dates;
  const scoped = meta.scope === undefined;
  const county = (id: string) => project.counties.get(id)?.name ?? id;

  const references = new Map<string, string>();
  const reference = (i: Item): string => {
    const known = references.get(i.task.id);
    if (known !== undefined) return known;
    const ref = project.tasks.get(i.task.id);
    if (!ref) return '';
    const { task, plan } = withTexts(ref);
    const t = taskReference(task, plan);
    const where = [t.item ? `${W.plan[t.category]} ${W.sectionRef(t.sections, t.item)}` : W.plan[t.category], ...t.annex.slice(0, 1).map((a) => W.annexRef(a.label, a.row))].join(' / ');
    const text = scoped ? W.countyRef(county(i.plan.county), where) : where;
    references.set(i.task.id, text);
    return text;
  };
  const title = (i: Item): string => {
    const what = i.milestone.what && i.task.milestones.length > 1 ? `${W.colon}${i.milestone.what}` : '';
    return `${i.task.title}${what}${i.occurrence ? W.occurrence(D.period(i.occurrence)) : ''}`;
  };
  const units = (i: Item): string => {
    const n = answeringNames(project, i.plan.county, i.units);
    const cut = (list: string[]) => (list.length > 3 ? W.more(list.slice(0, 3).join(W.listSep), list.length) : list.join(W.listSep));
    return `${cut(n.answer)}${n.support.length ? W.support(cut(n.support)) : ''}`;
  };
  const deadline = (i: Item): string => {
    if (!i.deadline) return '';
    const notes = [...(i.extension && i.due ? [W.extended(D.day(i.due))] : []), ...(i.beforeIssue ? [W.beforeIssue] : []), ...(i.disagree ? [W.disagree] : [])];
    return `${W.by(D.day(i.deadline))}${notes.length ? (meta.lang === 'zh' ? `（${notes.join('；')}）` : ` (${notes.join('; ')})`) : ''}`;
  };
  /** Task rows: the reference (and id with --ids) and title name the row. */
  const taskTable = (items: Item[], head: string[], cells: (i: Item) => string[]): Table =>
    informative({
      kind: 'table',
      head: [...(meta.ids ? [W.head.id] : []), W.head.ref, W.head.title, ...head],
      rows: items.map((i) => [...(meta.ids ? [itemLabel(i)] : []), reference(i), title(i), ...cells(i)]),
      lead: meta.ids ? 3 : 2,
    });
  return { reference, title, units, deadline, taskTable };
}

export function reportBlocks(r: MonthlyReport, project: Project<PlanWithTexts>, meta: ReportMeta): Block[] {
  const W: ReportWords = REPORT_WORDS[meta.lang];
  const D = meta.dates;
  const lightName = (l: keyof typeof W.light) => meta.lights.names?.[l] ?? W.light[l];
  const { units, deadline, taskTable } = itemWriters(project, meta);
  /** A light column only where the lights differ from row to row; else one sentence says it. */
  const litTable = (lit: Lit[], head: string[], cells: (i: Item) => string[]): Block[] => {
    if (!lit.length) return [{ kind: 'p', text: W.none }];
    const lights = new Set(lit.map((l) => l.light));
    const table = taskTable(lit.map((l) => l.item), head, cells);
    if (lights.size === 1) return [{ kind: 'p', text: `${W.listTotal(lit.length)}${W.allLit(lightName(lit[0]?.light ?? 'red'))}` }, table];
    return [{ kind: 'p', text: W.listTotal(lit.length) }, { ...table, head: [W.head.light, ...table.head], rows: table.rows.map((row, n) => [lightName(lit[n]?.light ?? 'red'), ...row]), lead: table.lead + 1 }];
  };
  const f = r.figures;
  const blocks: Block[] = headBlocks(r, W.title(meta.scope ?? W.allCounties, D.month(r.month), meta.header.title), meta);

  blocks.push({ kind: 'h2', text: W.sections.figures });
  blocks.push({ kind: 'p', text: W.due(f.due) });
  blocks.push({ kind: 'p', text: W.completed(f.completed) });
  blocks.push({ kind: 'p', text: W.overdue(f.overdue.total, f.overdue.newThisMonth) });
  if (f.softMissed.total) blocks.push({ kind: 'p', text: W.softMissed(f.softMissed.total, f.softMissed.newThisMonth) });
  blocks.push({ kind: 'p', text: W.undated(f.inForce, f.noFixedDate) });
  if (r.notIssued.length) blocks.push({ kind: 'p', text: W.notIssued(r.notIssued.map((p) => ({ title: p.title, number: p.document.number, date: D.day(p.document.date) }))) });
  if (r.byCategory.length > 1) {
    blocks.push({ kind: 'p', text: W.byCategory });
    blocks.push({ kind: 'list', items: r.byCategory.map(({ category, due }) => W.categoryLine(W.category[category], W.due(due))) });
    blocks.push({ kind: 'chart', chart: { kind: 'stacked', title: W.chart.categories, legend: DUE_OUTCOMES.map((key) => ({ key, label: W.outcome[key] })), rows: r.byCategory.map(({ category, due }) => ({ label: W.category[category], parts: parts(due) })) } });
  }
  blocks.push({ kind: 'chart', chart: { kind: 'columns', title: W.chart.trend, legend: DUE_OUTCOMES.map((key) => ({ key, label: W.outcome[key] })), rows: r.trend.map(({ month, due }) => ({ label: D.shortMonth(month), parts: parts(due) })) } });

  blocks.push({ kind: 'h2', text: W.sections.units });
  if (r.units.length) {
    blocks.push({ kind: 'p', text: W.unitsNote });
    blocks.push({ kind: 'list', items: r.units.map((u) => W.unitLine(u)) });
    // The role column only where some unit supports: a column of 牵头/责任 on every row says nothing.
    const roles = r.units.some((u) => u.role === 'support');
    blocks.push(informative({
      kind: 'table',
      head: [W.unitHead.unit, ...(roles ? [W.unitHead.role] : []), W.unitHead.due, ...DUE_OUTCOMES.map((o) => W.outcomeHead[o]), W.unitHead.rate, W.unitHead.overdue],
      rows: r.units.map((u) => [u.unit, ...(roles ? [W.role[u.role]] : []), String(u.due.total), ...DUE_OUTCOMES.map((o) => String(u.due[o])), W.rate(u.rate), String(u.overdue)]),
      lead: roles ? 2 : 1,
      gridOnly: true,
    }));
    const rated = r.units.filter((u) => u.role === 'lead' && u.rate !== undefined);
    if (rated.length) blocks.push({ kind: 'chart', chart: { kind: 'bars', title: W.chart.units, rows: rated.map((u) => ({ label: u.unit, value: u.rate ?? 0, text: W.rate(u.rate) })) } });
  } else blocks.push({ kind: 'p', text: W.none });

  blocks.push({ kind: 'h2', text: W.sections.reporting });
  blocks.push({ kind: 'p', text: W.reportingIntro(D.day(r.reportingDeadline), r.reporting.length) });
  for (const state of REPORTING_STATES) {
    const group = r.reporting.filter((u) => u.state === state);
    blocks.push({ kind: 'p', text: `${W.reportingGroup[state](group.length)}${group.length ? `${W.colon}${group.map((u) => W.reportingUnit(u.unit, u.open)).join(W.listSep)}` : ''}` });
  }

  blocks.push({ kind: 'h2', text: W.sections.completed });
  const completed = r.lists.completed;
  blocks.push({ kind: 'p', text: completed.length ? W.listTotal(completed.length) : W.none });
  if (completed.length) {
    const evidence = (i: Item) => (i.entry?.evidence ?? []).map((e) => [e.text, e.document].filter(Boolean).join(' ')).join(W.fieldSep);
    blocks.push(taskTable(completed, [W.head.units, W.head.deadline, W.head.done, W.head.evidence], (i) => [units(i), deadline(i), `${D.day(i.doneDate ?? '')}${i.state === 'done-late' ? `${meta.lang === 'zh' ? '，' : ', '}${W.doneLate(i.days ?? 0)}` : ''}${i.review === 'signed-off' && i.verdict ? `${meta.lang === 'zh' ? '，' : ', '}${W.signoff.signedOff(D.day(i.verdict.date))}` : ''}`, evidence(i)]));
  }

  // 办结销号: what the units reported and the office has not signed off yet, and what it sent back this month.
  const proofText = (i: Item) => (hasProof(i.entry) ? (i.entry?.evidence ?? []).map((e) => [e.document, e.link].filter(Boolean).join(' ')).filter(Boolean).join(W.fieldSep) : W.signoff.noProof);
  blocks.push({ kind: 'p', text: W.signoff.waiting(r.signoff.waiting.length) });
  if (r.signoff.waiting.length) blocks.push(taskTable(r.signoff.waiting, [W.head.units, W.head.done, W.head.waited, W.head.evidence], (i) => [units(i), D.day(i.entry?.date ?? ''), W.signoff.waitedDays(i.waited ?? 0), proofText(i)]));
  blocks.push({ kind: 'p', text: W.signoff.sentBack(r.signoff.sentBack.length) });
  if (r.signoff.sentBack.length) blocks.push(taskTable(r.signoff.sentBack, [W.head.units, W.head.deadline, W.head.sentBack, W.head.reason], (i) => [units(i), deadline(i), D.day(i.verdict?.date ?? ''), i.verdict?.reason ?? '']));

  blocks.push({ kind: 'h2', text: W.sections.overdue });
  blocks.push(...litTable(r.overdue, [W.head.units, W.head.deadline, W.head.days], (i) => [units(i), deadline(i), W.days(i.days ?? 0)]));
  if (r.lists.softMissed.length) {
    blocks.push({ kind: 'p', text: W.softList(r.lists.softMissed.length) });
    blocks.push(taskTable(r.lists.softMissed, [W.head.units, W.head.deadline, W.head.days], (i) => [units(i), deadline(i), W.days(i.days ?? 0)]));
  }

  blocks.push({ kind: 'h2', text: W.sections.warnings(D.month(r.nextMonth)) });
  blocks.push(...litTable(r.warnings, [W.head.units, W.head.deadline], (i) => [units(i), deadline(i)]));

  blocks.push({ kind: 'h2', text: W.sections.targets });
  blocks.push(...targetBlocks(r.targets, meta));
  blocks.push(closingBlock(meta, W.closingDefault));
  return blocks;
}

/** The targets: how many met, missed, without data; those measured, in the order given, with their last value. */
export function targetBlocks(targets: TargetResult[], meta: ReportMeta): Block[] {
  const W = REPORT_WORDS[meta.lang];
  const D = meta.dates;
  const blocks: Block[] = [];
  const counts = Object.fromEntries((['met', 'not-met', 'no-data', 'no-value'] as TargetState[]).map((s) => [s, targets.filter((t) => t.state === s).length])) as Record<TargetState, number>;
  blocks.push({ kind: 'p', text: W.targetSummary(counts) });
  const measured = targets.filter((t) => t.last);
  if (measured.length) {
    blocks.push({ kind: 'p', text: W.measuredList(measured.length) });
    blocks.push({
      kind: 'table',
      head: [...(meta.ids ? [W.head.id] : []), W.head.target, W.head.value, W.head.state],
      rows: measured.map((t) => [...(meta.ids ? [`${t.owner} ${t.target.id}`] : []), `${t.target.text}${sharesText(t, targets) ? LABELS[meta.lang].paren(t.target.metric) : ''}`, W.measured(String(t.last?.value ?? ''), D.day(t.last?.date ?? '')), W.target[t.state]]),
      lead: meta.ids ? 2 : 1,
    });
  }
  return blocks;
}

/** A circular's masthead (from report.yaml), title and date line: a county's and the city's alike. */
export function headBlocks(r: Pick<MonthlyReport, 'knownBy' | 'asOf'>, pieces: string[], meta: ReportMeta): Block[] {
  const W = REPORT_WORDS[meta.lang];
  const D = meta.dates;
  const blocks: Block[] = [];
  const masthead = [meta.header.issuer, meta.header.number ? W.issue(meta.header.number) : undefined].filter((s): s is string => Boolean(s));
  if (masthead.length) blocks.push({ kind: 'masthead', lines: masthead });
  blocks.push({ kind: 'title', text: pieces.join(''), pieces });
  blocks.push({ kind: 'subtitle', text: `${r.knownBy < r.asOf ? W.knownBy(D.day(r.knownBy)) : W.judgedOn(D.day(r.asOf))}${meta.example ? ` ${W.exampleData}` : ''}` });
  return blocks;
}

/** The closing line (report.yaml's, else `fallback`) and the signature. */
export function closingBlock(meta: ReportMeta, fallback: string): Block {
  const signature = [meta.header.issuer, meta.header.date ? meta.dates.day(meta.header.date) : undefined].filter((s): s is string => Boolean(s));
  return { kind: 'closing', text: meta.header.closing ?? fallback, signature };
}
