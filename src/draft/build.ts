// A draft plan in the schema from what the reader found: every text copied from the notice, every
// decision the reader could not make left to a person (TODO titles, unspecified dates, unknown units).
import type { PhraseContext } from '../dates/phrase.js';
import type { Category, Milestone, Plan, Role, Statement, Task, Units } from '../model.js';
import { bestMatch, columnsOf, rowCells, type Columns } from './annex.js';
import { datePhrases, readingKey, statementOf } from './dates.js';
import type { NoticeRead, PlanRead, Problem } from './read.js';
import { cellNames, matchUnits, splitBracket, type Registry } from './units.js';

export interface DraftInput {
  county: string;
  year: number;
  /** The notice's path in the repository: sources/….txt. */
  file: string;
  /** The date of issue, YYYY-MM-DD. */
  issued: string;
  registry: Registry;
}

/** The title a person writes; validate warns until it is replaced. */
export const TODO = 'TODO';
const NO_DATE: Statement = { source: 'body', kind: 'unspecified', why: '正文未规定完成时限' };

/** The two-letter county code of task ids, from the slug's syllables: qinshui → QS, lingchuan → LC. */
export function countyCode(slug: string): string {
  const letters = slug.replace(/[^a-z]/g, '');
  const second = /^[^aeiouv]*[aeiouv]+(?:ng|n)?(?=[^aeiouv])([a-z])/.exec(letters)?.[1] ?? letters[1] ?? 'x';
  return `${letters[0] ?? 'x'}${second}`.toUpperCase();
}

/** A title a person must write, with the text's first words to tell the tasks apart meanwhile. */
const todoTitle = (text: string): string => `${TODO} ${text.split(/[。；，,;]/)[0]?.slice(0, 24) ?? ''}`.trim();

const milestonesOf = (statements: Statement[]): Milestone[] => (statements.length ? statements : [{ ...NO_DATE }]).map((s, i) => ({ id: `m${i + 1}`, statements: [s] }));

function unitsOf(names: Partial<Record<Role, string[]>>, input: DraftInput, line: number, problems: Problem[]): { units: Units; notes: string[] } {
  const units: Units = {};
  const notes: string[] = [];
  for (const role of ['lead', 'responsible', 'support'] as const) {
    const { ids, unknown } = matchUnits(names[role] ?? [], input.registry);
    if (ids.length) units[role] = ids;
    for (const u of unknown) {
      problems.push({ line, what: 'unit', text: u.name, detail: u.closest.join(', ') });
      notes.push(`${TODO} 单位“${u.name}”不在登记表中${u.closest.length ? `（最接近：${u.closest.join('、')}）` : ''}：加入 units.yaml 或改为已有单位后补入 ${role}`);
    }
  }
  return { units, notes };
}

function bodyTasks(read: PlanRead, prefix: string, input: DraftInput, ctx: PhraseContext, problems: Problem[]): Task[] {
  return read.items.map((item, i) => {
    const bracket = splitBracket(item.text);
    if (bracket.unparsed) problems.push({ line: item.line, what: 'bracket', text: bracket.unparsed });
    const { units, notes } = unitsOf(bracket.names, input, item.line, problems);
    const statements = datePhrases(bracket.text).map((p) => statementOf(p, ctx, { source: 'body' }));
    return {
      id: `${prefix}-${String(i + 1).padStart(2, '0')}`,
      title: todoTitle(bracket.text),
      text: bracket.text,
      source: { body: { section: item.section, ...(item.item ? { item: item.item } : {}), ...(item.paragraph ? { paragraph: item.paragraph } : {}), ...(bracket.unitsText ? { unitsText: bracket.unitsText } : {}) } },
      units,
      milestones: milestonesOf(statements),
      ...(notes.length ? { notes } : {}),
    };
  });
}

/** Each annex row under the body task it restates (its date a statement of that task), or as a task of its own. */
function annexRows(read: PlanRead, tasks: Task[], prefix: string, input: DraftInput, ctx: PhraseContext, problems: Problem[]): Plan['annexes'] {
  const body = tasks.map((t) => t.text);
  return read.annexes.map((table, t) => {
    const id = `A${t + 1}`;
    const cols = columnsOf(table);
    let above: { row: string; cells: string[] } | undefined;
    table.rows.forEach((row, r) => {
      const cells = rowCells(row, table.columns, cols.seq);
      if (!cells) {
        problems.push({ line: row.line, what: 'row', text: row.cells.join(' | '), detail: `${row.cells.length} cells under ${table.columns.length} columns` });
        return;
      }
      const number = cols.seq !== undefined && cells[cols.seq] ? (cells[cols.seq] ?? '') : `#${r + 1}`;
      const merged = mergedCells(table.columns, cells, cols, above?.cells);
      const ref = {
        table: id, row: number, cells: Object.fromEntries(table.columns.map((c, i) => [c, cells[i] ?? ''])),
        ...(merged.length && above ? { inherited: Object.fromEntries(merged.map((i) => [table.columns[i] ?? '', above?.cells[i] ?? ''])), notes: [`${merged.map((i) => `“${table.columns[i]}”`).join('')}为空栏（合并单元格），取第${above.row}行之值。`] } : {}),
      };
      const resolved = cells.map((c, i) => (merged.includes(i) ? (above?.cells[i] ?? c) : c));
      above = { row: number, cells: resolved };
      const taskText = cells[cols.task] ?? '';
      const dateCell = cols.date !== undefined ? (cells[cols.date] ?? '') : '';
      // The date cell (as a whole where it holds no phrase the reader finds), and phrases of the task cell (3月份完成…).
      const inCell = datePhrases(dateCell);
      const phrases = [...(inCell.length ? inCell : dateCell ? [dateCell] : []), ...datePhrases(taskText).filter((p) => !inCell.includes(p))];
      const statements = phrases.map((p) => statementOf(p, ctx, { source: 'annex', row: number }));
      const at = bestMatch(taskText, body);
      const task = at === undefined ? undefined : tasks[at];
      if (task) {
        (task.source.annex ??= []).push(ref);
        for (const s of statements) {
          const same = task.milestones.find((m) => m.statements.some((b) => b.kind !== 'unspecified' && readingKey(b) === readingKey(s)));
          if (same) same.statements.push(s);
          else task.milestones.push({ id: `m${task.milestones.length + 1}`, statements: [s] });
        }
        return;
      }
      if (!taskText) {
        problems.push({ line: row.line, what: 'row', text: row.cells.join(' | '), detail: 'no task text in the row' });
        return;
      }
      const names = cols.units ? { [cols.units.role]: cellNames(resolved[cols.units.index] ?? '', input.registry) } : {};
      const { units, notes } = unitsOf(names, input, row.line, problems);
      tasks.push({
        id: `${prefix}-${id}-${/^\d+$/.test(number) ? number.padStart(2, '0') : String(r + 1).padStart(2, '0')}`,
        title: todoTitle(taskText),
        text: taskText,
        source: { annex: [ref] },
        units,
        milestones: statements.length ? milestonesOf(statements) : [{ id: 'm1', statements: [{ source: 'annex', row: number, kind: 'unspecified', why: '附件未规定完成时限' }] }],
        ...(notes.length ? { notes } : {}),
      });
    });
    return { id, ...(table.label ? { label: table.label } : {}), title: table.title || table.label || id, columns: table.columns };
  });
}

/** The columns of a row left empty where the row above has a value (a merged cell, as the conversion prints
 * it): not the row number, the task or a remark. */
function mergedCells(columns: readonly string[], cells: readonly string[], cols: Columns, above: readonly string[] | undefined): number[] {
  if (!above) return [];
  return columns.flatMap((c, i) => (i !== cols.seq && i !== cols.task && !/备注/.test(c) && !cells[i] && above[i] ? [i] : []));
}

const CATEGORY_CODE: Record<Category, string> = { air: 'AIR', water: 'WATER', soil: 'SOIL', groundwater: 'GROUNDWATER', eco: 'ECO' };

export function buildPlans(notice: NoticeRead, input: DraftInput): { plans: Plan[]; problems: Problem[] } {
  const problems = [...notice.problems];
  const ctx: PhraseContext = { year: input.year, issued: input.issued };
  const seen = new Map<Category, number>();
  const plans = notice.plans.map((read): Plan => {
    const n = (seen.get(read.category) ?? 0) + 1;
    seen.set(read.category, n);
    const suffix = n > 1 ? `-${n}` : '';
    const prefix = `${countyCode(input.county)}${String(input.year).slice(-2)}-${CATEGORY_CODE[read.category]}${suffix ? String(n) : ''}`;
    const tasks = bodyTasks(read, prefix, input, ctx, problems);
    const annexes = annexRows(read, tasks, prefix, input, ctx, problems) ?? [];
    return {
      id: `${input.county}-${input.year}-${read.category}${suffix}`,
      county: input.county,
      title: read.title,
      category: read.category,
      year: input.year,
      period: { start: `${input.year}-01-01`, end: `${input.year}-12-31` },
      document: { number: notice.number ?? TODO, issuer: notice.issuer ?? TODO, date: input.issued, file: input.file },
      ...(annexes.length ? { annexes } : {}),
      tasks,
      notes: [`${TODO} plancheck draft：标题、单位、时限须由人逐条对照原文核定后删去本注`],
    };
  });
  return { plans, problems };
}
