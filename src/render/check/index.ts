// One reporter per format of `check`; a format without one does not compile.
import type { CheckReporter } from './context.js';
import { renderGithub } from './github.js';
import { renderCheckJson } from './json.js';
import { renderJunit } from './junit.js';
import { renderCheckMarkdown } from './markdown.js';
import { renderSarif } from './sarif.js';
import { renderCheckText } from './text.js';

export const CHECK_FORMATS = ['text', 'json', 'junit', 'sarif', 'github', 'markdown'] as const;
export type CheckFormat = (typeof CHECK_FORMATS)[number];

export const CHECK_REPORTERS: Record<CheckFormat, CheckReporter> = {
  text: renderCheckText,
  json: renderCheckJson,
  junit: renderJunit,
  sarif: renderSarif,
  github: renderGithub,
  markdown: renderCheckMarkdown,
};
