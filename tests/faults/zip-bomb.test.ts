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

/** A zip archive of deflated parts, declaring the sizes it is told to. */
function zip(parts: Part[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const { name, data, declared } of parts) {
    const packed = deflateRawSync(data);
    const n = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc32(data), 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(declared ?? data.length, 22);
    local.writeUInt16LE(n.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc32(data), 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(declared ?? data.length, 24);
    central.writeUInt16LE(n.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, n, packed);
    centrals.push(central, n);
    offset += 30 + n.length + packed.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
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
    expect((await readLedger(file)).length).toBeGreaterThan(0);
  });
});
