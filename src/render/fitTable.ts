// Tables for every view, fitted to a width in display columns, one line per row and no rules between
// rows (as kubectl get and npm outdated print). The ids, dates, states and days are never cut; the
// title, then the units, give way: cut with …, a list of units cut to its first and how many more, or
// with `wrap` wrapped inside their column. Each cell is measured once, the columns fitted once, and the
// rows written with the widths so found: time linear in the rows, microseconds each.
import { cut, textWidth, wrap } from './fit.js';

const GAP = 2;
/** What a giving column keeps while others can give: about ten Chinese characters. */
const SOFT = 20;

/** A list (of units): printed whole where it fits, else as its first and how many more. */
export interface ListCell {
  items: string[];
  /** The whole list as printed where it fits. */
  text: string;
}
export type Cell = string | ListCell;

export interface Column {
  head: string;
  /** Columns that give way when the table is too wide (cut, or hidden on a narrow screen, the lowest
   * first); 0, the default, never cut: wrapped only when the others alone are wider than the window. */
  give?: number;
  /** A giving column that may be hidden on a narrow screen (units, file lines), rather than shrink the others. */
  hide?: boolean;
  /** Never narrower than its widest cell (the id with its occurrence): a row is not broken in two. */
  whole?: boolean;
  /** Dropped, the lowest first, where the table would otherwise break its rows in two (a narrow window). */
  drop?: number;
  /** The narrowest a giving column may be cut to (default: its header, or 6). */
  min?: number;
  /** Applied to each fitted cell (colour), after measuring. */
  paint?: (text: string, row: number) => string;
}

export interface Layout {
  /** The width to fit, in display columns. */
  width: number;
  /** Wrap long cells inside their column instead of cutting them. */
  wrap: boolean;
  /** A list cut to its first item: "A +2" (en) or "A等3个" (zh). */
  more: (first: string, total: number) => string;
  /** Header style (bold on a terminal). */
  head?: (s: string) => string;
}

const cellText = (c: Cell | undefined): string => (c === undefined ? '' : typeof c === 'string' ? c : c.text);

/** A header wraps at its spaces, and a Chinese one after ten columns, rather than widen a narrow column. */
const headWidth = (head: string): number => Math.max(0, ...head.split(' ').map((w) => Math.min(textWidth(w), 10)));

/** Column widths for the layout (0 hides a column), and the gap between columns. Each column starts at
 * its widest cell (or header). While the table is too wide: the widest giving column shrinks, down to
 * what it says well (a short text, a list as its first and how many more), then to its floor; then the
 * columns that may be hidden are, the lowest `give` first. Only then headers wrap (in either language
 * the same rule: a header never wraps while a column can still give), the gap narrows to one column,
 * and the columns that may be dropped are (the title, the state, the note), as few as will do. A row stays one
 * line: the fixed columns (dates, states, days; never the id) shrink, to be wrapped, only where even
 * that is too wide. */
export function columnWidths(columns: Column[], rows: Cell[][], layout: Pick<Layout, 'width' | 'more'>): { widths: number[]; gap: number } {
  const cells = columns.map((_, c) => rows.reduce((m, r) => Math.max(m, textWidth(cellText(r[c]))), 0));
  const natural = columns.map((col, c) => Math.max(cells[c]!, textWidth(col.head)));
  const wrappedHead = columns.map((col, c) => Math.max(cells[c]!, headWidth(col.head)));
  const floors = columns.map((col, c) => Math.min(natural[c]!, col.min ?? Math.max(headWidth(col.head), 6)));
  const softs = columns.map((_, c) => {
    const lists = rows.map((r) => r[c]).filter((x): x is ListCell => typeof x === 'object' && x.items.length > 1);
    const said = lists.reduce((m, l) => Math.max(m, Math.min(textWidth(layout.more(l.items[0]!, l.items.length)), SOFT + 4)), SOFT);
    return Math.max(floors[c]!, Math.min(natural[c]!, said));
  });
  const byGive = (a: number, b: number) => (columns[a]!.give ?? 0) - (columns[b]!.give ?? 0);
  const isGiving = (c: number) => (columns[c]!.give ?? 0) > 0;
  const hideable = columns.map((_, c) => c).filter((c) => columns[c]!.hide).sort(byGive);
  const droppable = columns.map((_, c) => c).filter((c) => columns[c]!.drop !== undefined).sort((a, b) => columns[a]!.drop! - columns[b]!.drop!);
  /** The widths with these columns hidden: too wide still, unless `last`, where the fixed columns shrink. */
  const attempt = (hidden: number[], gap: number, wrapHeads: boolean, last = false): number[] | undefined => {
    const widths = natural.map((w, c) => (hidden.includes(c) ? 0 : w));
    const excess = () => widths.reduce((a, w) => a + w + (w > 0 ? gap : 0), -gap) - layout.width;
    const shrink = (cols: number[], limit: (c: number) => number): void => {
      while (excess() > 0) {
        const widest = cols.filter((c) => widths[c]! > limit(c)).sort((a, b) => widths[b]! - widths[a]! || byGive(b, a))[0];
        if (widest === undefined) return;
        widths[widest]! -= 1;
      }
    };
    const shown = columns.map((_, c) => c).filter((c) => widths[c]! > 0);
    const giving = shown.filter(isGiving);
    const fixed = shown.filter((c) => !isGiving(c));
    shrink(giving, (c) => Math.max(softs[c]!, wrappedHead[c]!));
    shrink(giving, (c) => floors[c]!);
    if (wrapHeads) shrink(fixed, (c) => wrappedHead[c]!);
    if (last) shrink(fixed.filter((c) => !columns[c]!.whole), () => 4);
    return excess() <= 0 || last ? widths : undefined;
  };
  for (let n = 0; n <= hideable.length; n++) {
    const widths = attempt(hideable.slice(0, n), GAP, false);
    if (widths) return { widths, gap: GAP };
  }
  for (let n = 0; n < droppable.length; n++) {
    for (const gap of [GAP, 1]) {
      const widths = attempt([...hideable, ...droppable.slice(0, n)], gap, true);
      if (widths) return { widths, gap };
    }
  }
  // Every droppable column dropped; those that fit after all come back, the last dropped first.
  const leastDropped = (gap: number): number[] => droppable.reduceRight((dropped, c) => {
    const without = dropped.filter((d) => d !== c);
    return attempt([...hideable, ...without], gap, true) ? without : dropped;
  }, droppable);
  const wide = attempt([...hideable, ...leastDropped(GAP)], GAP, true);
  return wide ? { widths: wide, gap: GAP } : { widths: attempt([...hideable, ...leastDropped(1)], 1, true, true)!, gap: 1 };
}

function fitList(cell: ListCell, width: number, more: Layout['more']): string {
  if (textWidth(cell.text) <= width || cell.items.length < 2) return cut(cell.text, width);
  const first = cell.items[0]!;
  const short = more(first, cell.items.length);
  if (textWidth(short) <= width) return short;
  const suffix = short.slice(first.length);
  return `${cut(first, width - textWidth(suffix))}${suffix}`;
}

function fitCell(cell: Cell | undefined, width: number, col: Column, layout: Layout): string {
  const text = cellText(cell);
  if (textWidth(text) <= width) return text;
  if ((col.give ?? 0) === 0 || layout.wrap) return wrap(text, width).join('\n');
  return typeof cell === 'object' ? fitList(cell, width, layout.more) : cut(text, width);
}

type Paint = Column['paint'];

/** One line of a row: each cell's text (measured before it is painted) padded to its column's width,
 * the columns `gap` apart. */
function drawLine(texts: string[], widths: number[], gap: number, paints: Paint[], row: number): string {
  let line = '';
  for (let c = 0; c < texts.length; c++) {
    const width = widths[c]!;
    let text = texts[c]!;
    let w = textWidth(text);
    if (w > width) w = textWidth((text = cut(text, width)));
    const paint = paints[c];
    if (c > 0) line += ' '.repeat(gap);
    line += paint && text ? paint(text, row) : text;
    // the last column's padding would only be trimmed
    if (c < texts.length - 1) line += ' '.repeat(width - w);
  }
  return line.trimEnd();
}

/** A row's lines: as many as its tallest cell (a wrapped one) has. */
function drawRow(cells: string[], widths: number[], gap: number, paints: Paint[], row: number, out: string[]): void {
  if (!cells.some((cell) => cell.includes('\n'))) {
    out.push(drawLine(cells, widths, gap, paints, row));
    return;
  }
  const lines = cells.map((cell) => cell.split('\n'));
  const height = Math.max(...lines.map((l) => l.length));
  for (let k = 0; k < height; k++) out.push(drawLine(lines.map((l) => l[k] ?? ''), widths, gap, paints, row));
}

export function renderFitTable(allColumns: Column[], allRows: Cell[][], layout: Layout): string {
  const { widths: all, gap } = columnWidths(allColumns, allRows, layout);
  const shown = all.map((w, c) => (w > 0 ? c : -1)).filter((c) => c >= 0);
  const widths = shown.map((c) => all[c]!);
  const columns = shown.map((c) => allColumns[c]!);
  const bold = layout.head;
  const lines: string[] = [];
  drawRow(columns.map((col, c) => wrap(col.head, widths[c]!).join('\n')), widths, gap, columns.map(() => bold && ((l: string) => bold(l))), -1, lines);
  lines.push(widths.map((w) => '─'.repeat(w)).join(' '.repeat(gap)));
  const paints = columns.map((col) => col.paint);
  allRows.forEach((r, i) => drawRow(shown.map((c, k) => fitCell(r[c], widths[k]!, columns[k]!, layout)), widths, gap, paints, i, lines));
  return lines.join('\n');
}
