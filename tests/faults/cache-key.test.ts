// Issue 22, item 4: a cache entry carries its own key (the bytes' hash, kind, form, build) inside what its
// self-hash covers, so an entry copied under another file's name is a miss, never that file's answer.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCache } from '../../src/load/cache.js';

const A = 'a'.repeat(64);
const B = 'b'.repeat(64);

describe('cache entries under another name', () => {
  it('an entry copied over another hash\'s, kind\'s or form\'s name is not used', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plancheck-cachekey-'));
    const cache = openCache(dir);
    cache.put('plan', 'core', A, { data: { answer: 'of A' }, taskLines: [], findings: [] });
    expect(cache.get('plan', 'core', A, 'a.yaml')?.data).toEqual({ answer: 'of A' });
    const [folder] = fs.readdirSync(path.join(dir, 'plancheck-cache')).filter((f) => f.startsWith('data-'));
    const at = (name: string) => path.join(dir, 'plancheck-cache', folder as string, name);
    for (const [kind, form, hash] of [['plan', 'core', B], ['status', 'core', A], ['plan', 'data', A]] as const) {
      fs.copyFileSync(at(`plan.core.${A}.json`), at(`${kind}.${form}.${hash}.json`));
      expect(cache.get(kind, form, hash, 'b.yaml')).toBeUndefined();
    }
  });
});
