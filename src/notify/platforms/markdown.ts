// The Markdown that WeCom's and DingTalk's group robots render: headings, bold, links, one line each.
import { chatText } from '../../escape.js';
import type { ChatLine, ChatMessage } from '../message.js';

// The line's text holds unit names and titles: escaped; the id and link are plancheck's.
const line = (l: ChatLine): string => (l.id ? `${l.href ? `[${l.id}](${l.href})` : `**${l.id}**`} ${chatText(l.text)}` : chatText(l.text));

export function chatMarkdown(m: ChatMessage, o: { bullet: string; gap: string }): string {
  const out = [`### ${m.title}`, m.subtitle];
  for (const s of m.sections) out.push(`**${s.heading}**`, ...s.lines.map((l) => `${o.bullet}${line(l)}`));
  return out.join(o.gap);
}
