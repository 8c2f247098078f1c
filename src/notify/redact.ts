// A webhook's secrets, and their removal from anything plancheck writes: the user info, every query
// value (key, access_token, timestamp, sign), every path segment that is not one of the platforms' public
// words (Feishu's and Slack's tokens stand in the path), and the signing secret. What a server answers is
// untrusted and may echo the request: every occurrence of a secret in it is redacted too.
import { excerpt } from '../messages/quote.js';

/** The path words of the platforms' webhook addresses, which are no secret. */
const PUBLIC_SEGMENTS = new Set(['cgi-bin', 'webhook', 'send', 'robot', 'open-apis', 'bot', 'v2', 'hook', 'services', 'api', 'hooks']);
const HIDDEN = '…';

export const decoded = (s: string): string => {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
};

/** User info as HTTP Basic authentication sends it (fetch takes no URL with user info). */
export const basicCredentials = (url: URL): string => Buffer.from(`${decoded(url.username)}:${decoded(url.password)}`).toString('base64');

/** The secrets in a webhook address (and those a signature added to it), with the signing secret. */
export function secretsOf(urls: string[], secret?: string): string[] {
  const found = new Set<string>(secret ? [secret] : []);
  for (const href of urls) {
    const url = new URL(href);
    for (const raw of [url.username, url.password]) if (raw) found.add(raw).add(decoded(raw));
    if (url.username || url.password) found.add(basicCredentials(url));
    for (const raw of url.search.slice(1).split('&')) {
      const value = raw.slice(raw.indexOf('=') + 1);
      if (raw.includes('=') && value) found.add(value).add(decoded(value.replace(/\+/g, ' ')));
    }
    for (const segment of url.pathname.split('/')) if (segment.length >= 3 && !PUBLIC_SEGMENTS.has(segment)) found.add(segment).add(decoded(segment));
  }
  // Each also as a URL or JSON would carry it; the longest first, so that a secret inside another goes whole.
  const forms = [...found].flatMap((s) => [s, encodeURIComponent(s), JSON.stringify(s).slice(1, -1)]);
  return [...new Set(forms)].filter((s) => s.length >= 3).sort((a, b) => b.length - a.length);
}

/** The text with every secret replaced by …, its control characters escaped, cut to max characters. */
export function redact(text: string, secrets: string[], max = 1000): string {
  let out = text;
  for (const s of secrets) out = out.split(s).join(HIDDEN);
  return excerpt(out, max);
}

/** The webhook as it may be shown: its origin and its public path words, no user info, no query. */
export function redactUrl(href: string): string {
  const url = new URL(href);
  const path = url.pathname.split('/').map((s) => (s === '' || PUBLIC_SEGMENTS.has(s) ? s : HIDDEN)).join('/');
  return `${url.protocol}//${url.host}${path === '/' ? '' : path}`;
}
