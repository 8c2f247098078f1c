// The user's mistakes (bad arguments, bad files) are known errors: a short message and exit 2.
// Anything else is a bug and keeps its stack trace.
import type { Finding } from './findings.js';
import type { Lang } from './messages/labels.js';
import { DELIVERY_WORDS, type Reason } from './messages/delivery.js';
import { USAGE_WORDS, type UsageWords } from './messages/usage.js';

export const EXIT = { ok: 0, findings: 1, input: 2, delivery: 3 } as const;

/** notify: a chat platform could not be reached or refused the message (exit 3). */
/** A chat message not delivered; it says itself in either language (messages/delivery.ts). */
export class DeliveryError extends Error {
  override name = 'DeliveryError';
  constructor(readonly say: Reason) {
    super(say(DELIVERY_WORDS.en));
  }
}

/** A usage error says itself in either language (messages/usage.ts); its message is the English. */
export class UsageError extends Error {
  override name = 'UsageError';
  constructor(readonly say: (w: UsageWords) => string) {
    super(say(USAGE_WORDS.en));
  }
  in(lang: Lang): string {
    return this.say(USAGE_WORDS[lang]);
  }
}

export class InputError extends Error {
  override name = 'InputError';
  constructor(readonly findings: Finding[]) {
    super(`${findings.length} problem(s) in the input`);
  }
}

/** A file plancheck was asked to write (an --output target, the job summary) that cannot be written. */
export class OutputError extends Error {
  override name = 'OutputError';
  constructor(readonly file: string, readonly code: string) {
    super(`cannot write ${file}: ${code}`);
  }
}

export const isKnownError = (e: unknown): e is UsageError | InputError | OutputError => e instanceof UsageError || e instanceof InputError || e instanceof OutputError;
