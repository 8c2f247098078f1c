// Words of the views, per language. Both languages have every key: the compiler says when one lacks it.
import type { State } from '../engine/evaluate.js';
import type { TargetState } from '../engine/targets.js';
import type { Kind } from '../dates/phrase.js';

export type Lang = 'en' | 'zh';

export interface Labels {
  state: Record<State, string>;
  target: Record<TargetState, string>;
  kind: Record<Kind, string>;
  role: { lead: string; support: string; responsible: string };
  head: {
    task: string; title: string; plan: string; units: string; deadline: string; state: string; note: string;
    phrase: string; done: string; source: string; milestones: string;
  };
  daysLate: (n: number) => string;
  daysLeft: (n: number) => string;
  extended: (original: string) => string;
  disagree: string;
  /** A deadline before the plan's issue date. */
  beforeIssue: string;
  /** A plan not yet issued on the as-of date. */
  notIssued: (asOf: string) => string;
  none: string;
}

export const LABELS: Record<Lang, Labels> = {
  en: {
    state: {
      'overdue': 'overdue', 'soft-missed': 'soft target missed', 'due-soon': 'due soon', 'upcoming': 'upcoming',
      'in-force': 'in force', 'no-fixed-date': 'no fixed date', 'done-on-time': 'done on time', 'done-late': 'done late', 'waived': 'waived',
    },
    target: { 'met': 'met', 'not-met': 'not met', 'no-data': 'no data', 'no-value': 'no value in the plan' },
    kind: {
      by: 'by', from: 'from', window: 'window', recurring: 'recurring', ongoing: 'ongoing', soft: 'soft (力争)', unspecified: 'unspecified', done: 'done when issued',
    },
    role: { lead: 'lead', support: 'support', responsible: 'responsible' },
    head: {
      task: 'Task', title: 'Title', plan: 'Plan', units: 'Units', deadline: 'Deadline', state: 'State', note: 'Note',
      phrase: 'Phrase', done: 'Done', source: 'Source', milestones: 'Milestones',
    },
    daysLate: (n) => `${n} d late`,
    daysLeft: (n) => `${n} d left`,
    extended: (original) => `extended; planned ${original}`,
    disagree: 'body and annex differ',
    beforeIssue: 'due before the plan was issued',
    notIssued: (asOf) => `the plan was not yet issued on ${asOf}: counted in no view`,
    none: 'nothing matches',
  },
  zh: {
    state: {
      'overdue': '逾期未完成', 'soft-missed': '力争目标未达成', 'due-soon': '即将到期', 'upcoming': '未到期',
      'in-force': '执行中', 'no-fixed-date': '无明确时限', 'done-on-time': '按期完成', 'done-late': '逾期完成', 'waived': '已免除',
    },
    target: { 'met': '达标', 'not-met': '未达标', 'no-data': '无数据', 'no-value': '计划未列目标值' },
    kind: {
      by: '限期', from: '起执行', window: '时段', recurring: '定期', ongoing: '长期', soft: '力争', unspecified: '未定时限', done: '印发时已完成',
    },
    role: { lead: '牵头', support: '配合', responsible: '责任' },
    head: {
      task: '任务', title: '标题', plan: '计划', units: '责任单位', deadline: '完成时限', state: '状态', note: '说明',
      phrase: '原文时限', done: '完成日期', source: '出处', milestones: '节点',
    },
    daysLate: (n) => `逾期${n}天`,
    daysLeft: (n) => `剩余${n}天`,
    extended: (original) => `已延期，原定${original}`,
    disagree: '正文与附件不一致',
    beforeIssue: '期限早于印发日',
    notIssued: (asOf) => `截至${asOf}计划尚未印发，不计入统计`,
    none: '没有符合条件的任务',
  },
};
