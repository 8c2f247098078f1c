// The county column of the listing views, shown when their rows span more than one county (a city's
// workspace, or the shipped plans): a county is its slug in English and its name in Chinese.
import type { Lang } from '../messages/labels.js';
import { LABELS } from '../messages/labels.js';
import type { Project } from '../model.js';
import type { Column } from './fitTable.js';

/** A county as the views name it. */
export const countyLabel = (project: Project, county: string, lang: Lang): string =>
  (lang === 'zh' ? project.counties.get(county)?.name ?? county : county);

/** The column (kept whole; the first dropped where the window is narrow, since a task id names its county too) and a cell per row, or nothing when every row is of one county. */
export function countyColumn(project: Project, counties: string[], lang: Lang): { column: Column; cells: string[] } | undefined {
  if (new Set(counties).size < 2) return undefined;
  return { column: { head: LABELS[lang].group.county, whole: true, drop: 0 }, cells: counties.map((c) => countyLabel(project, c, lang)) };
}
