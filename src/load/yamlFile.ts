// Parses a YAML file the user wrote, keeping positions so every later finding can name file:line:column.
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { finding, type Finding, type Position } from '../findings.js';

export type PathSegment = string | number;

export interface YamlFile {
  file: string;
  data: unknown;
  /** Position of the value at a path, or of its nearest ancestor that exists. */
  locate(path: readonly PathSegment[]): Position;
  /** Position of the key of the last path segment (for an unknown or misplaced field). */
  locateKey(path: readonly PathSegment[]): Position;
}

/** Aliases beyond this count are an alias bomb, not a plan. */
const MAX_ALIASES = 200;

export function parseYamlText(file: string, raw: string): { yaml?: YamlFile; findings: Finding[] } {
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true });
  const pos = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { file, line, column: col };
  };
  // After the first syntax error the parser's further errors are mostly its consequences: one message.
  const [first] = doc.errors;
  if (first) return { findings: [finding('YAML_SYNTAX', { detail: firstLine(first.message), subject: first.code }, pos(first.pos[0]))] };
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (e) {
    return { findings: [finding('YAML_SYNTAX', { detail: firstLine((e as Error).message), subject: 'ALIAS_COUNT' }, pos(0))] };
  }
  const nodeAt = (path: readonly PathSegment[]): Node | undefined => {
    for (let n = path.length; n >= 0; n--) {
      const node = doc.getIn(path.slice(0, n), true) as Node | undefined;
      if (node && (isScalar(node) || isMap(node) || isSeq(node)) && node.range) return node;
    }
    return undefined;
  };
  return {
    findings: [],
    yaml: {
      file,
      data,
      locate: (path) => pos(nodeAt(path)?.range?.[0] ?? 0),
      locateKey: (path) => {
        const parent = doc.getIn(path.slice(0, -1), true) as Node | undefined;
        if (isMap(parent)) {
          const pair = parent.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === path[path.length - 1]);
          if (pair && isScalar(pair.key) && pair.key.range) return pos(pair.key.range[0]);
        }
        return pos(nodeAt(path)?.range?.[0] ?? 0);
      },
    },
  };
}

const firstLine = (s: string): string => s.split('\n')[0] ?? s;

