// Findings are data: a code, a severity, where, and typed arguments. Wording lives in messages/.
export type Severity = 'error' | 'warning' | 'info';

export interface Position {
  file: string;
  line: number;
  column: number;
}

/** A place in a YAML file named by its path; turned into a Position only when a finding is printed. */
export interface Pointer {
  file: string;
  path: ReadonlyArray<string | number>;
  /** Point at the key of the last segment rather than its value (an unknown field). */
  key?: boolean;
}

export type Where = Position | Pointer;
export const isPosition = (w: Where): w is Position => 'line' in w;

export interface FindingArgs {
  /** What the finding is about: a task id, unit id, field path… */
  subject?: string;
  /** What was expected or is known. */
  expected?: string;
  /** What was found. */
  actual?: string;
  /** Closest known names, for "did you mean". */
  closest?: string[];
  detail?: string;
}

export const CODES = {
  FILE_UNREADABLE: 'error',
  FILE_NOT_UTF8: 'error',
  FILE_TOO_LARGE: 'error',
  FILE_NOT_REGULAR: 'error',
  FILE_OUTSIDE: 'error',
  PLANS_NONE: 'error',
  TEXT_CONTROL_CHARACTER: 'error',
  YAML_SYNTAX: 'error',
  SCHEMA: 'error',
  PLAN_DUPLICATE_ID: 'error',
  TASK_DUPLICATE_ID: 'error',
  MILESTONE_DUPLICATE_ID: 'error',
  COUNTY_NO_REGISTRY: 'error',
  // A city's workspace (workspace.yaml): a listed repository without plans/, a county in two repositories.
  WORKSPACE_NO_PLANS: 'error',
  WORKSPACE_COUNTY_TWICE: 'error',
  UNIT_UNKNOWN: 'error',
  UNIT_DUPLICATE: 'error',
  STATEMENT_ROW_UNKNOWN: 'error',
  STATEMENT_MISSING_FIELD: 'error',
  DATE_DISAGREES_WITH_PHRASE: 'error',
  PHRASE_NOT_UNDERSTOOD: 'warning',
  TARGET_VALUE_MISSING: 'error',
  TEXT_NOT_IN_SOURCE: 'error',
  SENTENCE_READ_TWO_WAYS: 'warning',
  SOURCE_FILE_MISSING: 'error',
  STATUS_UNKNOWN_TASK: 'error',
  STATUS_UNKNOWN_MILESTONE: 'error',
  STATUS_MILESTONE_REQUIRED: 'error',
  STATUS_UNKNOWN_OCCURRENCE: 'error',
  STATUS_UNKNOWN_TARGET: 'error',
  STATUS_DATE_IN_FUTURE: 'error',
  DATE_BEFORE_ERA: 'error',
  STATUS_VALUE_KIND: 'error',
  STATUS_FILE_MISSING: 'info',
  STATUS_AFTER_AS_OF: 'info',
  // The circular's header (report.yaml): which of its fields the document goes without.
  REPORT_HEADER_MISSING: 'info',
  TASK_OVERDUE: 'error',
  TASK_SOFT_MISSED: 'warning',
  TASK_DUE_SOON: 'warning',
  // A ledger (任务台账) brought back by import: each finding names the file, row and column.
  LEDGER_NOT_A_LEDGER: 'error',
  LEDGER_ODS: 'error',
  LEDGER_ENCODING: 'info',
  LEDGER_OTHER_PLANS: 'error',
  LEDGER_UNKNOWN_KEY: 'error',
  LEDGER_BAD_STATE: 'error',
  LEDGER_BAD_VERDICT: 'error',
  LEDGER_BAD_DATE: 'error',
  LEDGER_DATE_IN_FUTURE: 'error',
  LEDGER_DATE_BEFORE_ISSUE: 'error',
  STATUS_DUE_BEFORE_ISSUE: 'error',
  LEDGER_CONFLICTING_ROWS: 'error',
  LEDGER_UNCLOSED_QUOTE: 'error',
  LEDGER_DONE_WITHOUT_DATE: 'error',
  // A draft (plancheck draft) and what a person must still do to it.
  TASK_TITLE_TODO: 'warning',
  TODO_LEFT: 'warning',
  DRAFT_UNIT_UNKNOWN: 'warning',
  DRAFT_BRACKET_UNREAD: 'warning',
  DRAFT_ROW_UNSPLIT: 'warning',
  DRAFT_NO_PLAN: 'error',
} as const satisfies Record<string, Severity>;

export type Code = keyof typeof CODES;

export interface Finding {
  code: Code;
  severity: Severity;
  at?: Where;
  args: FindingArgs;
}

export const finding = (code: Code, args: FindingArgs, at?: Where): Finding => ({
  code,
  severity: CODES[code],
  args,
  ...(at ? { at } : {}),
});

export const hasErrors = (findings: readonly Finding[]): boolean => findings.some((f) => f.severity === 'error');

/** Sorts by file, line and column, so a run's report reads top to bottom. */
export function sortFindings(findings: Finding[]): Finding[] {
  const line = (f: Finding) => (f.at && isPosition(f.at) ? f.at.line : 0);
  const column = (f: Finding) => (f.at && isPosition(f.at) ? f.at.column : 0);
  return [...findings].sort((a, b) => (a.at?.file ?? '').localeCompare(b.at?.file ?? '') || line(a) - line(b) || column(a) - column(b));
}
