// What mark, extend and import say they did: the items added to the status file, the milestones' new
// states, and for an import the new entries, the changes, the conflicts and the rows set aside.
import { relative } from 'node:path';
import type { Item } from '../engine/evaluate.js';
import type { TargetResult } from '../engine/targets.js';
import { LABELS, type Lang } from '../messages/labels.js';
import type { Entry, Verdict } from '../model.js';
import { RUN_WORDS } from '../messages/runs.js';
import type { Merged } from '../status/merge.js';
import { reviewText } from '../messages/review.js';
import { formatMilestoneRef } from '../status/ref.js';

const what = (e: Pick<Entry, 'task' | 'milestone' | 'occurrence'>): string => `${e.task} ${formatMilestoneRef({ milestone: e.milestone ?? '', ...(e.occurrence ? { occurrence: e.occurrence } : {}) })}`.trim();
const report = (e: Entry, lang: Lang): string => `${RUN_WORDS[lang].state(e.state)} ${e.date}`;
const proof = (e: Entry): string => [...(e.evidence ?? []).map((x) => [x.text, x.document, x.link].filter(Boolean).join(' · ')), e.note ?? ''].filter(Boolean).join('; ');

export function renderItemStates(items: Item[], targets: TargetResult[], lang: Lang): string {
  const L = LABELS[lang];
  const lines = items.map((i) => {
    const deadline = i.deadline ? ` · ${L.head.deadline} ${i.deadline}${i.extension && i.due ? L.paren(L.extended(i.due)) : ''}` : '';
    const review = reviewText(i, L);
    return `${i.task.id} ${formatMilestoneRef({ milestone: i.milestone.id, ...(i.occurrence ? { occurrence: i.occurrence } : {}) })}: ${L.state[i.state]}${review ? `${L.phraseSep}${review}` : ''}${deadline}\n`;
  });
  const measured = targets.map((t) => `${t.owner} ${t.target.id}: ${L.target[t.state]}${t.last ? L.paren(`${t.last.value}${t.value !== undefined ? ` / ${t.value}` : ''}`) : ''}\n`);
  return [...lines, ...measured].join('');
}

export interface ImportSummary {
  ledger: string;
  status: string;
  merged: Merged[];
  /** import --office: the verdicts added, with the rows they came from. */
  verdicts: Array<{ row: number; verdict: Verdict }>;
  unkeyed: number[];
  dryRun: boolean;
  cwd: string;
  lang: Lang;
}

export function renderImport({ ledger, status, merged, verdicts, unkeyed, dryRun, cwd, lang }: ImportSummary): string {
  const w = RUN_WORDS[lang];
  const rel = (f: string) => relative(cwd, f) || f;
  const out: string[] = [`${rel(ledger)} → ${rel(status)}`];
  const section = (title: string, lines: string[]) => {
    if (lines.length) out.push(`${title} (${lines.length})${lang === 'zh' ? '：' : ':'}`, ...lines.map((l) => `  ${l}`));
  };
  // a row number's column: as wide as the widest, in the language's words
  const row = (n: number) => w.row(n).padEnd(lang === 'zh' ? 6 : 8, ' ');
  const of = (kind: Merged['outcome']['kind']) => merged.filter((m) => m.outcome.kind === kind);
  const said = (e: Entry) => report(e, lang);
  section(w.newEntries, of('new').map((m) => `${row(m.row)} ${what(m.entry)}  ${said(m.entry)}  ${proof(m.entry)}`.trimEnd()));
  section(w.changes, of('change').map((m) => `${row(m.row)} ${what(m.entry)}  ${m.outcome.kind === 'change' ? said(m.outcome.before) : ''} → ${said(m.entry)}  ${proof(m.entry)}`.trimEnd()));
  const L = LABELS[lang];
  section(w.verdicts, verdicts.map(({ row: n, verdict: v }) => `${row(n)} ${what(v)}  ${v.verdict === 'sent-back' ? L.review.sentBack(v.date, v.reason ?? '') : L.review.signedOff(v.date)}`));
  section(w.conflicts, of('conflict').map((m) => `${row(m.row)} ${what(m.entry)}  ${said(m.entry)}${lang === 'zh' ? '：' : ': '}${w.conflict(m.outcome.kind === 'conflict' ? said(m.outcome.later) : '')}`));
  section(w.ignored, [
    ...of('same').map((m) => `${row(m.row)} ${what(m.entry)}  ${w.same}`),
    ...unkeyed.map((n) => `${row(n)} ${w.noKey}`),
  ]);
  const added = of('new').length + of('change').length + verdicts.length;
  out.push(dryRun ? w.dryRun(added) : added ? w.added(added, rel(status)) : w.nothingToAdd(rel(status)));
  return `${out.join('\n')}\n`;
}
