// One renderer per form of the circular, chosen from a typed record: a form without a renderer does not compile.
import type { Block } from './blocks.js';
import { renderMarkdown } from './markdown.js';
import { renderText } from './text.js';

export const REPORT_FORMATS = ['text', 'markdown', 'json', 'html', 'docx'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export interface Rendered {
  blocks: Block[];
  /** The circular's figures and lists as data (a county's, or the city's). */
  json: () => string;
  lang: 'zh' | 'en';
}

export const REPORT_RENDERERS: Record<ReportFormat, (r: Rendered) => Promise<string | Uint8Array>> = {
  text: async ({ blocks, lang }) => renderText(blocks, lang),
  markdown: async ({ blocks }) => renderMarkdown(blocks),
  json: async ({ json }) => json(),
  // The page and the Word document load their code only when asked for.
  html: async ({ blocks, lang }) => (await import('./html.js')).renderHtml(blocks, lang),
  docx: async ({ blocks }) => (await import('./docx.js')).renderDocx(blocks),
};
