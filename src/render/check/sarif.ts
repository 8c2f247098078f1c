// check as SARIF 2.1.0, for code-scanning views: one result per finding, at the task's line. The tool
// names its version; it has no public homepage, so no informationUri (a path on the runner helps nobody).
import { VERSION } from '../../version.js';
import { itemLabel } from '../../messages/items.js';
import { message, relativeFile, type CheckReporter } from './context.js';

const RULES = {
  TASK_OVERDUE: { id: 'overdue', text: 'A task milestone is past its deadline and not done.' },
  TASK_DUE_SOON: { id: 'due-soon', text: 'A task milestone falls due within the warning window.' },
  TASK_SOFT_MISSED: { id: 'soft-missed', text: 'A soft (力争) target date was missed.' },
} as const;

export const renderSarif: CheckReporter = (r) => {
  const rules = Object.values(RULES).map((rule) => ({ id: rule.id, shortDescription: { text: rule.text } }));
  const results = r.result.findings.map((f) => ({
    ruleId: RULES[f.code].id,
    level: f.severity === 'error' ? 'error' : 'warning',
    message: { text: message(f) },
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
