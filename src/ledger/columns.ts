// The task ledger's columns (任务台账), defined once: header, width, kind and who fills each. The
// writers (xlsx, csv) lay them out; the reader finds them again by their headers, wherever a unit has
// moved them.
import type { Entry } from '../model.js';

export type ColumnId =
  | 'seq' | 'plan' | 'ref' | 'text' | 'node' | 'lead' | 'support' | 'contact' | 'deadline' | 'state'
  | 'progress' | 'result' | 'date' | 'evidence' | 'document' | 'link' | 'verdict' | 'key';

export interface Column {
  id: ColumnId;
  header: string;
  /** Width in Excel's character units (a Chinese character takes two). */
  width: number;
  /** long: wrapped text; date: a date cell; choice: a drop-down of RESULTS; key: the hidden row key. */
  kind: 'text' | 'long' | 'number' | 'date' | 'choice' | 'key';
  /** plancheck's columns are locked; the unit fills its own; the office's (核实情况) is plancheck's in a
   * unit's ledger and the office's to fill in its own copy, the only one import reads it from (--office). */
  by: 'plancheck' | 'unit' | 'office';
  /** Only in an office's ledger for every unit (a unit's own ledger has its contact in the title). */
  officeOnly?: true;
}

export const COLUMNS: readonly Column[] = [
  { id: 'seq', header: '序号', width: 5, kind: 'number', by: 'plancheck' },
  { id: 'plan', header: '计划', width: 9, kind: 'long', by: 'plancheck' },
  { id: 'ref', header: '条目', width: 10, kind: 'long', by: 'plancheck' },
  { id: 'text', header: '任务内容', width: 34, kind: 'long', by: 'plancheck' },
  { id: 'node', header: '节点', width: 16, kind: 'long', by: 'plancheck' },
  { id: 'lead', header: '牵头/责任单位', width: 14, kind: 'long', by: 'plancheck' },
  { id: 'support', header: '配合单位', width: 10, kind: 'long', by: 'plancheck' },
  { id: 'contact', header: '联系人', width: 14, kind: 'long', by: 'plancheck', officeOnly: true },
  { id: 'deadline', header: '完成时限', width: 11, kind: 'date', by: 'plancheck' },
  { id: 'state', header: '当前状态', width: 11, kind: 'long', by: 'plancheck' },
  { id: 'progress', header: '进展情况', width: 22, kind: 'long', by: 'unit' },
  { id: 'result', header: '完成情况', width: 10, kind: 'choice', by: 'unit' },
  { id: 'date', header: '完成日期', width: 11, kind: 'date', by: 'unit' },
  { id: 'evidence', header: '佐证材料', width: 16, kind: 'long', by: 'unit' },
  { id: 'document', header: '佐证文号', width: 12, kind: 'long', by: 'unit' },
  { id: 'link', header: '链接', width: 10, kind: 'long', by: 'unit' },
  { id: 'verdict', header: '核实情况', width: 16, kind: 'long', by: 'office' },
  { id: 'key', header: 'plancheck键（勿改）', width: 8, kind: 'key', by: 'plancheck' },
];

export const columnsFor = (office: boolean): Column[] => COLUMNS.filter((c) => office || !c.officeOnly);
export const column = (id: ColumnId): Column => COLUMNS.find((c) => c.id === id) as Column;

/** The choices of 完成情况 and the status entry each makes. An extension requested is progress, not an
 * extension: that takes an approving document (plancheck extend). */
export const RESULTS: Record<string, { state: Entry['state']; note?: string }> = {
  已完成: { state: 'done' },
  推进中: { state: 'in-progress' },
  未开始: { state: 'not-started' },
  受阻: { state: 'blocked' },
  申请延期: { state: 'in-progress', note: '申请延期' },
};
