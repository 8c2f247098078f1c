// The commands plancheck has: the CLI builds only the one being run, and the launcher keeps a code
// cache for each (any other word shares one, so that typos cannot add cache files).
export const COMMANDS = ['validate', 'due', 'late', 'done', 'list', 'show', 'check', 'report', 'summary', 'trace', 'calendar', 'notify', 'ledger', 'import', 'mark', 'extend', 'init', 'draft'] as const;
