// Feishu (飞书) custom bot: msg_type post (rich text with links), request body at most 20 KB; answers
// {code, msg} (older bots {StatusCode, StatusMessage}). Signed: timestamp (s) and sign =
// Base64(HMAC-SHA256 keyed with timestamp + "\n" + secret, over nothing) in the body.
import { createHmac } from 'node:crypto';
import type { ChatMessage } from '../message.js';
import { bytes, codeVerdict, type Platform } from './platform.js';

export const FEISHU_LIMIT = 20 * 1024;
/** Room kept for the timestamp and sign added after the size check. */
const SIGN_ROOM = 128;
/** frequency limited. */
const RATE_LIMITED = [11232];

export const feishuSign = (secret: string, timestampSeconds: number): string =>
  createHmac('sha256', `${timestampSeconds}\n${secret}`).update('').digest('base64');

type Node = { tag: 'text'; text: string } | { tag: 'a'; text: string; href: string };

function content(m: ChatMessage): Node[][] {
  const rows: Node[][] = [[{ tag: 'text', text: m.subtitle }]];
  for (const s of m.sections) {
    rows.push([{ tag: 'text', text: `【${s.heading}】` }]);
    for (const l of s.lines) {
      if (l.id && l.href) rows.push([{ tag: 'a', text: l.id, href: l.href }, { tag: 'text', text: ` ${l.text}` }]);
      else rows.push([{ tag: 'text', text: l.id ? `${l.id} ${l.text}` : l.text }]);
    }
  }
  return rows;
}

export const feishu: Platform = {
  payload: (m, lang) => ({ msg_type: 'post', content: { post: { [lang === 'zh' ? 'zh_cn' : 'en_us']: { title: m.title, content: content(m) } } } }),
  fits: (p) => bytes(JSON.stringify(p)) + SIGN_ROOM <= FEISHU_LIMIT,
  sign: (req, secret, nowMs) => {
    const timestamp = Math.floor(nowMs / 1000);
    return { ...req, body: { timestamp: String(timestamp), sign: feishuSign(secret, timestamp), ...req.body } };
  },
  verdict: (a) => codeVerdict(a, (j) => ('code' in j ? { code: j.code, msg: j.msg } : { code: j.StatusCode, msg: j.StatusMessage }), RATE_LIMITED),
};
