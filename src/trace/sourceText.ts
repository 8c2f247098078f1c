// A source notice, searchable with the conversion's line breaks, page breaks, spaces and bold markers folded away.
export interface SourceText {
  file: string;
  lines: string[];
  /** The text without white space. */
  flat: string;
  /** For each character of flat, its line number (1-based) in the file. */
  lineOf: Uint32Array;
}

/** Without white space and the Markdown bold markers (**) the conversion added: neither is the notice's. */
export const fold = (s: string): string => s.replace(/\s+|\*\*/g, '');

export function indexSource(file: string, text: string): SourceText {
  const lines = text.split(/\r?\n/);
  let flat = '';
  const lineNumbers: number[] = [];
  lines.forEach((line, i) => {
    const folded = fold(line);
    flat += folded;
    for (let k = 0; k < folded.length; k++) lineNumbers.push(i + 1);
  });
  return { file, lines, flat, lineOf: Uint32Array.from(lineNumbers) };
}

export interface Passage {
  /** First and last line (1-based) of the passage in the source file. */
  from: number;
  to: number;
  text: string;
}

/** Where a verbatim text stands in the source, or undefined. */
export function findPassage(source: SourceText, text: string): Passage | undefined {
  const needle = fold(text);
  const at = needle ? source.flat.indexOf(needle) : -1;
  return at < 0 ? undefined : passageAt(source, at, needle.length);
}

/** The passage that matches the longest possible start of a text: where an editor looks for the difference. */
export function nearestPassage(source: SourceText, text: string): Passage {
  const needle = fold(text);
  let lo = 0;
  let hi = needle.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (source.flat.includes(needle.slice(0, mid))) lo = mid;
    else hi = mid - 1;
  }
  const at = lo > 0 ? source.flat.indexOf(needle.slice(0, lo)) : 0;
  return passageAt(source, at, Math.max(needle.length, lo + 1));
}

function passageAt(source: SourceText, at: number, length: number): Passage {
  const end = Math.min(at + length, source.flat.length) - 1;
  return { from: source.lineOf[at] ?? 1, to: source.lineOf[Math.max(end, at)] ?? 1, text: source.flat.slice(at, end + 1) };
}
