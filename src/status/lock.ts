// One writer at a time on a status file: a lock file beside it, created exclusively (O_EXCL), holding
// who took it. A lock whose holder died (its process is gone, or it is older than any write takes) is
// stale and is broken; one that outlives the timeout is reported, never broken by force.
import { closeSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { OutputError, UsageError } from '../errors.js';
import { errorCode } from '../load/readText.js';

export interface LockOptions {
  /** How long to wait for another writer (default 30 s: twenty writers at once on a slow machine). */
  timeoutMs?: number;
  /** A lock older than this is stale whoever holds it (default 60 s; a write takes milliseconds). */
  staleMs?: number;
}

interface Holder {
  pid: number;
  host: string;
  time: number;
  token: string;
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

function readHolder(lock: string): Holder | undefined {
  try {
    const holder: unknown = JSON.parse(readFileSync(lock, 'utf8'));
    // Anything else in a lock file (null, a number, a hand-written note) names no holder: it ages out.
    const h = holder as Partial<Holder> | null;
    return h !== null && typeof h === 'object' && typeof h.pid === 'number' && typeof h.host === 'string' && typeof h.time === 'number' && typeof h.token === 'string' ? (h as Holder) : undefined;
  } catch {
    return undefined; // gone, or being written this instant
  }
}

/** Creates the file only if it does not exist; false if it does. */
function createExclusive(file: string, content: string): boolean {
  let fd: number;
  try {
    fd = openSync(file, 'wx');
  } catch (e) {
    if (errorCode(e) === 'EEXIST') return false;
    // A read-only folder (EACCES), a full disk: the status file cannot be written, said in one line.
    throw new OutputError(file, errorCode(e));
  }
  try {
    writeSync(fd, content);
  } catch (e) {
    rmSync(file, { force: true });
    throw new OutputError(file, errorCode(e));
  } finally {
    closeSync(fd);
  }
  return true;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const ageOf = (file: string): number => {
  try {
    return Date.now() - statSync(file).mtimeMs;
  } catch {
    return 0;
  }
};

function isStale(lock: string, holder: Holder | undefined, staleMs: number): boolean {
  if (ageOf(lock) > staleMs) return true;
  return holder !== undefined && holder.host === hostname() && !alive(holder.pid);
}

/** Removes a stale lock, unless another writer broke it and took the lock meanwhile: breaking is itself
 * done under a second lock, and the holder is read again under it. */
function breakStale(lock: string, seen: Holder | undefined, staleMs: number): void {
  const breaker = `${lock}.break`;
  if (!createExclusive(breaker, String(process.pid))) {
    if (ageOf(breaker) > staleMs) rmSync(breaker, { force: true });
    return;
  }
  try {
    const now = readHolder(lock);
    if (now?.token === seen?.token) rmSync(lock, { force: true });
  } finally {
    rmSync(breaker, { force: true });
  }
}

/** Runs fn holding the lock of file (file.lock). */
export async function withLock<T>(file: string, fn: () => T | Promise<T>, { timeoutMs = 30_000, staleMs = 60_000 }: LockOptions = {}): Promise<T> {
  const lock = `${file}.lock`;
  const me: Holder = { pid: process.pid, host: hostname(), time: Date.now(), token: `${process.pid}-${Date.now()}-${Math.random()}` };
  const deadline = Date.now() + timeoutMs;
  for (let wait = 5; !createExclusive(lock, JSON.stringify(me)); wait = Math.min(wait * 2, 100)) {
    const holder = readHolder(lock);
    if (isStale(lock, holder, staleMs)) {
      breakStale(lock, holder, staleMs);
      continue;
    }
    if (Date.now() > deadline) {
      const who = holder ? { pid: holder.pid, host: holder.host, since: new Date(holder.time).toISOString() } : undefined;
      throw new UsageError((w) => w.locked(file, who, Math.round(timeoutMs / 1000), lock));
    }
    await sleep(wait / 2 + Math.random() * wait);
  }
  try {
    return await fn();
  } finally {
    if (readHolder(lock)?.token === me.token) rmSync(lock, { force: true });
  }
}
