// A loaded YAML file: its data, and pointers into it for findings. Positions (line:column) are
// worked out only when a finding is printed (load/positions.ts), so a run that finds nothing never
// parses YAML it has in its cache.
import type { Pointer, Position } from '../findings.js';

export type PathSegment = string | number;
/** A place in a file without its name: kept so for every task, as a hundred thousand objects would cost. */
export type LineColumn = [line: number, column: number];

export interface YamlFile {
  file: string;
  data: unknown;
  /** Where each task's id stands (plans only): the line CI annotations point at. */
  taskLines: LineColumn[];
  taskLine(index: number): Position | undefined;
  at(path: readonly PathSegment[]): Pointer;
  atKey(path: readonly PathSegment[]): Pointer;
}

export function yamlFile(file: string, data: unknown, taskLines: LineColumn[] = []): YamlFile {
  return {
    file,
    data,
    taskLines,
    taskLine: (index) => {
      const at = taskLines[index];
      return at && { file, line: at[0], column: at[1] };
    },
    at: (path) => ({ file, path: [...path] }),
    atKey: (path) => ({ file, path: [...path], key: true }),
  };
}
