// The circular as a Word document in the layout of a 公文 (GB/T 9704): A4, the issuing office in red
// over a red rule, the title centred in a large song face, headings 一、二、 in hei, the body in fangsong
// 三号 at a fixed 28-point line, tables whose header row repeats on every page, page numbers "— 1 —".
// Built with the docx package, loaded only when this form is asked for.
import { requireLibrary } from '../../lazyLibrary.js';
import { isFigure, type Block } from './blocks.js';

type Docx = typeof import('docx');

const SONG = 'SimSun';
const HEI = 'SimHei';
const FANGSONG = 'FangSong';
/** Half-points: 二号 22 pt, 三号 16 pt, 小四 12 pt. */
const SIZE = { title: 44, masthead: 52, body: 32, table: 24 };
/** Twips: A4, margins 37 mm top, 35 mm bottom, 28 mm left, 26 mm right; a body line 28 pt. */
const PAGE = { width: 11906, height: 16838, top: 2098, bottom: 1984, left: 1588, right: 1474 };
const LINE = 560;
const RED = 'C00000';


/** Characters, a Latin letter or figure counting half. */
const chars = (s: string): number => [...s].reduce((n, c) => n + (c.charCodeAt(0) < 0x2e80 ? 0.5 : 1), 0);

/** Each column asks room for six characters (a short date never wraps), and what is left goes
 * to the columns with longer texts (titles, units), by their length; where the asks add up to more than
 * the text width (a table of many columns) all are scaled down to it: a table never runs past the margin. */
function columnWidths(head: string[], rows: string[][], total: number): number[] {
  const CHAR = 240;
  const PAD = 200;
  const MIN = 6;
  // A column of figures asks only for its longest figure (its head wraps, two characters a line): in a
  // table of a dozen counts the names keep their room and 92.5 stays on one line.
  const figures = head.map((_, c) => rows.length > 0 && rows.every((r) => isFigure(r[c] ?? '')));
  const need = head.map((h, c) => Math.min(40, Math.max(figures[c] ? 2 : chars(h), ...rows.map((r) => chars(r[c] ?? '')))));
  const base = need.map((n, c) => Math.ceil(figures[c] ? n : Math.min(n, MIN)) * CHAR + PAD);
  const asked = base.reduce((a, b) => a + b, 0);
  if (asked >= total) return base.map((b) => Math.floor((b * total) / asked));
  const rest = total - asked;
  const extra = need.reduce((a, n) => a + Math.max(0, n - MIN), 0);
  return base.map((b, c) => b + (extra ? Math.floor((Math.max(0, (need[c] ?? 0) - MIN) / extra) * rest) : 0));
}

/** The title's pieces packed into lines of the text width, a line broken only between pieces. */
function titleLines(pieces: string[], width: number): string[] {
  const capacity = Math.floor(width / (SIZE.title * 10));
  const lines: string[] = [];
  for (const piece of pieces) {
    const last = lines.at(-1);
    if (last !== undefined && chars(last) + chars(piece) <= capacity) lines[lines.length - 1] = last + piece;
    else lines.push(piece);
  }
  return lines;
}

export async function renderDocx(blocks: Block[]): Promise<Uint8Array> {
  const d = requireLibrary<Docx>('docx');
  const font = (eastAsia: string) => ({ eastAsia, ascii: 'Times New Roman', hAnsi: 'Times New Roman' });
  const run = (text: string, o: { face?: string; size?: number; bold?: boolean; color?: string } = {}) =>
    new d.TextRun({ text, font: font(o.face ?? FANGSONG), size: o.size ?? SIZE.body, ...(o.bold ? { bold: true } : {}), ...(o.color ? { color: o.color } : {}) });
  const body = (text: string, o: { indent?: boolean; align?: 'right' | 'center' } = {}) =>
    new d.Paragraph({
      children: [run(text)],
      spacing: { line: LINE, lineRule: d.LineRuleType.EXACT },
      ...(o.indent === false ? {} : { indent: { firstLine: 640 } }),
      ...(o.align ? { alignment: o.align === 'right' ? d.AlignmentType.RIGHT : d.AlignmentType.CENTER } : {}),
    });
  const width = PAGE.width - PAGE.left - PAGE.right;
  const cell = (text: string, head: boolean, w: number) =>
    new d.TableCell({
      width: { size: w, type: d.WidthType.DXA },
      children: [new d.Paragraph({ children: [run(text, { size: SIZE.table, ...(head ? { face: HEI } : {}) })], ...(head || isFigure(text) ? { alignment: head ? d.AlignmentType.CENTER : d.AlignmentType.RIGHT } : {}) })],
      margins: { top: 40, bottom: 40, left: 80, right: 80 },
      ...(head ? { shading: { type: d.ShadingType.CLEAR, color: 'auto', fill: 'E7E6E6' } } : {}),
    });
  const children: Array<InstanceType<Docx['Paragraph']> | InstanceType<Docx['Table']>> = [];
  for (const b of blocks) {
    switch (b.kind) {
      case 'masthead':
        b.lines.forEach((line, n) =>
          children.push(new d.Paragraph({
            alignment: d.AlignmentType.CENTER,
            children: [run(line, n === 0 ? { face: SONG, size: SIZE.masthead, bold: true, color: RED } : { size: SIZE.body })],
            ...(n === b.lines.length - 1 ? { border: { bottom: { style: d.BorderStyle.SINGLE, size: 18, color: RED, space: 6 } }, spacing: { after: 360 } } : {}),
          })));
        break;
      case 'title':
        children.push(new d.Paragraph({
          alignment: d.AlignmentType.CENTER, spacing: { before: 240, after: 120, line: 700, lineRule: d.LineRuleType.EXACT },
          children: titleLines(b.pieces, width).map((line, n) => new d.TextRun({ text: line, font: font(SONG), size: SIZE.title, bold: true, ...(n ? { break: 1 } : {}) })),
        }));
        break;
      case 'subtitle':
        children.push(body(b.text, { indent: false, align: 'center' }));
        break;
      case 'h2':
        children.push(new d.Paragraph({ keepNext: true, spacing: { line: LINE, lineRule: d.LineRuleType.EXACT }, indent: { firstLine: 640 }, children: [run(b.text, { face: HEI })] }));
        break;
      case 'p':
        children.push(body(b.text));
        break;
      case 'list':
        for (const item of b.items) children.push(body(item));
        break;
      case 'table': {
        const widths = columnWidths(b.head, b.rows, width);
        children.push(new d.Table({
          width: { size: width, type: d.WidthType.DXA },
          columnWidths: widths,
          rows: [
            new d.TableRow({ tableHeader: true, cantSplit: true, children: b.head.map((h, c) => cell(h, true, widths[c] ?? 0)) }),
            ...b.rows.map((r) => new d.TableRow({ cantSplit: true, children: r.map((text, c) => cell(text, false, widths[c] ?? 0)) })),
          ],
        }));
        children.push(new d.Paragraph({ children: [] }));
        break;
      }
      case 'chart':
        break;
      case 'closing':
        children.push(new d.Paragraph({ children: [] }), body(b.text));
        for (const line of b.signature) children.push(body(line, { indent: false, align: 'right' }));
        break;
    }
  }
  const doc = new d.Document({
    creator: 'plancheck',
    title: (blocks.find((b) => b.kind === 'title') as { text?: string } | undefined)?.text ?? '',
    styles: { default: { document: { run: { font: font(FANGSONG), size: SIZE.body } } } },
    sections: [{
      properties: { page: { size: { width: PAGE.width, height: PAGE.height }, margin: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right } } },
      footers: {
        default: new d.Footer({ children: [new d.Paragraph({ alignment: d.AlignmentType.CENTER, children: [new d.TextRun({ children: ['— ', d.PageNumber.CURRENT, ' —'], font: font(SONG), size: 28 })] })] }),
      },
      children,
    }],
  });
  return new Uint8Array(await d.Packer.toBuffer(doc));
}
