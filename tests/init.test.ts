// plancheck init: a county repository that validates, written without overwriting anything.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { initCommand } from '../src/commands/init.js';
import { scaffold, shortName } from '../src/init/scaffold.js';
import { schemasFrom } from '../src/packageRoot.js';
import { run, ROOT } from './helpers/cli.js';

const fresh = (): string => mkdtempSync(path.join(tmpdir(), 'plancheck-init-'));
const GAOPING = ['init', '--county', 'gaoping', '--name', '高平市', '--city', '晋城市'];

describe('plancheck init', () => {
  it('creates a repository that validates, and a second run keeps every file', async () => {
    const dir = fresh();
    const first = (await run(GAOPING, { cwd: dir }));
    expect(first.code).toBe(0);
    const files = ['plans/gaoping/units.yaml', 'status.yaml', 'sources/README.md', '.github/workflows/plancheck.yml', '.gitignore'];
    for (const f of files) expect(first.stdout).toContain(`created ${f}`);
    expect((await run(['validate'], { cwd: dir }))).toMatchObject({ code: 0, stdout: 'ok: 1 county, 0 plans, 0 tasks, 0 milestones checked\n' });

    writeFileSync(path.join(dir, 'status.yaml'), 'entries: []\n# mine\n');
    const second = (await run(GAOPING, { cwd: dir }));
    expect(second.code).toBe(0);
    for (const f of files) expect(second.stdout).toContain(`kept    ${f}`);
    expect(readFileSync(path.join(dir, 'status.yaml'), 'utf8')).toBe('entries: []\n# mine\n');
  });

  it('writes the README\'s CI example as the workflow', async () => {
    const dir = fresh();
    (await run(GAOPING, { cwd: dir }));
    const written = readFileSync(path.join(dir, '.github/workflows/plancheck.yml'), 'utf8');
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const example = /A GitHub Actions workflow[^\n]*\n\n(?:<!-- generated [^\n]*-->\n)?```yaml\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(written).toBe(example);
  });

  it('says how CI installs plancheck (the tarball of this version in vendor/) and to fill the registry before draft', () => {
    const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const next = initCommand({ county: 'gaoping', name: '高平市' }, fresh()).stdout.split('\nNext:\n')[1] ?? '';
    expect(next).toContain(`mkdir -p vendor && cp <where you keep it>/plancheck-${version}.tgz vendor/\n`);
    expect(next).toContain(`npm install --save-dev ./vendor/plancheck-${version}.tgz\n`);
    expect(next.indexOf('before draft, the units: in plans/gaoping/units.yaml')).toBeLessThan(next.indexOf('plancheck draft'));
    expect(next).not.toMatch(/npm install --save-dev plancheck\b/);
  });

  it('rejects a county id that is not a slug (exit 2)', async () => {
    const r = (await run(['init', '--county', 'Gao Ping', '--name', '高平市'], { cwd: fresh() }));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--county must be a pinyin slug');
    expect(r.stdout).toBe('');
  });

  it('points the schema lines at plancheck\'s schemas: its own inside this repository, node_modules elsewhere', () => {
    expect(schemasFrom(ROOT, ROOT)).toBe('schemas');
    expect(schemasFrom('/home/office/gaoping', ROOT)).toBe('node_modules/plancheck/schemas');
    expect(schemasFrom('/home/office/gaoping', '/home/office/gaoping/node_modules/plancheck')).toBe('node_modules/plancheck/schemas');
    const [units, status] = scaffold({ id: 'puxian', name: '蒲县' }, 'schemas', '');
    expect(units?.text).toMatch(/^# yaml-language-server: \$schema=\.\.\/\.\.\/schemas\/units\.schema\.json\n/);
    expect(status?.text).toMatch(/^# yaml-language-server: \$schema=schemas\/status\.schema\.json\n/);
  });

  it('names the ecology branch and departments as a county or a county-level city does', async () => {
    expect(shortName('沁水县')).toBe('沁水');
    expect(shortName('蒲县')).toBe('蒲县');
    const [units] = scaffold({ id: 'gaoping', name: '高平市' }, 'schemas', '');
    expect(units?.text).toContain('name: 市生态环境局高平分局');
    expect(units?.text).toContain('#   name: 市住建局');
    expect(scaffold({ id: 'puxian', name: '蒲县' }, 'schemas', '')[0]?.text).toContain('#   name: 县住建局');
  });
});
