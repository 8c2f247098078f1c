// Issue 22, items 1, 7, 8 and 11 (file mode): where a write goes. `-` and /dev/stdout are stdout; a link
// is never replaced (its regular target inside the project is written atomically, one outside refused);
// a FIFO is refused at once, never waited on; a device is written in place; a full disk or a folder
// that cannot be written is one OutputError (exit 2); a rewritten file keeps its mode.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OutputError, UsageError } from '../../src/errors.js';
import { appendOutput, outputPlace, writeOutput } from '../../src/io/writeOutput.js';
import { calendarCommand } from '../../src/commands/calendar.js';
import { markCommand } from '../../src/commands/mark.js';
import { readAnnounced, writeAnnounced } from '../../src/notify/announcedFile.js';
import { withLock } from '../../src/status/lock.js';
import { thrown, workspace } from './workspace.js';

afterEach(() => {
  vi.restoreAllMocks();
});

const mkfifo = (file: string): string => {
  execFileSync('mkfifo', [file]);
  return file;
};

const code = (e: unknown): string | undefined => (e instanceof OutputError ? e.code : undefined);

/** Runs f and says how long it took: a FIFO must be refused at once, not after a reader came. */
const timed = (f: () => unknown): number => {
  const start = Date.now();
  try {
    f();
  } catch {
    // the error is the test's to read elsewhere
  }
  return Date.now() - start;
};

describe('outputs through links', () => {
  it('a link to a regular file inside the project: the target is written, the link stays a link', async () => {
    const w = workspace();
    fs.writeFileSync(path.join(w.dir, 'real.ics'), 'old');
    fs.symlinkSync('real.ics', path.join(w.dir, 'link.ics'));
    await calendarCommand(await w.context(), { output: 'link.ics' });
    expect(fs.lstatSync(path.join(w.dir, 'link.ics')).isSymbolicLink()).toBe(true);
    expect(fs.readFileSync(path.join(w.dir, 'real.ics'), 'utf8')).toMatch(/^BEGIN:VCALENDAR/);
  });

  it('a link to a regular file outside the project is refused (FILE_OUTSIDE), the target untouched', () => {
    const w = workspace();
    const outside = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'plancheck-outside-')), 'secret.txt');
    fs.writeFileSync(outside, 'keep me');
    fs.symlinkSync(outside, path.join(w.dir, 'out.json'));
    expect(code(thrownSync(() => writeOutput('out.json', '{}', w.dir)))).toBe('FILE_OUTSIDE');
    expect(fs.readFileSync(outside, 'utf8')).toBe('keep me');
    expect(fs.lstatSync(path.join(w.dir, 'out.json')).isSymbolicLink()).toBe(true);
  });

  it('- and /dev/stdout are standard output: nothing is created or replaced', () => {
    const w = workspace();
    const written: unknown[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: unknown) => written.push(chunk) > 0);
    // /dev/stdout itself is only asked where it goes: on a broken build, run as root, a write to it
    // would replace the machine's /dev/stdout (the bug this guards against).
    expect(outputPlace('/dev/stdout', w.dir)).toEqual({ kind: 'stdout' });
    writeOutput('-', 'one', w.dir);
    appendOutput('-', 'two', w.dir);
    expect(written).toEqual(['one', 'two']);
    expect(fs.readdirSync(w.dir).filter((f) => f === '-')).toEqual([]);
  });

  it('the status file through a link: the target gets the entry, the link stays', async () => {
    const w = workspace();
    const real = path.join(w.dir, 'data', 'status.yaml');
    fs.mkdirSync(path.dirname(real));
    fs.renameSync(w.status, real);
    fs.symlinkSync('data/status.yaml', w.status);
    await markCommand(await w.context(), w.status, 'DM21-AIR-03', ['done'], { date: '2021-08-01' });
    expect(fs.lstatSync(w.status).isSymbolicLink()).toBe(true);
    expect(fs.readFileSync(real, 'utf8')).toContain('DM21-AIR-03');
  });

  it('notify\'s state file through a link outside the project is refused, never replaced', () => {
    const w = workspace();
    const outside = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'plancheck-outside-')), 'state.json');
    fs.writeFileSync(outside, '{"version":1,"overdue":{}}\n');
    fs.symlinkSync(outside, path.join(w.dir, 'state.json'));
    expect(code(thrownSync(() => writeAnnounced('state.json', {}, w.dir)))).toBe('FILE_OUTSIDE');
    expect(code(thrownSync(() => readAnnounced('state.json', w.dir)))).toBe('FILE_OUTSIDE');
    expect(fs.lstatSync(path.join(w.dir, 'state.json')).isSymbolicLink()).toBe(true);
  });
});

describe('FIFOs and devices', () => {
  it('--output, the job summary and a link to a FIFO are refused at once (FILE_NOT_REGULAR)', () => {
    const w = workspace();
    const fifo = mkfifo(path.join(w.dir, 'pipe'));
    fs.symlinkSync('pipe', path.join(w.dir, 'pipe-link'));
    for (const write of [() => writeOutput(fifo, 'x'), () => appendOutput(fifo, 'x'), () => writeOutput('pipe-link', 'x', w.dir)]) {
      expect(code(thrownSync(write))).toBe('FILE_NOT_REGULAR');
      expect(timed(write)).toBeLessThan(1000);
    }
  });

  it('--since-last naming a FIFO or /dev/full is refused without blocking', async () => {
    const w = workspace();
    const fifo = mkfifo(path.join(w.dir, 'state.fifo'));
    for (const file of [fifo, '/dev/full']) {
      const e = thrownSync(() => readAnnounced(file));
      expect(e).toBeInstanceOf(OutputError);
      expect(timed(() => readAnnounced(file))).toBeLessThan(1000);
    }
  });

  it('a device is written in place: /dev/null takes it, /dev/full is ENOSPC in one OutputError', () => {
    writeOutput('/dev/null', 'x');
    expect(fs.statSync('/dev/null').isCharacterDevice()).toBe(true);
    expect(code(thrownSync(() => writeOutput('/dev/full', 'x')))).toBe('ENOSPC');
    expect(code(thrownSync(() => appendOutput('/dev/full', 'x')))).toBe('ENOSPC');
  });
});

describe('state files and locks that are not what they should be', () => {
  it('a notify state file holding null is "not a state file" (exit 2), not a TypeError', () => {
    const w = workspace();
    const file = path.join(w.dir, 'state.json');
    for (const text of ['null', '42', '"x"', '[]']) {
      fs.writeFileSync(file, text);
      expect(thrownSync(() => readAnnounced(file))).toBeInstanceOf(UsageError);
    }
  });

  it('a JSON error about a state file never quotes the file (a link may lead to a secret)', () => {
    const w = workspace();
    const file = path.join(w.dir, 'state.json');
    fs.writeFileSync(file, 'GITHUB_TOKEN=ghp_abcdefghijklmnop');
    expect(String(thrownSync(() => readAnnounced(file)))).not.toContain('ghp_');
  });

  it('a lock file holding null is waited on and reported, not a TypeError', async () => {
    const w = workspace();
    fs.writeFileSync(`${w.status}.lock`, 'null');
    expect(await thrown(() => withLock(w.status, () => 1, { timeoutMs: 50 }))).toBeInstanceOf(UsageError);
  });

  it('a lock that cannot be created (a folder that is not there or not writable) is an OutputError', async () => {
    expect(await thrown(() => withLock('/nonexistent-plancheck-folder/status.yaml', () => 1))).toBeInstanceOf(OutputError);
  });
});

describe('a rewritten file keeps its mode', () => {
  it('a status file that was 444 (or 600) is 444 (600) after mark', async () => {
    for (const mode of [0o444, 0o600]) {
      const w = workspace();
      fs.chmodSync(w.status, mode);
      await markCommand(await w.context(), w.status, 'DM21-AIR-03', ['done'], { date: '2021-08-01' });
      expect(fs.readFileSync(w.status, 'utf8')).toContain('DM21-AIR-03');
      expect(fs.statSync(w.status).mode & 0o777).toBe(mode);
    }
  });
});

function thrownSync(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    return e;
  }
  throw new Error('expected an error');
}
