// End to end, as a user installs it: packs this repository (built beforehand: no build runs here or at
// the install), installs the tarball into a temporary prefix and runs the installed `plancheck` with the
// Node that runs this script. A plain script, so that it runs on any Node (vitest here needs Node 20):
//   node scripts/e2e.mjs                       # this machine's Node
//   /path/to/node-22/bin/node scripts/e2e.mjs  # another
// Prints one line per check; exits 1 if any fails.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';

const ROOT = path.resolve(import.meta.dirname, '..');
if (!existsSync(path.join(ROOT, 'dist/plancheck.js'))) {
  process.stderr.write('e2e: dist/ is not built; run npm run build first\n');
  process.exit(2);
}
const work = mkdtempSync(path.join(tmpdir(), 'plancheck-e2e-'));
const prefix = path.join(work, 'prefix');
// The installed CLI runs with this script's Node (its shebang is env node); npm is the machine's.
const env = { ...process.env, PATH: [path.dirname(process.execPath), path.join(prefix, 'bin'), process.env.PATH].join(path.delimiter), NO_COLOR: '1' };
delete env.PLANCHECK_CACHE_DIR;

const sh = (cmd, args, cwd = work) => {
  const r = spawnSync(cmd, args, { cwd, env, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? String(r.error ?? '') };
};
let failed = 0;
const check = (name, ok, detail = '') => {
  if (!ok) failed++;
  process.stdout.write(`${ok ? 'ok  ' : 'FAIL'} ${name}${ok || !detail ? '' : `\n${detail.trimEnd().replace(/^/gm, '       ')}`}\n`);
};
const folder = (name) => {
  const dir = path.join(work, name);
  mkdirSync(dir, { recursive: true });
  return dir;
};
const plancheck = (args, cwd) => sh('plancheck', args, cwd);
const shown = (r) => `exit ${r.code}\n${r.stdout}${r.stderr}`;

// Pack and install.
const pack = sh('npm', ['pack', '--ignore-scripts', '--silent', '--pack-destination', work], ROOT);
const tarball = path.join(work, pack.stdout.trim().split('\n').pop() ?? '');
check('npm pack', pack.code === 0 && existsSync(tarball), shown(pack));
const install = (extra) => sh('npm', ['install', '-g', '--prefix', prefix, '--no-audit', '--no-fund', ...extra, tarball]);
let installed = install(['--offline']);
if (installed.code !== 0) installed = install([]); // the dependencies were not all in the local cache
const warned = (r) => /npm warn|npm WARN/.test(r.stdout + r.stderr);
check('npm install -g --prefix <tmp> plancheck-*.tgz: no warning (the package has no install script)', installed.code === 0 && !warned(installed), shown(installed));
// Ready to publish: npm's own checks of the manifest pass; only the missing login is said (a dry run).
const publish = sh('npm', ['publish', '--dry-run', '--ignore-scripts'], ROOT);
const publishWarnings = `${publish.stdout}${publish.stderr}`.split('\n').filter((l) => /npm warn/i.test(l) && !/requires you to be logged in/.test(l));
check('npm publish --dry-run: no warning but the login', publish.code === 0 && publishWarnings.length === 0, shown(publish));
const pkg = path.join(prefix, 'lib/node_modules/plancheck');
const shipped = existsSync(pkg) ? readdirSync(pkg).sort() : [];
const expected = ['LICENSE', 'README.md', 'bin', 'dist', 'docs', 'examples', 'node_modules', 'package.json', 'plans', 'schemas', 'sources'];
check('the package holds the built CLI, schemas, plans, sources, README and LICENSE, and no tests or bench', expected.join() === shipped.join(), `found: ${shipped.join(', ')}`);

const node = sh('node', ['-p', 'process.version']);
check(`the installed CLI runs on this Node (${process.version})`, node.stdout.trim() === process.version, shown(node));
const version = plancheck(['--version'], work);
const { version: packaged } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
check(`plancheck --version: ${packaged}, as package.json says`, version.code === 0 && version.stdout === `${packaged}\n`, shown(version));

// The shipped plans, from an empty folder.
const empty = folder('empty');
const due = plancheck(['due', '--county', 'qinshui', '--as-of', '2021-06-15'], empty);
check('due --county qinshui --as-of 2021-06-15 in an empty folder (shipped plans)', due.code === 0 && due.stdout.includes('QS21-AIR-20'), shown(due));
const again = plancheck(['due', '--county', 'qinshui', '--as-of', '2021-06-15'], empty);
check('the same again, from the caches', again.code === 0 && again.stdout === due.stdout, shown(again));
const validateShipped = plancheck(['validate'], empty);
check('validate in an empty folder (shipped plans against shipped sources)', validateShipped.code === 0 && validateShipped.stdout.startsWith('ok: 4 counties'), shown(validateShipped));
const unknown = plancheck(['due', '--county', 'nowhere'], empty);
check('an unknown county: exit 2, a message, no stack trace', unknown.code === 2 && unknown.stdout === '' && unknown.stderr.includes('nowhere') && !/\n\s+at /.test(unknown.stderr), shown(unknown));

// A county's own repository, as the README's "Start for your county" makes it: the tarball in vendor/,
// init, a notice (the fictional one of tests/fixtures/draft-unseen), draft, the registry completed from
// what draft offered, draft --force, validate; committed, then cloned into a second folder where the
// workflow's own install and check commands run with nothing outside the clone.
const repo = folder('qinglan');
const git = (args, cwd = repo) => sh('git', ['-c', 'user.name=plancheck e2e', '-c', 'user.email=e2e@example.invalid', '-c', 'init.defaultBranch=main', ...args], cwd);
check('git init and npm init -y', git(['init', '-q']).code === 0 && sh('npm', ['init', '-y'], repo).code === 0);
const vendored = `vendor/${path.basename(tarball)}`;
mkdirSync(path.join(repo, 'vendor'));
copyFileSync(tarball, path.join(repo, vendored));
let local = sh('npm', ['install', '--save-dev', '--no-audit', '--no-fund', '--offline', `./${vendored}`], repo);
if (local.code !== 0) local = sh('npm', ['install', '--save-dev', '--no-audit', '--no-fund', `./${vendored}`], repo);
const manifest = existsSync(path.join(repo, 'package.json')) ? JSON.parse(readFileSync(path.join(repo, 'package.json'), 'utf8')) : {};
check(`npm install --save-dev ./${vendored}: recorded as file:${vendored}, no warning`, local.code === 0 && !warned(local) && manifest.devDependencies?.plancheck === `file:${vendored}`, `${shown(local)}\ndevDependencies: ${JSON.stringify(manifest.devDependencies)}`);
const init = plancheck(['init', '--county', 'qinglan', '--name', '青岚县', '--city', '晋城市'], repo);
check('init --county qinglan --name 青岚县 --city 晋城市: its next steps install the tarball from vendor/ and fill the registry before draft', init.code === 0 && init.stdout.includes('created plans/qinglan/units.yaml') && init.stdout.includes(`npm install --save-dev ./${vendored}`) && init.stdout.includes('before draft, the units'), shown(init));
const validate = plancheck(['validate'], repo);
check('validate in the repository init made', validate.code === 0 && validate.stdout.startsWith('ok: 1 county, 0 plans'), shown(validate));
const gate = plancheck(['check', '--status', 'status.yaml'], repo);
check('check in the repository init made (nothing to fail)', gate.code === 0, shown(gate));
const reinit = plancheck(['init', '--county', 'qinglan', '--name', '青岚县'], repo);
check('a second init keeps every file', reinit.code === 0 && !reinit.stdout.includes('created'), shown(reinit));
// The registry, before draft (init's next steps): every department init wrote as an example uncommented.
const registry = path.join(repo, 'plans/qinglan/units.yaml');
writeFileSync(registry, readFileSync(registry, 'utf8').replace(/^ {2}# (- id: .*| {2}name: .*| {2}group: .*)$/gm, '  $1'));
const notice = 'sources/qinglan-2024-qingzhengbanfa-2024-7.txt';
copyFileSync(path.join(ROOT, 'tests/fixtures/draft-unseen/notice.txt'), path.join(repo, notice));
const draftArgs = ['draft', notice, '--county', 'qinglan', '--year', '2024', '--output', 'plans/qinglan/'];
const draft = plancheck(draftArgs, repo);
const offered = readFileSync(registry, 'utf8');
check('draft of the notice: the plan written, the units the registry lacks offered in units.yaml', draft.code === 0 && existsSync(path.join(repo, 'plans/qinglan/2024-air.yaml')) && /^offered plans\/qinglan\/units\.yaml: the units it lacks/m.test(draft.stdout) && offered.includes('#   name: 县能源局'), shown(draft));
// The registry step: a person confirms each offered unit with an id of their own.
let n = 0;
writeFileSync(registry, offered.replace(/^ {2}# - id: TODO\n {2}# {3}name: (\S+) .*\n/gm, (_, name) => `  - id: unit-${++n}\n    name: ${name}\n`));
const redraft = plancheck([...draftArgs, '--force'], repo);
check(`draft again with --force after confirming the ${n} offered units: no unit left unknown`, n > 0 && redraft.code === 0 && redraft.stdout.includes('replaced plans/qinglan/2024-air.yaml') && !redraft.stderr.includes('DRAFT_UNIT_UNKNOWN'), shown(redraft));
const validateDraft = plancheck(['validate'], repo);
const todoLeft = validateDraft.stderr.split('\n').filter((l) => l.includes('TODO_LEFT'));
check('validate on the draft: texts in the source; titles and the TODOs left to a person named (warnings)', validateDraft.code === 0 && validateDraft.stderr.includes('TASK_TITLE_TODO') && todoLeft.length === 2 && !todoLeft.some((l) => l.includes('不在登记表中')), shown(validateDraft));
const committed = [git(['add', '.']), git(['commit', '-q', '-m', '2024 plans of 青岚县'])];
check('git add and commit', committed.every((r) => r.code === 0), committed.map(shown).join('\n'));

// A runner: a clone, the workflow's own steps (those every push runs), and nothing of the first folder.
const clone = path.join(work, 'clone');
const cloned = sh('git', ['clone', '-q', repo, clone]);
rmSync(repo, { recursive: true, force: true });
rmSync(tarball, { force: true });
check('git clone into a second folder (the first and the packed tarball then deleted)', cloned.code === 0 && existsSync(path.join(clone, vendored)), shown(cloned));
const workflow = parseYaml(readFileSync(path.join(clone, '.github/workflows/plancheck.yml'), 'utf8'));
const steps = Object.values(workflow.jobs).flatMap((job) => job.steps).filter((step) => step.run && !/schedule/.test(step.if ?? ''));
const runnerEnv = { ...env, PATH: [path.dirname(process.execPath), process.env.PATH].join(path.delimiter) }; // not the global install
for (const step of steps) {
  const r = spawnSync('sh', ['-c', step.run], { cwd: clone, env: runnerEnv, encoding: 'utf8' });
  const result = { code: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
  const ok = step.run.startsWith('npm ci')
    ? result.code === 0 && !warned(result) && existsSync(path.join(clone, 'node_modules/plancheck/package.json'))
    : step.run.includes(' check ') ? result.code === 0 || result.code === 1 // findings fail the job (the 2024 deadlines have passed); never a usage or input error
      : result.code === 0;
  check(`in the clone, the workflow's step: ${step.run}`, ok, shown(result));
}
check('the workflow ran its install, validate and check steps', ['npm ci', 'plancheck validate', 'plancheck check'].every((s) => steps.some((step) => step.run.includes(s))), steps.map((s) => s.run).join('\n'));
check('the check step wrote its JUnit report in the clone', existsSync(path.join(clone, 'reports/plancheck.xml')));

process.stdout.write(`${failed ? `${failed} failed (kept for a look: ${work})` : 'all passed'} on Node ${process.version}\n`);
if (!failed) rmSync(work, { recursive: true, force: true });
process.exitCode = failed ? 1 : 0;
