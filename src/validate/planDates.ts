// Holds every encoded milestone date against a reading of its verbatim phrase.
import { readPhrase } from '../dates/phrase.js';
import { finding, type Finding } from '../findings.js';
import type { YamlFile } from '../load/yamlFile.js';
import type { Plan } from '../model.js';

const FIELDS = ['kind', 'due', 'from', 'every', 'day'] as const;

/** One plan file's dates against its phrases: a check of that file alone, so it is cached with it. */
export function checkPlanDates(yaml: YamlFile): Finding[] {
  const findings: Finding[] = [];
  const plan = yaml.data as Plan;
  const ctx = { year: plan.year, issued: plan.document.date };
  plan.tasks.forEach((task, t) =>
    task.milestones.forEach((m, mi) =>
      m.statements.forEach((s, si) => {
        const at = yaml.at(['tasks', t, 'milestones', mi, 'statements', si]);
        if (s.phrase === undefined) return;
        const reading = readPhrase(s.phrase, ctx);
        if (!reading) {
          if (s.kind !== 'unspecified') findings.push(finding('PHRASE_NOT_UNDERSTOOD', { subject: `${task.id} ${m.id}`, actual: s.phrase }, at));
          return;
        }
        const encoded = FIELDS.map((f) => s[f] ?? '-').join(' ');
        const read = FIELDS.map((f) => reading[f] ?? '-').join(' ');
        if (encoded !== read) {
          findings.push(finding('DATE_DISAGREES_WITH_PHRASE', { subject: `${task.id} ${m.id}`, detail: s.phrase, actual: encoded, expected: read }, at));
        }
      }),
    ),
  );
  return findings;
}
