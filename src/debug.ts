// What plancheck passes over on purpose (a cache entry it cannot use or write, a temporary file it
// cannot remove) is said on stderr with PLANCHECK_DEBUG=1, never swallowed unseen.
import { inspect } from 'node:util';

const on = process.env.PLANCHECK_DEBUG === '1';

/** Says what was passed over, with PLANCHECK_DEBUG=1; returns undefined, for `return debug(…)`. */
export function debug(what: string, detail?: unknown): undefined {
  if (on) process.stderr.write(`plancheck debug: ${what}${detail === undefined ? '' : `: ${typeof detail === 'string' ? detail : inspect(detail)}`}\n`);
  return undefined;
}
