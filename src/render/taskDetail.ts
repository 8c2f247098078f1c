// `show ID`: everything about one task: source text and passage, units, milestones with every
// statement, disagreements, targets, status history.
import type { Item } from '../engine/evaluate.js';
import { sharesText, type TargetResult } from '../engine/targets.js';
import type { Entry } from '../generated/status.js';
import { LABELS } from '../messages/labels.js';
import { withTexts, type PlanWithTexts, type Project, type TaskRef } from '../model.js';
import type { Passage } from '../trace/sourceText.js';
import type { ViewOptions } from './view.js';
import { wrap } from './fit.js';
import { noteText } from './itemRow.js';
import { deadlineText } from '../messages/items.js';
import { unitNames, type UnitNames } from '../units.js';
import { itemIsSection, taskReference } from '../report/reference.js';
import { REPORT_WORDS } from './report/words.js';
import { paint, stateColor } from './style.js';

export interface TaskDetail {
  ref: TaskRef<PlanWithTexts>;
  items: Item[];
  targets: TargetResult[];
  history: Entry[];
  passage?: Passage;
  passageLines?: string[];
  /** The as-of date, when the task's plan was not yet issued by then (its milestones count nowhere). */
  notIssuedOn?: string;
}

export function renderTaskDetail(d: TaskDetail, project: Project, { color, lang, width }: ViewOptions): string {
  const L = LABELS[lang];
  const D = L.detail;
  const K = L.colon;
  const c = paint(color);
  const { task, plan } = withTexts(d.ref);
  const out: string[] = [];
  // Each line wraps to the window, its continuation indented as the line is (its spaces counted behind
  // a colour code too), `hang` further for a line of fields, or as `gutter` says (the source's lines).
  const line = (s = '', { hang = '', gutter }: { hang?: string; gutter?: string } = {}) => {
    const lead = gutter ?? /^(?:\u001b\[[\d;]*m)* */.exec(s)![0].replace(/\u001b\[[\d;]*m/g, '');
    const body = gutter === undefined ? s.replace(/^((?:\u001b\[[\d;]*m)*) */, '$1') : s;
    const next = lead + hang;
    out.push(...wrap(body, width - next.length).map((piece, k) => (k === 0 ? (gutter === undefined ? lead : '') + piece : next + piece)));
  };
  /** A line of fields under a heading: its continuation stands under the statements (column 6). */
  const FIELDS = { hang: '    ' };
  const units = unitNames(project, plan.county, task.units);
  // An annex row as the circular names it (附件1第9行, annex 1 row 9): a statement's or a disagreement's
  // row is one of the task's rows.
  const annexRows = taskReference(task, plan).annex;
  const annexRef = (row: string) => {
    const at = annexRows[(task.source.annex ?? []).findIndex((r) => r.row === row)] ?? annexRows[0];
    return REPORT_WORDS[lang].annexRef(at?.label ?? D.annex, at?.row ?? row);
  };
  const roles = (n: UnitNames): string[] => (['lead', 'responsible', 'support'] as const).filter((role) => n[role].length).map((role) => `${L.role[role]}${K}${n[role].join(L.sep)}`);

  line(c.bold(`${task.id}  ${task.title}`));
  line(`${plan.title}${L.paren(plan.id)} · ${plan.document.number} · ${plan.document.date}`);
  const body = task.source.body;
  // (a 保障措施 sub-section's heading holds its item: the number is not printed again)
  if (body) line(`${L.head.source}${K}${body.section.join(' › ')}${body.item && !itemIsSection(body) ? ` › ${body.item}` : ''}${body.paragraph ? ` ¶${body.paragraph}` : ''}`);
  line();
  line(task.text);
  line();
  for (const role of roles(units)) line(role);
  // As printed: the inside of a 〔责任单位：…〕 bracket, or the sentence that names the units.
  if (body?.unitsText) line(c.dim(`“${body.unitsText}”`));

  for (const row of task.source.annex ?? []) {
    const annex = plan.annexes?.find((a) => a.id === row.table);
    line();
    line(c.bold(`${annexRef(row.row)} ${annex?.title ?? ''}`.trim()));
    for (const [col, cell] of Object.entries(row.cells)) {
      const inherited = row.inherited?.[col];
      line(`  ${col}${K}${cell || (inherited ? c.dim(L.paren(inherited).trim()) : '')}`);
    }
    for (const n of row.notes ?? []) line(c.dim(`  ${n}`));
  }

  line();
  line(c.bold(L.head.milestones));
  if (d.notIssuedOn) line(`  ${L.notIssued(d.notIssuedOn)}`);
  for (const i of d.items) {
    const label = `${i.milestone.id}${i.occurrence ? ` ${i.occurrence}` : ''}`;
    line(`  ${label}  ${deadlineText(i, L)}  ${stateColor(c, i.state)(L.state[i.state])}  ${noteText(i, L)}${i.milestone.what && !i.occurrence ? `  ${i.milestone.what}` : ''}`, FIELDS);
    if (!i.occurrence || i.occurrence === d.items.find((x) => x.milestone === i.milestone)?.occurrence) {
      for (const s of task.milestones.find((m) => m.id === i.milestone.id)?.statements ?? []) {
        const where = s.source === 'annex' ? annexRef(s.row ?? '') : D.body;
        const dates = [s.from && D.from(s.from), s.due && `${D.due} ${s.due}`, s.every && D.every[s.every], s.day && D.byDay(s.day), s.why && s.why].filter(Boolean).join(L.comma);
        line(c.dim(`      ${where}${K}${s.phrase ?? '—'} → ${L.kind[s.kind]}${dates ? L.paren(dates) : ''}`));
      }
      // A milestone with units of its own: who answers for it (units.ts), the body's and the annex's.
      if (i.milestone.units) line(c.dim(`      ${roles(unitNames(project, plan.county, i.units)).join(' · ')}`));
      if (i.extension) line(`      ${L.extended(i.due ?? '')} → ${i.extension.due}${L.paren(`${i.extension.approvedBy}${K}${i.extension.reason}`)}`);
    }
  }

  for (const dis of task.disagreements ?? []) {
    line();
    line(c.yellow(`${L.disagree}${L.paren([D.field[dis.field], ...(dis.row ? [annexRef(dis.row)] : [])].join(L.comma))}`));
    line(`  ${D.body}${K}${dis.body}`);
    line(`  ${D.annex}${K}${dis.annex}`);
    line(`  ${dis.note}`);
  }

  if (d.targets.length) {
    line();
    for (const t of d.targets) {
      const cmp = D.comparison[t.target.comparison];
      const goal = t.target.value !== undefined ? `${cmp} ${t.target.value}${t.target.unit ?? ''}` : `${cmp}${L.comma}${L.target['no-value']}${K}${t.target.unstated ?? ''}`;
      const measured = t.last ? ` · ${t.last.value}${L.paren(t.last.date)}` : '';
      line(`  ${t.target.id} ${t.target.text}${L.paren(`${sharesText(t, d.targets) ? `${t.target.metric} ` : ''}${goal}`)}${measured}  ${stateColor(c, t.state)(L.target[t.state])}`, FIELDS);
    }
  }

  if (d.history.length) {
    line();
    for (const e of d.history) {
      const ev = (e.evidence ?? []).map((x) => [x.text, x.document, x.link].filter(Boolean).join(' ')).join(L.phraseSep);
      line(`  ${e.date}  ${e.milestone ?? ''}${e.occurrence ? ` ${e.occurrence}` : ''}  ${D.entry[e.state]}${ev ? `  ${ev}` : ''}${e.note ? `  ${e.note}` : ''}`, FIELDS);
    }
  }

  for (const n of task.notes ?? []) line(c.dim(`${D.note}${K}${n}`));

  if (d.passage && d.passageLines) {
    line();
    line(c.bold(`${plan.document.file}:${d.passage.from}-${d.passage.to}`));
    d.passageLines.forEach((text, k) => line(c.dim(`${String(d.passage!.from + k).padStart(5)} │ ${text}`), { gutter: '        ' }));
  }
  return `${out.join('\n')}\n`;
}
