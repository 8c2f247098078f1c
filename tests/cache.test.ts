// The parse cache changes nothing but speed: after any sequence of edits to plans, registries, sources
// and status files, with their times kept or restored, a run from the cache answers exactly as a run
// without it (output, warnings, positions and exit code). In-process, through prepare() and the
// commands, so that many runs stay fast; tests/trust.test.ts does the same through the real CLI.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCommand } from '../src/commands/check.js';
import { validateCommand } from '../src/commands/validate.js';
import { prepare, type Environment } from '../src/context.js';
import { InputError } from '../src/errors.js';
import { resolvePositions } from '../src/load/positions.js';
import { renderFindings } from '../src/render/findings.js';
import { FIXTURE } from './helpers/cli.js';

/** What validate and check say (stdout, findings with their positions, exit code), or the input errors. */
async function answers(dir: string, cacheDir?: string): Promise<unknown[]> {
  const env: Environment = { cwd: dir, now: Date.parse('2022-01-01T00:00:00Z'), color: false, ...(cacheDir ? { cacheDir } : {}) };
  const notes = async (findings: Parameters<typeof resolvePositions>[0]) => renderFindings(await resolvePositions(findings), { color: false, cwd: dir, lang: 'en' });
  const out: unknown[] = [];
  for (const run of [
    async () => validateCommand(await prepare({ status: 'status.yaml', asOf: '2021-12-31' }, env, { trace: true })),
    async () => checkCommand(await prepare({ status: 'status.yaml', asOf: '2021-10-01' }, env), { format: ['github'], width: 100, wrap: false }),
  ]) {
    try {
      const r = await run();
      out.push(r.stdout, r.exitCode, await notes(r.notes ?? []));
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      out.push('input error', await notes(e.findings));
    }
  }
  return out;
}

type Edit = [file: string, change: (text: string) => string];

const EDITS: Edit[] = [
  ['plans/demo/2021-air.yaml', (t) => t.replace('kind: by, due: 2021-03-31', 'kind: xx, due: 2021-03-31')],
  ['plans/demo/2021-air.yaml', (t) => t.replace('kind: xx, due: 2021-03-31', 'kind: by, due: 2021-03-31')],
  ['plans/demo/2021-air.yaml', (t) => t.replace('due: 2021-09-30', 'due: 2021-08-31')],
  ['plans/demo/2021-air.yaml', (t) => t.replace('due: 2021-08-31', 'due: 2021-09-30')],
  ['plans/demo/2021-air.yaml', (t) => `${t}# a comment\n`],
  // a phrase the reader does not know: a warning, cached with the file
  ['plans/demo/2021-air.yaml', (t) => t.replace('phrase: 每季度,', 'phrase: 适时开展,')],
  ['sources/demo-2021.txt', (t) => `${t}适时开展\n`],
  ['plans/demo/units.yaml', (t) => t.replace('    name: 县住建局', '    name: 县住建局\n    aliases: [住建局]')],
  ['plans/demo/units.yaml', (t) => t.replace('  - id: transport\n    name: 县交通运输局\n', '')],
  ['plans/demo/units.yaml', (t) => t.replace('  - id: eco\n', '  - id: transport\n    name: 县交通运输局\n  - id: eco\n')],
  ['status.yaml', (t) => t.replace('state: done, date: 2021-04-20', 'state: done, date: 2021-04-21')],
  ['status.yaml', (t) => t.replace('date: 2021-06-30 }\n  - { task: DM21-AIR-05', 'date: 2021-07-02 }\n  - { task: DM21-AIR-05')],
  ['status.yaml', (t) => t.replace('task: DM21-AIR-02,', 'task: DM21-AIR-99,')],
  ['status.yaml', (t) => t.replace('task: DM21-AIR-99,', 'task: DM21-AIR-02,')],
  ['sources/demo-2021.txt', (t) => t.replace('清洁生产', '清洁生 产')],
  ['sources/demo-2021.txt', (t) => t.replace('清洁生 产', '清洁生产')],
];

describe('parse cache', () => {
  it('answers as no cache after every edit of a random sequence, with file times kept or restored', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plancheck-edits-'));
    fs.cpSync(FIXTURE, dir, { recursive: true });
    const cacheDir = path.join(dir, '.cache');
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const changed = new Set<string>();
    expect(await answers(dir, cacheDir)).toEqual(await answers(dir));
    // Every edit in a random order, twice over: the second pass finds most texts in the cache again.
    for (let pass = 0; pass < 2; pass++) {
      const order = EDITS.map((_, i) => [random(), i] as const).sort((a, b) => a[0] - b[0]).map(([, i]) => EDITS[i] as Edit);
      for (const [file, change] of order) {
        const full = path.join(dir, file);
        const { atime, mtime } = fs.statSync(full);
        const before = fs.readFileSync(full, 'utf8');
        const after = change(before);
        if (after === before) continue;
        fs.writeFileSync(full, after);
        changed.add(file);
        if (random() < 0.5) fs.utimesSync(full, atime, mtime);
        expect(await answers(dir, cacheDir), `after editing ${file}`).toEqual(await answers(dir));
      }
    }
    // every kind of file was edited
    expect(changed.size).toBe(4);
  });
});
