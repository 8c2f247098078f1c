// The one writer of status files: under the file's lock, it reads the file as it stands, lets the caller
// decide what to add, appends that with yaml's Document API (comments, order, quoting and flow or block
// style of what is there are kept; so are a byte-order mark and CRLF line ends), checks the result
// against the schema and writes it atomically. A writer killed at any point leaves the old file whole.
import { existsSync } from 'node:fs';
import type * as Yaml from 'yaml';
import { InputError, OutputError } from '../errors.js';
import type { Entry, Extension, Measurement, StatusFile, Verdict } from '../model.js';
import { writeAtomic } from '../io/writeAtomic.js';
import { fileOutputPath } from '../io/writeOutput.js';
import { errorCode, readText } from '../load/readText.js';
import { yamlFile } from '../load/yamlFile.js';
import { requireLibrary } from '../lazyLibrary.js';
import { validateSchema } from '../validate/schema.js';
import { withLock, type LockOptions } from './lock.js';

export interface Additions {
  entries: Entry[];
  measurements: Measurement[];
  extensions: Extension[];
  verdicts: Verdict[];
}

export const noAdditions = (): Additions => ({ entries: [], measurements: [], extensions: [], verdicts: [] });
const isEmpty = (add: Additions): boolean => Object.values(add).every((list) => list.length === 0);

const HEADER = '# Status of the plans: what was done, when, with what evidence. plancheck mark, extend and import\n# append to this file and keep its comments.\n';

/** The file's data as it stands (or an empty status file), refused if it does not parse or fit the schema. */
async function readStatus(file: string): Promise<{ text?: string; data: StatusFile }> {
  if (!existsSync(file)) return { data: {} };
  const read = readText(file);
  if (read.text === undefined) throw new InputError(read.findings);
  const { text } = read;
  const { parseYamlText } = await import('../load/parseYaml.js');
  const parsed = parseYamlText(file, text);
  const findings = parsed.findings.length ? parsed.findings : await validateSchema('status', yamlFile(file, parsed.data));
  if (findings.length) throw new InputError(findings);
  return { text, data: (parsed.data ?? {}) as StatusFile };
}

/** The additions as YAML list items at an indentation, each a flow mapping where the list's items are. */
function itemsText(Y: typeof Yaml, items: object[], indent: number, flow: boolean): string {
  const doc = new Y.Document(items);
  if (flow && Y.isSeq(doc.contents)) for (const node of doc.contents.items) if (Y.isMap(node)) node.flow = true;
  return doc.toString({ lineWidth: 0 }).replace(/^(?=.)/gm, ' '.repeat(indent));
}

/** Items as they are written to a status file, for showing what was added. */
export const yamlItems = (items: object[]): string => itemsText(requireLibrary<typeof Yaml>('yaml'), items, 2, false);

/** The text with the additions appended to their lists. What is there is kept byte for byte: the new
 * items are inserted after each list's last item, in its indentation and style (block, or flow mappings);
 * a list that does not exist yet is added at the end. Only an empty flow list (entries: []) makes the
 * whole document be written out again by the yaml library. */
export function appendToText(text: string | undefined, add: Additions): string {
  const Y = requireLibrary<typeof Yaml>('yaml');
  const bom = text?.startsWith('\ufeff') ? '\ufeff' : '';
  let body = text === undefined || text.trim() === '' ? HEADER : text.slice(bom.length);
  const eol = body.includes('\r\n') ? '\r\n' : '\n';
  const doc = Y.parseDocument(body);
  const inserts: Array<{ at: number; text: string }> = [];
  let tail = '';
  let rewrite = false;
  for (const [key, items] of Object.entries(add) as Array<[keyof Additions, object[]]>) {
    if (items.length === 0) continue;
    const list = doc.get(key, true);
    if (Y.isSeq(list) && !list.flow && list.items.length > 0 && list.range) {
      const [start, end] = list.range;
      const last = list.items[list.items.length - 1];
      const at = body.lastIndexOf('\n', start - 1) + 1;
      inserts.push({ at: end, text: (body[end - 1] === '\n' ? '' : eol) + itemsText(Y, items, start - at, Y.isMap(last) && last.flow === true) });
    } else if (list === undefined) {
      tail += `${key}:${eol}${itemsText(Y, items, 2, false)}`;
    } else {
      const seq = Y.isSeq(list) ? list : doc.createNode([]);
      for (const item of items) seq.items.push(doc.createNode(item));
      seq.flow = false;
      doc.set(key, seq);
      rewrite = true;
    }
  }
  if (rewrite) body = doc.toString({ lineWidth: 0 });
  else for (const { at, text: inserted } of inserts.sort((a, b) => b.at - a.at)) body = body.slice(0, at) + inserted + body.slice(at);
  if (tail) body += (body.endsWith('\n') ? '' : eol) + tail;
  return bom + (eol === '\r\n' ? body.replace(/\r?\n/g, '\r\n') : body);
}

export interface WriteOptions {
  /** Decide and report, but write nothing (and take no lock). */
  dryRun?: boolean;
  lock?: LockOptions;
  /** The project: a link named as the status file may lead only inside it (default: the working folder). */
  cwd?: string;
}

/** Reads the status file under its lock, asks decide what to add, appends it and writes the file once. */
export async function updateStatus<T>(named: string, decide: (current: StatusFile) => { add: Additions; result: T }, { dryRun = false, lock, cwd }: WriteOptions = {}): Promise<T> {
  // A link is written through to the regular file it leads to (inside the project), never replaced.
  const file = fileOutputPath(named, cwd);
  const run = async (): Promise<T> => {
    const { text, data } = await readStatus(file);
    const { add, result } = decide(data);
    if (dryRun || isEmpty(add)) return result;
    const next = appendToText(text, add);
    // What is written must read back as a valid status file: a bug here must not cost the office its file.
    const { parseYamlText } = await import('../load/parseYaml.js');
    const reread = parseYamlText(file, next);
    const problems = reread.findings.length ? reread.findings : await validateSchema('status', yamlFile(file, reread.data));
    if (problems.length) throw new Error(`internal: the status file written would not be valid (${problems.map((p) => p.args.subject ?? p.code).join(', ')})`);
    try {
      writeAtomic(file, next);
    } catch (e) {
      // A full disk, a read-only folder: one line and exit 2; the old file is whole.
      throw new OutputError(named, errorCode(e));
    }
    return result;
  };
  return dryRun ? run() : withLock(file, run, lock);
}
