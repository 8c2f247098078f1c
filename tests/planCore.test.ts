// A plan's core, as the parse cache stores it (packed to JSON) and reads it back, is the core itself.
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { packCore, planCore, unpackCore } from '../src/engine/planCore.js';
import type { Plan } from '../src/model.js';
import { ROOT } from './helpers/cli.js';

const plans = fs.readdirSync(path.join(ROOT, 'plans'), { recursive: true }).map(String).filter((f) => /\d{4}-\w+\.yaml$/.test(f));

describe('plan cores', () => {
  it.each(plans)('%s: packed, stored and read back, the core is unchanged', (file) => {
    const core = planCore(parse(fs.readFileSync(path.join(ROOT, 'plans', file), 'utf8')) as Plan);
    const packed = packCore(core);
    // Each distinct set once.
    expect(new Set(packed.unitSets.map((u) => JSON.stringify(u))).size).toBe(packed.unitSets.length);
    expect(unpackCore(JSON.parse(JSON.stringify(packed)))).toEqual(core);
  });
});
