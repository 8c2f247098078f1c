// WeCom (企业微信) group robot: msgtype markdown, content at most 4096 bytes; answers {errcode, errmsg}.
// No signature: the key in the webhook URL is the credential.
import { chatMarkdown } from './markdown.js';
import { bytes, codeVerdict, type Platform } from './platform.js';

export const WECOM_LIMIT = 4096;
/** api freq out of limit. */
const RATE_LIMITED = [45009];

export const wecom: Platform = {
  payload: (m) => ({ msgtype: 'markdown', markdown: { content: chatMarkdown(m, { bullet: '> ', gap: '\n' }) } }),
  fits: (p) => bytes((p as { markdown: { content: string } }).markdown.content) <= WECOM_LIMIT,
  verdict: (a) => codeVerdict(a, (j) => ({ code: j.errcode, msg: j.errmsg }), RATE_LIMITED),
};
