// The language of the views: --lang, else PLANCHECK_LANG, else the locale (LC_ALL, then LANG; zh_* is
// Chinese), else English.
import { UsageError } from './errors.js';
import type { Lang } from './messages/labels.js';

export function chooseLang(option: string | undefined, env: Record<string, string | undefined>): Lang {
  for (const [value, from] of [[option, '--lang'], [env.PLANCHECK_LANG, 'PLANCHECK_LANG']] as const) {
    if (value === undefined || value === '') continue;
    if (value === 'en' || value === 'zh') return value;
    throw new UsageError(`${from} must be en or zh, not "${value}"`);
  }
  const locale = env.LC_ALL || env.LANG || '';
  return /^zh([_.@-]|$)/i.test(locale) ? 'zh' : 'en';
}
