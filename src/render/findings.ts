// Findings as the compilers print them: file:line:column: severity CODE message, in the run's language.
import { relative } from 'node:path';
import { isPosition, sortFindings, type Finding, type Severity } from '../findings.js';
import { describe as describeEn } from '../messages/en.js';
import type { Lang } from '../messages/labels.js';
import { describe as describeZh } from '../messages/zh.js';
import { paint } from './style.js';

const DESCRIBE: Record<Lang, (f: Finding) => string> = { en: describeEn, zh: describeZh };
const SEVERITY: Record<Lang, Record<Severity, string>> = {
  en: { error: 'error', warning: 'warning', info: 'hint' },
  zh: { error: '错误', warning: '警告', info: '提示' },
};

export function renderFindings(findings: Finding[], { color, cwd, lang }: { color: boolean; cwd: string; lang: Lang }): string {
  const c = paint(color);
  return sortFindings(findings)
    .map((f) => {
      // Pointers are resolved to positions before printing (load/positions.ts); a file alone is still a
      // place. A file that cannot be read is named in the message, with what it is for.
      const where = f.at && f.code !== 'FILE_UNREADABLE' ? `${relative(cwd, f.at.file) || f.at.file}${isPosition(f.at) ? `:${f.at.line}:${f.at.column}` : ''}: ` : '';
      const word = SEVERITY[lang][f.severity];
      const sev = f.severity === 'error' ? c.red(word) : f.severity === 'warning' ? c.yellow(word) : c.blue(word);
      return `${where}${sev} ${c.dim(f.code)} ${DESCRIBE[lang](f)}\n`;
    })
    .join('');
}

/** The closing line of a run stopped by bad input: what it did not do (evaluate, or write the status file). */
export function summarize(findings: Finding[], lang: Lang, writer = false): string {
  const count = (s: Finding['severity']) => findings.filter((f) => f.severity === s).length;
  const [errors, warnings] = [count('error'), count('warning')];
  if (lang === 'zh') return `${errors} 个错误${warnings ? `，${warnings} 个警告` : ''}：${writer ? '未写入' : '未作判断'}`;
  return `${errors} ${errors === 1 ? 'error' : 'errors'}${warnings ? `, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}` : ''}: ${writer ? 'nothing was written' : 'nothing was evaluated'}`;
}
