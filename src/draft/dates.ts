// The date phrases of a text, verbatim, each read by the phrase reader of validate (dates/phrase.ts): a
// phrase it reads becomes a statement with its reading; one it does not is left to a person.
import { readPhrase, type PhraseContext } from '../dates/phrase.js';
import type { Statement } from '../model.js';

const S = '\\s*';
const YEAR = `(?:\\d{4}${S}年${S})`;
const MONTH = `${YEAR}?(?:\\d{1,2}${S}月?${S}[-－—–~～至到]${S}${YEAR}?)?\\d{1,2}${S}月(?:份)?(?:${S}\\d{1,2}${S}日)?(?:${S}(?:底|末|中旬|上旬|下旬))?(?:${S}(?:以前|前|起|开始))?`;
const YEAR_END = `(?:${YEAR}年?|年)${S}(?:底|末)(?:${S}前)?`;
const YEAR_FROM = `\\d{4}${S}年${S}(?:起|开始)`;
// 月调度月通报 is one monthly obligation (docs/ENCODING.md), and 每月 25 日前 one phrase: the day is part of its reading.
const RECURRING = `每月${S}\\d{1,2}${S}日(?:${S}(?:以前|前))?|月调度${S}月通报|每月|按月|逐月|每个月|月调度|月通报|每季度|按季度|每季|逐季|每年|按年|逐年`;
/** A year alone opening a sentence (2021 年县城建成区…达 30%): the task is that year's. */
const BARE_YEAR = `(?:^|(?<=[。；;，,]))\\d{4}${S}年(?!${S}(?:度|起|开始|底|末|以来|前|\\d|[-－—–~～至到]))`;
/** The direction of a figure (逐年提高: no date), before 逐年 is taken for a recurrence. */
const DIRECTION = '(?:逐年|持续|稳步)(?:提高|提升|增加|增长|下降|降低|减少|改善)';
// Obligations in force (the reader's ongoing: 持续 + an action, docs/ENCODING.md), phrases it reads as
// stating no date, and seasons and higher levels' schedules it does not read (按照市…要求: left to a person).
const OTHER = '长期坚持|持续开展|持续推进|持续整治|持续加大|持续推动|持续巩固|持续谋划|常态化开展|日分析、周研判|每天|每日|已完成|供暖季前|采暖季前|非汛期|汛期前|汛前|汛期|赛前|每两月|按时完成|一年内|规定时间内|秋冬季(?:期间)?|冬春浇期间|按照(?:国家|省|市|夏季)[^，。；、]{0,16}?(?:要求|部署)|根据市级具体要求';
const PHRASE = new RegExp(`(?:力争${S})?(?:${MONTH}|${YEAR_END}|${YEAR_FROM})|${BARE_YEAR}|${DIRECTION}|${RECURRING}|${OTHER}`, 'g');

/** Every date phrase of a text, verbatim, each once, in order. */
export function datePhrases(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(PHRASE)) {
    const phrase = m[0].trim();
    if (!out.some((p) => p.replace(/\s/g, '') === phrase.replace(/\s/g, ''))) out.push(phrase);
  }
  return out;
}

export const UNDECIDED = '读不出此时限：须由人确定（TODO）';

/** A statement of a phrase: its reading, or unspecified with why a person must decide. */
export function statementOf(phrase: string, ctx: PhraseContext, where: { source: 'body' } | { source: 'annex'; row: string }): Statement {
  const reading = readPhrase(phrase, ctx);
  if (!reading) return { ...where, phrase, kind: 'unspecified', why: UNDECIDED };
  // 一年内, 供暖季前: the glossary reads no date in them, and none is guessed.
  return reading.kind === 'unspecified' ? { ...where, phrase, kind: 'unspecified', why: '此短语未给出日期，不作推定' } : { ...where, phrase, ...reading };
}

/** The key a reading is compared by (body and annex statements of one milestone). */
export const readingKey = (s: Statement): string => [s.kind, s.due, s.from, s.every, s.day].join(' ');
