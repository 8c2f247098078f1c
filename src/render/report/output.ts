// The circular's blocks as plain text (for printing or pasting into a document) or as Markdown.
import { renderTable } from '../table.js';
import type { Block } from './blocks.js';

export function blocksToText(blocks: Block[]): string {
  return blocks
    .map((b) => {
      if (b.kind !== 'table') return b.kind === 'h1' ? `${b.text}\n${'='.repeat(Math.min(60, b.text.length * 2))}\n` : b.kind === 'h2' ? `\n${b.text}\n` : `${b.text}\n`;
      return `${renderTable(b.head, b.rows)}\n`;
    })
    .join('');
}

const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function blocksToMarkdown(blocks: Block[]): string {
  return blocks
    .map((b) => {
      if (b.kind !== 'table') return b.kind === 'h1' ? `# ${b.text}\n` : b.kind === 'h2' ? `\n## ${b.text}\n` : `\n${b.text}\n`;
      const head = `| ${b.head.map(cell).join(' | ')} |\n|${b.head.map(() => '---').join('|')}|\n`;
      return `\n${head}${b.rows.map((r) => `| ${r.map(cell).join(' | ')} |`).join('\n')}\n`;
    })
    .join('');
}
