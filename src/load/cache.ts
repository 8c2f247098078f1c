// The parse cache: what a file's bytes always give (its parsed, schema-checked data or core, where its
// tasks stand, the findings of checks that read it alone), stored under the hash of those bytes and
// the build that computed it. Every run reads and hashes every file, so an entry is found only for
// the very bytes it was computed from, whatever their name, size or time: it cannot go stale. Each
// entry carries a hash of its own text, checked before use, so a damaged entry is a miss, never an
// answer; the text it hashes holds the entry's own key (the bytes' hash, kind, form, build), so an entry
// copied under another file's name is a miss, not that file's answer. A reader gets a fresh copy parsed from disk: nothing it does can change what is stored.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Finding, Pointer, Position, Where } from '../findings.js';
import { debug } from '../debug.js';
import { writeAtomic } from '../io/writeAtomic.js';
import { buildFolder } from './cacheFolder.js';
import { hashBytes } from './cacheHash.js';

declare const __BUILD_HASH__: string | undefined;
/** Built into the bundle from the sources, schemas and locked dependencies: an entry holds what the
 * code worked out, so a change of any of them makes every entry unreachable. */
const BUILD_HASH = typeof __BUILD_HASH__ === 'string' ? __BUILD_HASH__ : 'dev';


/** What a file's bytes give, for one form: its data, or its core. */
export interface CacheEntry {
  data: unknown;
  taskLines: number[];
  /** Findings of the checks of this file alone (warnings: a file with errors is never cached). */
  findings: Finding[];
}

/** As stored: findings without the file's name, since the same bytes may stand under another name. */
interface Stored {
  /** The entry's key: kind, form, the bytes' hash and the build, inside what the entry's hash covers. */
  key: string;
  data: unknown;
  taskLines: number[];
  findings: Array<Omit<Finding, 'at'> & { at?: Omit<Pointer, 'file'> | Omit<Position, 'file'> }>;
}

const withoutFile = ({ file: _file, ...at }: Where): Omit<Pointer, 'file'> | Omit<Position, 'file'> => at;

export type Form = 'data' | 'core';

export interface ParseCache {
  get(kind: string, form: Form, hash: string, file: string): CacheEntry | undefined;
  put(kind: string, form: Form, hash: string, entry: CacheEntry): void;
}

export const NO_CACHE: ParseCache = { get: () => undefined, put: () => undefined };

const isStored = (v: unknown): v is Stored =>
  v !== null && typeof v === 'object' && 'data' in v && typeof (v as Stored).key === 'string' && Array.isArray((v as Stored).taskLines) && Array.isArray((v as Stored).findings);

/** The cache in the folder plancheck owns under `dir` (see cacheFolder.ts); none where it has no such folder. */
export function openCache(dir: string | undefined): ParseCache {
  const folder = dir === undefined ? undefined : buildFolder(dir, `data-${BUILD_HASH}`);
  if (!folder) return NO_CACHE;
  const entryFile = (kind: string, form: Form, hash: string) => join(folder, `${kind}.${form}.${hash}.json`);
  const keyOf = (kind: string, form: Form, hash: string) => `${kind}.${form}.${hash}.${BUILD_HASH}`;
  return {
    get(kind, form, hash, file) {
      let bytes: Buffer;
      try {
        bytes = readFileSync(entryFile(kind, form, hash));
      } catch {
        return undefined; // not cached yet
      }
      // The first line is the hash of the rest.
      const newline = bytes.indexOf(10);
      const body = bytes.subarray(newline + 1);
      if (newline !== 64 || bytes.toString('latin1', 0, 64) !== hashBytes(body)) return debug('cache: damaged entry ignored', entryFile(kind, form, hash));
      let value: unknown;
      try {
        value = JSON.parse(body.toString('utf8'));
      } catch (e) {
        return debug('cache: unreadable entry ignored', e);
      }
      if (!isStored(value)) return debug('cache: foreign entry ignored', entryFile(kind, form, hash));
      if (value.key !== keyOf(kind, form, hash)) return debug('cache: entry of other bytes ignored', entryFile(kind, form, hash));
      return { data: value.data, taskLines: value.taskLines, findings: value.findings.map((f) => ({ ...f, ...(f.at ? { at: { file, ...f.at } } : {}) }) as Finding) };
    },
    put(kind, form, hash, { data, taskLines, findings }) {
      const stored: Stored = { key: keyOf(kind, form, hash), data, taskLines, findings: findings.map(({ at, ...f }) => (at ? { ...f, at: withoutFile(at) } : f)) };
      const body = Buffer.from(JSON.stringify(stored));
      try {
        writeAtomic(entryFile(kind, form, hash), Buffer.concat([Buffer.from(`${hashBytes(body)}\n`), body]), { durable: false });
      } catch (e) {
        debug('cache: entry not written', e); // a cache that cannot be written is no cache; the run goes on
      }
    },
  };
}
