// What every terminal view is given: colour, language, and the width to fit.
import { LABELS, type Lang } from '../messages/labels.js';
import type { Layout } from './fitTable.js';
import { paint } from './style.js';

export interface ViewOptions {
  color: boolean;
  lang: Lang;
  /** Display columns to fit (the terminal's, --width, COLUMNS, else 100). */
  width: number;
  /** --wrap: long cells wrap inside their column instead of being cut. */
  wrap: boolean;
}

export const tableLayout = (v: ViewOptions): Layout => ({ width: v.width, wrap: v.wrap, more: LABELS[v.lang].more, head: paint(v.color).bold });
