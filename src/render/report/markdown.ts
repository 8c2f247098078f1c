// The circular as Markdown: headings, paragraphs, lists and pipe tables.
import type { Block } from './blocks.js';

const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function block(b: Block): string {
  switch (b.kind) {
    case 'masthead': return `${b.lines.join('  \n')}\n`;
    case 'title': return `# ${b.text}\n`;
    case 'subtitle': return `${b.text}\n`;
    case 'h2': return `## ${b.text}\n`;
    case 'p': return `${b.text}\n`;
    case 'list': return `${b.items.map((i) => `- ${i}`).join('\n')}\n`;
    case 'table': return `| ${b.head.map(cell).join(' | ')} |\n|${b.head.map(() => '---').join('|')}|\n${b.rows.map((r) => `| ${r.map(cell).join(' | ')} |`).join('\n')}\n`;
    case 'chart': return '';
    case 'closing': return `${b.text}\n${b.signature.length ? `\n${b.signature.join('  \n')}\n` : ''}`;
  }
}

export const renderMarkdown = (blocks: Block[]): string => `${blocks.map(block).filter(Boolean).join('\n')}`;
