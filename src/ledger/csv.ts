// The ledger as CSV for Excel and WPS: UTF-8 with a byte-order mark (without it both read the text as
// the local code page) and CRLF line ends; and the reader of such files, quotes and all (RFC 4180).
import { csvText } from '../escape.js';
import type { LedgerSheet } from './sheet.js';

const quote = (value: string): string => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
/** A cell as written: never a formula (a unit named =HYPERLINK(…)), quoted where it must be. */
const csvCell = (value: string): string => quote(csvText(value));

export function writeCsv(sheet: LedgerSheet): Buffer {
  const lines = [
    [sheet.title],
    ...sheet.lines.map((l) => [l]),
    [],
    sheet.columns.map((c) => c.header),
    ...sheet.rows.map((r) => sheet.columns.map((c) => String(r.cells[c.id] ?? ''))),
  ];
  return Buffer.from(`\ufeff${lines.map((cells) => cells.map(csvCell).join(',')).join('\r\n')}\r\n`, 'utf8');
}

/** A quote opened in this row (1-based) and never closed: every row after it would be one cell. */
export class UnclosedQuote extends Error {
  constructor(readonly row: number) {
    super(`a quote opened in row ${row} is never closed`);
  }
}

/** Rows of cells; a byte-order mark is dropped, CRLF and LF both end a row, quoted cells may hold both.
 * A quote left open at the end is an UnclosedQuote, not rows silently swallowed. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let opened = 0;
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  const endRow = () => {
    endCell();
    rows.push(row);
    row = [];
  };
  const s = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quoted && c === '"' && s[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
      if (quoted) opened = rows.length + 1;
    }
    else if (quoted) cell += c;
    else if (c === ',') endCell();
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && s[i + 1] === '\n') i++;
      endRow();
    } else cell += c;
  }
  if (quoted) throw new UnclosedQuote(opened);
  if (cell !== '' || row.length) endRow();
  return rows;
}
