// End to end, as a user installs it: packs this repository (built beforehand: no build runs here or at
// the install), installs the tarball into a temporary prefix and runs the installed `plancheck` with the
// Node that runs this script. A plain script, so that it runs on any Node (vitest here needs Node 20):
//   node scripts/e2e.mjs                       # this machine's Node
//   /path/to/node-22/bin/node scripts/e2e.mjs  # another
// Prints one line per check; exits 1 if any fails.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

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
check('npm install -g --prefix <tmp> plancheck-*.tgz', installed.code === 0, shown(installed));
const pkg = path.join(prefix, 'lib/node_modules/plancheck');
const shipped = existsSync(pkg) ? readdirSync(pkg).sort() : [];
const expected = ['LICENSE', 'README.md', 'bin', 'dist', 'docs', 'examples', 'node_modules', 'package.json', 'plans', 'schemas', 'sources'];
check('the package holds the built CLI, schemas, plans, sources, README and LICENSE, and no tests or bench', expected.join() === shipped.join(), `found: ${shipped.join(', ')}`);

const node = sh('node', ['-p', 'process.version']);
check(`the installed CLI runs on this Node (${process.version})`, node.stdout.trim() === process.version, shown(node));
const version = plancheck(['--version'], work);
check('plancheck --version', version.code === 0 && /^\d+\.\d+\.\d+\n$/.test(version.stdout), shown(version));

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

// A county's own repository.
const repo = folder('gaoping');
const init = plancheck(['init', '--county', 'gaoping', '--name', '高平市', '--city', '晋城市'], repo);
check('init --county gaoping --name 高平市 --city 晋城市', init.code === 0 && init.stdout.includes('created plans/gaoping/units.yaml'), shown(init));
const validate = plancheck(['validate'], repo);
check('validate in the repository init made', validate.code === 0 && validate.stdout.startsWith('ok: 1 county, 0 plans'), shown(validate));
const gate = plancheck(['check', '--status', 'status.yaml'], repo);
check('check in the repository init made (nothing to fail)', gate.code === 0, shown(gate));
const reinit = plancheck(['init', '--county', 'gaoping', '--name', '高平市'], repo);
check('a second init keeps every file', reinit.code === 0 && !reinit.stdout.includes('created'), shown(reinit));
const notice = 'qinshui-2021-qinzhengbanfa-2021-19.txt';
copyFileSync(path.join(pkg, 'sources', notice), path.join(repo, 'sources', notice));
const draft = plancheck(['draft', `sources/${notice}`, '--county', 'gaoping', '--year', '2021', '--output', 'plans/gaoping/'], repo);
check('draft of a notice into the repository', draft.code === 0 && existsSync(path.join(repo, 'plans/gaoping/2021-air.yaml')), shown(draft));
const validateDraft = plancheck(['validate'], repo);
check('validate on the drafts: texts in the source, titles left to a person (warnings)', validateDraft.code === 0 && validateDraft.stderr.includes('TODO'), shown(validateDraft));

process.stdout.write(`${failed ? `${failed} failed (kept for a look: ${work})` : 'all passed'} on Node ${process.version}\n`);
if (!failed) rmSync(work, { recursive: true, force: true });
process.exitCode = failed ? 1 : 0;
