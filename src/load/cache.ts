// A parse cache keyed by file content: a file whose exact bytes were parsed and validated before is
// read back as JSON, skipping YAML parsing and schema validation (most of a run's time). Entries are
// written atomically; a broken or missing entry is only a miss.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { writeAtomic } from '../io/writeAtomic.js';
import type { Finding } from '../findings.js';

declare const __SCHEMA_HASH__: string | undefined;
/** Built into the bundle from the schemas: a schema change invalidates every entry. */
const SCHEMA_HASH = typeof __SCHEMA_HASH__ === 'string' ? __SCHEMA_HASH__ : 'dev';
/** The layout of an entry: raised when CacheEntry changes. */
const FORMAT = 2;

/** What a file's bytes always give: its data, where its tasks stand, and the findings of checks that
 * read that file alone (warnings: a file with errors is never cached). Positions leave out the file
 * name, since the same bytes may stand under another name. */
export interface CacheEntry {
  data: unknown;
  taskLines: Array<[number, number]>;
  findings: Array<Omit<Finding, 'at'> & { at?: { path: Array<string | number>; key?: boolean } }>;
}

export interface ParseCache {
  get(kind: string, bytes: Buffer): CacheEntry | undefined;
  put(kind: string, bytes: Buffer, entry: CacheEntry): void;
}

export const NO_CACHE: ParseCache = { get: () => undefined, put: () => undefined };

export function openCache(dir: string | undefined): ParseCache {
  if (!dir) return NO_CACHE;
  const entry = (kind: string, bytes: Buffer) => path.join(dir, `${kind}-${FORMAT}-${SCHEMA_HASH}-${createHash('sha256').update(bytes).digest('hex').slice(0, 40)}.json`);
  return {
    get(kind, bytes) {
      try {
        const value = JSON.parse(fs.readFileSync(entry(kind, bytes), 'utf8')) as Partial<CacheEntry>;
        // Anything but a whole entry (a truncated or foreign file) is a miss.
        return Array.isArray(value.taskLines) && Array.isArray(value.findings) && 'data' in value ? (value as CacheEntry) : undefined;
      } catch {
        return undefined;
      }
    },
    put(kind, bytes, value) {
      try {
        writeAtomic(entry(kind, bytes), JSON.stringify(value));
      } catch {
        // A cache that cannot be written is no cache; the run goes on.
      }
    },
  };
}
