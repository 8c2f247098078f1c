// Why an output could not be written, in the run's language.
import { describeOutputError as en } from './en.js';
import type { Lang } from './labels.js';
import { describeOutputError as zh } from './zh.js';

export const outputErrorIn = (lang: Lang): typeof en => (lang === 'zh' ? zh : en);
