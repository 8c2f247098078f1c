// Draws the pictures in docs/ from the shipped plans and example data, as people see the documents:
// the text circular pasted into a phone chat (36 columns), the Word circular and a unit's ledger as
// LibreOffice prints them, the HTML circular at 1280 and 390 px. Run `npm run build` first; needs
// chromium, libreoffice and pdftoppm (Debian: chromium libreoffice-writer-nogui libreoffice-calc-nogui
// fonts-noto-cjk poppler-utils). `node scripts/pictures.mjs` redraws them all; `node scripts/pictures.mjs city`
// (or `year`) only the city circular's (a workspace of the three Jincheng counties, examples/city/) and the year's assessment's.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = path.resolve(import.meta.dirname, '..');
const DOCS = path.join(ROOT, 'docs');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'plancheck-pictures-'));
const STATUS = ['--county', 'qinshui', '--status', 'examples/qinshui-2021-status.yaml'];
const CIRCULAR = ['report', '--month', '2021-06', ...STATUS, '--header', 'examples/report.yaml', '--lang', 'zh'];

for (const tool of ['chromium', 'libreoffice', 'pdftoppm']) {
  try {
    execFileSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' });
  } catch {
    console.error(`pictures: ${tool} is not installed (see the head of scripts/pictures.mjs)`);
    process.exit(2);
  }
}

const plancheck = (...args) => execFileSync(process.execPath, [path.join(ROOT, 'bin/plancheck'), ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
const out = (name) => path.join(work, name);

/** A headless Chromium screenshot of a page, the window this wide and tall. */
function screenshot(url, file, width, height) {
  execFileSync('chromium', [
    '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', `--user-data-dir=${fs.mkdtempSync(path.join(work, 'chromium-'))}`,
    '--hide-scrollbars', `--window-size=${width},${height}`, `--screenshot=${file}`, url,
  ], { stdio: 'ignore' });
  console.log(`wrote ${path.relative(ROOT, file)}`);
}

/** A page as a phone shows it: headless Chromium's window is at least 500 px wide, so the page is laid out
 * in a frame of the phone's width (its own viewport: vw and media queries are the phone's). */
function phone(page, file, width, height) {
  const frame = out(`frame-${path.basename(file, '.png')}.html`);
  fs.writeFileSync(frame, `<!DOCTYPE html><html><body style="margin:0"><iframe src="${pathToFileURL(page).href}" style="border:0;width:${width}px;height:${height}px;display:block"></iframe></body></html>`);
  screenshot(pathToFileURL(frame).href, file, width, height);
}

/** Pages of a document as LibreOffice prints it to PDF, drawn as PNG. */
function printed(document, pages, name) {
  execFileSync('libreoffice', ['--headless', `-env:UserInstallation=${pathToFileURL(out('libreoffice')).href}`, '--convert-to', 'pdf', '--outdir', work, document], { stdio: 'ignore' });
  const pdf = document.replace(/\.[a-z]+$/, '.pdf');
  for (const [page, file] of pages(pdf)) {
    execFileSync('pdftoppm', ['-png', '-r', '80', '-singlefile', '-f', String(page), '-l', String(page), pdf, path.join(DOCS, file.replace(/\.png$/, ''))]);
    console.log(`wrote docs/${file} (${name}, page ${page})`);
  }
}

/** The page of a PDF whose text holds a phrase (a string, or a RegExp such as a table head's cell on a line of its own). */
function pageWith(pdf, phrase) {
  const count = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1] ?? 1);
  for (let page = 1; page <= count; page++) {
    const text = execFileSync('pdftotext', ['-f', String(page), '-l', String(page), pdf, '-'], { encoding: 'utf8' });
    if (typeof phrase === 'string' ? text.includes(phrase) : phrase.test(text)) return page;
  }
  throw new Error(`no page of ${pdf} holds ${phrase}`);
}

// The city circular of June 2022 over a workspace of Jincheng's three counties, each its own repository
// (the shipped plans; Qinshui's example status file, the others none yet), with examples/city's header.
const city = path.join(work, 'city');
for (const county of ['qinshui', 'lingchuan', 'yangcheng']) {
  fs.mkdirSync(path.join(city, 'counties', county, 'plans'), { recursive: true });
  fs.cpSync(path.join(ROOT, 'plans', county), path.join(city, 'counties', county, 'plans', county), { recursive: true });
}
fs.copyFileSync(path.join(ROOT, 'examples/qinshui-2021-status.yaml'), path.join(city, 'counties/qinshui/status.yaml'));
for (const file of ['workspace.yaml', 'report.yaml']) fs.copyFileSync(path.join(ROOT, 'examples/city', file), path.join(city, file));
const cityCircular = (format, file) => execFileSync(process.execPath, [path.join(ROOT, 'bin/plancheck'), 'report', '--month', '2022-06', '--lang', 'zh', '--format', format, '--output', file], { cwd: city, stdio: 'ignore', env: { ...process.env, NO_COLOR: '1' } });
cityCircular('html', out('city.html'));
screenshot(pathToFileURL(out('city.html')).href, path.join(DOCS, 'report-city-html.png'), 1280, 1400);
cityCircular('docx', out('city.docx'));
printed(out('city.docx'), () => [[1, 'report-city-docx-page1.png']], 'city circular');
// The year's assessment of 2021 (examples/report-2021.yaml's scoring rule): the page in a browser, and the
// Word document's first page and the page of its units' table as LibreOffice prints them.
const YEAR = ['report', '--year', '2021', ...STATUS, '--header', 'examples/report-2021.yaml', '--lang', 'zh'];
plancheck(...YEAR, '--format', 'html', '--output', out('year.html'));
screenshot(pathToFileURL(out('year.html')).href, path.join(DOCS, 'report-year-html.png'), 1280, 2000);
plancheck(...YEAR, '--format', 'docx', '--output', out('year.docx'));
printed(out('year.docx'), (pdf) => [[1, 'report-year-docx-page1.png'], [pageWith(pdf, /^排名$/m), 'report-year-docx-units.png']], 'year\'s assessment');
if (process.argv[2] === 'city' || process.argv[2] === 'year') {
  fs.rmSync(work, { recursive: true, force: true });
  process.exit(0);
}

// The text circular pasted into a chat on a phone: a bubble 36 columns wide (18 Chinese characters)
// that wraps each line as WeChat does; a line of the text is a paragraph, so nothing breaks mid-word.
const text = plancheck(...CIRCULAR);
const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const chat = out('chat.html');
fs.writeFileSync(chat, `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<style>body { margin: 0; background: #ededed; font-family: "Noto Sans CJK SC", sans-serif; }
.bar { background: #f7f7f7; border-bottom: 1px solid #ddd; text-align: center; padding: 10px; font-size: 16px; }
.bubble { margin: 12px; padding: 10px 12px; background: #fff; border-radius: 6px; width: 18em; font-size: 16px; line-height: 1.5;
  white-space: pre-wrap; line-break: strict; overflow-wrap: anywhere; }</style></head>
<body><div class="bar">沁水县环保督查群</div><div class="bubble">${escape(text)}</div></body></html>`);
phone(chat, path.join(DOCS, 'report-text-phone.png'), 390, 1800);

// The HTML circular on a screen and on a phone.
plancheck(...CIRCULAR, '--format', 'html', '--output', out('circular.html'));
screenshot(pathToFileURL(out('circular.html')).href, path.join(DOCS, 'report-html.png'), 1280, 1800);
phone(out('circular.html'), path.join(DOCS, 'report-html-390.png'), 390, 2400);

// The Word circular as LibreOffice prints it: page 1, and the page with the completed items' table.
plancheck(...CIRCULAR, '--format', 'docx', '--output', out('circular.docx'));
printed(out('circular.docx'), (pdf) => [[1, 'report-docx-page1.png'], [pageWith(pdf, '四、本月完成事项'), 'report-docx-completed.png']], 'Word circular');

// 办结销号 in the June circular: the example status copied, then as the office's month goes — a unit reports
// a completion (mark --by), the office signs off one report and sends another back with its reason.
const signoff = out('signoff-status.yaml');
fs.copyFileSync(path.join(ROOT, 'examples/qinshui-2021-status.yaml'), signoff);
plancheck('mark', 'QS21-WATER-2-04', 'm2', 'done', '--date', '2021-06-28', '--by', '县住建局', '--document', '沁住建字〔2021〕15号（示例）', '--status', signoff);
plancheck('signoff', 'QS21-WATER-5-01', 'm1@2021-05', '--date', '2021-06-20', '--status', signoff, '--header', 'examples/report.yaml');
plancheck('reject', 'QS21-WATER-2-10', 'm2', '--date', '2021-06-25', '--reason', '方案未附县政府审定意见，请补充后重新报送（示例）', '--status', signoff);
plancheck('report', '--month', '2021-06', '--county', 'qinshui', '--status', signoff, '--header', 'examples/report.yaml', '--lang', 'zh', '--format', 'docx', '--output', out('signoff.docx'));
printed(out('signoff.docx'), (pdf) => [[pageWith(pdf, '本月退回事项'), 'report-docx-signoff.png']], 'circular after sign-offs');

// One unit's ledger as LibreOffice prints it (A4 landscape, header on each page).
plancheck('ledger', ...STATUS, '--unit', '县住建局', '--as-of', '2021-07-05', '--output', out('ledger.xlsx'));
printed(out('ledger.xlsx'), (pdf) => {
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1] ?? 1);
  if (pages < 2) fs.rmSync(path.join(DOCS, 'ledger-libreoffice-p2.png'), { force: true });
  return [[1, 'ledger-libreoffice-p1.png'], ...(pages > 1 ? [[2, 'ledger-libreoffice-p2.png']] : [])];
}, 'ledger of 县住建局');
fs.rmSync(work, { recursive: true, force: true });
