// Parses YAML text, and finds where its nodes stand. js-yaml reads plans several times faster than the
// yaml package's document API, which builds a node tree with ranges for every scalar (measured in the
// README): one parser gives the data, and the same parser, listened to, gives positions.
import { CORE_SCHEMA, load, YAMLException, type LoadOptions } from 'js-yaml';
import { finding, type Finding, type Pointer, type Position } from '../findings.js';

/** The YAML 1.2 core schema: no timestamps (a date stays the text 2021-06-30), no merge keys, no custom
 * tags. js-yaml 4.3 also takes a nesting limit, which its types do not declare yet. */
const OPTIONS = { schema: CORE_SCHEMA, maxDepth: 64 } as LoadOptions;

/** What js-yaml's listener is shown of the parser's state (its types omit depth). */
interface ParserState {
  position: number;
  result: unknown;
  depth: number;
}

/** YAML text of a value, for the files plancheck writes (draft plans): from the same lazily loaded file. */
export { stringify } from 'yaml';

export interface Parsed {
  data?: unknown;
  /** Where each task's id stands, flat: [line, column, line, column, …]; CI annotations point there. */
  taskLines: number[];
  findings: Finding[];
}

/** A node as the parser opened and closed it: where it began, and what it became. */
interface Frame {
  at: number;
  value?: unknown;
  children: Frame[];
}

/** Parses the text; with `depth`, records the nodes down to that depth for `locate`. */
function parse(file: string, text: string, depth: number): { data?: unknown; root: Frame; error?: Finding } {
  const root: Frame = { at: 0, children: [] };
  const stack: Frame[] = [root];
  const listener = (event: 'open' | 'close', state: ParserState) => {
    if (state.depth > depth) return;
    if (event === 'open') {
      const frame: Frame = { at: state.position, children: [] };
      (stack[stack.length - 1] as Frame).children.push(frame);
      stack.push(frame);
    } else (stack.pop() as Frame).value = state.result;
  };
  try {
    const data = load(text, { ...OPTIONS, listener: listener as unknown as LoadOptions['listener'] });
    // Without an anchor (&name) there is no alias to expand.
    return text.includes('&') && expands(data, text.length) ? { root, error: finding('YAML_SYNTAX', { subject: 'ALIAS_COUNT' }, { file, line: 1, column: 1 }) } : { data, root };
  } catch (e) {
    if (!(e instanceof YAMLException)) throw e;
    // A few errors (two documents in one file) have no mark: they are about the file as a whole.
    const at = e.mark ? { file, line: e.mark.line + 1, column: e.mark.column + 1 } : { file, line: 1, column: 1 };
    return { root, error: finding('YAML_SYNTAX', { detail: e.reason }, at) };
  }
}

/** Whether aliases make the data larger than any text of this length could write out: an alias bomb,
 * which every later pass (schema validation, JSON) would walk exponentially. A file without aliases has
 * at most a node per character. Shared nodes are counted once per path, by memo, in linear time. */
function expands(data: unknown, chars: number): boolean {
  const sizes = new Map<object, number>();
  const size = (v: unknown): number => {
    if (v === null || typeof v !== 'object') return 1;
    const known = sizes.get(v);
    if (known !== undefined) return known;
    let n = 1;
    for (const child of Object.values(v)) n = Math.min(n + size(child), Number.MAX_SAFE_INTEGER);
    sizes.set(v, n);
    return n;
  };
  return size(data) > 2 * chars + 16;
}

/** The text, parsed: its data, its task lines, or its syntax error at the place the parser stopped. */
export function parseYamlText(file: string, text: string): Parsed {
  // A plan's task ids stand at depth 4 (document, tasks, task, id).
  const { data, root, error } = parse(file, text, 4);
  if (error) return { taskLines: [], findings: [error] };
  const position = positions(file, text);
  const tasks = (data as { tasks?: unknown } | null)?.tasks;
  const taskLines = Array.isArray(tasks)
    ? tasks.flatMap((_, i) => {
      const { line, column } = position(frameAt(root, data, ['tasks', i, 'id'], false));
      return [line, column];
    })
    : [];
  return { data, taskLines, findings: [] };
}

/** Where each pointer of a parsed text stands. */
export function locator(file: string, text: string): (pointer: Pointer) => Position {
  const { data, root } = parse(file, text, Infinity);
  const position = positions(file, text);
  return ({ path, key }) => position(frameAt(root, data, path, key ?? false));
}

/** The node at `path` (or its key), else the nearest node above it that was found. */
function frameAt(root: Frame, data: unknown, path: ReadonlyArray<string | number>, key: boolean): Frame {
  // A collection may be opened twice, one node inside the other (a flow mapping as a block sequence's item).
  const unwrap = (f: Frame): Frame => {
    let inner = f;
    while (inner.children.length === 1 && inner.children[0]?.value === inner.value && typeof inner.value === 'object') inner = inner.children[0] as Frame;
    return inner;
  };
  let frame = unwrap(root.children[0] ?? root);
  let value = data;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i] as string | number;
    const children = frame.children;
    let next: Frame | undefined;
    if (Array.isArray(value)) next = children.length === value.length ? children[segment as number] : undefined;
    else if (value !== null && typeof value === 'object') next = entryFrame(children, String(segment), (value as Record<string, unknown>)[segment], key && i === path.length - 1);
    if (!next) break;
    frame = unwrap(next);
    value = (value as Record<string | number, unknown>)[segment];
  }
  return frame;
}

/** In a mapping's children (its keys and values in turn, but an empty value opens no node), the frame
 * of a key's value, or of the key itself. */
function entryFrame(children: Frame[], name: string, value: unknown, wantKey: boolean): Frame | undefined {
  let keyFrame: Frame | undefined;
  for (let k = 0; k < children.length; k++) {
    const child = children[k] as Frame;
    if (child.value !== name) continue;
    keyFrame ??= child;
    const after = children[k + 1];
    // An empty value points at its key: its node would point past the line end.
    if (after && after.value === value) return wantKey || value === null ? child : after;
  }
  return keyFrame;
}

/** Offsets to 1-based line and column, the node's own text found past the spaces, line ends and
 * comments that the parser had not yet skipped when it opened the node. */
function positions(file: string, text: string): (frame: Frame) => Position {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return ({ at }) => {
    let p = at;
    for (;;) {
      const c = text[p];
      if (c === ' ' || c === '\t' || c === '\n' || c === '\r') p++;
      else if (c === '#') p = text.indexOf('\n', p) === -1 ? text.length : text.indexOf('\n', p);
      else break;
    }
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] as number) <= p) lo = mid;
      else hi = mid - 1;
    }
    return { file, line: lo + 1, column: p - (starts[lo] as number) + 1 };
  };
}
