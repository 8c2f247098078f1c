// Reads a converted notice into its plans: title, the body's numbered items with their section path and
// unit bracket, and the annex tables row by row. Lines are told apart as trace --missing tells them
// (trace/noticeLines.ts); texts are joined across the conversion's broken lines, never rewritten.
import type { Category } from '../model.js';
import { isHeaderRow, itemOf, tableCells } from '../trace/noticeLines.js';
import { fold } from '../trace/sourceText.js';
import { namesUnits } from './units.js';

export interface BodyItem {
  section: string[];
  /** The number as printed (5, （一）); absent for an unnumbered paragraph with a bracket of its own. */
  item?: string;
  /** Set when an item has several paragraphs each with its own bracket. */
  paragraph?: number;
  /** The text, lines joined: the item's number removed, its unit bracket kept (split off later). */
  text: string;
  line: number;
}

export interface TableRow {
  cells: string[];
  line: number;
}

export interface AnnexTable {
  label?: string;
  title: string;
  columns: string[];
  rows: TableRow[];
  line: number;
}

export interface PlanRead {
  title: string;
  category: Category;
  line: number;
  items: BodyItem[];
  annexes: AnnexTable[];
}

export interface Problem {
  line: number;
  what: 'row' | 'bracket' | 'unit' | 'notice';
  text: string;
  detail?: string;
}

export interface NoticeRead {
  number?: string;
  issuer?: string;
  /** 2021 年 5 月 11 日, as printed under the notice. */
  date?: string;
  plans: PlanRead[];
  problems: Problem[];
}

/** Markdown marks a conversion may add around headings (## （一）…, **…**). */
const bare = (line: string): string => line.replace(/^[\s#*]+|[\s*]+$/g, '');
const PLAN_TITLE = /(?:行动计划|工作方案|实施方案)$/;
const NOT_TITLE = /关于|通知|印发|附件|《|》|：|:/;
const LEVEL1 = /^[一二三四五六七八九十]+、/;
const LEVEL2 = /^[（(][一二三四五六七八九十]+[）)]/;
const LABEL = /^附件\s*\d*\s*[:：]?$/;
const DATE_LINE = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(?:印发)?$/;

const CATEGORIES: Array<[RegExp, Category]> = [[/地下水/, 'groundwater'], [/土壤/, 'soil'], [/空气|大气|蓝天/, 'air'], [/生态文明/, 'eco'], [/水/, 'water'], [/生态/, 'eco']];
/** The category a title names, read after the county's name (沁水县 holds a 水). */
export const categoryOf = (title: string): Category | undefined => {
  const subject = title.replace(/^[^县市区旗]{1,6}[县市区旗]/, '');
  return CATEGORIES.find(([re]) => re.test(subject))?.[1];
};

/** A plan's title standing alone on its line (first occurrence only: running heads repeat it). */
function planStarts(lines: string[]): Array<{ title: string; line: number; category: Category }> {
  const seen = new Set<string>();
  const out: Array<{ title: string; line: number; category: Category }> = [];
  lines.forEach((raw, i) => {
    const title = bare(raw);
    const category = categoryOf(title);
    if (!category || !PLAN_TITLE.test(fold(title)) || NOT_TITLE.test(title) || title.length > 60 || tableCells(raw) || seen.has(fold(title))) return;
    seen.add(fold(title));
    out.push({ title, line: i, category });
  });
  return out;
}

/** A paragraph still open: the conversion broke it inside a sentence (or inside its bracket). */
const open = (text: string): boolean => !/[。〕）)\]】；;！]$/.test(text.trim());

function readBody(lines: string[], from: number, to: number): BodyItem[] {
  const items: BodyItem[] = [];
  let l1: string | undefined;
  let l2: string | undefined;
  let l3: string | undefined;
  let current: BodyItem | undefined;
  const section = (): string[] => [l1, l2, l3].filter((s): s is string => Boolean(s));
  const push = (item: BodyItem): void => {
    items.push(item);
    current = item;
  };
  for (let i = from; i < to; i++) {
    const raw = lines[i] ?? '';
    const line = bare(raw);
    if (!line) continue;
    const markdownHeading = /^\s*#/.test(raw);
    const item = markdownHeading ? undefined : itemOf(line);
    if (LEVEL1.test(line)) {
      [l1, l2, l3, current] = [line, undefined, undefined, undefined];
    } else if (LEVEL2.test(line) && !/。./.test(line)) {
      [l2, l3, current] = [line, undefined, undefined];
    } else if (LEVEL2.test(line)) {
      // （一）加强组织领导。各乡镇…: a sub-section that is a paragraph, numbered as the section is.
      const mark = /^[（(][一二三四五六七八九十]+[）)]/.exec(line)?.[0] ?? '';
      push({ section: section(), item: mark, text: line.slice(mark.length).trim(), line: i + 1 });
    } else if (markdownHeading && itemOf(line)) {
      [l3, current] = [line, undefined];
    } else if (item) {
      push({ section: section(), item: item.item, text: item.text, line: i + 1 });
    } else if (current && (open(current.text) || !namesUnits(current.text))) {
      current.text += line;
    } else if (current) {
      // A further paragraph of the item: a task of its own if it names its own units (kept below).
      current.paragraph ??= 1;
      push({ section: current.section, ...(current.item ? { item: current.item } : {}), paragraph: current.paragraph + 1, text: line, line: i + 1 });
    } else if (l1) {
      // An unnumbered paragraph (保障措施): a task only if it names its units (kept below).
      push({ section: section(), text: line, line: i + 1 });
    }
  }
  // A numbered item is a task whatever it holds; a paragraph only with units of its own.
  const kept = items.filter((it) => (it.item !== undefined && it.paragraph === undefined) || namesUnits(it.text));
  // An item whose further paragraphs were all dropped is one paragraph again.
  return kept.map((it) => {
    if (it.paragraph !== 1 || kept.some((o) => o !== it && o.item === it.item && o.section === it.section)) return it;
    const { paragraph, ...one } = it;
    return one;
  });
}

/** The annex tables: a header row opens a table, unless it repeats the last one's header after a page
 * break (no new label, or the same title). */
function readAnnexes(lines: string[], from: number, to: number, problems: Problem[]): AnnexTable[] {
  const tables: AnnexTable[] = [];
  let label: string | undefined;
  let title: string | undefined;
  /** A label or a title other than the table's was printed since its last row. */
  let fresh = false;
  let table: AnnexTable | undefined;
  for (let i = from; i < to; i++) {
    const raw = lines[i] ?? '';
    const cells = tableCells(raw);
    if (!cells) {
      const line = bare(raw);
      if (!line) continue;
      if (LABEL.test(line)) [label, fresh] = [line, true];
      else if (!line.startsWith('附件') && (!table || fold(line) !== fold(table.title))) [title, fresh] = [line, true];
      continue;
    }
    if (isHeaderRow(cells)) {
      // The last table goes on after a page break: no new label, and its header again or no new title
      // (a line between is then a cell the conversion broke off).
      const last = tables.at(-1);
      const same = last !== undefined && cells.map(fold).join() === last.columns.map(fold).join();
      if (last && label === undefined && (same || !fresh)) table = last;
      else {
        table = { ...(label ? { label } : {}), title: title ?? '', columns: cells, rows: [], line: i + 1 };
        tables.push(table);
        label = undefined;
      }
      fresh = false;
      continue;
    }
    if (!table) problems.push({ line: i + 1, what: 'row', text: raw.trim(), detail: 'a table row before any header row' });
    else table.rows.push({ cells, line: i + 1 });
  }
  return tables;
}

export function readNotice(text: string): NoticeRead {
  const lines = text.split(/\r?\n/);
  const problems: Problem[] = [];
  const starts = planStarts(lines);
  if (starts.length === 0) problems.push({ line: 1, what: 'notice', text: '', detail: 'no plan title (…行动计划, …工作方案, …实施方案) stands on a line of its own' });
  const head = lines.slice(0, starts[0]?.line ?? lines.length).map(bare);
  const number = head.map((l) => /\S+〔\d{4}〕\d+号/.exec(fold(l))?.[0]).find(Boolean);
  // The issuer signs under the notice; a letterhead (…办公室文件) names it too.
  const issuer = head.map(fold).map((l) => l.replace(/文件$/, '')).find((l) => /办公室$|人民政府$/.test(l) && !/关于/.test(l));
  const date = head.find((l) => DATE_LINE.test(l)) ?? lines.map(bare).find((l) => DATE_LINE.test(l));
  const plans = starts.map(({ title, line, category }, k) => {
    const end = starts[k + 1]?.line ?? lines.length;
    // The annexes start at their label (附件), or at the title of the first table where none is printed.
    const annexAt = lines.findIndex((l, i) => i > line && i < end && /^\s*附件/.test(l));
    const headerAt = lines.findIndex((l, i) => i > line && i < end && isHeaderRow(tableCells(l) ?? []));
    let titleAt = headerAt - 1;
    while (titleAt > line && !bare(lines[titleAt] ?? '')) titleAt--;
    const bodyEnd = Math.min(...[annexAt, titleAt, end].filter((i) => i > line));
    return { title, category, line: line + 1, items: readBody(lines, line + 1, bodyEnd), annexes: readAnnexes(lines, bodyEnd, end, problems) };
  });
  return { ...(number ? { number } : {}), ...(issuer ? { issuer } : {}), ...(date ? { date } : {}), plans, problems };
}

/** 2021 年 5 月 11 日 → 2021-05-11. */
export function isoOf(date: string): string | undefined {
  const m = DATE_LINE.exec(date);
  return m ? `${m[1]}-${(m[2] ?? '').padStart(2, '0')}-${(m[3] ?? '').padStart(2, '0')}` : undefined;
}
