// What mark, extend and import say they did: the items added to the status file, the milestones' new
// states, and for an import the new entries, the changes, the conflicts and the rows set aside.
import { relative } from 'node:path';
import type { Item } from '../engine/evaluate.js';
import type { TargetResult } from '../engine/targets.js';
import { LABELS, type Lang } from '../messages/labels.js';
import type { Entry } from '../model.js';
import type { Merged } from '../status/merge.js';
import { formatMilestoneRef } from '../status/ref.js';

const what = (e: Entry): string => `${e.task} ${formatMilestoneRef({ milestone: e.milestone ?? '', ...(e.occurrence ? { occurrence: e.occurrence } : {}) })}`.trim();
const report = (e: Entry): string => `${e.state} ${e.date}`;
const proof = (e: Entry): string => [...(e.evidence ?? []).map((x) => [x.text, x.document, x.link].filter(Boolean).join(' · ')), e.note ?? ''].filter(Boolean).join('; ');

export function renderItemStates(items: Item[], targets: TargetResult[], lang: Lang): string {
  const L = LABELS[lang];
  const lines = items.map((i) => {
    const deadline = i.deadline ? ` · ${L.head.deadline} ${i.deadline}${i.extension && i.due ? ` (${L.extended(i.due)})` : ''}` : '';
    return `${i.task.id} ${formatMilestoneRef({ milestone: i.milestone.id, ...(i.occurrence ? { occurrence: i.occurrence } : {}) })}: ${L.state[i.state]}${deadline}\n`;
  });
  const measured = targets.map((t) => `${t.owner} ${t.target.id}: ${L.target[t.state]}${t.last ? ` (${t.last.value}${t.value !== undefined ? ` / ${t.value}` : ''})` : ''}\n`);
  return [...lines, ...measured].join('');
}

export interface ImportSummary {
  ledger: string;
  status: string;
  merged: Merged[];
  unkeyed: number[];
  dryRun: boolean;
  cwd: string;
}

export function renderImport({ ledger, status, merged, unkeyed, dryRun, cwd }: ImportSummary): string {
  const rel = (f: string) => relative(cwd, f) || f;
  const out: string[] = [`${rel(ledger)} → ${rel(status)}`];
  const section = (title: string, lines: string[]) => {
    if (lines.length) out.push(`${title} (${lines.length}):`, ...lines.map((l) => `  ${l}`));
  };
  const row = (n: number) => `第${n}行`.padEnd(6, ' ');
  const of = (kind: Merged['outcome']['kind']) => merged.filter((m) => m.outcome.kind === kind);
  section('new entries', of('new').map((m) => `${row(m.row)} ${what(m.entry)}  ${report(m.entry)}  ${proof(m.entry)}`.trimEnd()));
  section('changes', of('change').map((m) => `${row(m.row)} ${what(m.entry)}  ${m.outcome.kind === 'change' ? report(m.outcome.before) : ''} → ${report(m.entry)}  ${proof(m.entry)}`.trimEnd()));
  section('conflicts, not written', of('conflict').map((m) => `${row(m.row)} ${what(m.entry)}  ${report(m.entry)}: the status file already has ${m.outcome.kind === 'conflict' ? report(m.outcome.later) : ''}, as late or later; record a correction with plancheck mark`));
  section('ignored', [
    ...of('same').map((m) => `${row(m.row)} ${what(m.entry)}  already in the status file`),
    ...unkeyed.map((n) => `${row(n)} no key: a row added by hand, which plancheck cannot place; record it with plancheck mark`),
  ]);
  const added = of('new').length + of('change').length;
  out.push(dryRun ? `dry run: ${added} entries would be added; nothing written` : added ? `added ${added} entries to ${rel(status)}` : `nothing to add to ${rel(status)}`);
  return `${out.join('\n')}\n`;
}
