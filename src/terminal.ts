// The terminal a view is printed to: the width to fit, and the pager that long views go through (as git
// does). child_process is loaded only when a view is paged: a piped run pays nothing for it.
import { UsageError } from './errors.js';

interface Screen {
  isTTY?: boolean;
  columns?: number;
  rows?: number;
}
type Env = Record<string, string | undefined>;

const DEFAULT_WIDTH = 100;
const MIN_WIDTH = 40;

/** --width, else the terminal's, else COLUMNS when piped, else 100. */
export function terminalWidth(option: string | undefined, out: Screen, env: Env): number {
  if (option !== undefined) {
    const n = Number(option);
    if (!Number.isInteger(n) || n < MIN_WIDTH) throw new UsageError((w) => w.width(MIN_WIDTH, option));
    return n;
  }
  if (out.isTTY && out.columns) return out.columns;
  const columns = Number(env.COLUMNS);
  return Number.isInteger(columns) && columns >= MIN_WIDTH ? columns : DEFAULT_WIDTH;
}

/** The pager command for this text, or none: only on a terminal, when taller than the screen. */
export function pagerFor(text: string, out: Screen, env: Env, wanted: boolean): string | undefined {
  if (!wanted || !out.isTTY || !out.rows) return undefined;
  const pager = env.PAGER ?? 'less -FRX';
  if (pager === '' || pager === 'cat') return undefined;
  let lines = 0;
  for (let i = text.indexOf('\n'); i >= 0 && lines < out.rows; i = text.indexOf('\n', i + 1)) lines++;
  return lines >= out.rows ? pager : undefined;
}

/** The pager's environment: less reads colour codes raw (-R) when LESS does not say otherwise, as git
 * sets it, and reads UTF-8 (the text is UTF-8 whatever the locale; a missing zh_CN.UTF-8 locale would
 * otherwise show <E6><B2><81>) unless the user chose a charset. */
export const pagerEnv = (env: Env): Env => ({ LESS: 'FRX', ...(env.LESSCHARSET || env.LESSCHARDEF ? {} : { LESSCHARSET: 'utf-8' }), ...env });

/** Writes the text through the pager; resolves when the reader quits it. False if it could not start. */
export async function page(text: string, pager: string, env: Env): Promise<boolean> {
  const { spawn } = await import('node:child_process');
  return new Promise((done) => {
    const child = spawn(pager, { shell: true, stdio: ['pipe', 'inherit', 'inherit'], env: pagerEnv(env) });
    child.on('error', () => done(false));
    child.stdin.on('error', () => undefined); // the reader quit before the end: not an error
    child.on('close', (code) => done(code !== 127));
    child.stdin.end(text);
  });
}
