// check as SARIF 2.1.0, for code-scanning views: one result per finding, at the task's line. The tool
// names its version; it has no public homepage, so no informationUri (a path on the runner helps nobody).
import { VERSION } from '../../version.js';
import { itemLabel } from '../../messages/items.js';
import { LABELS } from '../../messages/labels.js';
import { message, relativeFile, type CheckReporter } from './context.js';

const RULES = { TASK_OVERDUE: 'overdue', TASK_DUE_SOON: 'due-soon', TASK_SOFT_MISSED: 'soft-missed' } as const;

export const renderSarif: CheckReporter = (r) => {
  const rules = (Object.keys(RULES) as Array<keyof typeof RULES>).map((code) => ({ id: RULES[code], shortDescription: { text: LABELS[r.lang].rule[code] } }));
  const results = r.result.findings.map((f) => ({
    ruleId: RULES[f.code],
    level: f.severity === 'error' ? 'error' : 'warning',
    message: { text: message(r, f) },
    locations: [{ physicalLocation: { artifactLocation: { uri: relativeFile(r, f.at.file) }, region: { startLine: f.at.line, startColumn: f.at.column } } }],
    partialFingerprints: { milestone: itemLabel(f.item) },
  }));
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{ tool: { driver: { name: 'plancheck', version: VERSION, rules } }, results }],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
};
