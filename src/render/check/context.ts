// What every check reporter is given: the gate's result and how to name things.
import { relative, sep } from 'node:path';
import type { GateFinding, GateResult } from '../../check/gate.js';
import { asFinding } from '../../check/gate.js';
import { describe as describeEn } from '../../messages/en.js';
import { describe as describeZh } from '../../messages/zh.js';
import type { Lang } from '../../messages/labels.js';
import type { Project } from '../../model.js';
import { itemLabel } from '../../messages/items.js';

export interface CheckReport {
  result: GateResult;
  project: Project;
  asOf: string;
  cwd: string;
  color: boolean;
  lang: Lang;
  /** The terminal table shows at most this many findings (0: all); files always get all. */
  limit: number;
  /** A task's verbatim text, where the plans were loaded with their texts (for JUnit). */
  taskText?: (taskId: string) => string;
  /** The terminal table's width and wrapping (render/view.ts). */
  width: number;
  wrap: boolean;
}

export type CheckReporter = (report: CheckReport) => string;

export const relativeFile = (r: CheckReport, file: string): string => relative(r.cwd, file).split(sep).join('/');
/** What a finding says, in the run's language. */
export const message = (r: CheckReport, g: GateFinding): string => (r.lang === 'zh' ? describeZh : describeEn)(asFinding(g, itemLabel(g.item)));
export const counts = (r: CheckReport) => ({
  checked: r.result.checked.length,
  errors: r.result.findings.filter((f) => f.severity === 'error').length,
  warnings: r.result.findings.filter((f) => f.severity === 'warning').length,
});
