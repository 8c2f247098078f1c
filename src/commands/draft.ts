// draft: a first encoding of each plan a notice holds, for a person to finish (draft/ reads and builds;
// this command finds the registry, holds every text against the notice and writes the files).
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, posix, relative, resolve } from 'node:path';
import { plansDir } from '../context.js';
import { buildPlans, TODO } from '../draft/build.js';
import { offerUnits } from '../draft/offer.js';
import { isoOf, readNotice, type Problem } from '../draft/read.js';
import { registryOf } from '../draft/units.js';
import { InputError, UsageError } from '../errors.js';
import { finding, hasErrors, type Finding } from '../findings.js';
import { loadYaml } from '../load/loadProject.js';
import type { Plan, Unit } from '../model.js';
import { schemasFrom } from '../packageRoot.js';
import { verbatimFields } from '../trace/checkTrace.js';
import { findPassage, indexSource, nearestPassage } from '../trace/sourceText.js';
import type { Output } from './output.js';
import type { Lang } from '../messages/labels.js';
import { RUN_WORDS, type RunWords } from '../messages/runs.js';

export interface DraftOptions {
  county: string;
  year: string;
  output?: string;
  force?: boolean;
  plans?: string;
}

function problemFinding(p: Problem, file: string, registry: string): Finding {
  const at = { file, line: p.line, column: 1 };
  switch (p.what) {
    case 'unit': return finding('DRAFT_UNIT_UNKNOWN', { subject: p.text, expected: registry, closest: p.detail ? p.detail.split(', ') : [] }, at);
    case 'bracket': return finding('DRAFT_BRACKET_UNREAD', { subject: p.text }, at);
    case 'row': return finding('DRAFT_ROW_UNSPLIT', { subject: p.text, detail: p.detail ?? '' }, at);
    case 'notice': return finding('DRAFT_NO_PLAN', { detail: p.detail ?? '' }, at);
  }
}

/** Never invents: a draft's text that does not stand in the notice is a bug of the reader, and nothing is written. */
function notInNotice(plans: Plan[], file: string, text: string): Finding[] {
  const source = indexSource(file, text);
  return plans.flatMap((plan) => [...verbatimFields(plan)].filter(([, t]) => !findPassage(source, t)).map(([path, t]) => {
    const near = nearestPassage(source, t);
    return finding('TEXT_NOT_IN_SOURCE', { subject: `${plan.id} ${path.join('.')}`, expected: file, actual: near.text, detail: String(near.from) }, { file, line: near.from, column: 1 });
  }));
}

export async function draftCommand(notice: string, opts: DraftOptions, cwd: string, lang: Lang = 'en'): Promise<Output> {
  const w = RUN_WORDS[lang];
  if (!/^\d{4}$/.test(opts.year)) throw new UsageError((w) => w.year(opts.year));
  const year = Number(opts.year);
  const path = resolve(cwd, notice);
  if (!existsSync(path)) throw new UsageError((w) => w.noNotice(notice));
  const plans = plansDir(opts.plans, cwd);
  const registryFile = join(plans, opts.county, 'units.yaml');
  if (!existsSync(registryFile)) throw new UsageError((w) => w.noRegistry(relative(cwd, registryFile), opts.county));
  const loaded: Finding[] = [];
  const registry = await loadYaml(registryFile, 'units', loaded);
  if (!registry || hasErrors(loaded)) throw new InputError(loaded);
  const file = `sources/${basename(path)}`;
  if (resolve(dirname(plans), file) !== path) throw new UsageError((w) => w.noticeOutside(file));

  const text = readFileSync(path, 'utf8');
  const read = readNotice(text);
  const issued = read.date ? isoOf(read.date) : undefined;
  const units = ((registry.data as { units: Unit[] }).units);
  const { plans: drafts, problems } = buildPlans(read, { county: opts.county, year, file, issued: issued ?? `${year}-01-01`, registry: registryOf(units) });
  const notes = [...problems.map((p) => problemFinding(p, path, relative(cwd, registryFile))), ...notInNotice(drafts, path, text)];
  if (hasErrors(notes)) throw new InputError(notes);

  const { stringify } = await import('../load/parseYaml.js');
  const out = opts.output ? resolve(cwd, opts.output) : undefined;
  const schemas = posix.join(posix.relative((out ?? cwd).split('\\').join('/'), resolve(cwd).split('\\').join('/')) || '.', schemasFrom(cwd));
  const yamlOf = (plan: Plan) => `# yaml-language-server: $schema=${schemas}/plan.schema.json\n${stringify(plan, { lineWidth: 0 })}`;
  if (!out) return { stdout: drafts.map(yamlOf).join('---\n'), exitCode: 0, notes };

  mkdirSync(out, { recursive: true });
  const lines: string[] = [];
  for (const plan of drafts) {
    const target = join(out, `${plan.year}-${plan.category}${plan.id.endsWith(plan.category) ? '' : plan.id.slice(plan.id.lastIndexOf('-'))}.yaml`);
    const name = relative(cwd, target);
    const existed = existsSync(target);
    // The draft being replaced, if it still reads as a plan (its problems are validate's to report).
    const earlier = opts.force && existed ? await loadYaml(target, 'plan', []) : undefined;
    const kept = earlier ? keepTitles(plan, earlier.data as Plan) : 0;
    try {
      writeFileSync(target, yamlOf(plan), { flag: opts.force ? 'w' : 'wx' });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw new UsageError((w) => w.cannotWrite(name, (e as Error).message));
      lines.push(w.kept(name));
      continue;
    }
    lines.push(`${existed ? w.replaced(name) : w.created(name)}${lang === 'zh' ? '：' : ': '}${summary(plan, w)}${kept ? w.keptTitles(kept) : ''}`);
  }
  const offer = offerUnits(readFileSync(registryFile, 'utf8'), problems.filter((p) => p.what === 'unit').map((p) => ({ name: p.text, line: p.line })), file);
  if (offer) {
    appendFileSync(registryFile, offer);
    lines.push(w.offered(relative(cwd, registryFile)));
  }
  return { stdout: `${lines.join('\n')}\n${w.draftNext}\n`, exitCode: 0, notes };
}

/** A title a person wrote in the draft being replaced stays, on the task of the same id and text; the count kept. */
function keepTitles(plan: Plan, earlier: Plan): number {
  const before = new Map((Array.isArray(earlier?.tasks) ? earlier.tasks : []).map((t) => [t.id, t]));
  let kept = 0;
  for (const task of plan.tasks) {
    const old = before.get(task.id);
    if (old && old.text === task.text && old.title && !old.title.startsWith(TODO)) {
      task.title = old.title;
      kept++;
    }
  }
  return kept;
}

function summary(plan: Plan, w: RunWords): string {
  const statements = plan.tasks.flatMap((t) => t.milestones.flatMap((m) => m.statements)).filter((s) => s.phrase);
  const undecided = statements.filter((s) => s.kind === 'unspecified' && s.why?.includes('TODO')).length;
  const rows = plan.tasks.reduce((n, t) => n + (t.source.annex?.length ?? 0), 0);
  return w.drafted(plan.tasks.length, rows, statements.length, undecided);
}
