// Issue 22, item 3 (and item 9's CR, U+202E, U+2028): what a unit sends back, or what is typed into mark,
// is checked exactly as validate checks a status file, before anything is written. A ledger cell with a
// control character is named by file, row and column; exit 2; the status file stays byte for byte.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importCommand } from '../../src/commands/import.js';
import { markCommand } from '../../src/commands/mark.js';
import { validateCommand } from '../../src/commands/validate.js';
import { InputError } from '../../src/errors.js';
import { column } from '../../src/ledger/columns.js';
import { excerpt } from '../../src/messages/quote.js';
import { describe as say } from '../../src/messages/en.js';
import { filledLedger, thrown, workspace } from './workspace.js';

const HOSTILE = {
  'an OSC title and a screen clear': '\u001b]0;pwned\u0007\u001b[2J',
  'a NUL': 'a\u0000b',
  'a SOH': 'a\u0001b',
  'a carriage return (a forged line start)': '已报送\r已完成 全部整改',
  'a right-to-left override': '报告\u202Etxt.exe',
  'a line separator': '第一行\u2028第二行',
};

describe('import refuses a ledger cell with a control character, before it writes', () => {
  for (const [what, value] of Object.entries(HOSTILE)) {
    it(`${what}: named by file, row and column; exit 2; nothing written (also with --dry-run)`, async () => {
      const w = workspace();
      const before = fs.readFileSync(w.status);
      const { file, row } = await filledLedger(w, { evidence: value });
      for (const dryRun of [false, true]) {
        const e = await thrown(async () => importCommand(await w.context(), w.status, file, { dryRun }));
        expect(e).toBeInstanceOf(InputError);
        const [f] = (e as InputError).findings;
        expect(f?.code).toBe('TEXT_CONTROL_CHARACTER');
        expect(f?.args.subject).toBe(`ledger.csv 第${row}行 ${column('evidence').header}`);
        // The finding as printed escapes the character: nothing from the cell reaches the terminal raw.
        expect(say(f as NonNullable<typeof f>)).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u2028\u202e]/);
      }
      expect(fs.readFileSync(w.status)).toEqual(before);
      // and the status file still validates
      expect(validateCommand(await w.context()).exitCode).toBe(0);
    });
  }
});

describe('mark refuses --note, --evidence, --document with a control character', () => {
  for (const [what, value] of Object.entries(HOSTILE)) {
    it(`${what}: exit 2, nothing written`, async () => {
      const w = workspace();
      const before = fs.readFileSync(w.status);
      for (const opts of [{ note: value }, { evidence: value }, { document: value }]) {
        const e = await thrown(async () => markCommand(await w.context(), w.status, 'DM21-AIR-03', ['done'], { date: '2021-08-01', ...opts }));
        expect(e).toBeInstanceOf(InputError);
        expect((e as InputError).findings.map((f) => f.code)).toContain('TEXT_CONTROL_CHARACTER');
      }
      expect(fs.readFileSync(w.status)).toEqual(before);
    });
  }
});

describe('quoted values are escaped visibly', () => {
  it('C0, C1, CR, U+202E, U+2028 become visible escapes', () => {
    expect(excerpt('a\u001b[2Jb\rc\u202Ed\u2028e\u0085')).toBe('a\\x1b[2Jb\\x0dc\\u202ed\\u2028e\\x85');
  });
});
