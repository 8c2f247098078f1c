// What each chat platform's adapter provides: its payload, its size limit, its signature and how to
// read its answer. The transport (send.ts) is the same for all.
import type { Lang } from '../../messages/labels.js';
import type { Reason } from '../../messages/delivery.js';
import type { ChatMessage } from '../message.js';

export type Target = 'wecom' | 'dingtalk' | 'feishu' | 'slack';
export const TARGETS: readonly Target[] = ['wecom', 'dingtalk', 'feishu', 'slack'];

export interface Request {
  url: string;
  body: Record<string, unknown>;
}

export interface Answer {
  status: number;
  text: string;
}

/** A refusal is retried only where waiting can help (server errors, rate limits). */
export type Verdict = { ok: true } | { ok: false; reason: Reason; retry: boolean };

export interface Platform {
  payload(m: ChatMessage, lang: Lang): Record<string, unknown>;
  /** The payload is within the platform's size limit. */
  fits(payload: Record<string, unknown>): boolean;
  /** Adds the signature, where the platform has one, for a secret and an instant (ms). */
  sign?(req: Request, secret: string, nowMs: number): Request;
  verdict(a: Answer): Verdict;
}

export const bytes = (s: string): number => Buffer.byteLength(s, 'utf8');

const snippet = (text: string): string => text.replace(/\s+/g, ' ').trim().slice(0, 120);

/** The answer of a platform that replies in JSON with a numeric code (0: accepted) and a message. */
export function codeVerdict(a: Answer, read: (json: Record<string, unknown>) => { code: unknown; msg: unknown }, rateLimited: readonly number[]): Verdict {
  let json: Record<string, unknown> | undefined;
  try {
    const parsed: unknown = JSON.parse(a.text);
    if (parsed && typeof parsed === 'object') json = parsed as Record<string, unknown>;
  } catch {
    json = undefined; // not JSON: reported below with the start of the text
  }
  const { code, msg } = json ? read(json) : { code: undefined, msg: undefined };
  const said: Reason = (w) => (typeof code === 'number' ? w.errorCode(code, typeof msg === 'string' && msg ? snippet(msg) : undefined) : snippet(a.text) || w.empty);
  if (a.status === 429 || a.status >= 500) return { ok: false, reason: (w) => w.http(a.status, said(w)), retry: true };
  if (a.status < 200 || a.status >= 300) return { ok: false, reason: (w) => w.http(a.status, said(w)), retry: false };
  if (code === 0) return { ok: true };
  return { ok: false, reason: typeof code === 'number' ? said : (w) => w.unexpected(said(w)), retry: typeof code === 'number' && rateLimited.includes(code) };
}
