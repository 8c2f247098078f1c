// Trust before speed: no cache, file or output path may change an answer, hang, leak or destroy.
// Each case runs the real CLI on a temporary copy of the project (issue 12's twelve cases, in order).
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, run, type Run } from './helpers/cli.js';

const STATUS = 'examples/qinshui-2021-status.yaml';
const isRoot = process.getuid?.() === 0;

/** A copy of the shipped project (plans, sources, example status) with a cache folder of its own. */
function copyProject(): { dir: string; cache: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plancheck-trust-'));
  for (const sub of ['plans', 'sources', 'examples']) fs.cpSync(path.join(ROOT, sub), path.join(dir, sub), { recursive: true });
  return { dir, cache: path.join(dir, 'cache') };
}

const cached = (dir: string, cache: string, args: string[]): Promise<Run> => run(args, { cwd: dir, env: { PLANCHECK_CACHE_DIR: cache } });
const uncached = (dir: string, args: string[]): Promise<Run> => run(args, { cwd: dir, env: { PLANCHECK_CACHE: '0' } });
const answer = (r: Run) => ({ code: r.code, stdout: r.stdout, stderr: r.stderr });

/** A run from the cache answers exactly as a run without it. */
async function expectSameAsUncached(dir: string, cache: string, args: string[]): Promise<Run> {
  const truth = await uncached(dir, args);
  expect(answer(await cached(dir, cache, args))).toEqual(answer(truth));
  return truth;
}

describe('1. a change in a county folder keeps every unit of the cached cores', () => {
  it('check --unit and summary --by unit answer as without a cache after a touch and an edited registry', async () => {
    const { dir, cache } = copyProject();
    const check = ['check', '--unit', '县住建局', '--as-of', '2021-07-01', '--status', STATUS];
    const summary = ['summary', '--by', 'unit', '--county', 'qinshui', '--as-of', '2021-07-01', '--status', STATUS];
    const first = (await expectSameAsUncached(dir, cache, check));
    expect(first.code).toBe(1);
    expect(first.stdout).toMatch(/[1-9]\d* failing/);
    const now = new Date();
    for (const f of fs.readdirSync(path.join(dir, 'plans/qinshui'))) fs.utimesSync(path.join(dir, 'plans/qinshui', f), now, now);
    fs.appendFileSync(path.join(dir, 'plans/qinshui/units.yaml'), '# a comment\n');
    for (let i = 0; i < 2; i++) {
      (await expectSameAsUncached(dir, cache, check));
      (await expectSameAsUncached(dir, cache, summary));
    }
  });
});

describe('2. a plan edited in place is read again, whatever its size and times', () => {
  it('an edit of the same size with the old mtime restored is a schema error, as without a cache', async () => {
    const { dir, cache } = copyProject();
    const plan = path.join(dir, 'plans/qinshui/2021-water.yaml');
    expect((await cached(dir, cache, ['validate'])).code).toBe(0);
    const { atime, mtime } = fs.statSync(plan);
    const text = fs.readFileSync(plan, 'utf8');
    expect(text).toContain('kind: by');
    fs.writeFileSync(plan, text.replace('kind: by', 'kind: xx'));
    fs.utimesSync(plan, atime, mtime);
    const r = (await expectSameAsUncached(dir, cache, ['validate']));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('SCHEMA');
    // and back: the first version's entry answers again
    fs.writeFileSync(plan, text);
    fs.utimesSync(plan, atime, mtime);
    expect((await expectSameAsUncached(dir, cache, ['validate'])).code).toBe(0);
  });

  it('two status files in one folder each give their own answers', async () => {
    const { dir, cache } = copyProject();
    const other = path.join(dir, 'examples/other-status.yaml');
    fs.writeFileSync(other, 'entries: []\n');
    const args = (status: string) => ['late', '--county', 'qinshui', '--as-of', '2021-07-01', '--status', status];
    for (let i = 0; i < 2; i++) {
      (await expectSameAsUncached(dir, cache, args(STATUS)));
      (await expectSameAsUncached(dir, cache, args(other)));
    }
  });
});

/** bin/ and dist/ in a folder of their own, so that the test may edit the bundle. */
function copyBuild(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plancheck-build-'));
  for (const sub of ['bin', 'dist', 'plans', 'sources']) fs.cpSync(path.join(ROOT, sub), path.join(dir, sub), { recursive: true });
  return dir;
}
const runBuild = (dir: string, args: string[], env: Record<string, string>) =>
  spawnSync(process.execPath, [path.join(dir, 'bin/plancheck'), ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env }, timeout: 30_000 });

describe('3. the compiled code cache belongs to the bundle it was made from', () => {
  it('a bundle edited without a change of size or mtime runs its new code', async () => {
    const dir = copyBuild();
    const env = { PLANCHECK_CACHE_DIR: path.join(dir, 'cache') };
    const before = runBuild(dir, ['--help'], env);
    expect(before.stdout).toContain('Track county environmental action plans');
    runBuild(dir, ['--help'], env); // from the cache (Node 22 and later)
    const bundle = filesBelow(path.join(dir, 'dist')).find((f) => f.endsWith('.js') && fs.readFileSync(f, 'utf8').includes('Track county environmental action plans')) as string;
    const { atime, mtime } = fs.statSync(bundle);
    const source = fs.readFileSync(bundle, 'utf8');
    fs.writeFileSync(bundle, source.replaceAll('Track county environmental action plans', 'TRACK COUNTY environmental action plans'));
    fs.utimesSync(bundle, atime, mtime);
    expect(fs.statSync(bundle).size).toBe(Buffer.byteLength(source));
    expect(runBuild(dir, ['--help'], env).stdout).toContain('TRACK COUNTY environmental action plans');
  });
});

/** Every file below a folder. */
const filesBelow = (dir: string): string[] =>
  fs.readdirSync(dir, { recursive: true }).map(String).map((f) => path.join(dir, f)).filter((f) => fs.statSync(f).isFile());

describe('4. a damaged cache is a miss, never a crash or another answer', () => {
  it('every cache file truncated, overwritten with random bytes, or with one byte flipped', async () => {
    const { dir, cache } = copyProject();
    const runs = [
      ['due', '--county', 'qinshui', '--as-of', '2021-06-15', '--status', STATUS],
      ['check', '--as-of', '2021-07-01', '--status', STATUS, '--format', 'junit'],
    ];
    const truths: Array<ReturnType<typeof answer>> = [];
    for (const args of runs) truths.push(answer(await uncached(dir, args)));
    for (const args of runs) { await cached(dir, cache, args); await cached(dir, cache, args); }
    const files = filesBelow(cache).filter((f) => !f.endsWith('CACHEDIR.TAG'));
    expect(files.some((f) => f.includes('.core.'))).toBe(true);
    let seed = 12;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const damages: Array<[string, (b: Buffer) => Buffer]> = [
      ['truncated', (b) => b.subarray(0, Math.floor(b.length / 2))],
      ['random bytes', (b) => Buffer.from(Array.from({ length: b.length }, () => Math.floor(random() * 256)))],
      ['a byte flipped near the start', (b) => flip(b, 70)],
      ['a byte flipped in the middle', (b) => flip(b, Math.floor(b.length / 2))],
      ['a byte flipped near the end', (b) => flip(b, b.length - 2)],
    ];
    // A plan's core and a plan's whole data, each damaged in every way in turn; the run that finds a
    // damaged file writes it anew, ready for the next damage.
    const targets = [files.find((f) => f.includes('plan.core.')), files.find((f) => f.includes('plan.data.'))] as string[];
    for (const file of targets) {
      const good = fs.readFileSync(file);
      for (const [how, damage] of damages) {
        fs.writeFileSync(file, damage(good));
        for (const [i, args] of runs.entries()) expect(answer(await cached(dir, cache, args)), `${path.basename(file)} ${how}`).toEqual(truths[i]);
        expect(intact(fs.readFileSync(file)), `${path.basename(file)} ${how}: written anew`).toBe(true);
      }
    }
  }, 120_000);
});

/** A cache file as plancheck writes it: the hash of the rest, a line end, the rest. */
const intact = (b: Buffer): boolean => b[64] === 10 && b.toString('latin1', 0, 64) === createHash('sha256').update(b.subarray(65)).digest('hex');

const flip = (b: Buffer, at: number): Buffer => {
  const copy = Buffer.from(b);
  const i = Math.min(Math.max(at, 0), copy.length - 1);
  copy[i] = (copy[i] as number) ^ 0x5a;
  return copy;
};

describe('5. plancheck deletes only what it wrote', () => {
  it('a shared cache folder keeps every file that is not plancheck\'s, even ones named like its entries', async () => {
    const shared = fs.mkdtempSync(path.join(os.tmpdir(), 'plancheck-shared-'));
    const theirs = ['code-of-conduct.md', 'index-1.json', 'plan-abc-0123456789012345678901234567890123456789.json', 'folder-x-0000aaaa.json', 'code-v20-1-2-due.bin'];
    for (const f of theirs) fs.writeFileSync(path.join(shared, f), 'not plancheck\'s');
    // a folder of the cache's name that plancheck did not make is not used, and not emptied
    const foreign = fs.mkdtempSync(path.join(os.tmpdir(), 'plancheck-foreign-'));
    fs.mkdirSync(path.join(foreign, 'plancheck-cache/data-old'), { recursive: true });
    fs.writeFileSync(path.join(foreign, 'plancheck-cache/data-old/keep.json'), '{}');
    for (const dir of [shared, foreign]) {
      for (const args of [['due', '--as-of', '2021-06-15'], ['validate']]) {
        expect((await run(args, { env: { PLANCHECK_CACHE_DIR: dir } })).code).toBe(0);
      }
    }
    for (const f of theirs) expect(fs.readFileSync(path.join(shared, f), 'utf8')).toBe('not plancheck\'s');
    expect(fs.readdirSync(shared).sort()).toEqual([...theirs, 'plancheck-cache'].sort());
    expect(fs.existsSync(path.join(foreign, 'plancheck-cache/data-old/keep.json'))).toBe(true);
    expect(fs.readdirSync(path.join(foreign, 'plancheck-cache'))).toEqual(['data-old']);
  });
});

describe('6. output targets', () => {
  const fixture = ['check', '--plans', path.join(ROOT, 'tests/fixtures/basic/plans'), '--as-of', '2021-07-01'];

  it('a device is written in place, never replaced; - is standard output', async () => {
    const r = (await run([...fixture, '--output', 'json=/dev/null']));
    expect(r.code).toBe(1);
    expect(fs.statSync('/dev/null').isCharacterDevice()).toBe(true);
    const dash = (await run([...fixture, '--output', 'json=-']));
    expect(JSON.parse(dash.stdout).asOf).toBe('2021-07-01');
  });

  it('a folder as target is one clear error, exit 2; stray temporary files of a killed run are removed', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plancheck-out-'));
    fs.mkdirSync(path.join(dir, 'x.xml'));
    const r = (await run([...fixture, '--output', `junit=${path.join(dir, 'x.xml')}`]));
    expect([r.code, r.stderr.trim().split('\n').at(-1)]).toEqual([2, `plancheck: cannot write ${path.join(dir, 'x.xml')}: it is a folder, not a file`]);
    const stray = path.join(dir, '.report.xml.999999.1.tmp');
    fs.writeFileSync(stray, 'torn');
    expect((await run([...fixture, '--output', `junit=${path.join(dir, 'report.xml')}`])).code).toBe(1);
    expect(fs.readdirSync(dir).sort()).toEqual(['report.xml', 'x.xml']);
  });
});

/** A plancheck run that must end by itself, quickly. */
const bounded = (args: string[], cwd: string): Run & { ms: number } => {
  const started = Date.now();
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', PLANCHECK_CACHE: '0' }, timeout: 20_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, ms: Date.now() - started };
};

describe('7. only regular files are read, never more than the limit', () => {
  it.skipIf(process.platform === 'win32')('a FIFO as plan, status file, source or lights file is refused without waiting', () => {
    const { dir } = copyProject();
    const fifo = (file: string) => {
      fs.rmSync(file, { force: true });
      execFileSync('mkfifo', [file]);
    };
    fifo(path.join(dir, 'plans/qinshui/2021-soil.yaml'));
    fifo(path.join(dir, 'status.yaml'));
    fifo(path.join(dir, 'lights.yaml'));
    const plans = bounded(['validate', '--status', 'status.yaml'], dir);
    expect(plans.code).toBe(2);
    expect(plans.stderr).toMatch(/2021-soil\.yaml:1:1: error FILE_NOT_REGULAR/);
    expect(plans.stderr).toMatch(/status\.yaml:1:1: error FILE_NOT_REGULAR/);
    fs.rmSync(path.join(dir, 'plans/qinshui/2021-soil.yaml'));
    fs.rmSync(path.join(dir, 'status.yaml'));
    const lights = bounded(['report', '--month', '2021-06', '--lights', 'lights.yaml', '--as-of', '2021-07-01'], dir);
    expect(lights.code).toBe(2);
    expect(lights.stderr).toContain('FILE_NOT_REGULAR');
    const source = path.join(dir, 'sources', fs.readdirSync(path.join(dir, 'sources')).find((f) => f.endsWith('.txt')) as string);
    fifo(source);
    const trace = bounded(['trace'], dir);
    expect(trace.code).toBe(2);
    expect(trace.stderr).toContain('FILE_NOT_REGULAR');
  });

  it('a link to /dev/zero as the status file is refused at once', async () => {
    const { dir } = copyProject();
    fs.symlinkSync('/dev/zero', path.join(dir, 'zero.yaml'));
    const r = bounded(['due', '--status', 'zero.yaml'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('FILE_NOT_REGULAR');
    expect(r.ms).toBeLessThan(10_000);
  });
});

describe('8. links may not lead outside the project', () => {
  it('a plan linked to /proc/self/environ or a source linked to /etc/passwd prints neither', async () => {
    const { dir } = copyProject();
    fs.symlinkSync('/proc/self/environ', path.join(dir, 'plans/qinshui/2021-leak.yaml'));
    const source = fs.readdirSync(path.join(dir, 'sources')).find((f) => f.startsWith('qinshui')) as string;
    fs.rmSync(path.join(dir, 'sources', source));
    fs.symlinkSync('/etc/passwd', path.join(dir, 'sources', source));
    const r = spawnSync(process.execPath, [BIN, 'validate'], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', PLANCHECK_SECRET: 'hunter2-do-not-print' } });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/2021-leak\.yaml:1:1: error FILE_OUTSIDE/);
    expect(r.stderr).toContain(`${source}:1:1: error FILE_OUTSIDE`);
    expect(r.stderr).not.toContain('hunter2');
    expect(r.stderr).not.toContain('root:');
  });

  it('a message quotes at most a short excerpt of a long value', async () => {
    const { dir } = copyProject();
    const plan = path.join(dir, 'plans/qinshui/2021-water.yaml');
    fs.writeFileSync(plan, fs.readFileSync(plan, 'utf8').replace('kind: by', `kind: ${'x'.repeat(200_000)}`));
    const r = (await uncached(dir, ['validate']));
    expect(r.code).toBe(2);
    expect(r.stderr.length).toBeLessThan(2_000);
  });
});

describe('9. no plans where plans were expected is an error', () => {
  it('a county folder that is a link inside plans/ is read; an empty plans folder fails', async () => {
    const { dir } = copyProject();
    const real = path.join(dir, 'plans/.qinshui-real');
    fs.renameSync(path.join(dir, 'plans/qinshui'), real);
    fs.symlinkSync(real, path.join(dir, 'plans/qinshui'));
    const r = (await uncached(dir, ['check', '--county', 'qinshui', '--as-of', '2021-07-01', '--status', STATUS]));
    expect(r.code).toBe(1);
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'plancheck-empty-'));
    fs.mkdirSync(path.join(empty, 'plans'));
    const none = (await uncached(empty, ['check', '--as-of', '2021-07-01']));
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('PLANS_NONE');
  });
});

describe('10. file-system failures exit 2 with one line, never a stack trace', () => {
  const noTrace = (r: Run) => expect(r.stderr).not.toMatch(/\n\s+at /);
  const fixture = ['check', '--plans', path.join(ROOT, 'tests/fixtures/basic/plans'), '--status', path.join(ROOT, 'tests/fixtures/basic/status.yaml'), '--as-of', '2021-07-01'];

  it('output to /proc/version, a job summary that is a folder, a source that is a folder, a deleted working folder', async () => {
    for (const r of [
      (await run([...fixture, '--output', 'junit=/proc/version'])),
      (await run(fixture, { env: { GITHUB_STEP_SUMMARY: os.tmpdir() } })),
    ]) {
      expect(r.code).toBe(2);
      noTrace(r);
      expect(r.stderr).toMatch(/^plancheck: cannot write /m);
    }
    const { dir } = copyProject();
    const source = fs.readdirSync(path.join(dir, 'sources')).find((f) => f.startsWith('qinshui')) as string;
    fs.rmSync(path.join(dir, 'sources', source));
    fs.mkdirSync(path.join(dir, 'sources', source));
    const trace = (await uncached(dir, ['validate']));
    expect(trace.code).toBe(2);
    noTrace(trace);
    expect(trace.stderr).toContain('is a directory');
    const gone = fs.mkdtempSync(path.join(os.tmpdir(), 'plancheck-gone-'));
    const r = spawnSync('sh', ['-c', `cd "${gone}" && rmdir "${gone}" && exec "${process.execPath}" "${BIN}" due`], { encoding: 'utf8' });
    expect([r.status, r.stderr.trim()]).toEqual([2, 'plancheck: the current folder no longer exists: cd to an existing folder']);
  });

  it.skipIf(isRoot)('an unreadable county folder', async () => {
    const { dir } = copyProject();
    fs.chmodSync(path.join(dir, 'plans/yangcheng'), 0);
    const r = (await uncached(dir, ['validate']));
    fs.chmodSync(path.join(dir, 'plans/yangcheng'), 0o755);
    expect(r.code).toBe(2);
    noTrace(r);
    expect(r.stderr).toContain('permission denied');
  });
});

describe('11. control characters', () => {
  it('validate refuses them in plan texts, at their place; a typed one is escaped in messages', async () => {
    const { dir } = copyProject();
    const plan = path.join(dir, 'plans/qinshui/2021-water.yaml');
    const lines = fs.readFileSync(plan, 'utf8').split('\n');
    const at = lines.findIndex((l) => /^\s+title: /.test(l));
    const original = lines[at] as string;
    // Written raw, YAML itself refuses it; written as an escape, the text holds it.
    lines[at] = `${original}\u001b[2J`;
    fs.writeFileSync(plan, lines.join('\n'));
    const raw = (await uncached(dir, ['validate']));
    expect(raw.stderr).toMatch(new RegExp(`2021-water\\.yaml:${at + 1}:\\d+: error YAML_SYNTAX`));
    lines[at] = original.replace(/title: (.*)$/, 'title: "$1\\e[2J"');
    fs.writeFileSync(plan, lines.join('\n'));
    const r = (await uncached(dir, ['validate']));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`2021-water\\.yaml:${at + 1}:\\d+: error TEXT_CONTROL_CHARACTER .*U\\+001B`));
    for (const run of [raw, r]) expect(run.stderr).not.toContain('\u001b');
    const typed = (await run(['due', '--county', 'x\u001b[31my']));
    expect(typed.code).toBe(2);
    expect(typed.stderr).not.toContain('\u001b');
  });
});

describe('12. dates before the plans\' era', () => {
  it('a status entry dated 0021-04-20 is an error, not a task done on time', async () => {
    const { dir } = copyProject();
    fs.writeFileSync(path.join(dir, 'status.yaml'), 'entries:\n  - { task: QS21-WATER-2-10, milestone: m2, date: 0021-04-20, state: done }\n');
    const r = (await uncached(dir, ['validate', '--status', 'status.yaml']));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/status\.yaml:2:\d+: error DATE_BEFORE_ERA/);
  });
});
