// Splits a chat message into parts that each fit a platform's size limit: whole lines, in order, a
// section's heading repeated at the top of a part that continues it, "(part k of n)" in each title.
// A line longer than a whole message is cut into pieces that each fit; nothing is dropped.
import type { ChatLine, ChatMessage, ChatSection } from './message.js';

const withLine = (m: ChatMessage, heading: string, line: ChatLine | undefined): ChatMessage => {
  const last = m.sections.at(-1);
  const sections: ChatSection[] = last && last.heading === heading && line
    ? [...m.sections.slice(0, -1), { heading, lines: [...last.lines, line] }]
    : [...m.sections, { heading, lines: line ? [line] : [] }];
  return { ...m, sections };
};

/** Halves of a line's text, by characters (never inside a surrogate pair). */
function halves(line: ChatLine): [ChatLine, ChatLine] {
  const chars = [...line.text];
  const mid = Math.ceil(chars.length / 2);
  return [{ ...line, text: chars.slice(0, mid).join('') }, { text: chars.slice(mid).join('') }];
}

export function splitMessage(msg: ChatMessage, fits: (m: ChatMessage) => boolean, mark: (k: number, n: number) => string): ChatMessage[] {
  // Room for the widest part mark, so that marking the parts afterwards cannot push one over.
  const room = (m: ChatMessage): boolean => fits({ ...m, title: `${m.title}${mark(99, 99)}` });
  const empty: ChatMessage = { ...msg, sections: [] };
  const parts: ChatMessage[] = [];
  let current = empty;
  const place = (heading: string, line: ChatLine | undefined): void => {
    const tried = withLine(current, heading, line);
    if (room(tried)) {
      current = tried;
      return;
    }
    if (current.sections.length) {
      parts.push(current);
      current = empty;
      place(heading, line);
      return;
    }
    if (!line || line.text.length < 2) throw new Error(`internal: a chat message cannot hold the heading "${heading}"`);
    const [a, b] = halves(line);
    place(heading, a);
    place(heading, b);
  };
  for (const s of msg.sections) {
    if (s.lines.length === 0) place(s.heading, undefined);
    for (const line of s.lines) place(s.heading, line);
  }
  if (current.sections.length || parts.length === 0) parts.push(current);
  return parts.length === 1 ? parts : parts.map((p, k) => ({ ...p, title: `${p.title}${mark(k + 1, parts.length)}` }));
}
