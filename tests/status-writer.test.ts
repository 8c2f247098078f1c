// The one status writer: what is in the file is kept byte for byte (comments, order, flow or block
// style, a byte-order mark, CRLF), and the lock lets one writer in at a time, breaks a dead writer's
// lock and reports a live one after its timeout.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { withLock } from '../src/status/lock.js';
import { appendToText, noAdditions } from '../src/status/writer.js';
import { FIXTURE, ROOT } from './helpers/cli.js';

const entry = { task: 'DM21-AIR-03', milestone: 'm1', state: 'done' as const, date: '2021-07-01', evidence: [{ text: '检查记录', document: '演示环函〔2021〕8号' }], note: '按期' };
const add = { ...noAdditions(), entries: [entry] };
const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'plancheck-writer-'));

describe('appending to a status file', () => {
  it('keeps the example file byte for byte and inserts after the last entry, in its style', async () => {
    const original = fs.readFileSync(path.join(ROOT, 'examples/qinshui-2021-status.yaml'), 'utf8');
    const out = appendToText(original, { ...add, measurements: [{ task: 'QS21-WATER-1-02', target: 't1', value: 9.8, date: '2021-06-30' }] });
    const cut = original.indexOf('measurements:');
    const cut2 = original.indexOf('extensions:');
    expect(out.startsWith(original.slice(0, cut))).toBe(true);
    expect(out.endsWith(original.slice(cut2))).toBe(true);
    expect(out.slice(cut, out.indexOf('measurements:'))).toBe('  - task: DM21-AIR-03\n    milestone: m1\n    state: done\n    date: 2021-07-01\n    evidence:\n      - text: 检查记录\n        document: 演示环函〔2021〕8号\n    note: 按期\n');
    const data = parse(out);
    expect(data.entries.at(-1)).toEqual(entry);
    expect(data.measurements.at(-1)).toEqual({ task: 'QS21-WATER-1-02', target: 't1', value: 9.8, date: '2021-06-30' });
  });

  it('writes a flow mapping where the list has them', async () => {
    const original = fs.readFileSync(path.join(FIXTURE, 'status.yaml'), 'utf8');
    const out = appendToText(original, add);
    const cut = original.indexOf('measurements:');
    expect(out.startsWith(original.slice(0, cut))).toBe(true);
    expect(out.endsWith(original.slice(cut))).toBe(true);
    expect(out.slice(cut).split('\n')[0]).toMatch(/^ {2}- \{ task: DM21-AIR-03, milestone: m1, state: done, date: 2021-07-01, evidence: \[ \{ text: 检查记录, document: 演示环函〔2021〕8号 \} \], note: 按期 \}$/);
  });

  it('keeps a byte-order mark, CRLF line ends and a comment after the last entry', async () => {
    const original = '\ufeff# 进展\r\nentries:\r\n  - { task: DM21-AIR-01, state: done, date: 2021-04-20 } # 第一条\r\n  # 以上为一季度\r\nmeasurements: []\r\n';
    const out = appendToText(original, add);
    expect(out.startsWith('\ufeff# 进展\r\nentries:\r\n  - { task: DM21-AIR-01, state: done, date: 2021-04-20 } # 第一条\r\n  - { task: DM21-AIR-03')).toBe(true);
    expect(out.endsWith('  # 以上为一季度\r\nmeasurements: []\r\n')).toBe(true);
    expect(out.replace(/\r\n/g, '')).not.toMatch(/\n/);
  });

  it('adds a list the file lacks at its end, starts a missing file, and fills an empty flow list', async () => {
    expect(appendToText('example: true # 示例\n', add)).toMatch(/^example: true # 示例\nentries:\n {2}- task: DM21-AIR-03\n/);
    expect(parse(appendToText(undefined, add))).toEqual({ entries: [entry] });
    expect(appendToText(undefined, add)).toMatch(/^# Status of the plans/);
    expect(parse(appendToText('# 空\nentries: []\n', add))).toEqual({ entries: [entry] });
    expect(appendToText('# 空\nentries: []\n', add)).toMatch(/^# 空\n/);
  });
});

describe('the status file lock', () => {
  it('lets one writer in at a time', async () => {
    const file = path.join(tmp(), 'status.yaml');
    fs.writeFileSync(file, '0');
    const bump = () => withLock(file, async () => {
      const n = Number(fs.readFileSync(file, 'utf8'));
      await new Promise((r) => setTimeout(r, 2));
      fs.writeFileSync(file, String(n + 1));
    });
    await Promise.all(Array.from({ length: 25 }, bump));
    expect(fs.readFileSync(file, 'utf8')).toBe('25');
    expect(fs.existsSync(`${file}.lock`)).toBe(false);
  });

  it('waits for a live writer, then says who holds the lock', async () => {
    const file = path.join(tmp(), 'status.yaml');
    fs.writeFileSync(`${file}.lock`, JSON.stringify({ pid: process.pid, host: os.hostname(), time: Date.now(), token: 'other' }));
    const started = Date.now();
    await expect(withLock(file, () => 'written', { timeoutMs: 300 })).rejects.toThrow(`is being written by process ${process.pid}`);
    expect(Date.now() - started).toBeGreaterThanOrEqual(300);
    expect(fs.existsSync(`${file}.lock`)).toBe(true);
  });

  it('breaks the lock of a writer that died, and one older than any write takes', async () => {
    const file = path.join(tmp(), 'status.yaml');
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout;
    fs.writeFileSync(`${file}.lock`, JSON.stringify({ pid: Number(dead), host: os.hostname(), time: Date.now(), token: 'dead' }));
    expect(await withLock(file, () => 'written', { timeoutMs: 300 })).toBe('written');
    fs.writeFileSync(`${file}.lock`, JSON.stringify({ pid: process.pid, host: 'another-machine', time: 0, token: 'old' }));
    const old = (Date.now() - 120_000) / 1000;
    fs.utimesSync(`${file}.lock`, old, old);
    expect(await withLock(file, () => 'written', { timeoutMs: 300 })).toBe('written');
    expect(fs.existsSync(`${file}.lock`)).toBe(false);
  });
});
