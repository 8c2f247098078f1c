// Parses YAML text with the positions of its nodes. Loaded only when a file is not in the cache or a
// finding needs a line: the yaml library is the largest part of start-up.
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { finding, type Finding, type Pointer, type Position } from '../findings.js';
import type { PathSegment, TaskLines } from './yamlFile.js';

/** YAML text of a value, for the files plancheck writes (draft plans): from the same lazily loaded file. */
export { stringify } from 'yaml';

/** Aliases beyond this count are an alias bomb, not a plan. */
const MAX_ALIASES = 200;

export interface Parsed {
  data?: unknown;
  taskLines: TaskLines;
  findings: Finding[];
  locate: (pointer: Pointer) => Position;
}

const firstLine = (s: string): string => s.split('\n')[0] ?? s;

export function parseYamlText(file: string, raw: string): Parsed {
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true });
  const pos = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { file, line, column: col };
  };
  const locate = (pointer: Pointer): Position => locateIn(doc, pointer, pos);
  // After the first syntax error the parser's further errors are mostly its consequences: one message.
  const [first] = doc.errors;
  if (first) return { taskLines: [], locate, findings: [finding('YAML_SYNTAX', { detail: firstLine(first.message), subject: first.code }, pos(first.pos[0]))] };
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (e) {
    return { taskLines: [], locate, findings: [finding('YAML_SYNTAX', { detail: firstLine((e as Error).message), subject: 'ALIAS_COUNT' }, pos(0))] };
  }
  const tasks = Array.isArray((data as { tasks?: unknown })?.tasks) ? ((data as { tasks: unknown[] }).tasks) : [];
  const taskLines = tasks.flatMap((_, i) => {
    const { line, column } = locate({ file, path: ['tasks', i, 'id'] });
    return [line, column];
  });
  return { data, taskLines, locate, findings: [] };
}

function locateIn(doc: Document, { path, key }: Pointer, pos: (offset: number) => Position): Position {
  const nodeAt = (p: readonly PathSegment[]): Node | undefined => {
    for (let n = p.length; n >= 0; n--) {
      const node = doc.getIn(p.slice(0, n), true) as Node | undefined;
      if (node && (isScalar(node) || isMap(node) || isSeq(node)) && node.range) return node;
    }
    return undefined;
  };
  if (key) {
    const parent = doc.getIn(path.slice(0, -1), true) as Node | undefined;
    if (isMap(parent)) {
      const pair = parent.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === path[path.length - 1]);
      if (pair && isScalar(pair.key) && pair.key.range) return pos(pair.key.range[0]);
    }
  }
  return pos(nodeAt(path)?.range?.[0] ?? 0);
}
