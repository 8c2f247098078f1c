// The circular as Markdown: headings, paragraphs, lists and pipe tables.
import { markdownText as md } from '../../escape.js';
import type { Block } from './blocks.js';

// Every text is escaped: evidence, notes and unit names come from outside the office.
const cell = md;

function block(b: Block): string {
  switch (b.kind) {
    case 'masthead': return `${b.lines.map(md).join('  \n')}\n`;
    case 'title': return `# ${md(b.text)}\n`;
    case 'subtitle': return `${md(b.text)}\n`;
    case 'h2': return `## ${md(b.text)}\n`;
    case 'p': return `${md(b.text)}\n`;
    case 'list': return `${b.items.map((i) => `- ${md(i)}`).join('\n')}\n`;
    case 'table': return `| ${b.head.map(cell).join(' | ')} |\n|${b.head.map(() => '---').join('|')}|\n${b.rows.map((r) => `| ${r.map(cell).join(' | ')} |`).join('\n')}\n`;
    case 'chart': return '';
    case 'closing': return `${md(b.text)}\n${b.signature.length ? `\n${b.signature.map(md).join('  \n')}\n` : ''}`;
  }
}

export const renderMarkdown = (blocks: Block[]): string => `${blocks.map(block).filter(Boolean).join('\n')}`;
