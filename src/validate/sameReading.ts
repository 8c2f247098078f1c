// One reading for one sentence: where two tasks' texts, or two sentences of them, are the same words
// (white space, punctuation and full/half width aside), their milestones' kinds, soft flags and units
// must be the same too, unless a task records the difference as intended (readsDifferently).
// One pass: every passage is indexed by its normalised form, so a hundred thousand tasks cost no pairs.
import { relative } from 'node:path';
import { finding, type Finding } from '../findings.js';
import type { YamlFile } from '../load/yamlFile.js';
import { planTexts, ROLES, type Milestone, type Project, type Task, type Units } from '../model.js';

/** Shorter sentences (严防水质反弹) are set phrases, not obligations worth comparing. */
const MIN_LENGTH = 10;
const SENTENCE_END = /[。；;！!？?]/;

/** The words of a passage: compatibility forms folded (O₃ = O3, （ = (), white space, punctuation and the
 * conversion's bold markers removed. */
export const normalise = (s: string): string => s.normalize('NFKC').replace(/[\s\p{P}*]+/gu, '');

interface Place {
  task: Task;
  yaml: YamlFile;
  index: number;
  /** Everything the reading compares, as one string; and its parts for the message. */
  reading: string;
  kinds: string;
  units: string;
  sentence: string;
}

/** The statement a milestone is read by in the task's text: its first body statement (the first
 * statement of an annex-only task). */
const primary = (task: Task, m: Milestone) => (task.source.body ? m.statements.find((s) => s.source === 'body') : m.statements[0]);

/** The units' names, the county's own name left out (市生态环境局沁水分局 and …阳城分局 are the same office
 * of two counties). */
const unitNames = (units: Units, names: Map<string, string>): string =>
  [...new Set(ROLES.flatMap((role) => (units[role] ?? []).map((id) => names.get(id) ?? id)))].sort().join('、');

/** The words that name the units: the body's bracket, or an annex-only task's unit cells. Units are
 * compared only where these are the same: otherwise the source itself names other units. */
function unitWords(task: Task): string {
  if (task.source.body) return normalise(task.source.body.unitsText ?? '');
  const cells = (task.source.annex ?? []).flatMap((row) => Object.entries(row.cells).filter(([col]) => /单位|责任|主体|部门/.test(col)).map(([, v]) => v));
  return normalise(cells.join(''));
}

/** How many two-character pieces of `what` a sentence holds: which of several sentences with the same
 * phrase (2021年) a milestone belongs to. */
const overlap = (sentence: string, what: string): number => {
  let n = 0;
  for (let i = 0; i + 2 <= what.length; i++) if (sentence.includes(what.slice(i, i + 2))) n++;
  return n;
};

function passages(task: Task): Array<{ key: string; milestones: Milestone[]; targets: NonNullable<Task['targets']> }> {
  const whole = normalise(task.text);
  const sentences = [...new Set(task.text.split(SENTENCE_END).map(normalise))].filter((k) => k !== whole);
  // A milestone belongs to the whole text and to the sentence that holds its phrase (the one closest
  // to its `what` where several do); one without a phrase states no date, as a passage without one.
  const home = new Map<Milestone, string>();
  for (const m of task.milestones) {
    const phrase = primary(task, m)?.phrase;
    if (phrase === undefined) continue;
    const p = normalise(phrase);
    const what = normalise(m.what ?? '');
    const holding = sentences.filter((k) => k.includes(p));
    const best = holding.reduce<string | undefined>((a, k) => (a === undefined || overlap(k, what) > overlap(a, what) ? k : a), undefined);
    if (best !== undefined) home.set(m, best);
  }
  const dated = task.milestones.filter((m) => primary(task, m)?.phrase !== undefined);
  return [
    { key: whole, milestones: dated, targets: task.targets ?? [] },
    ...sentences.map((key) => ({
      key,
      milestones: dated.filter((m) => home.get(m) === key),
      targets: (task.targets ?? []).filter((t) => key.includes(normalise(t.text))),
    })),
  ].filter((p) => p.key.length >= MIN_LENGTH);
}

/** The kinds of a passage's milestones, and whether a target in it is soft (力争). */
function kindsOf(task: Task, milestones: Milestone[], targets: NonNullable<Task['targets']>): string {
  const kinds = milestones.map((m) => {
    const s = primary(task, m);
    return s?.every ? `${s.kind} ${s.every}` : (s?.kind ?? 'unspecified');
  });
  return [...kinds.sort(), ...(targets.some((t) => t.soft) ? ['soft target'] : [])].join(', ') || 'no date';
}

const intended = (a: Task, b: Task): boolean =>
  (a.readsDifferently ?? []).some((r) => r.task === b.id) || (b.readsDifferently ?? []).some((r) => r.task === a.id);

export function checkSameReading(project: Project): Finding[] {
  const findings: Finding[] = [];
  const first = new Map<string, Place[]>();
  const warned = new Set<string>();
  for (const loaded of project.plans) {
    const plan = planTexts(loaded);
    const county = project.counties.get(plan.county);
    const own = county?.name.replace(/县$/, '') ?? plan.county;
    const names = new Map([...(county?.units.values() ?? [])].map((u) => [u.id, u.name.replaceAll(own, '…')]));
    plan.tasks.forEach((task, index) => {
      const words = unitWords(task);
      const units = unitNames(task.units, names);
      for (const { key, milestones, targets } of passages(task)) {
        const kinds = kindsOf(task, milestones, targets);
        const place: Place = { task, yaml: loaded.yaml, index, reading: `${kinds}|${words}|${units}`, kinds, units, sentence: key };
        const seen = first.get(key);
        if (!seen) {
          first.set(key, [place]);
          continue;
        }
        // Compare with one place of each reading seen so far: a warning per pair of tasks at most.
        for (const other of seen) {
          if (other.task === task || intended(other.task, task)) continue;
          const sameWords = other.reading.split('|')[1] === words;
          if (other.kinds === kinds && (!sameWords || other.units === units)) continue;
          const pair = `${other.task.id} ${task.id}`;
          if (warned.has(pair)) continue;
          warned.add(pair);
          const what = other.kinds === kinds ? `units ${units || 'none'}` : kinds;
          const there = other.kinds === kinds ? `units ${other.units || 'none'}` : other.kinds;
          const line = other.yaml.taskLine(other.index)?.line;
          const where = `${relative(project.root, other.yaml.file)}${line ? `:${line}` : ''}`;
          findings.push(finding('SENTENCE_READ_TWO_WAYS', { subject: task.id, expected: `${other.task.id} (${where}): ${there}`, actual: what, detail: key }, loaded.yaml.at(['tasks', index, 'text'])));
        }
        if (!seen.some((p) => p.reading === place.reading)) seen.push(place);
      }
    });
  }
  return findings;
}
