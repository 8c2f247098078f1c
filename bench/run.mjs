// Times plancheck against Node's own start-up, in one run, on this machine.
// - the shipped data: `plancheck due --county qinshui` beside `node -e 0`;
// - synthetic corpora of 11,040, 28,080 (a province year: 117 counties × 4 plans × 60 tasks) and
//   112,320 tasks (four province years): `plancheck due` and `plancheck check`.
// Each figure is the median wall time of several runs (31 for start-up, --runs for the corpora) after
// one warm-up run, which fills the parse and code caches; the commands of a row group run in turn, run
// by run, so that the machine's changes of speed weigh on each alike. "no cache" is one run with
// PLANCHECK_CACHE=0: every file parsed and validated, as on the first run after a change of every
// file. Peak memory is the largest resident set of the cached runs. Then the goals beside what was
// measured, and where the time of check at 28k goes, by phase (PLANCHECK_TIMINGS=1).
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
  perTask.push([name, tasks, check.median, check.cold]);
}

const head = ['command', 'runs', 'median', '÷ node -e 0', 'peak memory', 'no cache', 'its memory', 'exit'];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
console.log(`Node ${process.version}, ${os.cpus().length} cores; medians after a warm-up run; "no cache": one run with PLANCHECK_CACHE=0\n`);
console.log([line(head), ...rows.map(line)].join('\n'));
if (perTask.length > 1) {
  console.log('\ncheck, time per 1,000 tasks, warm and cold (linear growth keeps them flat):');
  for (const [name, tasks, wall, cold] of perTask) console.log(`  ${name.padEnd(5)} ${((wall / tasks) * 1e6).toFixed(1).padStart(6)} ms  ${((cold / tasks) * 1e6).toFixed(1).padStart(6)} ms`);
}

// The goals of issues 7, 12 and 13, beside what this run measured.
const find = (label) => rows.find((r) => r[0] === label);
const goals = [
  ['shipped-data due ÷ node -e 0', '≤ 1.5×', find('plancheck due --county qinshui (shipped data)')?.[3]],
  ['check at 28k, no cache', '< 3 s', find('plancheck check, 28k tasks')?.[5]],
  ['check at 112k, no cache', '< 12 s', find('plancheck check, 112k tasks')?.[5]],
  ['its memory', '< 400 MB', find('plancheck check, 112k tasks')?.[6]],
  ['check at 112k, warm', '< 1 s', find('plancheck check, 112k tasks')?.[2]],
  ['its memory', '< 400 MB', find('plancheck check, 112k tasks')?.[4]],
].filter(([, , got]) => got !== undefined);
console.log('\ngoal                              target     measured');
for (const [what, target, got] of goals) console.log(`${what.padEnd(34)}${target.padEnd(11)}${got}`);

// Where the time of check at 28k goes: with no cache, with an empty one (a fresh CI job that keeps its
// cache), and warm (PLANCHECK_TIMINGS=1: each phase's total, in ms).
const profileDir = path.join(root, 'bench/out', 't28k');
if (fs.existsSync(profileDir)) {
  const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'plancheck-bench-cache-'));
  const timings = (env) => {
    const r = spawnSync(process.execPath, [bin, 'check', '--as-of', '2021-07-01', '--status', 'status.yaml'], { cwd: profileDir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', PLANCHECK_TIMINGS: '1', PLANCHECK_CACHE_DIR: cacheDir, ...env }, maxBuffer: 1 << 30 });
    return new Map([...r.stderr.matchAll(/^plancheck timing: (.+) ([\d.]+) ms$/gm)].map((m) => [m[1], Number(m[2])]));
  };
  const runs = [['no cache', timings({ PLANCHECK_CACHE: '0' })], ['empty cache', timings({})], ['warm', timings({})]];
  const phases = [...new Set(runs.flatMap(([, t]) => [...t.keys()]))].filter((p) => p !== 'command');
  console.log('\ncheck at 28k tasks, by phase (ms)          no cache  empty cache      warm');
  const row = (name, f) => console.log(`${name.padEnd(40)}${runs.map(([, t]) => f(t).toFixed(0).padStart(10)).join('')}`);
  for (const p of phases) row(p, (t) => t.get(p) ?? 0);
  row('rest of the command (rendering, glue)', (t) => (t.get('command') ?? 0) - phases.filter((p) => p !== 'render').reduce((n, p) => n + (t.get(p) ?? 0), 0) - (t.get('render') ?? 0));
  row('command', (t) => t.get('command') ?? 0);
  fs.rmSync(cacheDir, { recursive: true, force: true });
}
