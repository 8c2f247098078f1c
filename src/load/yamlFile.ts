// A loaded YAML file: its data, and pointers into it for findings. Positions (line:column) are
// worked out only when a finding is printed (load/positions.ts), except where each task's id stands,
// which the parse records (CI annotations point there for every failing task).
import type { Pointer, Position } from '../findings.js';

export type PathSegment = string | number;
/** Where each task's id stands, flat: [line, column, line, column, …]. A hundred thousand tasks are
 * one array of numbers, not a hundred thousand objects to parse and keep. */
export type TaskLines = number[];

export interface YamlFile {
  file: string;
  data: unknown;
  /** Where each task's id stands (plans only): the line CI annotations point at. */
  taskLines: TaskLines;
  /** Where task `index`'s id stands (the file's top if it was not recorded). */
  taskLine(index: number): Position;
  at(path: readonly PathSegment[]): Pointer;
  atKey(path: readonly PathSegment[]): Pointer;
}

export function yamlFile(file: string, data: unknown, taskLines: TaskLines = []): YamlFile {
  return {
    file,
    data,
    taskLines,
    taskLine: (index) => {
      const line = taskLines[2 * index];
      const column = taskLines[2 * index + 1];
      return line === undefined || column === undefined ? { file, line: 1, column: 1 } : { file, line, column };
    },
    at: (path) => ({ file, path: [...path] }),
    atKey: (path) => ({ file, path: [...path], key: true }),
  };
}
