// Every word of the monthly circular, in Chinese and English (plan texts and unit names stay as written).
// Both languages have every key: the compiler says when one lacks it.
import type { TargetState } from '../../engine/targets.js';
import type { Category } from '../../model.js';
import { DUE_OUTCOMES, type CompletedFigures, type DueFigures, type DueOutcome } from '../../report/figures.js';
import type { Light, UnitRow } from '../../report/monthly.js';
import type { ReportingState } from '../../report/reporting.js';
import { LABELS } from '../../messages/labels.js';

export interface ReportWords {
  /** The title in pieces a line may break between and never inside (GB/T 9704: a title breaks between
   * words): the scope, the month, the name; one piece where the words have spaces to break at. */
  title: (scope: string, month: string, name?: string) => string[];
  allCounties: string;
  knownBy: (day: string) => string;
  judgedOn: (day: string) => string;
  exampleData: string;
  issue: (number: string) => string;
  sections: { figures: string; units: string; reporting: string; completed: string; overdue: string; warnings: (month: string) => string; targets: string };
  due: (f: DueFigures) => string;
  /** The outcomes of a count of milestones, those that happened (按期完成10项、逾期完成1项). */
  outcomes: (f: DueFigures) => string;
  completed: (f: CompletedFigures) => string;
  overdue: (total: number, fresh: number) => string;
  softMissed: (total: number, fresh: number) => string;
  undated: (inForce: number, noFixedDate: number) => string;
  notIssued: (plans: Array<{ title: string; number: string; date: string }>) => string;
  byCategory: string;
  categoryLine: (category: string, due: string) => string;
  category: Record<Category, string>;
  outcome: Record<DueOutcome, string>;
  /** The outcomes as column heads. */
  outcomeHead: Record<DueOutcome, string>;
  unitLine: (u: UnitRow) => string;
  unitHead: { unit: string; role: string; due: string; rate: string; overdue: string };
  role: { lead: string; support: string };
  rate: (r: number | undefined) => string;
  unitsNote: string;
  reportingIntro: (deadline: string, units: number) => string;
  reportingGroup: Record<ReportingState, (n: number) => string>;
  reportingUnit: (unit: string, open: number) => string;
  listTotal: (n: number) => string;
  softList: (n: number) => string;
  head: { ref: string; id: string; title: string; units: string; deadline: string; done: string; evidence: string; days: string; light: string; target: string; value: string; state: string; waited: string; sentBack: string; reason: string };
  /** Within the completed section: what waits for the office's sign-off, what it sent back this month. */
  signoff: { waiting: (n: number) => string; sentBack: (n: number) => string; waitedDays: (n: number) => string; noProof: string; signedOff: (day: string) => string };
  allLit: (light: string) => string;
  none: string;
  light: Record<Light, string>;
  /** A plan's way of referring to its own parts. */
  plan: Record<Category, string>;
  sectionRef: (sections: string[], item?: string) => string;
  countyRef: (county: string, where: string) => string;
  occurrence: (period: string) => string;
  annexRef: (label: string, row: string) => string;
  by: (day: string) => string;
  extended: (planned: string) => string;
  beforeIssue: string;
  disagree: string;
  days: (n: number) => string;
  doneLate: (n: number) => string;
  support: (names: string) => string;
  more: (shown: string, n: number) => string;
  listSep: string;
  fieldSep: string;
  colon: string;
  targetSummary: (counts: Record<TargetState, number>) => string;
  target: Record<TargetState, string>;
  measured: (value: string, day: string) => string;
  measuredList: (n: number) => string;
  chart: { units: string; categories: string; trend: string; rate: string };
  closingDefault: string;
}

const zhOutcomes = (f: DueFigures, order: readonly DueOutcome[], words: Record<DueOutcome, string>, sep: string, unit: string) =>
  order.filter((o) => o === 'onTime' || f[o] > 0).map((o) => `${words[o]}${f[o]}${unit}`).join(sep);

const ZH_OUTCOME: Record<DueOutcome, string> = { onTime: '按期完成', late: '逾期完成', overdue: '逾期未完成', softMissed: '力争目标未达成', notYetDue: '未到期', waived: '已免除' };
const EN_OUTCOME: Record<DueOutcome, string> = { onTime: 'done on time', late: 'done late', overdue: 'overdue', softMissed: 'soft target missed', notYetDue: 'not yet due', waived: 'waived' };

/** Chinese numerals of a plan's headings as figures, for English: 四 → 4, 十二 → 12. */
function arabic(zh: string): string {
  const digits = '一二三四五六七八九';
  return zh.replace(/[一二三四五六七八九十]+/g, (n) => {
    const [tens, ones] = n.includes('十') ? n.split('十') : ['', n];
    const value = (s: string | undefined, empty: number) => (s ? digits.indexOf(s) + 1 : empty);
    return String(n.includes('十') ? value(tens, 1) * 10 + value(ones, 0) : value(ones, 0));
  });
}

export const REPORT_WORDS: Record<'zh' | 'en', ReportWords> = {
  zh: {
    title: (scope, month, name) => [scope, month, name ?? '生态环境保护重点任务月调度通报'],
    allCounties: '各县',
    knownBy: (day) => `（截至${day}）`,
    judgedOn: (day) => `（统计日期${day}）`,
    exampleData: '【示例数据，非真实进展】',
    issue: (number) => number,
    sections: { figures: '一、本月总体情况', units: '二、各责任单位完成情况', reporting: '三、进展报送情况', completed: '四、本月完成事项', overdue: '五、逾期未完成事项', warnings: (m) => `六、下月到期事项（${m}）`, targets: '七、目标指标完成情况' },
    due: (f) => `本月到期${f.total}项：${REPORT_WORDS.zh.outcomes(f)}。`,
    outcomes: (f) => zhOutcomes(f, DUE_OUTCOMES, ZH_OUTCOME, '、', '项'),
    completed: (f) => `本月完成${f.total}项，其中本月到期${f.dueThisMonth}项、以前月份到期${f.dueEarlier}项${f.dueLater ? `、提前完成以后月份到期${f.dueLater}项` : ''}${f.undated ? `、无明确时限${f.undated}项` : ''}。`,
    overdue: (total, fresh) => `累计逾期未完成${total}项，其中本月新增${fresh}项。`,
    softMissed: (total, fresh) => `力争目标未达成${total}项${fresh ? `，其中本月新增${fresh}项` : ''}（力争事项不计入逾期未完成）。`,
    undated: (inForce, none) => `另有长期坚持或自某日起执行的事项${inForce}项、原文未规定完成时限的事项${none}项，不计入以上数字。`,
    notIssued: (plans) => `${plans.map((p) => `${p.title}（${p.number}，${p.date}印发）`).join('、')}截至本期尚未印发，不纳入统计。`,
    byCategory: '分领域情况：',
    categoryLine: (category, due) => `${category}领域${due}`,
    category: LABELS.zh.category,
    outcome: ZH_OUTCOME,
    outcomeHead: ZH_OUTCOME,
    unitLine: (u) => `${u.unit}${u.role === 'support' ? '（配合）' : ''}：本月到期${u.due.total}项${u.due.total ? `，${zhOutcomes(u.due, DUE_OUTCOMES, ZH_OUTCOME, '，', '项')}` : ''}；累计逾期${u.overdue}项。`,
    unitHead: { unit: '责任单位', role: '角色', due: '本月到期', rate: '按期完成率', overdue: '累计逾期' },
    role: { lead: '牵头/责任', support: '配合' },
    rate: (r) => (r === undefined ? '-' : `${Math.round(r * 100)}%`),
    unitsNote: '按按期完成率排序；一项任务有多个责任单位的，分别计入各单位。',
    reportingIntro: (deadline, units) => `各责任单位应于${deadline}前报送本月进展，共${units}个单位有在办事项。`,
    reportingGroup: { reported: (n) => `按时报送${n}个单位`, late: (n) => `逾期报送${n}个单位`, missing: (n) => `未报送${n}个单位` },
    reportingUnit: (unit, open) => `${unit}（在办${open}项）`,
    listTotal: (n) => `共${n}项。`,
    softList: (n) => `力争目标未达成事项（共${n}项）：`,
    head: { ref: '出处', id: '编号', title: '事项', units: '责任单位', deadline: '完成时限', done: '完成日期', evidence: '佐证材料', days: '逾期天数', light: '预警', target: '目标', value: '最新监测值', state: '状态', waited: '待核实', sentBack: '退回日期', reason: '退回原因' },
    signoff: {
      waiting: (n) => `（一）单位报完成、待核实销号事项${n}项${n ? '（按待核实时间排列）：' : '。'}`,
      sentBack: (n) => `（二）本月退回事项${n}项${n ? '（退回后重新计为未完成）：' : '。'}`,
      waitedDays: (n) => `${n}天`,
      noProof: '无佐证文号或链接',
      signedOff: (day) => `已核实销号（${day}）`,
    },
    allLit: (light) => `以下事项均为${light}。`,
    none: '无。',
    light: { red: '红灯', yellow: '黄灯', green: '绿灯', blue: '蓝灯' },
    plan: { air: '大气计划', water: '水计划', soil: '土壤计划', groundwater: '地下水计划', eco: '生态文明方案' },
    sectionRef: (sections, item) => `${sections.join('')}${item ?? ''}`,
    countyRef: (county, where) => `${county}${where}`,
    occurrence: (period) => `（${period}）`,
    annexRef: (label, row) => `${label}第${row}行`,
    by: (day) => `${day}前`,
    extended: (planned) => `已延期，原定${planned}前`,
    beforeIssue: '期限早于印发日',
    disagree: '正文与附件期限不一致，取较早者',
    days: (n) => `${n}天`,
    doneLate: (n) => `逾期${n}天完成`,
    support: (names) => `（配合：${names}）`,
    more: (shown, n) => `${shown}等${n}个单位`,
    listSep: '、',
    fieldSep: '；',
    colon: '：',
    targetSummary: (c) => `目标指标达标${c.met}项，未达标${c['not-met']}项，无监测数据${c['no-data']}项，计划未列目标值${c['no-value']}项。`,
    target: { 'met': '达标', 'not-met': '未达标', 'no-data': '无数据', 'no-value': '计划未列目标值' },
    measured: (value, day) => `${value}（${day}）`,
    measuredList: (n) => `有监测数据的${n}项：`,
    chart: { units: '各责任单位按期完成率', categories: '分领域本月到期事项', trend: '近十二个月到期事项完成情况', rate: '按期完成率' },
    closingDefault: '请各责任单位对照通报问题抓紧整改，按时报送进展情况。',
  },
  en: {
    title: (scope, month, name) => [`${name ?? 'Monthly circular on key environmental tasks'}: ${scope}, ${month}`],
    allCounties: 'all counties',
    knownBy: (day) => `(as at the end of ${day})`,
    judgedOn: (day) => `(as of ${day})`,
    exampleData: '[EXAMPLE DATA, not real progress]',
    issue: (number) => `Issue ${number}`,
    sections: { figures: '1. The month in figures', units: '2. Units', reporting: '3. Progress reports', completed: '4. Completed this month', overdue: '5. Overdue', warnings: (m) => `6. Due next month (${m})`, targets: '7. Targets' },
    due: (f) => `Due this month: ${f.total} (${REPORT_WORDS.en.outcomes(f)}).`,
    outcomes: (f) => DUE_OUTCOMES.filter((o) => o === 'onTime' || f[o] > 0).map((o) => `${f[o]} ${EN_OUTCOME[o]}`).join(', '),
    completed: (f) => `Completed this month: ${f.total} (${f.dueThisMonth} due this month, ${f.dueEarlier} due in earlier months${f.dueLater ? `, ${f.dueLater} due in later months` : ''}${f.undated ? `, ${f.undated} with no fixed date` : ''}).`,
    overdue: (total, fresh) => `Overdue to date: ${total}, of which ${fresh} new this month.`,
    softMissed: (total, fresh) => `Soft targets missed: ${total}${fresh ? `, of which ${fresh} this month` : ''} (not counted as overdue).`,
    undated: (inForce, none) => `Besides, ${inForce} obligations are in force (ongoing or from a date) and ${none} have no date in the plan; they are not counted above.`,
    notIssued: (plans) => `Not yet issued, so not counted: ${plans.map((p) => `${p.title} (${p.number}, issued ${p.date})`).join('; ')}.`,
    byCategory: 'By category:',
    categoryLine: (category, due) => `${category}: ${due}`,
    category: LABELS.en.category,
    outcome: EN_OUTCOME,
    outcomeHead: Object.fromEntries(DUE_OUTCOMES.map((o) => [o, EN_OUTCOME[o].replace(/^./, (c) => c.toUpperCase())])) as Record<DueOutcome, string>,
    unitLine: (u) => `${u.unit}${u.role === 'support' ? ' (support)' : ''}: due this month ${u.due.total}${u.due.total ? ` (${DUE_OUTCOMES.filter((o) => o === 'onTime' || u.due[o] > 0).map((o) => `${u.due[o]} ${EN_OUTCOME[o]}`).join(', ')})` : ''}; overdue to date ${u.overdue}.`,
    unitHead: { unit: 'Unit', role: 'Role', due: 'Due', rate: 'On-time rate', overdue: 'Overdue to date' },
    role: { lead: 'lead', support: 'support' },
    rate: (r) => (r === undefined ? '-' : `${Math.round(r * 100)}%`),
    unitsNote: 'Ranked by on-time rate; a milestone with several units counts for each.',
    reportingIntro: (deadline, units) => `Units report their progress by ${deadline}; ${units} units have open milestones.`,
    reportingGroup: { reported: (n) => `Reported on time: ${n}`, late: (n) => `Reported late: ${n}`, missing: (n) => `Not reported: ${n}` },
    reportingUnit: (unit, open) => `${unit} (${open} open)`,
    listTotal: (n) => `${n} in all.`,
    softList: (n) => `Soft targets missed (${n} in all):`,
    head: { ref: 'Reference', id: 'Id', title: 'What', units: 'Units', deadline: 'Deadline', done: 'Done', evidence: 'Evidence', days: 'Days overdue', light: 'Light', target: 'Target', value: 'Last value', state: 'State', waited: 'Waiting', sentBack: 'Sent back', reason: 'Reason' },
    signoff: {
      waiting: (n) => `(a) Reported by the units, waiting for sign-off: ${n}${n ? ' (longest waiting first):' : '.'}`,
      sentBack: (n) => `(b) Sent back this month: ${n}${n ? ' (open again):' : '.'}`,
      waitedDays: (n) => `${n} ${n === 1 ? 'day' : 'days'}`,
      noProof: 'no document number or link',
      signedOff: (day) => `signed off ${day}`,
    },
    allLit: (light) => ` All of these are ${light}.`,
    none: 'None.',
    light: { red: 'red', yellow: 'yellow', green: 'green', blue: 'blue' },
    plan: { air: 'air plan', water: 'water plan', soil: 'soil plan', groundwater: 'groundwater plan', eco: 'eco-civilization plan' },
    sectionRef: (sections, item) => [...sections.map((s) => arabic(s).replace(/[（）]/g, (b) => (b === '（' ? '(' : ')'))), ...(item ? [item] : [])].join('.'),
    countyRef: (county, where) => `${county} ${where}`,
    occurrence: (period) => ` (${period})`,
    annexRef: (label, row) => `annex ${arabic(label.replace(/^附件/, '')) || ''} row ${row}`.replace('annex  ', 'annex '),
    by: (day) => `by ${day}`,
    extended: (planned) => `extended; planned by ${planned}`,
    beforeIssue: 'due before the plan was issued',
    disagree: 'body and annex differ; the earlier date applies',
    days: (n) => `${n}`,
    doneLate: (n) => `${n} days late`,
    support: (names) => ` (support: ${names})`,
    more: (shown, n) => `${shown} and others, ${n} units`,
    listSep: ', ',
    fieldSep: '; ',
    colon: ': ',
    targetSummary: (c) => `Targets: ${c.met} met, ${c['not-met']} not met, ${c['no-data']} without data, ${c['no-value']} without a value in the plan.`,
    target: { 'met': 'met', 'not-met': 'not met', 'no-data': 'no data', 'no-value': 'no value in the plan' },
    measured: (value, day) => `${value} (${day})`,
    measuredList: (n) => `With measured values (${n}):`,
    chart: { units: 'On-time rate by unit', categories: 'Due this month, by category', trend: 'Due in the last twelve months and what became of it', rate: 'on-time rate' },
    closingDefault: 'Units are asked to act on the findings of this circular and report their progress on time.',
  },
};
