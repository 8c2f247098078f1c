// A workbook is a zip archive, and a small archive can unpack to gigabytes. Before the workbook reader
// sees it, its central directory is read: an archive that declares more entries or more unpacked bytes
// than any ledger holds (a county's is ~200 rows, under 1 MB unpacked) is refused at once; then each
// entry is inflated with its declared size as the limit, so an archive that lies about its sizes is
// refused as soon as it passes them, never unpacked whole. Pure: bytes in, a reason or nothing out.
import { inflateRawSync } from 'node:zlib';

/** Sixteen times the largest ledger a county has sent: beyond, a workbook is not a ledger. */
export const MAX_UNPACKED_BYTES = 16 * 1024 * 1024;
const MAX_ENTRIES = 1000;

const END = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** A 32-bit size of all ones means the real one is in a ZIP64 field: no ledger needs one. */
const ZIP64 = 0xffffffff;

/** Why the archive cannot be a ledger, or undefined when its sizes are within bounds and true. */
export function zipProblem(zip: Buffer): string | undefined {
  const end = findEnd(zip);
  if (end === undefined) return 'not a zip archive';
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  if (count > MAX_ENTRIES) return `${count} parts in the archive (at most ${MAX_ENTRIES})`;
  const entries: Array<{ method: number; compressed: number; size: number; local: number }> = [];
  let total = 0;
  for (let n = 0; n < count; n++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== CENTRAL) return 'a damaged zip archive';
    const entry = { method: zip.readUInt16LE(at + 10), compressed: zip.readUInt32LE(at + 20), size: zip.readUInt32LE(at + 24), local: zip.readUInt32LE(at + 42) };
    if (entry.size === ZIP64 || entry.compressed === ZIP64 || entry.local === ZIP64) return 'a ZIP64 archive (larger than any ledger)';
    total += entry.size;
    if (total > MAX_UNPACKED_BYTES) return `it unpacks to more than ${MAX_UNPACKED_BYTES / 1024 / 1024} MB (a ledger is under 1 MB)`;
    entries.push(entry);
    at += 46 + zip.readUInt16LE(at + 28) + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  for (const e of entries) {
    if (e.local + 30 > zip.length || zip.readUInt32LE(e.local) !== LOCAL) return 'a damaged zip archive';
    const start = e.local + 30 + zip.readUInt16LE(e.local + 26) + zip.readUInt16LE(e.local + 28);
    const data = zip.subarray(start, start + e.compressed);
    if (e.method === 0 ? data.length !== e.size : e.method !== 8 || !inflatesTo(data, e.size)) return 'its parts are larger than the archive declares';
  }
  return undefined;
}

/** The end-of-central-directory record: in the last 64 KiB + 22 bytes (its comment may be that long). */
function findEnd(zip: Buffer): number | undefined {
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 0xffff); at--) if (zip.readUInt32LE(at) === END) return at;
  return undefined;
}

function inflatesTo(data: Buffer, size: number): boolean {
  try {
    // Stops with an error as soon as the output would pass the declared size.
    return inflateRawSync(data, { maxOutputLength: Math.max(size, 1) }).length === size;
  } catch {
    return false;
  }
}
