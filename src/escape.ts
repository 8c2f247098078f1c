// Text from outside the office (unit names, evidence, notes, a server's words) escaped for the program
// that reads it next, so that it stays text: it cannot start a line of its own, open a link, run a
// script, mention everyone in a chat group or become a formula. Pure; used by every writer of these forms.

/** One line: line ends and the Unicode separators become a space, so a text cannot forge a line. */
export const oneLine = (s: string): string => s.replace(/[^\S\u3000]*[\n\r\v\f\u2028\u2029]+[^\S\u3000]*/g, ' ');

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/** Markdown as GitHub (a job summary) and editors render it: no raw HTML (a <script>, an <img onerror>),
 * no link, image, emphasis, heading, code or table cell made by the text. */
export const markdownText = (s: string): string => oneLine(s).replace(/[&<>]/g, (c) => ENTITIES[c] ?? c).replace(/[\\`*_[\]#|~]/g, '\\$&');

/** The robots' Markdown (WeCom, DingTalk) has no escape: its signs become their full-width forms, which
 * read the same to a Chinese reader and mean nothing to the robot (no heading, link, @all or <@all>). */
const FULL_WIDTH: Record<string, string> = { '#': '＃', '*': '＊', '_': '＿', '`': '｀', '[': '［', ']': '］', '<': '＜', '>': '＞', '@': '＠', '~': '～', '|': '｜' };
export const chatText = (s: string): string => oneLine(s).replace(/[#*_`[\]<>@~|]/g, (c) => FULL_WIDTH[c] ?? c);

/** A CSV cell a spreadsheet program opens as text: one that would start a formula (=, +, -, @, or a tab or
 * carriage return before one) is preceded by an apostrophe, as Excel and OWASP advise. */
export const csvText = (s: string): string => (/^[=+\-@\t\r]/.test(s) ? `'${s}` : s);
