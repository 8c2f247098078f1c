// Words of the views, per language. Both languages have every key: the compiler says when one lacks it.
import type { State } from '../engine/evaluate.js';
import type { TargetState } from '../engine/targets.js';
import type { Period } from '../dates/calendar.js';
import type { Kind } from '../dates/phrase.js';
import type { Category } from '../model.js';

export type Lang = 'en' | 'zh';

export interface Labels {
  state: Record<State, string>;
  target: Record<TargetState, string>;
  kind: Record<Kind, string>;
  role: { lead: string; support: string; responsible: string };
  /** A plan's field, as the circular and the ledger name it. */
  category: Record<Category, string>;
  head: {
    task: string; title: string; plan: string; units: string; deadline: string; state: string; note: string;
    phrase: string; done: string; source: string; milestones: string;
  };
  daysLate: (n: number) => string;
  daysLeft: (n: number) => string;
  extended: (original: string) => string;
  /** Where a reported completion stands with the office (办结销号). */
  review: { head: string; sentBackTag: string; reported: (days: number) => string; reportedOn: (date: string) => string; signedOff: (date: string) => string; sentBack: (date: string, reason: string) => string };
  /** Beside an extended deadline in a table: the planned date, short, in the language's brackets (as paren). */
  was: (original: string) => string;
  disagree: string;
  /** A deadline before the plan's issue date. */
  beforeIssue: string;
  /** A plan not yet issued on the as-of date. */
  notIssued: (asOf: string) => string;
  none: string;
  /** Between the names of a list, and between phrases. */
  sep: string;
  phraseSep: string;
  /** Between a task's title and what one of its milestones is. */
  titleSep: string;
  /** After a label: "source: …", "出处：…". */
  colon: string;
  /** Between the parts of a remark: "(date, annex row 9)", "（时限，附件第9行）". */
  comma: string;
  /** Under a table with a disagreement marked *. */
  disagreeHint: string;
  /** A list cut to its first item, in a table. */
  more: (first: string, total: number) => string;
  /** A remark after a text, in the language's brackets: ` (…)` or `（…）`. */
  paren: (s: string) => string;
  /** A list cut to its first few, in a chat message: those shown, how many in all, how many left out. */
  several: (shown: string, total: number, rest: number) => string;
  /** The units that support, after the leading ones. */
  supporting: (list: string) => string;
  tasks: (n: number) => string;
  group: { county: string; category: string; unit: string };
  bar: string;
  checked: (n: number, asOf: string, failing: number, warnings: number) => string;
  moreFindings: (n: number) => string;
  /** What each rule of check's SARIF output is about. */
  rule: Record<'TASK_OVERDUE' | 'TASK_DUE_SOON' | 'TASK_SOFT_MISSED', string>;
  /** show's words. */
  detail: {
    body: string; annex: string; from: (day: string) => string; due: string; every: Record<Period, string>; byDay: (day: number) => string; note: string;
    entry: Record<'done' | 'in-progress' | 'not-started' | 'blocked' | 'waived', string>;
    comparison: Record<'lte' | 'lt' | 'gte' | 'gt' | 'eq' | 'class-or-better', string>;
    field: Record<'date' | 'units' | 'text' | 'scope', string>;
  };
}

export const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

export const LABELS: Record<Lang, Labels> = {
  en: {
    state: {
      'overdue': 'overdue', 'soft-missed': 'soft target missed', 'due-soon': 'due soon', 'upcoming': 'upcoming',
      'in-force': 'in force', 'no-fixed-date': 'no fixed date', 'done-on-time': 'done on time', 'done-late': 'done late', 'waived': 'waived',
    },
    target: { 'met': 'met', 'not-met': 'not met', 'no-data': 'no data', 'no-value': 'no value in the plan' },
    kind: {
      by: 'by', from: 'from', window: 'window', recurring: 'recurring', ongoing: 'ongoing', soft: 'soft target', unspecified: 'no fixed date', done: 'done when issued',
    },
    role: { lead: 'lead', support: 'support', responsible: 'responsible' },
    category: { air: 'air', water: 'water', soil: 'soil', groundwater: 'groundwater', eco: 'eco-civilization' },
    head: {
      task: 'Task', title: 'Title', plan: 'Plan', units: 'Units', deadline: 'Deadline', state: 'State', note: 'Note',
      phrase: 'Phrase', done: 'Done', source: 'Source', milestones: 'Milestones',
    },
    daysLate: (n) => `${plural(n, 'day')} late`,
    daysLeft: (n) => `${plural(n, 'day')} left`,
    extended: (original) => `extended; planned ${original}`,
    review: {
      head: 'Sign-off',
      sentBackTag: ' (sent back)',
      reportedOn: (date) => `reported by the unit ${date}, waiting for sign-off`,
      reported: (days) => `reported by the unit, waiting ${plural(days, 'day')} for sign-off`,
      signedOff: (date) => `signed off ${date}`,
      sentBack: (date, reason) => `sent back ${date}: ${reason}`,
    },
    was: (original) => ` (was ${original})`,
    disagree: 'body and annex differ',
    beforeIssue: 'due before the plan was issued',
    notIssued: (asOf) => `the plan was not yet issued on ${asOf}: counted in no view`,
    none: 'nothing matches',
    sep: ', ',
    phraseSep: '; ',
    titleSep: ': ',
    colon: ': ',
    comma: ', ',
    disagreeHint: '* body and annex differ: plancheck show <task id>',
    more: (first, total) => `${first} +${total - 1}`,
    paren: (s) => ` (${s})`,
    several: (shown, _total, rest) => `${shown} +${rest}`,
    supporting: (list) => ` (support: ${list})`,
    tasks: (n) => plural(n, 'task'),
    group: { county: 'County', category: 'Category', unit: 'Unit' },
    bar: 'done █ late ▓ open ░',
    checked: (n, asOf, failing, warnings) => `${plural(n, 'milestone')} checked as of ${asOf}: ${failing} failing, ${plural(warnings, 'warning')}`,
    moreFindings: (n) => `… and ${n} more (--limit 0 shows all; --format json, junit, sarif or github always list all)`,
    rule: {
      TASK_OVERDUE: 'A task milestone is past its deadline and not done.',
      TASK_DUE_SOON: 'A task milestone falls due within the warning window.',
      TASK_SOFT_MISSED: 'A soft (力争) target date was missed.',
    },
    detail: {
      body: 'body', annex: 'annex', from: (day) => `from ${day}`, due: 'due', every: { month: 'every month', 'two-months': 'every two months', quarter: 'every quarter', year: 'every year' }, byDay: (day) => `by day ${day}`, note: 'note',
      entry: { 'done': 'done', 'in-progress': 'in progress', 'not-started': 'not started', 'blocked': 'blocked', 'waived': 'waived' },
      comparison: { 'lte': '≤', 'lt': '<', 'gte': '≥', 'gt': '>', 'eq': '=', 'class-or-better': 'class or better than' },
      field: { date: 'date', units: 'units', text: 'text', scope: 'scope' },
    },
  },
  zh: {
    state: {
      'overdue': '逾期未完成', 'soft-missed': '力争目标未达成', 'due-soon': '即将到期', 'upcoming': '未到期',
      'in-force': '执行中', 'no-fixed-date': '无明确时限', 'done-on-time': '按期完成', 'done-late': '逾期完成', 'waived': '已免除',
    },
    target: { 'met': '达标', 'not-met': '未达标', 'no-data': '无数据', 'no-value': '计划未列目标值' },
    kind: {
      by: '限期', from: '起执行', window: '时段', recurring: '定期', ongoing: '长期', soft: '力争', unspecified: '无明确时限', done: '印发时已完成',
    },
    role: { lead: '牵头', support: '配合', responsible: '责任' },
    category: { air: '大气', water: '水', soil: '土壤', groundwater: '地下水', eco: '生态文明' },
    head: {
      task: '任务', title: '标题', plan: '计划', units: '责任单位', deadline: '完成时限', state: '状态', note: '说明',
      phrase: '原文时限', done: '完成日期', source: '出处', milestones: '节点',
    },
    daysLate: (n) => `逾期${n}天`,
    daysLeft: (n) => `剩余${n}天`,
    extended: (original) => `已延期，原定${original}`,
    review: {
      head: '核实情况',
      sentBackTag: '（已退回）',
      reportedOn: (date) => `单位于${date}报完成，待核实`,
      reported: (days) => `单位报完成，待核实${days}天`,
      signedOff: (date) => `已核实销号（${date}）`,
      sentBack: (date, reason) => `已退回（${date}）：${reason}`,
    },
    was: (original) => `（原定${original}）`,
    disagree: '正文与附件不一致',
    beforeIssue: '期限早于印发日',
    notIssued: (asOf) => `截至${asOf}计划尚未印发，不计入统计`,
    none: '没有符合条件的任务',
    sep: '、',
    phraseSep: '；',
    titleSep: '：',
    colon: '：',
    comma: '，',
    disagreeHint: '* 正文与附件不一致：plancheck show <任务编号>',
    more: (first, total) => `${first}等${total}个`,
    paren: (s) => `（${s}）`,
    several: (shown, total) => `${shown} 等${total}个`,
    supporting: (list) => `（配合：${list}）`,
    tasks: (n) => `共${n}项任务`,
    group: { county: '县', category: '类别', unit: '责任单位' },
    bar: '完成█ 逾期▓ 未完成░',
    checked: (n, asOf, failing, warnings) => `截至${asOf}共检查${n}个节点：${failing}个不通过，${warnings}个预警`,
    moreFindings: (n) => `……另有${n}条（--limit 0 显示全部；--format json、junit、sarif、github 总是列出全部）`,
    rule: {
      TASK_OVERDUE: '任务节点已过完成时限，尚未完成。',
      TASK_DUE_SOON: '任务节点即将到期（在预警天数内）。',
      TASK_SOFT_MISSED: '未达力争完成时限。',
    },
    detail: {
      body: '正文', annex: '附件', from: (day) => `${day}起`, due: '到期', every: { month: '每月', 'two-months': '每两月', quarter: '每季度', year: '每年' }, byDay: (day) => `${day}日前`, note: '备注',
      entry: { 'done': '已完成', 'in-progress': '进行中', 'not-started': '未开始', 'blocked': '受阻', 'waived': '已免除' },
      comparison: { 'lte': '≤', 'lt': '<', 'gte': '≥', 'gt': '>', 'eq': '=', 'class-or-better': '达到或优于' },
      field: { date: '时限', units: '责任单位', text: '内容', scope: '范围' },
    },
  },
};
