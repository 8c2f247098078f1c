// Posts the payloads to a webhook with Node's fetch: a time limit per request, a bounded number of
// attempts with doubling delays for what waiting can cure (network failures, time-outs, 5xx, 429, a
// platform's rate limit), and one line saying what went wrong. The secret goes only into the signature,
// and no secret is ever written (redact.ts): not in an error, not in a debug line, not where a server's
// answer echoes it. A redirect is followed only to the same origin and only as a POST of the same body
// (307, 308); the answer is read up to a small bound, never whole.
import { DeliveryError } from '../errors.js';
import { DELIVERY_WORDS, type Reason } from '../messages/delivery.js';
import type { Answer, Platform, Request, Target } from './platforms/platform.js';
import { basicCredentials, redact, redactUrl, secretsOf } from './redact.js';

export interface Transport {
  timeoutMs: number;
  attempts: number;
  /** The first retry waits this long, each next one twice as long. */
  retryDelayMs: number;
  secret?: string;
  /** PLANCHECK_DEBUG: one line per request and answer, every secret redacted. */
  debug?: (line: string) => void;
  /** The instant of a signature. */
  now: () => number;
  /** Called as soon as a payload is delivered (its index), so that what was sent is recorded at once. */
  delivered?: (index: number) => void;
}

/** A platform's answer is a few hundred bytes: more than this is not read. */
export const MAX_ANSWER_BYTES = 64 * 1024;
const MAX_REDIRECTS = 3;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A refusal that waiting cannot cure (a redirect elsewhere). */
/** An answer not to be retried or followed, worded when said. */
class Refused extends Error {
  constructor(readonly reason: Reason) {
    super(reason(DELIVERY_WORDS.en));
  }
}

async function boundedText(res: Response): Promise<string> {
  if (!res.body) return '';
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    total += value.byteLength;
    if (total >= MAX_ANSWER_BYTES) {
      await reader.cancel();
      break;
    }
  }
  return new TextDecoder().decode(Buffer.concat(chunks).subarray(0, MAX_ANSWER_BYTES));
}

async function post(req: Request, timeoutMs: number): Promise<Answer> {
  const signal = AbortSignal.timeout(timeoutMs);
  let url = new URL(req.url);
  const headers: Record<string, string> = { 'content-type': 'application/json; charset=utf-8' };
  // fetch refuses a URL with user info: it is sent as HTTP Basic authentication instead.
  if (url.username || url.password) {
    headers.authorization = `Basic ${basicCredentials(url)}`;
    url.username = '';
    url.password = '';
  }
  const origin = url.origin;
  const body = JSON.stringify(req.body);
  for (let hop = 0; ; hop++) {
    const res = await fetch(url, { method: 'POST', headers, body, signal, redirect: 'manual' });
    if (res.status < 300 || res.status >= 400) return { status: res.status, text: await boundedText(res) };
    await res.body?.cancel();
    const location = res.headers.get('location');
    const next = location === null ? undefined : new URL(location, url);
    if ((res.status === 307 || res.status === 308) && next?.origin === origin && hop < MAX_REDIRECTS) {
      url = next;
      continue;
    }
    const status = res.status;
    throw new Refused((w) => w.redirected(status, next !== undefined && next.origin !== origin));
  }
}

const failure = (e: unknown, timeoutMs: number): Reason => {
  if (e instanceof Error && (e.name === 'TimeoutError' || e.name === 'AbortError')) return (w) => w.timeout(timeoutMs);
  const cause = e instanceof Error && e.cause instanceof Error ? e.cause.message : e instanceof Error ? e.message : String(e);
  return (w) => w.network(cause);
};

export async function deliver(target: Target, platform: Platform, url: string, payloads: Array<Record<string, unknown>>, t: Transport): Promise<void> {
  const secrets = secretsOf([url], t.secret);
  for (const [k, body] of payloads.entries()) {
    const where: Reason = (w) => `${target} ${redactUrl(url)}${payloads.length > 1 ? w.part(k + 1, payloads.length) : ''}`;
    const what = where(DELIVERY_WORDS.en);
    let reason: Reason = () => '';
    for (let attempt = 1; attempt <= t.attempts; attempt++) {
      if (attempt > 1) await sleep(t.retryDelayMs * 2 ** (attempt - 2));
      // Signed at each attempt: the platforms refuse a timestamp that is too old.
      const req = t.secret && platform.sign ? platform.sign({ url, body }, t.secret, t.now()) : { url, body };
      const hidden = req.url === url ? secrets : secretsOf([url, req.url], t.secret);
      let retry: boolean;
      try {
        const answer = await post(req, t.timeoutMs);
        t.debug?.(`${what}: attempt ${attempt}: HTTP ${answer.status} ${redact(answer.text, hidden, 200)}`);
        const v = platform.verdict(answer);
        if (v.ok) {
          t.delivered?.(k);
          break;
        }
        const said = v.reason;
        reason = (w) => redact(said(w), hidden);
        retry = v.retry;
      } catch (e) {
        const why = e instanceof Refused ? e.reason : failure(e, t.timeoutMs);
        reason = (w) => redact(why(w), hidden);
        t.debug?.(`${what}: attempt ${attempt}: ${reason(DELIVERY_WORDS.en)}`);
        retry = !(e instanceof Refused);
      }
      if (!retry || attempt === t.attempts) {
        const why = reason;
        const attempts = attempt;
        throw new DeliveryError((w) => w.failed(where(w), why(w), attempts));
      }
    }
  }
}
