// Which numbered items and annex rows of a source notice no plan encodes yet: the encoder's to-do list.
import type { Plan, PlanWithTexts, Project } from '../model.js';
import { verbatimFields } from './checkTrace.js';
import { isHeaderRow, itemOf, tableCells } from './noticeLines.js';
import { fold, type SourceText } from './sourceText.js';

export interface Uncovered {
  plan: string;
  file: string;
  line: number;
  kind: 'item' | 'row';
  text: string;
}

/** Enough of an item's start to recognise it among the encoded texts. */
const HEAD = 12;

/** Everything a plan encodes that could show where a source line went: verbatim fields and resolved cells. */
function encodedText(plan: Plan): string {
  const parts = [...verbatimFields(plan)].map(([, text]) => text);
  for (const task of plan.tasks) for (const row of task.source.annex ?? []) parts.push(...Object.values(row.inherited ?? {}));
  return parts.map(fold).join('\u0000');
}

/** The line each plan starts on: its title standing alone. Plans without one are not checked. */
function planStarts(source: SourceText, plans: Plan[]): Array<{ plan: Plan; start: number }> {
  return plans
    .map((plan) => ({ plan, start: source.lines.findIndex((l) => fold(l) === fold(plan.title)) }))
    .filter((p) => p.start >= 0)
    .sort((a, b) => a.start - b.start);
}

export function findUncovered(project: Project<PlanWithTexts>, sources: Map<string, SourceText>): Uncovered[] {
  const out: Uncovered[] = [];
  for (const [file, source] of sources) {
    const plans = project.plans.filter((p) => p.plan.document.file === file).map((p) => p.full);
    const encoded = plans.map(encodedText).join('\u0000');
    const starts = planStarts(source, plans);
    starts.forEach(({ plan, start }, k) => {
      const end = starts[k + 1]?.start ?? source.lines.length;
      for (let i = start + 1; i < end; i++) {
        const line = source.lines[i] ?? '';
        const row = tableCells(line);
        if (row) {
          if (isHeaderRow(row)) continue;
          const longest = row.map(fold).reduce((a, b) => (b.length > a.length ? b : a));
          if (!encoded.includes(longest)) out.push({ plan: plan.id, file, line: i + 1, kind: 'row', text: line.trim() });
          continue;
        }
        const item = itemOf(line);
        if (item && !encoded.includes(fold(item.text).slice(0, HEAD))) out.push({ plan: plan.id, file, line: i + 1, kind: 'item', text: line.trim() });
      }
    });
  }
  return out;
}
