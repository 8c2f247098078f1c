// Issue 22, item 6: a workbook that unpacks to gigabytes, or to a million rows, is refused from its
// declared sizes before it is read, in well under a second; one that lies about its sizes is refused as
// soon as it passes them. A real ledger passes.
import fs from 'node:fs';
import path from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ledgerCommand } from '../../src/commands/ledger.js';
import { InputError } from '../../src/errors.js';
import { readLedger } from '../../src/ledger/read.js';
import { MAX_UNPACKED_BYTES, zipProblem } from '../../src/ledger/zipBounds.js';
import { thrown, workspace } from './workspace.js';

interface Part {
  name: string;
  data: Buffer;
  /** The unpacked size the archive declares (default: the true one). */
  declared?: number;
}

/** A header of `size` bytes with 32-bit fields (at the offsets given) and 16-bit ones. */
function header(size: number, u32: Record<number, number>, u16: Record<number, number>): Buffer {
  const b = Buffer.alloc(size);
  for (const [at, v] of Object.entries(u32)) b.writeUInt32LE(v, Number(at));
  for (const [at, v] of Object.entries(u16)) b.writeUInt16LE(v, Number(at));
  return b;
}

/** A zip archive of deflated parts, declaring the sizes it is told to. */
function zip(parts: Part[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const { name, data, declared } of parts) {
    const packed = deflateRawSync(data);
    const n = Buffer.from(name);
    const [crc, size] = [crc32(data), declared ?? data.length];
    locals.push(header(30, { 0: 0x04034b50, 14: crc, 18: packed.length, 22: size }, { 4: 20, 8: 8, 26: n.length }), n, packed);
    centrals.push(header(46, { 0: 0x02014b50, 16: crc, 20: packed.length, 24: size, 42: offset }, { 4: 20, 6: 20, 10: 8, 28: n.length }), n);
    offset += 30 + n.length + packed.length;
  }
  const dir = Buffer.concat(centrals);
  return Buffer.concat([...locals, dir, header(22, { 0: 0x06054b50, 12: dir.length, 16: offset }, { 8: parts.length, 10: parts.length })]);
}

const CONTENT_TYPES = { name: '[Content_Types].xml', data: Buffer.from('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>') };

describe('zip bombs are refused from their declared sizes', () => {
  it('a sheet declared as 3 GiB (its true size unknown) is refused before it is unpacked', async () => {
    const w = workspace();
    const file = path.join(w.dir, 'bomb.xlsx');
    // The 32-bit field holds at most 4 GiB; 3 GiB declared over 64 MB of zeros that deflate to 64 KB.
    fs.writeFileSync(file, zip([CONTENT_TYPES, { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(64 * 1024 * 1024), declared: 3 * 1024 ** 3 }]));
    const start = Date.now();
    const e = await thrown(() => readLedger(file));
    expect(Date.now() - start).toBeLessThan(1000);
    expect(e).toBeInstanceOf(InputError);
    expect((e as InputError).findings[0]?.args.detail).toMatch(/unpacks to more than 16 MB/);
  });

  it('a sheet that declares 1 MB and inflates to 64 MB is refused as soon as it passes 1 MB', () => {
    const bomb = zip([{ name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(64 * 1024 * 1024), declared: 1024 * 1024 }]);
    const start = Date.now();
    expect(zipProblem(bomb)).toMatch(/larger than the archive declares/);
    expect(Date.now() - start).toBeLessThan(1000);
  });

  it('a million rows are refused from their size; more parts than a workbook has are refused', () => {
    const row = (n: number) => `<row r="${n}"><c r="A${n}" t="inlineStr"><is><t>x</t></is></c></row>`;
    const million = Buffer.from(Array.from({ length: 1_000_000 }, (_, i) => row(i + 1)).join(''));
    expect(million.length).toBeGreaterThan(MAX_UNPACKED_BYTES);
    expect(zipProblem(zip([{ name: 'xl/worksheets/sheet1.xml', data: million }]))).toMatch(/unpacks to more than/);
    expect(zipProblem(zip(Array.from({ length: 1001 }, (_, i) => ({ name: `p${i}`, data: Buffer.from('x') }))))).toMatch(/1001 parts/);
  });

  it('a real ledger, as plancheck writes it, passes', async () => {
    const w = workspace();
    const file = path.join(w.dir, 'ledger.xlsx');
    await ledgerCommand(await w.context(), { output: file });
    expect(zipProblem(fs.readFileSync(file))).toBeUndefined();
    expect((await readLedger(file)).lines.length).toBeGreaterThan(0);
  });
});
