// A parse cache keyed by file content: a file whose exact bytes were parsed and validated before is
// read back as JSON, skipping YAML parsing, schema validation and its own checks (most of a run's time).
// A file may be stored in two forms: its data, and a smaller core derived from it (for plans: no
// texts), for runs that need no more.
// Each folder read (a county's plans, the status file's folder) has one record: the size, mtime and
// inode of each of its files at their last reading, so that an unchanged file goes unread (as in git, a
// file modified within two seconds of the record being written is not trusted and is read), and the
// cores of its files, read at once. Data entries have a file each. Everything is written atomically; a
// broken or missing entry is only a miss. Entries of other builds are removed when this build writes
// its first record.
import { type Stats, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join, resolve } from 'node:path';
import { isPosition, type Finding } from '../findings.js';
import { writeAtomic } from '../io/writeAtomic.js';
import type { TaskLines } from './yamlFile.js';

declare const __BUILD_HASH__: string | undefined;
/** Built into the bundle from the sources and schemas: entries hold what the code worked out (cores,
 * findings), so any change of either invalidates every entry. */
const BUILD_HASH = typeof __BUILD_HASH__ === 'string' ? __BUILD_HASH__ : 'dev';
const RACY_MS = 2000;
const lazy = createRequire(import.meta.url);

/** What a file's bytes always give: its data, where its tasks stand, and the findings of checks that
 * read that file alone (warnings: a file with errors is never cached). */
export interface CacheEntry {
  data: unknown;
  taskLines: TaskLines;
  findings: Finding[];
}

/** As stored: without the file's name, since the same bytes may stand under another name. */
interface Stored {
  data: unknown;
  taskLines: TaskLines;
  findings: Array<Omit<Finding, 'at'> & { at?: { path: Array<string | number>; key?: boolean } }>;
}

const store = ({ data, taskLines, findings }: CacheEntry): Stored => ({
  data,
  taskLines,
  findings: findings.map(({ at, ...f }) => (at && !isPosition(at) ? { ...f, at: { path: [...at.path], ...(at.key ? { key: true } : {}) } } : f)),
});

const restore = (file: string, { data, taskLines, findings }: Stored): CacheEntry => ({
  data,
  taskLines,
  findings: findings.map((f) => ({ ...f, ...(f.at ? { at: { file, ...f.at } } : {}) }) as Finding),
});

/** The whole data of a file, or its core. */
export type Form = 'data' | 'core';

export interface ParseCache {
  /** The entry of a file unchanged since its content was last hashed, without reading the file. */
  unchanged(kind: string, file: string, stat: Stats, form: Form): CacheEntry | undefined;
  get(kind: string, file: string, stat: Stats, bytes: Buffer, form: Form): CacheEntry | undefined;
  put(kind: string, file: string, stat: Stats, bytes: Buffer, entries: Partial<Record<Form, CacheEntry>>): void;
  /** Writes the record of each folder of which this run learnt anything new. */
  flush(): void;
}

export const NO_CACHE: ParseCache = { unchanged: () => undefined, get: () => undefined, put: () => undefined, flush: () => undefined };

interface FolderRecord {
  folder: string;
  writtenAt: number;
  /** By kind and file name. */
  files: Record<string, { stat: string; hash: string }>;
  /** By kind and content hash. */
  cores: Record<string, Partial<Stored>>;
}

const statKey = (s: Stats): string => `${s.size}:${s.mtimeMs}:${s.ino}`;
const readJson = <T>(file: string, encoding: 'utf8' | 'latin1' = 'utf8'): T | undefined => {
  try {
    return JSON.parse(readFileSync(file, encoding)) as T;
  } catch {
    return undefined;
  }
};

/** JSON in ASCII, non-ASCII characters escaped: read as Latin-1, it is decoded several times faster
 * than UTF-8 and parsed as a one-byte string, half the memory. */
const asciiJson = (value: unknown): string => JSON.stringify(value).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** A short name for a folder (FNV-1a); the record names its folder in full, so a shared name is only a miss. */
function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** What plancheck names its entries, of any build: nothing else in the folder is ever removed. */
const OURS = /^(?:(?:index|cores|folder)-(?:\d+-)?[0-9a-z]+(?:-[0-9a-f]{8})?|[a-z]+-(?:\d+-)?[0-9a-z]+-[0-9a-f]{40})\.json$/;

export function openCache(dir: string | undefined): ParseCache {
  if (!dir) return NO_CACHE;
  const prefix = BUILD_HASH;
  const records = new Map<string, FolderRecord>();
  const changed = new Set<string>();
  let firstRecord = false;
  const recordFile = (folder: string) => join(dir, `folder-${prefix}-${fnv1a(folder)}.json`);
  /** The record of the folder a file stands in, and the file's key in it. */
  const recordOf = (kind: string, file: string): { folder: string; record: FolderRecord; key: string } => {
    const full = resolve(file);
    const folder = dirname(full);
    let record = records.get(folder);
    if (!record) {
      const stored = readJson<Partial<FolderRecord>>(recordFile(folder), 'latin1');
      const read = stored?.folder === folder ? stored : undefined;
      record = { folder, writtenAt: Number(read?.writtenAt) || 0, files: { ...read?.files }, cores: { ...read?.cores } };
      if (!stored) firstRecord = true;
      records.set(folder, record);
    }
    return { folder, record, key: `${kind}:${basename(full)}` };
  };
  const entryFile = (kind: string, hash: string) => join(dir, `${kind}-${prefix}-${hash}.json`);
  const readEntry = (kind: string, hash: string, file: string, form: Form): CacheEntry | undefined => {
    const value = form === 'core' ? recordOf(kind, file).record.cores[`${kind}:${hash}`] : readJson<Partial<Stored>>(entryFile(kind, hash));
    // Anything but a whole entry (a truncated or foreign file) is a miss.
    return value && Array.isArray(value.taskLines) && Array.isArray(value.findings) && 'data' in value ? restore(file, value as Stored) : undefined;
  };
  const remember = (kind: string, file: string, stat: Stats, hash: string) => {
    const { folder, record, key } = recordOf(kind, file);
    if (record.files[key]?.hash === hash && record.files[key]?.stat === statKey(stat)) return;
    record.files[key] = { stat: statKey(stat), hash };
    changed.add(folder);
  };
  // node:crypto takes longer to load than a small run takes to do its work: loaded only to hash a file.
  const hashOf = (bytes: Buffer) => (lazy('node:crypto') as typeof import('node:crypto')).createHash('sha256').update(bytes).digest('hex').slice(0, 40);
  return {
    unchanged(kind, file, stat, form) {
      const { record, key } = recordOf(kind, file);
      const known = record.files[key];
      if (!known || known.stat !== statKey(stat) || stat.mtimeMs >= record.writtenAt - RACY_MS) return undefined;
      return readEntry(kind, known.hash, file, form);
    },
    get(kind, file, stat, bytes, form) {
      const hash = hashOf(bytes);
      const entry = readEntry(kind, hash, file, form);
      if (entry) remember(kind, file, stat, hash);
      return entry;
    },
    put(kind, file, stat, bytes, entries) {
      const hash = hashOf(bytes);
      try {
        if (entries.data) writeAtomic(entryFile(kind, hash), JSON.stringify(store(entries.data)));
        // A copy, written at flush: the caller goes on with its own (and may unpack it in place).
        if (entries.core) recordOf(kind, file).record.cores[`${kind}:${hash}`] = JSON.parse(JSON.stringify(store(entries.core))) as Stored;
        remember(kind, file, stat, hash);
      } catch {
        // A cache that cannot be written is no cache; the run goes on.
      }
    },
    flush() {
      try {
        for (const folder of changed) {
          const { files, cores } = records.get(folder) as FolderRecord;
          // Only the cores of the files as they are now: an edited file's old core goes.
          const current = new Set(Object.entries(files).map(([key, { hash }]) => `${key.slice(0, key.indexOf(':'))}:${hash}`));
          const kept = Object.fromEntries(Object.entries(cores).filter(([key]) => current.has(key)));
          writeAtomic(recordFile(folder), asciiJson({ folder, writtenAt: Date.now(), files, cores: kept }));
        }
        if (changed.size && firstRecord) {
          for (const f of readdirSync(dir)) if (OURS.test(f) && !f.includes(`-${prefix}`)) rmSync(join(dir, f), { force: true });
        }
      } catch {
        // as above
      }
    },
  };
}
