// The language of the views: --lang, else PLANCHECK_LANG, else the locale (LC_ALL, then LANG; zh_* is
// Chinese), else English.
import { UsageError } from './errors.js';
import type { Lang } from './messages/labels.js';

export function chooseLang(option: string | undefined, env: Record<string, string | undefined>): Lang {
  for (const [value, from] of [[option, '--lang'], [env.PLANCHECK_LANG, 'PLANCHECK_LANG']] as const) {
    if (value === undefined || value === '') continue;
    if (value === 'en' || value === 'zh') return value;
    throw new UsageError((w) => w.oneOf(from, ['en', 'zh'], value));
  }
  const locale = env.LC_ALL || env.LANG || '';
  return /^zh([_.@-]|$)/i.test(locale) ? 'zh' : 'en';
}

/** The value of --lang on a command line (--lang zh, --lang=zh), read before the options are parsed:
 * the language is chosen once, and the parser's own errors are said in it too. */
export function langArgument(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') return undefined;
    if (a === '--lang') return argv[i + 1];
    if (a.startsWith('--lang=')) return a.slice('--lang='.length);
  }
  return undefined;
}

/** The language of a run whose --lang or PLANCHECK_LANG is itself wrong: the locale's. */
export const localeLang = (env: Record<string, string | undefined>): Lang => chooseLang(undefined, { ...env, PLANCHECK_LANG: undefined });

/** The run's language from its command line and environment. A wrong --lang or PLANCHECK_LANG leaves the
 * locale's language, with the error for the run to report in it. */
export function runLanguage(argv: readonly string[], env: Record<string, string | undefined>): { lang: Lang; bad?: UsageError } {
  try {
    return { lang: chooseLang(langArgument(argv), env) };
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    return { lang: localeLang(env), bad: e };
  }
}
