// A parse cache keyed by file content: a file whose exact bytes were parsed and validated before is
// read back as JSON, skipping YAML parsing and schema validation (most of a run's time). Entries are
// written atomically; a broken or missing entry is only a miss.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { writeAtomic } from '../io/writeAtomic.js';
import type { Position } from '../findings.js';

declare const __SCHEMA_HASH__: string | undefined;
/** Built into the bundle from the schemas: a schema change invalidates every entry. */
const SCHEMA_HASH = typeof __SCHEMA_HASH__ === 'string' ? __SCHEMA_HASH__ : 'dev';

export interface CacheEntry {
  data: unknown;
  /** Task id lines, relative to nothing: positions with the file name left out. */
  taskLines: Array<[number, number]>;
}

export interface ParseCache {
  get(kind: string, text: string): CacheEntry | undefined;
  put(kind: string, text: string, data: unknown, taskLines: Position[]): void;
}

export const NO_CACHE: ParseCache = { get: () => undefined, put: () => undefined };

export function openCache(dir: string | undefined): ParseCache {
  if (!dir) return NO_CACHE;
  const entry = (kind: string, text: string) => path.join(dir, `${kind}-${SCHEMA_HASH}-${createHash('sha256').update(text).digest('hex').slice(0, 40)}.json`);
  return {
    get(kind, text) {
      try {
        return JSON.parse(fs.readFileSync(entry(kind, text), 'utf8')) as CacheEntry;
      } catch {
        return undefined;
      }
    },
    put(kind, text, data, taskLines) {
      try {
        writeAtomic(entry(kind, text), JSON.stringify({ data, taskLines: taskLines.map((p) => [p.line, p.column]) }));
      } catch {
        // A cache that cannot be written is no cache; the run goes on.
      }
    },
  };
}
