// How close `plancheck draft` comes to the hand encoding: runs draft (the built CLI) on each notice in
// sources/ with its county's registry, and holds every draft plan against the hand-encoded plan of the
// same id. Prints one row per plan and the totals:
//   node bench/draft-measure.mjs
// items: numbered body items of the hand plan (1., （1）, （一）) found in the draft (same section path
// and number, else the same text); text: the same verbatim text; units: the same unit ids in each role;
// dates: each date phrase of the hand plan (body and annex; the draft's phrase may take more or less of
// the sentence: one within the other) read alike, left to a person (kind
// unspecified, TODO), the same phrase read otherwise (wrong), or not found in the draft task (missed); rows: annex rows
// under the draft task that matches the hand task holding them (or both a task of their own).
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, parseAllDocuments } from 'yaml';

const ROOT = path.resolve(import.meta.dirname, '..');
const fold = (s = '') => s.replace(/\s+/g, '');
const key = (s) => [s.kind, s.due, s.from, s.every].join(' ');
const unitsKey = (u = {}) => ['lead', 'responsible', 'support'].map((r) => [...(u[r] ?? [])].sort().join(',')).join('|');
const bodyKey = (t) => (t.source.body ? [t.source.body.section.map(fold).join('>'), fold(t.source.body.item), t.source.body.paragraph ?? 1].join('#') : undefined);

const hand = new Map();
for (const county of readdirSync(path.join(ROOT, 'plans'))) {
  for (const f of readdirSync(path.join(ROOT, 'plans', county)).filter((f) => f !== 'units.yaml')) {
    const plan = parse(readFileSync(path.join(ROOT, 'plans', county, f), 'utf8'));
    hand.set(plan.id, plan);
  }
}

const rows = [];
const notices = [...new Set([...hand.values()].map((p) => p.document.file))].sort();
for (const file of notices) {
  const some = [...hand.values()].find((p) => p.document.file === file);
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin/plancheck'), 'draft', file, '--county', some.county, '--year', String(some.year), '--plans', 'plans'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  if (r.status !== 0) throw new Error(`draft ${file}: exit ${r.status}\n${r.stderr}`);
  const drafts = parseAllDocuments(r.stdout).map((d) => d.toJS());
  for (const plan of [...hand.values()].filter((p) => p.document.file === file)) {
    const draft = drafts.find((d) => d.category === plan.category);
    const row = { plan: plan.id, items: 0, found: 0, text: 0, units: 0, phrases: 0, right: 0, person: 0, wrong: 0, missed: 0, annex: 0, placed: 0, why: [] };
    rows.push(row);
    const byBody = new Map((draft?.tasks ?? []).map((t) => [bodyKey(t), t]));
    const byText = new Map((draft?.tasks ?? []).map((t) => [fold(t.text), t]));
    const matchOf = new Map();
    for (const t of plan.tasks) {
      const d = (t.source.body && byBody.get(bodyKey(t))) ?? byText.get(fold(t.text));
      if (d) matchOf.set(t.id, d);
      if (t.source.body?.item) {
        row.items++;
        if (d) row.found++;
        if (d && fold(d.text) === fold(t.text)) row.text++;
        else row.why.push(`${t.id} text`);
        if (d && unitsKey(d.units) === unitsKey(t.units)) row.units++;
        else row.why.push(`${t.id} units ${unitsKey(t.units)} ≠ ${d ? unitsKey(d.units) : '-'}`);
      }
      for (const m of t.milestones) {
        for (const s of m.statements.filter((s) => s.phrase)) {
          row.phrases++;
          // The same phrase, or one within the other (每季度 in 每季度开展一次: encoders took more or less of the sentence).
          const candidates = (d?.milestones ?? []).flatMap((dm) => dm.statements).filter((ds) => ds.source === s.source && ds.phrase && (fold(s.phrase).includes(fold(ds.phrase)) || fold(ds.phrase).includes(fold(s.phrase))));
          if (candidates.some((ds) => ds.kind === 'unspecified' && /TODO/.test(ds.why ?? ''))) row.person++;
          else if (candidates.some((ds) => key(ds) === key(s))) row.right++;
          else if (candidates.some((ds) => fold(ds.phrase) === fold(s.phrase))) { row.wrong++; row.why.push(`${t.id} ${s.phrase}: ${key(s)} ≠ ${candidates.map(key).join(' / ')}`); }
          else { row.missed++; row.why.push(`${t.id} ${s.source} "${s.phrase}" not found`); }
        }
      }
      for (const a of t.source.annex ?? []) {
        row.annex++;
        const holder = (draft?.tasks ?? []).find((dt) => (dt.source.annex ?? []).some((da) => da.table === a.table && fold(da.row) === fold(a.row)));
        const right = holder && (t.source.body ? holder === d : !holder.source.body);
        if (right) row.placed++;
        else row.why.push(`${t.id} row ${a.table}#${a.row} under ${holder?.id ?? 'nothing'}`);
      }
    }
  }
}

const pct = (n, d) => (d ? `${((100 * n) / d).toFixed(0)}%` : '-');
const total = rows.reduce((a, r) => { for (const k of Object.keys(r)) if (typeof r[k] === 'number') a[k] = (a[k] ?? 0) + r[k]; return a; }, { plan: 'all' });
const line = (r) => `${r.plan.padEnd(22)} ${String(r.items).padStart(5)} ${pct(r.text, r.items).padStart(5)} ${pct(r.units, r.items).padStart(6)}   ${String(r.phrases).padStart(7)} ${String(r.right).padStart(5)} ${String(r.person).padStart(6)} ${String(r.wrong).padStart(5)} ${String(r.missed).padStart(6)}   ${String(r.annex).padStart(4)} ${pct(r.placed, r.annex).padStart(6)}`;
process.stdout.write(`plan                   items  text  units   phrases right person wrong missed   rows placed\n${rows.map(line).join('\n')}\n${line(total)}\n`);
if (process.argv.includes('--why')) for (const r of rows) for (const w of r.why) process.stdout.write(`${r.plan}: ${w}\n`);
