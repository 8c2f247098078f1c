// Posts the payloads to a webhook with Node's fetch: a time limit per request, a bounded number of
// attempts with doubling delays for what waiting can cure (network failures, time-outs, 5xx, 429, a
// platform's rate limit), and one line saying what went wrong. The secret goes only into the signature.
import { DeliveryError } from '../errors.js';
import type { Answer, Platform, Request, Target } from './platforms/platform.js';

export interface Transport {
  timeoutMs: number;
  attempts: number;
  /** The first retry waits this long, each next one twice as long. */
  retryDelayMs: number;
  secret?: string;
  /** PLANCHECK_DEBUG: one line per request and answer, with the URL's query and the secret left out. */
  debug?: (line: string) => void;
  /** The instant of a signature. */
  now: () => number;
}

/** The webhook without its query (the credential of most platforms: key, access_token). */
export const redactUrl = (url: string): string => {
  const u = new URL(url);
  return `${u.origin}${u.pathname.replace(/[^/]{12,}$/, '…')}`;
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function post(req: Request, timeoutMs: number): Promise<Answer> {
  const res = await fetch(req.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json; charset=utf-8' },
    body: JSON.stringify(req.body),
    signal: AbortSignal.timeout(timeoutMs),
  });
  return { status: res.status, text: await res.text() };
}

const failure = (e: unknown, timeoutMs: number): string => {
  if (e instanceof Error && (e.name === 'TimeoutError' || e.name === 'AbortError')) return `no answer within ${timeoutMs} ms`;
  const cause = e instanceof Error && e.cause instanceof Error ? e.cause.message : e instanceof Error ? e.message : String(e);
  return `network failure (${cause})`;
};

export async function deliver(target: Target, platform: Platform, url: string, payloads: Array<Record<string, unknown>>, t: Transport): Promise<void> {
  for (const [k, body] of payloads.entries()) {
    const what = `${target} ${redactUrl(url)}${payloads.length > 1 ? ` (message ${k + 1} of ${payloads.length})` : ''}`;
    let reason = '';
    for (let attempt = 1; attempt <= t.attempts; attempt++) {
      if (attempt > 1) await sleep(t.retryDelayMs * 2 ** (attempt - 2));
      // Signed at each attempt: the platforms refuse a timestamp that is too old.
      const req = t.secret && platform.sign ? platform.sign({ url, body }, t.secret, t.now()) : { url, body };
      let retry: boolean;
      try {
        const answer = await post(req, t.timeoutMs);
        t.debug?.(`${what}: attempt ${attempt}: HTTP ${answer.status} ${answer.text.slice(0, 200)}`);
        const v = platform.verdict(answer);
        if (v.ok) break;
        reason = v.reason;
        retry = v.retry;
      } catch (e) {
        reason = failure(e, t.timeoutMs);
        t.debug?.(`${what}: attempt ${attempt}: ${reason}`);
        retry = true;
      }
      if (!retry || attempt === t.attempts) throw new DeliveryError(`could not deliver to ${what}: ${reason} (${attempt} attempt${attempt > 1 ? 's' : ''})`);
    }
  }
}
