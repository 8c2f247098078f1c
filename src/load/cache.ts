// A parse cache keyed by file content: a file whose exact bytes were parsed and validated before is
// read back as JSON, skipping YAML parsing, schema validation and its own checks (most of a run's time).
// An index of each file's size, mtime and inode at its last reading lets an unchanged file go unread;
// as in git, a file modified within two seconds of the index being written is not trusted and is read.
// Entries are written atomically; a broken or missing entry is only a miss.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { isPosition, type Finding, type Position } from '../findings.js';
import { writeAtomic } from '../io/writeAtomic.js';

declare const __SCHEMA_HASH__: string | undefined;
/** Built into the bundle from the schemas: a schema change invalidates every entry. */
const SCHEMA_HASH = typeof __SCHEMA_HASH__ === 'string' ? __SCHEMA_HASH__ : 'dev';
/** The layout of an entry: raised when CacheEntry changes. */
const FORMAT = 2;
const RACY_MS = 2000;
const lazy = createRequire(import.meta.url);

/** What a file's bytes always give: its data, where its tasks stand, and the findings of checks that
 * read that file alone (warnings: a file with errors is never cached). */
export interface CacheEntry {
  data: unknown;
  taskLines: Position[];
  findings: Finding[];
}

/** As stored: without the file's name, since the same bytes may stand under another name. */
interface Stored {
  data: unknown;
  taskLines: Array<[number, number]>;
  findings: Array<Omit<Finding, 'at'> & { at?: { path: Array<string | number>; key?: boolean } }>;
}

const store = ({ data, taskLines, findings }: CacheEntry): Stored => ({
  data,
  taskLines: taskLines.map((p) => [p.line, p.column]),
  findings: findings.map(({ at, ...f }) => (at && !isPosition(at) ? { ...f, at: { path: [...at.path], ...(at.key ? { key: true } : {}) } } : f)),
});

const restore = (file: string, { data, taskLines, findings }: Stored): CacheEntry => ({
  data,
  taskLines: taskLines.map(([line, column]) => ({ file, line, column })),
  findings: findings.map((f) => ({ ...f, ...(f.at ? { at: { file, ...f.at } } : {}) }) as Finding),
});

export interface ParseCache {
  /** The entry of a file unchanged since its content was last hashed, without reading the file. */
  unchanged(kind: string, file: string, stat: fs.Stats): CacheEntry | undefined;
  get(kind: string, file: string, stat: fs.Stats, bytes: Buffer): CacheEntry | undefined;
  put(kind: string, file: string, stat: fs.Stats, bytes: Buffer, entry: CacheEntry): void;
  /** Writes the index, if this run learnt anything new. */
  flush(): void;
}

export const NO_CACHE: ParseCache = { unchanged: () => undefined, get: () => undefined, put: () => undefined, flush: () => undefined };

interface Index {
  writtenAt: number;
  files: Record<string, { stat: string; hash: string }>;
}

const statKey = (s: fs.Stats): string => `${s.size}:${s.mtimeMs}:${s.ino}`;
const readJson = <T>(file: string): T | undefined => {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as T;
  } catch {
    return undefined;
  }
};

export function openCache(dir: string | undefined): ParseCache {
  if (!dir) return NO_CACHE;
  const prefix = `${FORMAT}-${SCHEMA_HASH}`;
  const indexFile = path.join(dir, `index-${prefix}.json`);
  const index: Index = readJson<Index>(indexFile) ?? { writtenAt: 0, files: {} };
  let learnt = false;
  const entryFile = (kind: string, hash: string) => path.join(dir, `${kind}-${prefix}-${hash}.json`);
  const readEntry = (kind: string, hash: string, file: string): CacheEntry | undefined => {
    const value = readJson<Partial<Stored>>(entryFile(kind, hash));
    // Anything but a whole entry (a truncated or foreign file) is a miss.
    return value && Array.isArray(value.taskLines) && Array.isArray(value.findings) && 'data' in value ? restore(file, value as Stored) : undefined;
  };
  const remember = (kind: string, file: string, stat: fs.Stats, hash: string) => {
    const key = `${kind}:${path.resolve(file)}`;
    if (index.files[key]?.hash === hash && index.files[key]?.stat === statKey(stat)) return;
    index.files[key] = { stat: statKey(stat), hash };
    learnt = true;
  };
  // node:crypto takes longer to load than a small run takes to do its work: loaded only to hash a file.
  const hashOf = (bytes: Buffer) => (lazy('node:crypto') as typeof import('node:crypto')).createHash('sha256').update(bytes).digest('hex').slice(0, 40);
  return {
    unchanged(kind, file, stat) {
      const known = index.files[`${kind}:${path.resolve(file)}`];
      if (!known || known.stat !== statKey(stat) || stat.mtimeMs >= index.writtenAt - RACY_MS) return undefined;
      return readEntry(kind, known.hash, file);
    },
    get(kind, file, stat, bytes) {
      const hash = hashOf(bytes);
      const entry = readEntry(kind, hash, file);
      if (entry) remember(kind, file, stat, hash);
      return entry;
    },
    put(kind, file, stat, bytes, value) {
      const hash = hashOf(bytes);
      try {
        writeAtomic(entryFile(kind, hash), JSON.stringify(store(value)));
        remember(kind, file, stat, hash);
      } catch {
        // A cache that cannot be written is no cache; the run goes on.
      }
    },
    flush() {
      if (!learnt) return;
      try {
        writeAtomic(indexFile, JSON.stringify({ ...index, writtenAt: Date.now() }));
      } catch {
        // as above
      }
    },
  };
}
