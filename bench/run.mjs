// Times plancheck against Node's own start-up, in one run, on this machine.
// - the shipped data: `plancheck due --county qinshui` beside `node -e 0`;
// - synthetic corpora of 11,040, 28,080 (a province year: 117 counties × 4 plans × 60 tasks) and
//   112,320 tasks (four province years): `plancheck due` and `plancheck check`.
// Each figure is the median wall time of several runs after one warm-up run (which fills the parse
// cache). "no cache" is one run with PLANCHECK_CACHE=0: every file parsed and validated, as on the first
// run after a change of every file. Peak memory is the largest resident set of the cached runs.
// Usage: node bench/run.mjs [--runs 5] [--skip-large]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' }, 'skip-large': { type: 'boolean', default: false } } });
const RUNS = Number(values.runs);
const root = path.resolve(import.meta.dirname, '..');
const bin = path.join(root, 'bin/plancheck');
const TIME = '/usr/bin/time';

/** Wall seconds and peak resident memory (MB) of one command. */
function once(args, cwd, env = {}) {
  const started = process.hrtime.bigint();
  const r = spawnSync(TIME, ['-f', '%M', ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env }, maxBuffer: 1 << 30 });
  const wall = Number(process.hrtime.bigint() - started) / 1e9;
  const kb = Number(r.stderr.trim().split('\n').at(-1));
  return { wall, mb: kb / 1024, code: r.status };
}

function measure(label, args, cwd) {
  const cold = once(args, cwd, { PLANCHECK_CACHE: '0' });
  once(args, cwd);
  const runs = Array.from({ length: RUNS }, () => once(args, cwd));
  const codes = new Set([cold.code, ...runs.map((r) => r.code)]);
  if (codes.size > 1) throw new Error(`${label}: runs ended differently (${[...codes].join(', ')})`);
  const walls = runs.map((r) => r.wall).sort((a, b) => a - b);
  return { label, cold: cold.wall, coldMb: cold.mb, median: walls[Math.floor(walls.length / 2)], mb: Math.max(...runs.map((r) => r.mb)), code: runs[0].code };
}

const rows = [];
const show = (m, base) => rows.push([m.label, `${(m.median * 1000).toFixed(0)} ms`, base ? `${(m.median / base).toFixed(2)}×` : '', `${m.mb.toFixed(0)} MB`, `${(m.cold * 1000).toFixed(0)} ms`, `${m.coldMb.toFixed(0)} MB`, String(m.code)]);

const node = measure('node -e 0', [process.execPath, '-e', '0'], root);
show(node);
show(measure('plancheck due --county qinshui (shipped data)', [process.execPath, bin, 'due', '--county', 'qinshui', '--as-of', '2021-06-15', '--status', 'examples/qinshui-2021-status.yaml'], root), node.median);

const scales = [['11k', 46, 1], ['28k', 117, 1], ['112k', 117, 4]].filter(([name]) => !(values['skip-large'] && name === '112k'));
const perTask = [];
for (const [name, counties, years] of scales) {
  const dir = path.join(root, 'bench/out', `t${name}`);
  if (!fs.existsSync(path.join(dir, 'status.yaml'))) {
    spawnSync(process.execPath, [path.join(root, 'bench/generate.mjs'), '--out', dir, '--counties', String(counties), '--years', String(years)], { stdio: 'inherit' });
  }
  const tasks = counties * 4 * 60 * years;
  const due = measure(`plancheck due, ${name} tasks`, [process.execPath, bin, 'due', '--as-of', '2021-07-01', '--status', 'status.yaml'], dir);
  const check = measure(`plancheck check, ${name} tasks`, [process.execPath, bin, 'check', '--as-of', '2021-07-01', '--status', 'status.yaml'], dir);
  show(due, node.median);
  show(check, node.median);
  perTask.push([name, tasks, check.median]);
}

const head = ['command', 'median', '÷ node -e 0', 'peak memory', 'no cache', 'its memory', 'exit'];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
console.log(`Node ${process.version}, ${RUNS} runs each, medians after a warm-up run\n`);
console.log([line(head), ...rows.map(line)].join('\n'));
if (perTask.length > 1) {
  console.log('\ncheck, time per 1,000 tasks (linear growth keeps it flat):');
  for (const [name, tasks, wall] of perTask) console.log(`  ${name.padEnd(5)} ${((wall / tasks) * 1e6).toFixed(1)} ms`);
}
