// A command that writes a file (check --output) replaces it whole or not at all: killed at any moment,
// it leaves the old file intact or the new one complete, never a torn one.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT } from './helpers/cli.js';

const OLD = '<old report, must survive whole/>\n';

function runAndKill(cwd: string, target: string, afterMs: number): Promise<void> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, 'check', '--as-of', '2021-07-01', '--status', 'status.yaml', '--format', 'junit', '--output', `junit=${target}`], {
      cwd,
      env: { ...process.env, NO_COLOR: '1', PLANCHECK_CACHE: '0' },
      stdio: 'ignore',
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), afterMs);
    child.on('exit', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

describe('atomic writes', () => {
  it('a run killed at any moment leaves the old file whole or the new one complete', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plancheck-atomic-'));
    spawnSync(process.execPath, [path.join(ROOT, 'bench/generate.mjs'), '--out', dir, '--counties', '6', '--years', '1'], { encoding: 'utf8' });
    const target = path.join(dir, 'reports/plancheck.xml');
    fs.mkdirSync(path.dirname(target), { recursive: true });
    const outcomes = new Set<string>();
    for (const afterMs of [50, 300, 600, 900, 1200, 1600, 5000]) {
      fs.writeFileSync(target, OLD);
      await runAndKill(dir, target, afterMs);
      const text = fs.readFileSync(target, 'utf8');
      const whole = text === OLD ? 'old' : text.startsWith('<?xml') && text.endsWith('</testsuites>\n') ? 'new' : 'torn';
      expect(whole, `killed after ${afterMs} ms`).not.toBe('torn');
      outcomes.add(whole);
      // no temporary file is left where a reader could take it for the report
      expect(fs.readdirSync(path.dirname(target)).filter((f) => !f.startsWith('.'))).toEqual(['plancheck.xml']);
    }
    // the runs that were not killed wrote the new report
    expect(outcomes.has('new')).toBe(true);
  }, 60_000);
});
