// One reading for one sentence: where two tasks' texts, or two sentences of them, are the same words
// (white space, punctuation and full/half width aside), their milestones' kinds, soft flags and units
// must be the same too, unless a task records the difference as intended (readsDifferently).
// One pass: every passage is indexed by its normalised form, so a hundred thousand tasks cost no pairs.
import { relative } from 'node:path';
import { finding, type Finding } from '../findings.js';
import type { YamlFile } from '../load/yamlFile.js';
import { ROLES, type Milestone, type PlanWithTexts, type Project, type Task, type Units } from '../model.js';

/** Shorter sentences (严防水质反弹) are set phrases, not obligations worth comparing. */
const MIN_LENGTH = 10;

/** What each UTF-16 code unit is to a passage, learnt on first sight: 1 a word character, 2 white space
 * or punctuation (dropped; the conversion's bold markers ** among them), 3 a sentence's end (dropped).
 * A table instead of a Unicode-property regex: a hundred thousand texts are read on every validate. */
const CLASS = new Uint8Array(0x10000);
const DROPPED = /[\s\p{P}]/u;
function classOf(c: number): number {
  let k = CLASS[c] as number;
  if (k === 0) CLASS[c] = k = c === 0x3002 || c === 0x3b || c === 0x21 || c === 0x3f ? 3 : DROPPED.test(String.fromCharCode(c)) ? 2 : 1;
  return k;
}

/** A text's words, whole and sentence by sentence: compatibility forms folded (O₃ = O3, （ = (), white
 * space and punctuation removed. */
function keysOf(text: string): { whole: string; sentences: string[] } {
  const s = text.normalize('NFKC');
  let whole = '';
  let sentence = '';
  const sentences: string[] = [];
  let from = 0;
  for (let i = 0; i <= s.length; i++) {
    const k = i < s.length ? classOf(s.charCodeAt(i)) : 3;
    if (k === 1) continue;
    if (i > from) {
      const part = s.slice(from, i);
      whole += part;
      sentence += part;
    }
    from = i + 1;
    if (k === 3 && sentence) {
      sentences.push(sentence);
      sentence = '';
    }
  }
  return { whole, sentences };
}

export const normalise = (s: string): string => keysOf(s).whole;

/** One passage of one task where it stands; its reading is worked out only when another task holds the
 * same words (most passages are unique). */
interface Place {
  task: Task;
  yaml: YamlFile;
  index: number;
  milestones: Milestone[];
  targets: NonNullable<Task['targets']>;
  names: Map<string, string>;
  kinds?: string;
  units?: string;
}

const kindsAt = (p: Place): string => (p.kinds ??= kindsOf(p.task, p.milestones, p.targets));
const unitsAt = (p: Place): string => (p.units ??= unitNames(p.task.units, p.names) || 'none');

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
  const { whole, sentences: all } = keysOf(task.text);
  // The milestones the text states: the dated ones, and the undated obligations its `what` names
  // (各相关部门…纳入…规划). A milestone with neither (正文未规定完成时限, for the whole text) says the text
  // states no date, as a passage without one; one only an annex row states is not the text's.
  const stated = task.milestones.filter((m) => primary(task, m)?.phrase !== undefined || (primary(task, m) !== undefined && m.what !== undefined));
  if (all.length < 2) return whole.length >= MIN_LENGTH ? [{ key: whole, milestones: stated, targets: task.targets ?? [] }] : [];
  const sentences = [...new Set(all)].filter((k) => k !== whole);
  // A milestone belongs to the whole text and to the sentence that holds its phrase (the one closest
  // to its `what` where several do); one without a phrase, to the sentence closest to its `what`.
  const home = new Map<Milestone, string>();
  for (const m of stated) {
    const phrase = primary(task, m)?.phrase;
    const what = normalise(m.what ?? '');
    const holding = phrase === undefined ? sentences.filter((k) => overlap(k, what) > 0) : sentences.filter((k) => k.includes(normalise(phrase)));
    const best = holding.reduce<string | undefined>((a, k) => (a === undefined || overlap(k, what) > overlap(a, what) ? k : a), undefined);
    if (best !== undefined) home.set(m, best);
  }
  return [
    { key: whole, milestones: stated, targets: task.targets ?? [] },
    ...sentences.map((key) => ({
      key,
      milestones: stated.filter((m) => home.get(m) === key),
      targets: (task.targets ?? []).filter((t) => key.includes(normalise(t.text))),
    })),
  ].filter((p) => p.key.length >= MIN_LENGTH);
}

/** The kinds of a passage's milestones, and whether a target in it is soft (力争). */
function kindsOf(task: Task, milestones: Milestone[], targets: NonNullable<Task['targets']>): string {
  const kinds = milestones.map((m) => {
    const s = primary(task, m);
    return s?.every ? `${s.kind} ${s.every}${s.day ? ` ${s.day}` : ''}` : (s?.kind ?? 'unspecified');
  });
  return [...kinds.sort(), ...(targets.some((t) => t.soft) ? ['soft target'] : [])].join(', ') || 'no date';
}

const intended = (a: Task, b: Task): boolean =>
  (a.readsDifferently ?? []).some((r) => r.task === b.id) || (b.readsDifferently ?? []).some((r) => r.task === a.id);

export function checkSameReading(project: Project<PlanWithTexts>): Finding[] {
  const findings: Finding[] = [];
  // The first place of each passage (kinds are compared with it), and of each passage with the same
  // unit words (units are compared with it): one comparison per place, however often a sentence recurs.
  const byWords = new Map<string, Place>();
  const byUnits = new Map<string, Place>();
  const warned = new Set<string>();
  const warn = (place: Place, other: Place, key: string, here: string, there: string): void => {
    const pair = `${other.task.id} ${place.task.id}`;
    if (other.task === place.task || warned.has(pair) || intended(other.task, place.task)) return;
    warned.add(pair);
    const line = other.yaml.taskLine(other.index)?.line;
    const where = `${relative(project.root, other.yaml.file)}${line ? `:${line}` : ''}`;
    findings.push(finding('SENTENCE_READ_TWO_WAYS', { subject: place.task.id, expected: `${other.task.id} (${where}): ${there}`, actual: here, detail: key }, place.yaml.at(['tasks', place.index, 'text'])));
  };
  for (const loaded of project.plans) {
    const plan = loaded.full;
    const county = project.counties.get(plan.county);
    const own = county?.name.replace(/县$/, '') ?? plan.county;
    const names = new Map([...(county?.units.values() ?? [])].map((u) => [u.id, u.name.replaceAll(own, '…')]));
    plan.tasks.forEach((task, index) => {
      for (const { key, milestones, targets } of passages(task)) {
        const place: Place = { task, yaml: loaded.yaml, index, milestones, targets, names };
        const first = byWords.get(key);
        if (!first) {
          byWords.set(key, place);
          continue;
        }
        if (kindsAt(first) !== kindsAt(place)) warn(place, first, key, kindsAt(place), kindsAt(first));
        // The units index is filled only for words that recur: most never do.
        const firstUnits = `${key}\u0000${unitWords(first.task)}`;
        if (!byUnits.has(firstUnits)) byUnits.set(firstUnits, first);
        const withUnits = `${key}\u0000${unitWords(task)}`;
        const same = byUnits.get(withUnits);
        if (!same) byUnits.set(withUnits, place);
        else if (unitsAt(same) !== unitsAt(place)) warn(place, same, key, `units ${unitsAt(place)}`, `units ${unitsAt(same)}`);
      }
    });
  }
  return findings;
}
