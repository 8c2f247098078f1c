// Times plancheck against Node's own start-up, in one run, on this machine.
// - the shipped data: `plancheck due --county qinshui` beside `node -e 0`;
// - synthetic corpora of 11,040, 28,080 (a province year: 117 counties × 4 plans × 60 tasks) and
//   112,320 tasks (four province years): `plancheck due` and `plancheck check`.
// Each figure is the median wall time of several runs (31 for start-up, --runs for the corpora) after
// one warm-up run, which fills the parse and code caches; the commands of a row group run in turn, run
// by run, so that the machine's changes of speed weigh on each alike. "no cache" is one run with
// PLANCHECK_CACHE=0: every file parsed and validated, as on the first run after a change of every
// file. Peak memory is the largest resident set of the cached runs.
// Usage: node bench/run.mjs [--runs 5] [--skip-large]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
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

/** Median wall time and peak memory of commands run in turn, each after a warm-up run (which fills the
 * parse cache) and one run with the cache off. Commands measured together alternate, run by run, so
 * that a change in the machine's speed during the run weighs on each alike. */
function measure(commands, runs = RUNS) {
  const cold = commands.map(({ args, cwd }) => once(args, cwd, { PLANCHECK_CACHE: '0' }));
  for (const { args, cwd } of commands) once(args, cwd);
  const all = commands.map(() => []);
  for (let r = 0; r < runs; r++) commands.forEach(({ args, cwd }, i) => all[i].push(once(args, cwd)));
  return commands.map(({ label }, i) => {
    const codes = new Set([cold[i].code, ...all[i].map((x) => x.code)]);
    if (codes.size > 1) throw new Error(`${label}: runs ended differently (${[...codes].join(', ')})`);
    const walls = all[i].map((x) => x.wall).sort((a, b) => a - b);
    return { label, runs, cold: cold[i].wall, coldMb: cold[i].mb, median: walls[Math.floor(walls.length / 2)], mb: Math.max(...all[i].map((x) => x.mb)), code: all[i][0].code };
  });
}

const rows = [];
const show = (m, base) => rows.push([m.label, String(m.runs), `${(m.median * 1000).toFixed(0)} ms`, base ? `${(m.median / base).toFixed(2)}×` : '', `${m.mb.toFixed(0)} MB`, `${(m.cold * 1000).toFixed(0)} ms`, `${m.coldMb.toFixed(0)} MB`, String(m.code)]);

// Start-up is a few tens of milliseconds: more runs, taken in turn with node -e 0.
const [node, shipped] = measure(
  [
    { label: 'node -e 0', args: [process.execPath, '-e', '0'], cwd: root },
    { label: 'plancheck due --county qinshui (shipped data)', args: [process.execPath, bin, 'due', '--county', 'qinshui', '--as-of', '2021-06-15', '--status', 'examples/qinshui-2021-status.yaml'], cwd: root },
  ],
  Math.max(RUNS, 31),
);
show(node);
show(shipped, node.median);

const scales = [['11k', 46, 1], ['28k', 117, 1], ['112k', 117, 4]].filter(([name]) => !(values['skip-large'] && name === '112k'));
const perTask = [];
for (const [name, counties, years] of scales) {
  const dir = path.join(root, 'bench/out', `t${name}`);
  if (!fs.existsSync(path.join(dir, 'status.yaml'))) {
    spawnSync(process.execPath, [path.join(root, 'bench/generate.mjs'), '--out', dir, '--counties', String(counties), '--years', String(years)], { stdio: 'inherit' });
  }
  const tasks = counties * 4 * 60 * years;
  const [due, check] = measure([
    { label: `plancheck due, ${name} tasks`, args: [process.execPath, bin, 'due', '--as-of', '2021-07-01', '--status', 'status.yaml'], cwd: dir },
    { label: `plancheck check, ${name} tasks`, args: [process.execPath, bin, 'check', '--as-of', '2021-07-01', '--status', 'status.yaml'], cwd: dir },
  ]);
  show(due, node.median);
  show(check, node.median);
  perTask.push([name, tasks, check.median]);
}

const head = ['command', 'runs', 'median', '÷ node -e 0', 'peak memory', 'no cache', 'its memory', 'exit'];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
console.log(`Node ${process.version}, ${os.cpus().length} cores; medians after a warm-up run\n`);
console.log([line(head), ...rows.map(line)].join('\n'));
if (perTask.length > 1) {
  console.log('\ncheck, time per 1,000 tasks (linear growth keeps it flat):');
  for (const [name, tasks, wall] of perTask) console.log(`  ${name.padEnd(5)} ${((wall / tasks) * 1e6).toFixed(1)} ms`);
}
