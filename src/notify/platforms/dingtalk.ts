// DingTalk (钉钉) custom robot: msgtype markdown {title, text}, text at most 20,000 bytes; answers
// {errcode, errmsg}. Signed ("加签"): timestamp (ms) and sign = Base64(HMAC-SHA256(secret,
// timestamp + "\n" + secret)) added to the URL's query.
import { createHmac } from 'node:crypto';
import { chatMarkdown } from './markdown.js';
import { bytes, codeVerdict, type Platform } from './platform.js';

export const DINGTALK_LIMIT = 20_000;
/** send too fast. */
const RATE_LIMITED = [130101];

export const dingtalkSign = (secret: string, timestamp: number): string =>
  createHmac('sha256', secret).update(`${timestamp}\n${secret}`).digest('base64');

export const dingtalk: Platform = {
  payload: (m) => ({ msgtype: 'markdown', markdown: { title: m.title, text: chatMarkdown(m, { bullet: '- ', gap: '\n\n' }) } }),
  fits: (p) => bytes((p as { markdown: { text: string } }).markdown.text) <= DINGTALK_LIMIT,
  sign: (req, secret, nowMs) => {
    const url = new URL(req.url);
    url.searchParams.set('timestamp', String(nowMs));
    url.searchParams.set('sign', dingtalkSign(secret, nowMs));
    return { ...req, url: url.href };
  },
  verdict: (a) => codeVerdict(a, (j) => ({ code: j.errcode, msg: j.errmsg }), RATE_LIMITED),
};
