// A file plancheck writes (check --output, its caches) is replaced whole or not at all: a failure
// between the write of the new content and the rename leaves the old file as it was, and no stray file.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { hooks, writeAtomic } from '../src/io/writeAtomic.js';
import { writeOutput } from '../src/io/writeOutput.js';
import { OutputError } from '../src/errors.js';

const OLD = '<old report, must survive whole/>\n';
const original = hooks.beforeRename;
afterEach(() => {
  hooks.beforeRename = original;
});

describe('atomic writes', () => {
  it('a failure after the write and before the rename leaves the old file whole and removes the temporary file', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plancheck-atomic-'));
    const target = path.join(dir, 'report.xml');
    fs.writeFileSync(target, OLD);
    let written = '';
    hooks.beforeRename = () => {
      // the new content is complete on disk at this point, under another name
      const temp = fs.readdirSync(dir).find((f) => f.endsWith('.tmp')) as string;
      written = fs.readFileSync(path.join(dir, temp), 'utf8');
      throw Object.assign(new Error('injected'), { code: 'EIO' });
    };
    expect(() => writeAtomic(target, '<new/>\n')).toThrow('injected');
    expect(written).toBe('<new/>\n');
    expect(fs.readFileSync(target, 'utf8')).toBe(OLD);
    expect(fs.readdirSync(dir)).toEqual(['report.xml']);
    // as an --output target, the failure is an OutputError (exit 2), the old file still whole
    expect(() => writeOutput(target, '<new/>\n')).toThrow(OutputError);
    expect(fs.readFileSync(target, 'utf8')).toBe(OLD);
    hooks.beforeRename = original;
    writeOutput(target, '<new/>\n');
    expect(fs.readFileSync(target, 'utf8')).toBe('<new/>\n');
  });

  it('leaves the temporary files of a run that is still writing, and removes those of dead runs', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plancheck-sweep-'));
    const target = path.join(dir, 'out.json');
    const live = `.out.json.${process.pid}.1.tmp`;
    const dead = '.out.json.999999.1.tmp';
    const other = '.other.json.999999.1.tmp';
    for (const f of [live, dead, other]) fs.writeFileSync(path.join(dir, f), 'partial');
    writeOutput(target, '{}\n');
    expect(fs.readdirSync(dir).sort()).toEqual([live, other, 'out.json'].sort());
  });
});
