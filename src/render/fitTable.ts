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

/** Column widths for the layout; 0 hides a column. Each column starts at its widest cell (or header).
 * Then, while the table is too wide: the widest giving column shrinks, down to what it says well (a
 * short text, a list as its first and how many more); headers wider than their cells wrap; the giving
 * columns shrink down to their floor; if that is not enough, the columns that may be hidden are, the
 * lowest `give` first, and the rest laid out again; only then the fixed columns shrink, to be wrapped. */
export function columnWidths(columns: Column[], rows: Cell[][], layout: Pick<Layout, 'width' | 'more'>): number[] {
  const cells = columns.map((_, c) => rows.reduce((m, r) => Math.max(m, textWidth(cellText(r[c]))), 0));
  const natural = columns.map((col, c) => Math.max(cells[c]!, textWidth(col.head)));
  // A header wider than its column's cells wraps before any cell is cut.
  const wrappedHead = columns.map((col, c) => Math.max(cells[c]!, headWidth(col.head)));
  const floors = columns.map((col, c) => Math.min(natural[c]!, col.min ?? Math.max(headWidth(col.head), 6)));
  const softs = columns.map((_, c) => {
    const lists = rows.map((r) => r[c]).filter((x): x is ListCell => typeof x === 'object' && x.items.length > 1);
    const said = lists.reduce((m, l) => Math.max(m, Math.min(textWidth(layout.more(l.items[0]!, l.items.length)), SOFT + 4)), SOFT);
    return Math.max(floors[c]!, Math.min(natural[c]!, said));
  });
  const hideable = columns.map((_, c) => c).filter((c) => columns[c]!.hide).sort((a, b) => (columns[a]!.give ?? 0) - (columns[b]!.give ?? 0));
  for (let hidden = 0; ; hidden++) {
    const widths = natural.map((w, c) => (hideable.slice(0, hidden).includes(c) ? 0 : w));
    const excess = () => widths.reduce((a, w) => a + w + (w > 0 ? GAP : 0), -GAP) - layout.width;
    const shrink = (cols: number[], limit: (c: number) => number): void => {
      while (excess() > 0) {
        const widest = cols.filter((c) => widths[c]! > limit(c)).sort((a, b) => widths[b]! - widths[a]! || (columns[b]!.give ?? 0) - (columns[a]!.give ?? 0))[0];
        if (widest === undefined) return;
        widths[widest]! -= 1;
      }
    };
    const giving = columns.map((_, c) => c).filter((c) => (columns[c]!.give ?? 0) > 0 && widths[c]! > 0);
    const fixed = columns.map((_, c) => c).filter((c) => !giving.includes(c) && widths[c]! > 0);
    shrink(giving, (c) => Math.max(softs[c]!, wrappedHead[c]!));
    shrink(fixed, (c) => wrappedHead[c]!);
    shrink(giving, (c) => floors[c]!);
    if (excess() > 0 && hidden < hideable.length) continue;
    shrink(fixed, () => 4);
    return widths;
  }
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
 * the columns GAP apart. */
function drawLine(texts: string[], widths: number[], paints: Paint[], row: number): string {
  let line = '';
  for (let c = 0; c < texts.length; c++) {
    const width = widths[c]!;
    let text = texts[c]!;
    let w = textWidth(text);
    if (w > width) w = textWidth((text = cut(text, width)));
    const paint = paints[c];
    if (c > 0) line += ' '.repeat(GAP);
    line += paint && text ? paint(text, row) : text;
    // the last column's padding would only be trimmed
    if (c < texts.length - 1) line += ' '.repeat(width - w);
  }
  return line.trimEnd();
}

/** A row's lines: as many as its tallest cell (a wrapped one) has. */
function drawRow(cells: string[], widths: number[], paints: Paint[], row: number, out: string[]): void {
  if (!cells.some((cell) => cell.includes('\n'))) {
    out.push(drawLine(cells, widths, paints, row));
    return;
  }
  const lines = cells.map((cell) => cell.split('\n'));
  const height = Math.max(...lines.map((l) => l.length));
  for (let k = 0; k < height; k++) out.push(drawLine(lines.map((l) => l[k] ?? ''), widths, paints, row));
}

export function renderFitTable(allColumns: Column[], allRows: Cell[][], layout: Layout): string {
  const all = columnWidths(allColumns, allRows, layout);
  const shown = all.map((w, c) => (w > 0 ? c : -1)).filter((c) => c >= 0);
  const widths = shown.map((c) => all[c]!);
  const columns = shown.map((c) => allColumns[c]!);
  const bold = layout.head;
  const lines: string[] = [];
  drawRow(columns.map((col, c) => wrap(col.head, widths[c]!).join('\n')), widths, columns.map(() => bold && ((l: string) => bold(l))), -1, lines);
  lines.push(widths.map((w) => '─'.repeat(w)).join(' '.repeat(GAP)));
  const paints = columns.map((col) => col.paint);
  allRows.forEach((r, i) => drawRow(shown.map((c, k) => fitCell(r[c], widths[k]!, columns[k]!, layout)), widths, paints, i, lines));
  return lines.join('\n');
}
