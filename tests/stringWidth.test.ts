// The bundle's string-width (src/render/stringWidth.cjs) answers as string-width does.
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const stringWidth = require('string-width') as (s: string) => number;
const fast = require('../src/render/stringWidth.cjs') as (s: string) => number;

const char = fc.oneof(
  fc.integer({ min: 0x20, max: 0x7e }),
  fc.integer({ min: 0xa0, max: 0x3ff }),
  fc.integer({ min: 0x2000, max: 0x20ff }),
  fc.integer({ min: 0x2400, max: 0x25ff }),
  fc.integer({ min: 0x3000, max: 0x303f }),
  fc.integer({ min: 0x4e00, max: 0x9fff }),
  fc.integer({ min: 0xff00, max: 0xffef }),
  fc.integer({ min: 0, max: 0xffff }),
  fc.integer({ min: 0x1f300, max: 0x1faff }),
  fc.constantFrom(0x1b, 0x9b, 0x20e3, 0xfe0f, 0x200d, 0xa9, 0xae, 0x203c, 0x2049, 0x2122, 0x24c2, 0x3030, 0x303d),
).map((c) => String.fromCodePoint(c));

describe('string width', () => {
  it('is string-width\'s for any text', () => {
    fc.assert(fc.property(fc.array(char, { maxLength: 30 }).map((cs) => cs.join('')), (text) => {
      expect(fast(text)).toBe(stringWidth(text));
    }), { numRuns: 5000 });
  });
  it('is string-width\'s for every character of the basic plane alone', () => {
    const wrong: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const text = String.fromCharCode(c);
      if (fast(text) !== stringWidth(text)) wrong.push(c.toString(16));
    }
    expect(wrong).toEqual([]);
  });
  it('is string-width\'s for the texts of the plans: Chinese, full-width punctuation, colour codes', () => {
    for (const text of ['市生态环境局沁水分局', '建立VOCs相关清单：2021年6月底前', '（一）调整优化产业结构', '\u001b[31moverdue\u001b[39m', '〰〽', 'O₃污染“回头看”…', '─┼─', '']) expect(fast(text)).toBe(stringWidth(text));
  });
});
