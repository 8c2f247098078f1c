// Generates a synthetic corpus in the real schema: <counties> counties × 4 plans × <tasks> tasks × <years>
// years, with unit registries and a status file that reports about a third of the milestones.
// With --workspace, a city's (or province's) workspace instead: each county its own repository
// (counties/<county>/plans/<county>/ and its own status.yaml, as plancheck init makes them), listed in
// workspace.yaml.
// Usage: node bench/generate.mjs --out DIR --counties 117 --tasks 60 --years 1 [--workspace]
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { out: { type: 'string' }, counties: { type: 'string', default: '117' }, tasks: { type: 'string', default: '60' }, years: { type: 'string', default: '1' }, workspace: { type: 'boolean', default: false } } });
const out = values.out ?? 'bench/out/corpus';
const [counties, tasksPerPlan, years] = [Number(values.counties), Number(values.tasks), Number(values.years)];

// A fixed seed: the same arguments give the same corpus.
let seed = 20210511;
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const pick = (list) => list[Math.floor(rand() * list.length)];
const HAN = '污染防治大气水土壤生态环境保护治理监管排放企业工业清洁取暖县城乡镇完成整治推进落实加强建设设施管网';
const text = (n) => Array.from({ length: n }, () => pick(HAN)).join('');
const UNITS = ['eco-branch', 'housing', 'industry', 'transport', 'water', 'agriculture', 'natural-resources', 'energy', 'finance', 'townships'];
const CATEGORIES = ['air', 'water', 'soil', 'groundwater'];
const pad = (n) => String(n).padStart(2, '0');
const lastDay = (y, m) => new Date(Date.UTC(y, m, 0)).getUTCDate();

function milestone(id, year) {
  const m = 1 + Math.floor(rand() * 12);
  const r = rand();
  if (r < 0.45) return { id, statements: [{ source: 'body', phrase: `${year}年${m}月底前`, kind: 'by', due: `${year}-${pad(m)}-${pad(lastDay(year, m))}` }] };
  if (r < 0.6) return { id, statements: [{ source: 'body', phrase: '每季度', kind: 'recurring', every: 'quarter' }] };
  if (r < 0.75) return { id, statements: [{ source: 'body', phrase: `${year}年${m}月起`, kind: 'from', from: `${year}-${pad(m)}-01` }] };
  if (r < 0.9) return { id, statements: [{ source: 'body', phrase: '长期坚持', kind: 'ongoing' }] };
  return { id, statements: [{ source: 'body', kind: 'unspecified', why: '正文未规定完成时限' }] };
}

let total = 0;
let entries = [];
let reported = 0;
fs.rmSync(out, { recursive: true, force: true });
const repository = (county) => (values.workspace ? path.join(out, 'counties', county) : out);
for (let c = 1; c <= counties; c++) {
  const county = `c${String(c).padStart(3, '0')}`;
  const dir = path.join(repository(county), 'plans', county);
  fs.mkdirSync(dir, { recursive: true });
  const registry = { county: { id: county, name: `${text(2)}县${c}` }, units: UNITS.map((id) => ({ id, name: `县${id}局`, aliases: [`${id}局`] })) };
  fs.writeFileSync(path.join(dir, 'units.yaml'), `# yaml-language-server: $schema=../../schemas/units.schema.json\n${JSON.stringify(registry, null, 1)}\n`);
  for (let y = 0; y < years; y++) {
    const year = 2021 + y;
    for (const [k, category] of CATEGORIES.entries()) {
      const code = `${String.fromCharCode(65 + Math.floor(c / 26) % 26)}${String.fromCharCode(65 + (c % 26))}`;
      const tasks = Array.from({ length: tasksPerPlan }, (_, t) => {
        const id = `${code}${String(year).slice(2)}-${category === 'groundwater' ? 'GW' : category.toUpperCase()}-${c}X${t + 1}`;
        const ms = Array.from({ length: 1 + Math.floor(rand() * 2) }, (_, i) => milestone(`m${i + 1}`, year));
        for (const m of ms) {
          const s = m.statements[0];
          if (s.kind === 'by' && rand() < 0.4) entries.push({ task: id, milestone: m.id, state: 'done', date: s.due, evidence: [{ text: text(10) }] });
        }
        total++;
        return {
          id, title: text(8), text: text(60),
          source: { body: { section: ['三、重点任务', `（${k + 1}）${text(10)}`], item: String(t + 1), unitsText: '县生态环境局' } },
          units: { responsible: [pick(UNITS), pick(UNITS)].filter((u, i, a) => a.indexOf(u) === i) },
          milestones: ms,
        };
      });
      const plan = {
        id: `${county}-${year}-${category}`, county, title: `${year}年${text(8)}行动计划`, category, year,
        period: { start: `${year}-01-01`, end: `${year}-12-31` },
        document: { number: `政办发〔${year}〕${c}号`, issuer: `${text(3)}县人民政府办公室`, date: `${year}-05-11`, file: 'sources/synthetic.txt' },
        tasks,
      };
      // JSON is YAML: the loader reads it as any plan file, and the generator stays simple.
      fs.writeFileSync(path.join(dir, `${year}-${category}.yaml`), `# yaml-language-server: $schema=../../schemas/plan.schema.json\n${JSON.stringify(plan, null, 1)}\n`);
    }
  }
  if (values.workspace) {
    fs.writeFileSync(path.join(repository(county), 'status.yaml'), `${JSON.stringify({ example: true, entries }, null, 1)}\n`);
    reported += entries.length;
    entries = [];
  }
}
if (values.workspace) {
  const list = Array.from({ length: counties }, (_, c) => `  - counties/c${String(c + 1).padStart(3, '0')}\n`).join('');
  fs.writeFileSync(path.join(out, 'workspace.yaml'), `counties:\n${list}`);
} else {
  fs.writeFileSync(path.join(out, 'status.yaml'), `${JSON.stringify({ example: true, entries }, null, 1)}\n`);
  reported = entries.length;
}
console.log(`${out}: ${counties} counties${values.workspace ? ' (a repository each, in workspace.yaml)' : ''}, ${counties * CATEGORIES.length * years} plans, ${total} tasks, ${reported} status entries`);
