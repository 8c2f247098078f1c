// Slack incoming webhook: blocks (a header, a context line, a section per list) with a plain-text
// fallback; at most 50 blocks, 3,000 characters per section, 150 per header. Answers "ok" with 200,
// or an error word (invalid_payload, no_service…) with a 4xx status.
import type { ChatLine, ChatMessage } from '../message.js';
import type { Platform, Verdict } from './platform.js';

const MAX_BLOCKS = 50;
const MAX_SECTION = 3000;
const MAX_HEADER = 150;

const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const line = (l: ChatLine): string => `• ${l.id ? `${l.href ? `<${l.href}|${l.id}>` : `*${l.id}*`} ` : ''}${escape(l.text)}`;

type Block = { type: string; text?: { type: string; text: string }; elements?: Array<{ type: string; text: string }> };

function blocks(m: ChatMessage): Block[] {
  return [
    { type: 'header', text: { type: 'plain_text', text: m.title } },
    { type: 'context', elements: [{ type: 'mrkdwn', text: escape(m.subtitle) }] },
    ...m.sections.map((s) => ({ type: 'section', text: { type: 'mrkdwn', text: [`*${escape(s.heading)}*`, ...s.lines.map(line)].join('\n') } })),
  ];
}

function verdict(a: { status: number; text: string }): Verdict {
  if (a.status >= 200 && a.status < 300) return { ok: true };
  const said = a.text.trim().slice(0, 120);
  return { ok: false, reason: (w) => w.http(a.status, said || w.empty), retry: a.status === 429 || a.status >= 500 };
}

export const slack: Platform = {
  payload: (m) => ({ text: `${m.title} ${m.subtitle}`, blocks: blocks(m) }),
  fits: (p) => {
    const b = (p as { blocks: Block[] }).blocks;
    return b.length <= MAX_BLOCKS && [...(b[0]?.text?.text ?? '')].length <= MAX_HEADER && b.every((x) => x.type !== 'section' || (x.text?.text.length ?? 0) <= MAX_SECTION);
  },
  verdict,
};
