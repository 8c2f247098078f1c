// Redraws docs/TERMINAL.md: the views as a real terminal shows them, at 80, 100 and 120 columns, in English
// and in Chinese. Each command runs in a tmux pane of that width (a terminal: plancheck fits its tables to
// the pane's columns), the pane's whole output captured with capture-pane. Needs tmux; `npm run build`
// first. `node scripts/terminal.mjs` (npm run terminal) rewrites the file.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');
const BIN = path.join(ROOT, 'bin/plancheck');
const STATUS = '--as-of 2021-06-15 --status examples/qinshui-2021-status.yaml';
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'plancheck-terminal-'));

try {
  execFileSync('sh', ['-c', 'command -v tmux'], { stdio: 'ignore' });
} catch {
  console.error('terminal: tmux is not installed');
  process.exit(2);
}

const quote = (s) => `'${s.replace(/'/g, `'\\''`)}'`;

/** What `plancheck ARGS` prints in a terminal this wide, in this locale: run as the pane's own command,
 * so the pane holds its output alone; --no-pager so that the capture holds all of it. */
let runs = 0;
function capture(width, args, lang) {
  const session = `plancheck-${process.pid}-${runs++}`;
  const done = path.join(work, `${session}.done`);
  const env = `env -i PATH=${quote(process.env.PATH ?? '')} HOME=${quote(work)} TERM=xterm-256color NO_COLOR=1 LANG=${lang === 'zh' ? 'zh_CN.UTF-8' : 'C.UTF-8'}`;
  const command = `cd ${quote(ROOT)} && ${env} ${quote(process.execPath)} ${quote(BIN)} ${args} --no-pager; touch ${quote(done)}; sleep 30`;
  execFileSync('tmux', ['new-session', '-d', '-s', session, '-x', String(width), '-y', '50', command]);
  try {
    for (let n = 0; !fs.existsSync(done); n++) {
      if (n > 200) throw new Error(`terminal: plancheck ${args} did not finish`);
      execFileSync('sleep', ['0.1']);
    }
    const out = execFileSync('tmux', ['capture-pane', '-p', '-J', '-S', '-', '-E', '-', '-t', session], { encoding: 'utf8' });
    return `$ plancheck ${args}\n${out.replace(/\s+$/, '')}\n`;
  } finally {
    execFileSync('tmux', ['kill-session', '-t', session]);
  }
}

const block = (width, args, lang) => `\`\`\`console\n${capture(width, args, lang)}\`\`\`\n`;

const sections = [
  '# What the views look like in a terminal\n',
  'Drawn by `npm run terminal` (`scripts/terminal.mjs`): each command runs in a tmux pane of the width named (`tmux new-session -x W`), its output captured with `capture-pane`, in a shell started with `env -i … NO_COLOR=1 LANG=C.UTF-8` (English) or `LANG=zh_CN.UTF-8` (Chinese: no `--lang`, the locale chooses), with `--no-pager` so that the capture holds the whole output. A table never gives a row a second line: at 80 columns the id column keeps its longest id with its occurrence, titles are cut with `…`, and the units column gives way first. `show` breaks its Chinese by the line-breaking rules (no line starts with `，`/`。`/`）`, none ends with `（`/`〔`; dates and `19号` stay whole).\n',
  '## 80 columns\n',
  block(80, `due --county qinshui ${STATUS}`, 'en'),
  block(80, `due --county qinshui ${STATUS}`, 'zh'),
  block(80, `late --county qinshui ${STATUS}`, 'zh'),
  block(80, `show QS21-WATER-2-04 ${STATUS}`, 'zh'),
  block(80, 'due --county qinshiu', 'zh'),
  block(80, 'dew --county qinshui', 'zh'),
  block(80, 'due --help', 'zh'),
  '## 100 columns\n',
  block(100, `due --county qinshui ${STATUS}`, 'zh'),
  block(100, `late --county qinshui ${STATUS}`, 'en'),
  '## 120 columns\n',
  block(120, `due --county qinshui ${STATUS}`, 'zh'),
  block(120, `summary --by unit --county qinshui ${STATUS}`, 'en'),
  block(120, `show QS21-AIR-08 ${STATUS}`, 'zh'),
];
fs.writeFileSync(path.join(ROOT, 'docs/TERMINAL.md'), sections.join('\n'));
fs.rmSync(work, { recursive: true, force: true });
console.log('wrote docs/TERMINAL.md');
