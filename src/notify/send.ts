// Posts the payloads to a webhook with Node's fetch: a time limit per request, a bounded number of
// attempts with doubling delays for what waiting can cure (network failures, time-outs, 5xx, 429, a
// platform's rate limit), and one line saying what went wrong. The secret goes only into the signature,
// and no secret is ever written (redact.ts): not in an error, not in a debug line, not where a server's
// answer echoes it. A redirect is followed only to the same origin and only as a POST of the same body
// (307, 308); the answer is read up to a small bound, never whole.
import { DeliveryError } from '../errors.js';
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
class Refused extends Error {}

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
    throw new Refused(`HTTP ${res.status}: redirected ${next && next.origin !== origin ? 'to another server' : 'elsewhere'}; not followed`);
  }
}

const failure = (e: unknown, timeoutMs: number): string => {
  if (e instanceof Error && (e.name === 'TimeoutError' || e.name === 'AbortError')) return `no answer within ${timeoutMs} ms`;
  const cause = e instanceof Error && e.cause instanceof Error ? e.cause.message : e instanceof Error ? e.message : String(e);
  return `network failure (${cause})`;
};

export async function deliver(target: Target, platform: Platform, url: string, payloads: Array<Record<string, unknown>>, t: Transport): Promise<void> {
  const secrets = secretsOf([url], t.secret);
  for (const [k, body] of payloads.entries()) {
    const what = `${target} ${redactUrl(url)}${payloads.length > 1 ? ` (message ${k + 1} of ${payloads.length})` : ''}`;
    let reason = '';
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
        reason = redact(v.reason, hidden);
        retry = v.retry;
      } catch (e) {
        reason = redact(e instanceof Refused ? e.message : failure(e, t.timeoutMs), hidden);
        t.debug?.(`${what}: attempt ${attempt}: ${reason}`);
        retry = !(e instanceof Refused);
      }
      if (!retry || attempt === t.attempts) throw new DeliveryError(`could not deliver to ${what}: ${reason} (${attempt} attempt${attempt > 1 ? 's' : ''})`);
    }
  }
}
