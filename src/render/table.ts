// Tables for every view. cli-table3 lines up Chinese text, but its layout grows faster than linearly
// with the rows; so rows are laid out in chunks with column widths fixed for the whole table, and the
// chunks joined so that the result is the one table cli-table3 would have drawn.
import Table from 'cli-table3';
import tableUtils from 'cli-table3/src/utils.js';

const CHUNK = 100;
// cli-table3's own width measure (string-width based), so the widths fixed here are those it would find.
const { strlen } = tableUtils;

export interface TableStyle {
  head?: string[];
  border?: string[];
}

export function renderTable(head: string[], rows: string[][], style: TableStyle = {}): string {
  const widths = head.map((h, c) => Math.max(strlen(h), ...rows.map((r) => strlen(r[c] ?? ''))) + 2);
  const draw = (chunk: string[][]): string[] => {
    const table = new Table({ head, colWidths: widths, style: { head: style.head ?? [], border: style.border ?? [] } });
    table.push(...chunk);
    return table.toString().split('\n');
  };
  if (rows.length <= CHUNK) return draw(rows).join('\n');
  const lines: string[] = [];
  let bottom = '';
  for (let i = 0; i < rows.length; i += CHUNK) {
    const drawn = draw(rows.slice(i, i + CHUNK));
    // Every chunk but the first loses its top border and header; each loses its bottom border.
    lines.push(...(i === 0 ? drawn.slice(0, -1) : [drawn[2] as string, ...drawn.slice(3, -1)]));
    bottom = drawn.at(-1) as string;
  }
  return [...lines, bottom].join('\n');
}
