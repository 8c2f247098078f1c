// The circular as one self-contained HTML page: no script, no network, styles inline, charts drawn as
// inline SVG (each unit's on-time rate, each category's outcomes, twelve months of outcomes); printed on A4.
import type { DueOutcome } from '../../report/figures.js';
import { isFigure, type Block, type Chart, type Series } from './blocks.js';

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Outcome colours: green done on time, amber late, red overdue, violet soft target missed, grey open. */
const COLOUR: Record<DueOutcome, string> = { onTime: '#2e7d32', late: '#f9a825', overdue: '#c62828', softMissed: '#8e24aa', notYetDue: '#9e9e9e', waived: '#cfd8dc' };

const STYLE = `
body { font-family: "FangSong", "STFangsong", "Noto Serif CJK SC", "Source Han Serif SC", serif; font-size: 16px; line-height: 1.7; color: #111; max-width: 56em; margin: 2em auto; padding: 0 1.5em; }
h1 { font-family: "SimHei", "STHeiti", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif; font-size: 1.6em; text-align: center; margin: 0.6em 0 0.2em; }
h2 { font-family: "SimHei", "STHeiti", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif; font-size: 1.15em; margin: 1.4em 0 0.4em; }
.masthead { text-align: center; color: #b71c1c; font-family: "SimSun", "Noto Serif CJK SC", serif; }
.masthead p { margin: 0; text-indent: 0; }
.masthead .issuer { font-size: 1.8em; font-weight: bold; letter-spacing: 0.1em; border-bottom: 2px solid #b71c1c; padding-bottom: 0.3em; white-space: nowrap; }
h1 .piece { display: inline-block; }
.subtitle { text-align: center; margin-top: 0; text-indent: 0; }
p { margin: 0.3em 0; text-indent: 2em; }
ul { margin: 0.3em 0 0.3em 2em; padding: 0; }
table { border-collapse: collapse; width: 100%; margin: 0.5em 0 1em; font-size: 0.9em; }
th, td { border: 1px solid #555; padding: 0.25em 0.4em; vertical-align: top; text-align: left; }
th { background: #eee; font-family: "SimHei", "Noto Sans CJK SC", sans-serif; font-weight: normal; }
th.n, td.n { text-align: right; white-space: nowrap; }
figure { margin: 0.8em 0; break-inside: avoid; overflow-x: auto; }
figure svg { min-width: 640px; }
figcaption { font-family: "SimHei", "Noto Sans CJK SC", sans-serif; font-size: 0.9em; }
svg text { font-family: "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; font-size: 12px; }
.closing { margin-top: 1.5em; }
.signature { text-align: right; text-indent: 0; }
@media (max-width: 600px) {
  body { padding: 0 0.8em; }
  h1 { font-size: 1.3em; }
  table, tbody, tr, td { display: block; width: auto; }
  thead { display: none; }
  table.grid { display: none; }
  tr { border: 1px solid #555; margin: 0 0 0.6em; padding: 0.2em 0.5em; }
  td, td.n { border: none; padding: 0.1em 0; text-align: left; white-space: normal; }
  td[data-head]::before { content: attr(data-head) "："; font-family: "SimHei", "Noto Sans CJK SC", sans-serif; color: #555; }
  html[lang="en"] td[data-head]::before { content: attr(data-head) ": "; }
}
@media print {
  @page { size: A4; margin: 25mm 20mm 25mm 25mm; }
  body { max-width: none; margin: 0; padding: 0; font-size: 12pt; }
  figure { overflow: visible; }
  figure svg { min-width: 0; }
  thead { display: table-header-group; }
  tr, figure { break-inside: avoid; }
  h2 { break-after: avoid; }
}
`;

function legend(items: Array<{ key: DueOutcome; label: string }>, y: number): string {
  let x = 0;
  return items.map(({ key, label }) => {
    const at = x;
    x += 28 + label.length * 13;
    return `<rect x="${at}" y="${y}" width="12" height="12" fill="${COLOUR[key]}"/><text x="${at + 16}" y="${y + 11}">${esc(label)}</text>`;
  }).join('');
}

const total = (s: Series): number => Object.values(s.parts).reduce((a, b) => a + b, 0);
const title = (parts: Series['parts'], labels: Array<{ key: DueOutcome; label: string }>): string => labels.filter((l) => parts[l.key]).map((l) => `${l.label} ${parts[l.key]}`).join(', ');

function svg(chart: Chart): string {
  const W = 640;
  if (chart.kind === 'bars') {
    const label = 200;
    const h = chart.rows.length * 22 + 10;
    const bars = chart.rows.map((r, n) => {
      const y = n * 22 + 4;
      const w = Math.round(r.value * (W - label - 60));
      return `<text x="${label - 6}" y="${y + 13}" text-anchor="end">${esc(r.label)}</text><rect x="${label}" y="${y}" width="${w}" height="16" fill="${r.value >= 0.999 ? COLOUR.onTime : r.value >= 0.5 ? COLOUR.late : COLOUR.overdue}"><title>${esc(r.text)}</title></rect><text x="${label + w + 4}" y="${y + 13}">${esc(r.text)}</text>`;
    });
    return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${h}" width="100%" role="img">${bars.join('')}</svg>`;
  }
  const used = chart.legend.filter((l) => chart.rows.some((r) => r.parts[l.key] > 0));
  const max = Math.max(1, ...chart.rows.map(total));
  if (chart.kind === 'stacked') {
    const label = 90;
    const h = chart.rows.length * 26 + 30;
    const rows = chart.rows.map((r, n) => {
      const y = n * 26 + 4;
      let x = label;
      const segs = chart.legend.map(({ key }) => {
        const w = (r.parts[key] / max) * (W - label - 40);
        const seg = r.parts[key] ? `<rect x="${x.toFixed(1)}" y="${y}" width="${w.toFixed(1)}" height="18" fill="${COLOUR[key]}"/>` : '';
        x += w;
        return seg;
      });
      return `<g><title>${esc(title(r.parts, chart.legend))}</title><text x="${label - 6}" y="${y + 14}" text-anchor="end">${esc(r.label)}</text>${segs.join('')}<text x="${(x + 4).toFixed(1)}" y="${y + 14}">${total(r)}</text></g>`;
    });
    return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${h}" width="100%" role="img">${rows.join('')}${legend(used, h - 16)}</svg>`;
  }
  const H = 200;
  const step = (W - 40) / chart.rows.length;
  const cols = chart.rows.map((r, n) => {
    const x = 30 + n * step;
    let y = H;
    const segs = chart.legend.map(({ key }) => {
      const h = (r.parts[key] / max) * (H - 20);
      y -= h;
      return r.parts[key] ? `<rect x="${(x + 4).toFixed(1)}" y="${y.toFixed(1)}" width="${(step - 8).toFixed(1)}" height="${h.toFixed(1)}" fill="${COLOUR[key]}"/>` : '';
    });
    return `<g><title>${esc(`${r.label}: ${title(r.parts, chart.legend)}`)}</title>${segs.join('')}${total(r) ? `<text x="${(x + step / 2).toFixed(1)}" y="${(y - 3).toFixed(1)}" text-anchor="middle">${total(r)}</text>` : ''}<text x="${(x + step / 2).toFixed(1)}" y="${H + 16}" text-anchor="middle">${esc(r.label)}</text></g>`;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H + 46}" width="100%" role="img"><line x1="30" y1="${H}" x2="${W - 10}" y2="${H}" stroke="#555"/>${cols.join('')}${legend(used, H + 28)}</svg>`;
}

/** A count, a rate or a number of days: right-aligned, never broken (151天 on one line in print too). */

/** The issuer on one line at any width: its size shrinks with a narrow window rather than break a name. */
const issuerSize = (text: string): string => `font-size: min(1.8em, calc((100vw - 3em) / ${([...text].length * 1.1 + 0.5).toFixed(1)}))`;

function block(b: Block): string {
  switch (b.kind) {
    case 'masthead': return `<header class="masthead">${b.lines.map((l, n) => (n === 0 ? `<p class="issuer" style="${issuerSize(l)}">${esc(l)}</p>` : `<p class="number">${esc(l)}</p>`)).join('')}</header>`;
    case 'title': return `<h1>${b.pieces.length > 1 ? b.pieces.map((p) => `<span class="piece">${esc(p)}</span>`).join('') : esc(b.text)}</h1>`;
    case 'subtitle': return `<p class="subtitle">${esc(b.text)}</p>`;
    case 'h2': return `<h2>${esc(b.text)}</h2>`;
    case 'p': return `<p>${esc(b.text)}</p>`;
    case 'list': return `<ul>${b.items.map((i) => `<li>${esc(i)}</li>`).join('')}</ul>`;
    case 'table': {
      // A column of numbers keeps its head on one line; on a phone each row is a card, its cells named.
      const counts = b.head.map((_, c) => b.rows.every((r) => isFigure(r[c] ?? '')));
      const n = (c: number, text: string) => (counts[c] || isFigure(text) ? ' class="n"' : '');
      const named = (c: number) => (c < b.lead ? '' : ` data-head="${esc(b.head[c] ?? '')}"`);
      return `<table${b.gridOnly ? ' class="grid"' : ''}><thead><tr>${b.head.map((h, c) => `<th${counts[c] ? ' class="n"' : ''}>${esc(h)}</th>`).join('')}</tr></thead><tbody>${b.rows.map((r) => `<tr>${r.map((cell, c) => `<td${n(c, cell)}${named(c)}>${esc(cell)}</td>`).join('')}</tr>`).join('')}</tbody></table>`;
    }
    case 'chart': return `<figure><figcaption>${esc(b.chart.title)}</figcaption>${svg(b.chart)}</figure>`;
    case 'closing': return `<p class="closing">${esc(b.text)}</p>${b.signature.map((l) => `<p class="signature">${esc(l)}</p>`).join('')}`;
  }
}

export function renderHtml(blocks: Block[], lang: 'zh' | 'en'): string {
  const heading = blocks.find((b) => b.kind === 'title');
  return `<!DOCTYPE html>
<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(heading && 'text' in heading ? heading.text : '')}</title>
<style>${STYLE}</style>
</head>
<body>
${blocks.map(block).join('\n')}
</body>
</html>
`;
}
