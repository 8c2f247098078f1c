// Every sentence plancheck says about a finding, in English. One exhaustive switch: a new code
// without wording does not compile.
import type { Finding } from '../findings.js';
import { escapeArgs } from './quote.js';

const schemaDetail = (f: Finding): string => {
  const { subject, expected, actual } = f.args;
  switch (f.args.detail) {
    case 'unknown-field': return `unknown field "${actual}" in ${subject}`;
    case 'missing-field': return `${subject} lacks the required field "${expected}"`;
    case 'enum': return `${subject} is "${actual}", but must be one of: ${expected}`;
    case 'date': return `${subject} is "${actual}", which is not a calendar date (YYYY-MM-DD)`;
    case 'type': return actual === 'null' && subject === '(top level)'
      ? 'the file is empty (or holds only comments)'
      : `${subject} is ${TYPE_WORDS[actual ?? ''] ?? actual}, but must be ${(expected ?? '').split(',').map((t) => TYPE_WORDS[t] ?? t).join(' or ')}`;
    case 'pattern': return `${subject} is "${actual}", which does not have the required form ${expected}`;
    default: return `${subject}: ${actual}`;
  }
};

const TYPE_WORDS: Record<string, string> = {
  object: 'a mapping (key: value lines)', array: 'a list', string: 'text', integer: 'a whole number', number: 'a number', boolean: 'true or false', null: 'empty',
};

/** The system's error codes, as a reader would say them. */
const ERRNO_WORDS: Record<string, string> = {
  ENOENT: 'not found', EACCES: 'permission denied', EPERM: 'permission denied', EISDIR: 'it is a folder, not a file',
  ENOTDIR: 'a part of the path is not a folder', ELOOP: 'too many symbolic links (a loop?)', EIO: 'input/output error',
  ENOSPC: 'no space left on the device', EROFS: 'the file system is read-only', EDQUOT: 'disk quota exceeded',
  FILE_NOT_REGULAR: 'not a regular file (a FIFO or socket): plancheck writes only files, devices and standard output',
  FILE_OUTSIDE: 'a link that leads outside the project: plancheck writes through links only to files inside it',
};

/** A file plancheck could not write. */
export const describeOutputError = (file: string, code: string): string => `cannot write ${file}: ${ERRNO_WORDS[code] ?? code}`;

/** A long quotation cut to its start: enough to find it. */
const clip = (s: string, n: number): string => ([...s].length > n ? `${[...s].slice(0, n).join('')}…` : s);

const didYouMean = (closest: string[] | undefined): string => (closest && closest.length ? ` (did you mean ${closest.join(', ')}?)` : '');

/** The header fields of report.yaml, as the circular names them. */
const HEADER_FIELDS: Record<string, string> = { issuer: 'issuing office', number: 'issue number', date: 'date of issue' };
const headerFields = (keys: string | undefined): string => (keys ?? '').split(',').map((k) => HEADER_FIELDS[k] ?? k).join(', ');

const days = (n: string | undefined): string => `${n} ${n === '1' ? 'day' : 'days'}`;

/** What the file is for, and what is wrong with it: "status file missing.yaml not found". */
function fileUnreadable(role: string, file: string, code: string | undefined): string {
  switch (code) {
    case 'ENOENT': return `${role} ${file} not found`;
    case 'EISDIR': return `${role}: ${file} is a directory`;
    case 'ENOTDIR': return `${role}: ${file} is not a directory`;
    case 'EACCES': case 'EPERM': return `${role} ${file} cannot be read: permission denied`;
    case 'ELOOP': return `${role} ${file} is a loop of symbolic links`;
    default: return `${role} ${file} cannot be read (${code})`;
  }
}

/** What a finding says, with every value it quotes escaped and cut short. */
export const describe = (f: Finding): string => words({ ...f, args: escapeArgs(f.args) });

function words(f: Finding): string {
  const { subject, expected, actual, detail, closest } = f.args;
  switch (f.code) {
    case 'FILE_UNREADABLE': return `${fileUnreadable(subject ?? 'file', actual ?? 'the file', detail)}${expected ? ` (plancheck ships it at ${expected})` : ''}`;
    case 'FILE_NOT_REGULAR': return 'not a regular file (a FIFO, device or socket): plancheck reads only files';
    case 'FILE_OUTSIDE': return `a link that leads outside ${expected}: plancheck reads only what stands inside it`;
    case 'PLANS_NONE': return 'no county folder here (plans/<county>/units.yaml and its plans): nothing to check';
    case 'TEXT_CONTROL_CHARACTER': return `${subject} holds the control character ${actual}: remove it (only line ends may stand in a text)`;
    case 'FILE_NOT_UTF8': return 'the file is not UTF-8 text: save it as UTF-8';
    case 'FILE_TOO_LARGE': return `the file has ${actual} bytes, more than the ${expected} a plan or status file may have`;
    case 'YAML_SYNTAX': return subject === 'ALIAS_COUNT'
      ? 'too many YAML aliases (*name): the file expands beyond any plan; write the values out'
      : `YAML syntax error: ${detail}`;
    case 'SCHEMA': return schemaDetail(f);
    case 'PLAN_DUPLICATE_ID': return `plan id ${subject} is also used by ${actual}`;
    case 'TASK_DUPLICATE_ID': return `id ${subject} is used twice${actual ? ` (first at ${actual})` : ''}: ids must be unique across all plans`;
    case 'MILESTONE_DUPLICATE_ID': return `milestone id ${subject} is used twice in the task`;
    case 'COUNTY_NO_REGISTRY': return `county "${subject}" has no unit registry plans/${subject}/units.yaml${didYouMean(closest)}`;
    case 'WORKSPACE_NO_PLANS': return `the workspace lists ${subject}, which has no plans folder: a county repository holds plans/ and status.yaml (plancheck init makes them)`;
    case 'WORKSPACE_COUNTY_TWICE': return `county ${subject} is also in ${actual}: each county stands in one repository of the workspace`;
    case 'UNIT_UNKNOWN': return `unit "${subject}" is not in the registry ${expected}${didYouMean(closest)}`;
    case 'UNIT_DUPLICATE': return actual ? `spelling "${subject}" belongs to two units: ${actual}` : `unit id ${subject} is used twice`;
    case 'STATEMENT_ROW_UNKNOWN': return `${subject}: the statement names annex row "${actual}", which is not among the task's annex rows (${expected || 'none'})`;
    case 'STATEMENT_MISSING_FIELD': return `${subject}: a statement of kind ${actual} needs "${expected}"`;
    case 'DATE_DISAGREES_WITH_PHRASE': return `${subject}: "${detail}" reads as ${expected} (kind due from every), but the plan says ${actual}`;
    case 'PHRASE_NOT_UNDERSTOOD': return `${subject}: the date phrase "${actual}" is not one the glossary defines; its dates are not checked`;
    case 'TARGET_VALUE_MISSING': return `${subject}: a target needs a value, or "unstated" with the text that defers it`;
    case 'TEXT_NOT_IN_SOURCE': return `${subject}: this text is not in the source ${expected}. Nearest passage (line ${detail}): ${actual}`;
    case 'SENTENCE_READ_TWO_WAYS': return `${subject}: "${clip(detail ?? "", 40)}" is read as ${actual} here, but the same words in ${expected}; read them alike, or record the intended difference under readsDifferently`;
    case 'SOURCE_FILE_MISSING': return `the source file ${subject} does not exist`;
    case 'STATUS_UNKNOWN_TASK': return `no task ${subject}${didYouMean(closest)}`;
    case 'STATUS_UNKNOWN_MILESTONE': return `${subject}: no such milestone (the task has ${expected})`;
    case 'STATUS_MILESTONE_REQUIRED': return `task ${subject} has several milestones (${expected}): say which one`;
    case 'STATUS_UNKNOWN_OCCURRENCE': return expected
      ? `${subject} recurs: "occurrence" must be one of ${expected}${actual ? `, not ${actual}` : ''}`
      : `${subject} does not recur: remove "occurrence: ${actual}"`;
    case 'STATUS_UNKNOWN_TARGET': return `${subject}: no such target (${expected ? `known: ${expected}` : 'it has none'})`;
    case 'DATE_BEFORE_ERA': return `${subject}: ${actual} is before ${expected}, earlier than any plan: a typo for another year?`;
    case 'STATUS_DATE_IN_FUTURE': return `${subject}: dated ${actual}, after today (${expected})`;
    case 'STATUS_VALUE_KIND': return `${subject}: the value "${actual}" is not ${expected === 'class-or-better' ? 'a water class such as Ⅲ' : 'a number'}, which this target needs`;
    case 'STATUS_FILE_MISSING': return detail === 'repository'
      ? `no ${subject}: every task of the repository's counties counts as not started`
      : `no ${subject} here: every task counts as not started; --status FILE names a status file`;
    case 'REPORT_HEADER_MISSING': return detail === 'absent'
      ? `no ${subject} here: the circular has no ${headerFields(expected)} and no signature; write ${expected?.split(',').map((k) => `${k}:`).join(' ')} in ${subject} (see examples/report.yaml) or name a file with --header FILE`
      : `${subject} sets no ${expected?.split(',').join(', ')}: the circular has no ${headerFields(expected)}; add them (see examples/report.yaml)`;
    case 'STATUS_AFTER_AS_OF': return actual === '1' ? `1 status entry is dated after the as-of date ${expected} and is left out` : `${actual} status entries are dated after the as-of date ${expected} and are left out`;
    case 'TASK_OVERDUE': return `${subject} is overdue by ${days(actual)} (due ${expected})`;
    case 'TASK_SOFT_MISSED': return `${subject} missed its soft target date ${expected} by ${days(actual)} (a warning)`;
    case 'TASK_DUE_SOON': return `${subject} is due in ${days(actual)} (${expected})`;
    case 'LEDGER_NOT_A_LEDGER': return `${subject}: not a ledger written by plancheck ledger (no header row with the column ${expected})`;
    case 'LEDGER_OTHER_PLANS': return `${subject}: a ledger of ${actual}, which is not among the plans here (${expected}): import it into that county's status file, or write a new ledger with plancheck ledger`;
    case 'LEDGER_UNKNOWN_KEY': return `${subject}: the key "${actual}" names no ${detail ?? 'task'} of the plans; was the row's key changed? Take the row from a new ledger`;
    case 'LEDGER_ODS': return `${subject} is a LibreOffice .ods spreadsheet; plancheck reads .xlsx and .csv: in LibreOffice choose File > Save As, file type "Excel 2007-365 (.xlsx)", and import that .xlsx file`;
    case 'LEDGER_ENCODING': return `${subject} is not UTF-8: read as ${actual} (what Excel and WPS on Chinese Windows save as "CSV (Comma delimited)")`;
    case 'LEDGER_BAD_STATE': return `${subject}: "${actual}" is not one of ${expected}`;
    case 'LEDGER_BAD_VERDICT': return `${subject}: "${actual}" is neither a sign-off (核实销号) nor a sending back with its reason (退回：reason)`;
    case 'LEDGER_BAD_DATE': return `${subject}: "${actual}" is not a date; write 2021-06-30, 2021/6/30, 2021.6.30 or 2021年6月30日 (or use a date cell)`;
    case 'LEDGER_DATE_IN_FUTURE': return `${subject}: ${actual} is after today (${expected})`;
    case 'LEDGER_DATE_BEFORE_ISSUE': return `${subject}: ${actual} is before the plan was issued (${expected})`;
    case 'STATUS_DUE_BEFORE_ISSUE': return `${subject}: the new deadline ${actual} is before the plan was issued (${expected})`;
    case 'LEDGER_CONFLICTING_ROWS': return `${subject}: the same milestone as row ${actual}, with another state or date; keep one row`;
    case 'LEDGER_UNCLOSED_QUOTE': return `${subject}: a quote (") opened here is never closed; the rows after it would be lost`;
    case 'LEDGER_DONE_WITHOUT_DATE': return `${subject}: 已完成 needs the date of completion`;
    case 'TASK_TITLE_TODO': return `${subject}: the title is still the draft's TODO; write a short title`;
    case 'TODO_LEFT': return `${subject}: a TODO the draft left to a person: ${clip(actual ?? '', 60)}; settle it and delete the TODO`;
    case 'DRAFT_UNIT_UNKNOWN': return `unit "${subject}" is not in the registry ${expected}${didYouMean(closest)}: left out of the task's units, with a TODO note`;
    case 'DRAFT_BRACKET_UNREAD': return `the unit bracket "${subject}" names no role the reader knows (责任单位, 牵头单位, 配合单位): its units are left to a person`;
    case 'DRAFT_ROW_UNSPLIT': return `a table row could not be split into the table's columns (${detail}): ${subject}`;
    case 'DRAFT_NO_PLAN': return `no plan found: ${detail}`;
  }
}
