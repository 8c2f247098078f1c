// A loaded YAML file: its data, and pointers into it for findings. Positions (line:column) are
// worked out only when a finding is printed (load/positions.ts), so a run that finds nothing never
// parses YAML it has in its cache.
import type { Pointer, Position } from '../findings.js';

export type PathSegment = string | number;

export interface YamlFile {
  file: string;
  data: unknown;
  /** Where each task's id stands (plans only): the line CI annotations point at. */
  taskLines: Position[];
  at(path: readonly PathSegment[]): Pointer;
  atKey(path: readonly PathSegment[]): Pointer;
}

export function yamlFile(file: string, data: unknown, taskLines: Position[] = []): YamlFile {
  return {
    file,
    data,
    taskLines,
    at: (path) => ({ file, path: [...path] }),
    atKey: (path) => ({ file, path: [...path], key: true }),
  };
}
