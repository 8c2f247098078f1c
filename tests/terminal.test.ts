// The terminal a view goes to: its width, and the pager long views go through.
import { describe, expect, it } from 'vitest';
import { pagerEnv, pagerFor, terminalWidth } from '../src/terminal.js';

const tty = { isTTY: true, columns: 87, rows: 10 };
const tall = 'line\n'.repeat(30);

describe('the width a view fits', () => {
  it('--width, else the terminal, else COLUMNS when piped, else 100', () => {
    expect(terminalWidth('72', tty, { COLUMNS: '90' })).toBe(72);
    expect(terminalWidth(undefined, tty, { COLUMNS: '90' })).toBe(87);
    expect(terminalWidth(undefined, {}, { COLUMNS: '90' })).toBe(90);
    expect(terminalWidth(undefined, {}, {})).toBe(100);
    expect(terminalWidth(undefined, {}, { COLUMNS: 'wide' })).toBe(100);
    expect(() => terminalWidth('10', tty, {})).toThrow(/--width/);
  });
});

describe('the pager', () => {
  it('pages on a terminal what is taller than the screen, with PAGER or less -FRX', () => {
    expect(pagerFor(tall, tty, {}, true)).toBe('less -FRX');
    expect(pagerFor(tall, tty, { PAGER: 'more' }, true)).toBe('more');
  });
  it('never when piped, short, turned off (--no-pager) or PAGER is empty or cat', () => {
    expect(pagerFor(tall, { isTTY: false, rows: 10 }, {}, true)).toBeUndefined();
    expect(pagerFor('one\ntwo\n', tty, {}, true)).toBeUndefined();
    expect(pagerFor(tall, tty, {}, false)).toBeUndefined();
    expect(pagerFor(tall, tty, { PAGER: '' }, true)).toBeUndefined();
    expect(pagerFor(tall, tty, { PAGER: 'cat' }, true)).toBeUndefined();
  });
  it('reads UTF-8 whatever the locale, unless the user chose a charset; LESS=FRX unless set', () => {
    expect(pagerEnv({ LANG: 'zh_CN.UTF-8' })).toMatchObject({ LESS: 'FRX', LESSCHARSET: 'utf-8' });
    expect(pagerEnv({ LESSCHARSET: 'latin1' }).LESSCHARSET).toBe('latin1');
    expect(pagerEnv({ LESSCHARDEF: '8bcccbcc18b95.' }).LESSCHARSET).toBeUndefined();
    expect(pagerEnv({ LESS: 'R' }).LESS).toBe('R');
  });
});
