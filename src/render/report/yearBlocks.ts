// The year's assessment (年度评估) as blocks, in the words of one language: each form (text, markdown,
// html, docx) renders them as it renders the monthly circular.
import type { Item } from '../../engine/evaluate.js';
import type { PlanWithTexts, Project } from '../../model.js';
import { DUE_OUTCOMES, type DueFigures } from '../../report/figures.js';
import type { Scoring, YearReport, YearUnitRow } from '../../report/yearly.js';
import { closingBlock, headBlocks, informative, itemWriters, parts, targetBlocks, type Block, type ReportMeta } from './blocks.js';
import { REPORT_WORDS, type ReportWords } from './words.js';

type Weight = Exclude<keyof Scoring, 'base' | 'floor'>;
const WEIGHTS: readonly Weight[] = ['onTime', 'late', 'overdue', 'softMissed', 'sentBack', 'perOverdueMonth'];

interface YearWords {
  title: (scope: string, year: string, name?: string) => string[];
  year: (year: number) => string;
  sections: { figures: string; units: string; plans: string; targets: string; carryOver: string };
  due: (f: DueFigures, W: ReportWords) => string;
  rate: (rate: string) => string;
  signoff: (s: YearReport['signoff']) => string;
  categoryLine: (category: string, due: string, rate: string) => string;
  counted: string;
  /** The scoring rule as a reader needs it to redo a score, or that there is none. */
  rule: (s: Scoring | undefined) => string;
  unitsNote: string;
  unitLine: (u: YearUnitRow, W: ReportWords) => string;
  byCounty: string;
  countyLine: (rank: number | undefined, county: string, due: DueFigures, rate: string, W: ReportWords) => string;
  head: { county: string; rank: string; signedOff: string; waiting: string; sentBack: string; overdueMonths: string; score: string; plan: string; document: string; due: string };
  carryIntro: (c: Record<keyof YearReport['carryOver'], number>, next: string, day: string) => string;
  carry: Record<keyof YearReport['carryOver'], (n: number, next: string) => string>;
  chart: { months: string; units: string; categories: string; counties: string };
  closingDefault: string;
}

/** A weight as its sign says it: 加2分 / 扣0.5分. */
const zhPoints = (n: number) => (n < 0 ? `扣${-n}分` : `加${n}分`);
const enPoints = (n: number) => (n < 0 ? `minus ${-n}` : `plus ${n}`);

const ZH_WEIGHT: Record<Weight, string> = { onTime: '按期完成每项', late: '逾期完成每项', overdue: '逾期未完成每项', softMissed: '力争目标未达成每项', sentBack: '被退回每次', perOverdueMonth: '逾期完成或逾期未完成的，每逾期满30天' };
const EN_WEIGHT: Record<Weight, string> = { onTime: 'each milestone done on time', late: 'each done late', overdue: 'each overdue', softMissed: 'each soft target missed', sentBack: 'each sign-off refused', perOverdueMonth: 'each full 30 days a milestone was overdue (done late or still open)' };

const YEAR_WORDS: Record<'zh' | 'en', YearWords> = {
  zh: {
    // The default name in two words, so that a narrow page breaks it between them, not inside one.
    title: (scope, year, name) => [scope, year, ...(name ? [name] : ['生态环境保护重点任务', '年度完成情况评估'])],
    year: (year) => `${year}年`,
    sections: { figures: '一、全年总体情况', units: '二、各责任单位完成情况及排名', plans: '三、各计划完成情况', targets: '四、目标指标完成情况', carryOver: '五、结转下年事项' },
    due: (f, W) => `全年到期${f.total}项：${W.outcomes(f)}。`,
    rate: (rate) => `全年按期完成率${rate}（按期完成数占已到期且未免除事项数）。`,
    signoff: (s) => `全年到期事项中已完成${s.done}项，其中已核实销号${s.signedOff}项、待核实${s.waiting}项；全年退回${s.sentBack}次。`,
    categoryLine: (category, due, rate) => `${category}领域${due.replace(/^全年/, '')}按期完成率${rate}。`,
    counted: '统计口径：一个节点计入其完成时限所在月份，按截至年末掌握的进展统计；各项数字与本年度十二期月通报按年末进展统计之和一致（即十二月通报“近十二个月到期事项完成情况”）。一项任务有多个责任单位的，分别计入各单位。',
    rule: (s) => {
      if (!s) return '评分规则：未设评分规则（report.yaml 的 assessment），不计得分；牵头/责任单位按按期完成率排名，按期完成率相同的，逾期未完成少者在前，再按退回次数少者在前。';
      const parts = WEIGHTS.filter((w) => (s[w] ?? 0) !== 0).map((w) => `${ZH_WEIGHT[w]}${zhPoints(s[w] ?? 0)}`);
      return `评分规则（report.yaml 的 assessment）：基础分${s.base ?? 0}分${parts.length ? `；${parts.join('；')}` : ''}${s.floor !== undefined ? `；最低${s.floor}分${s.floor === 0 ? '（扣完为止）' : ''}` : ''}；其余不计分。牵头/责任单位按得分排名，得分相同的按按期完成率，再按逾期未完成少者在前。`;
    },
    unitsNote: '配合单位列后，不参与排名。',
    unitLine: (u, W) => `${u.rank ? `第${u.rank}名 ` : ''}${u.unit}${u.role === 'support' ? '（配合）' : ''}：全年到期${u.due.total}项${u.due.total ? `，${W.outcomes(u.due).replace(/、/g, '，')}` : ''}；按期完成率${W.rate(u.rate)}；已核实销号${u.signedOff}项，待核实${u.waiting}项，退回${u.sentBack}次${u.score !== undefined ? `；得分${u.score}` : ''}。`,
    byCounty: '分县情况（按全年按期完成率排名，按期完成率相同的，逾期未完成少者在前）：',
    countyLine: (rank, county, due, rate, W) => `${rank ? `第${rank}名 ` : ''}${county}：全年到期${due.total}项${due.total ? `，${W.outcomes(due).replace(/、/g, '，')}；按期完成率${rate}` : ''}。`,
    head: { county: '县', rank: '排名', signedOff: '已核实销号', waiting: '待核实', sentBack: '退回次数', overdueMonths: '逾期月数', score: '得分', plan: '计划', document: '文号', due: '全年到期' },
    carryIntro: (c, next, day) => `截至${day}，结转${next}的事项：逾期未完成${c.overdue}项、力争目标未达成${c.softMissed}项、单位报完成待核实销号${c.waiting}项、完成时限在${next}及以后的${c.later}项；另有长期坚持或自某日起执行的事项${c.inForce}项、原文未规定完成时限的事项${c.noFixedDate}项，继续执行。`,
    carry: {
      overdue: (n) => `（一）逾期未完成事项${n}项${n ? '（按逾期天数排列）：' : '。'}`,
      softMissed: (n) => `（二）力争目标未达成事项${n}项${n ? '：' : '。'}`,
      waiting: (n) => `（三）单位报完成、待核实销号事项${n}项${n ? '：' : '。'}`,
      later: (n, next) => `（四）完成时限在${next}及以后的事项${n}项${n ? '：' : '。'}`,
      inForce: (n) => `（五）长期坚持或自某日起执行的事项${n}项${n ? '：' : '。'}`,
      noFixedDate: (n) => `（六）原文未规定完成时限的事项${n}项${n ? '：' : '。'}`,
    },
    chart: { months: '全年各月到期事项完成情况', units: '各责任单位全年按期完成率', categories: '分领域全年到期事项', counties: '各县全年按期完成率' },
    closingDefault: '请各责任单位对照评估结果，抓紧推进结转事项，确保按期完成。',
  },
  en: {
    title: (scope, year, name) => [`${name ?? 'Assessment of the year\'s key environmental tasks'}: ${scope}, ${year}`],
    year: (year) => String(year),
    sections: { figures: '1. The year in figures', units: '2. Units, ranked', plans: '3. Plans', targets: '4. Targets', carryOver: '5. Carried over to next year' },
    due: (f, W) => `Due in the year: ${f.total} (${W.outcomes(f)}).`,
    rate: (rate) => `On-time rate for the year: ${rate} (done on time, of those due and not waived).`,
    signoff: (s) => `Of those due in the year, ${s.done} were done: ${s.signedOff} signed off, ${s.waiting} waiting for sign-off; ${s.sentBack} sent back in the year.`,
    categoryLine: (category, due, rate) => `${category}: ${due.replace(/^Due in the year: /, '')} On-time rate ${rate}.`,
    counted: 'How it is counted: a milestone counts in the month of its deadline, with progress as known at the year\'s end; the figures are the sum of the year\'s twelve monthly circulars judged at the year\'s end (the December circular\'s last twelve months). A milestone with several units counts for each.',
    rule: (s) => {
      if (!s) return 'Scoring: no rule is set (assessment in report.yaml), so there are no scores; lead units are ranked by on-time rate, then the fewer overdue, then the fewer sent back.';
      const parts = WEIGHTS.filter((w) => (s[w] ?? 0) !== 0).map((w) => `${EN_WEIGHT[w]} ${enPoints(s[w] ?? 0)}`);
      return `Scoring (assessment in report.yaml): a base of ${s.base ?? 0}${parts.length ? `; ${parts.join('; ')}` : ''}${s.floor !== undefined ? `; never below ${s.floor}` : ''}; nothing else counts. Lead units are ranked by score, then on-time rate, then the fewer overdue.`;
    },
    unitsNote: 'Support units are listed after the others and not ranked.',
    unitLine: (u, W) => `${u.rank ? `#${u.rank} ` : ''}${u.unit}${u.role === 'support' ? ' (support)' : ''}: due in the year ${u.due.total}${u.due.total ? ` (${W.outcomes(u.due)})` : ''}; on-time rate ${W.rate(u.rate)}; ${u.signedOff} signed off, ${u.waiting} waiting, ${u.sentBack} sent back${u.score !== undefined ? `; score ${u.score}` : ''}.`,
    byCounty: 'By county (ranked by on-time rate for the year; at the same rate, the fewer overdue first):',
    countyLine: (rank, county, due, rate, W) => `${rank ? `#${rank} ` : ''}${county}: due in the year ${due.total}${due.total ? ` (${W.outcomes(due)}); on-time rate ${rate}` : ''}.`,
    head: { county: 'County', rank: 'Rank', signedOff: 'Signed off', waiting: 'Waiting', sentBack: 'Sent back', overdueMonths: 'Months overdue', score: 'Score', plan: 'Plan', document: 'Document', due: 'Due in the year' },
    carryIntro: (c, next, day) => `As at ${day}, carried over to ${next}: overdue ${c.overdue}; soft targets missed ${c.softMissed}; reported and waiting for sign-off ${c.waiting}; due in ${next} or later ${c.later}. Besides, obligations in force (ongoing or from a date) ${c.inForce} and with no date in the plan ${c.noFixedDate} continue.`,
    carry: {
      overdue: (n) => `(a) Overdue: ${n}${n ? ' (most days overdue first):' : '.'}`,
      softMissed: (n) => `(b) Soft targets missed: ${n}${n ? ':' : '.'}`,
      waiting: (n) => `(c) Reported by the units, waiting for sign-off: ${n}${n ? ':' : '.'}`,
      later: (n, next) => `(d) Due in ${next} or later: ${n}${n ? ':' : '.'}`,
      inForce: (n) => `(e) In force (ongoing or from a date): ${n}${n ? ':' : '.'}`,
      noFixedDate: (n) => `(f) No date in the plan: ${n}${n ? ':' : '.'}`,
    },
    chart: { months: 'Due in each month of the year and what became of it', units: 'On-time rate by unit for the year', categories: 'Due in the year, by category', counties: 'On-time rate by county for the year' },
    closingDefault: 'Units are asked to act on this assessment and to complete what carries over on time.',
  },
};

export function yearBlocks(r: YearReport, project: Project<PlanWithTexts>, meta: ReportMeta): Block[] {
  const W = REPORT_WORDS[meta.lang];
  const Y = YEAR_WORDS[meta.lang];
  const D = meta.dates;
  const { units, deadline, taskTable } = itemWriters(project, meta);
  const legend = DUE_OUTCOMES.map((key) => ({ key, label: W.outcome[key] }));
  const blocks: Block[] = headBlocks(r, Y.title(meta.scope ?? W.allCounties, Y.year(r.year), meta.header.title), meta);

  blocks.push({ kind: 'h2', text: Y.sections.figures });
  blocks.push({ kind: 'p', text: Y.due(r.due, W) });
  // With nothing due there is no rate to state: the line before says nothing fell due.
  if (r.rate !== undefined) blocks.push({ kind: 'p', text: Y.rate(W.rate(r.rate)) });
  const lead = r.units.filter((u) => u.role === 'lead');
  blocks.push({ kind: 'p', text: Y.signoff(r.signoff) });
  if (r.notIssued.length) blocks.push({ kind: 'p', text: W.notIssued(r.notIssued.map((p) => ({ title: p.title, number: p.document.number, date: D.day(p.document.date) }))) });
  if (r.byCategory.length > 1) {
    blocks.push({ kind: 'p', text: W.byCategory });
    blocks.push({ kind: 'list', items: r.byCategory.map(({ category, due, rate }) => Y.categoryLine(W.category[category], Y.due(due, W), W.rate(rate))) });
    blocks.push({ kind: 'chart', chart: { kind: 'stacked', title: Y.chart.categories, legend, rows: r.byCategory.map(({ category, due }) => ({ label: W.category[category], parts: parts(due) })) } });
  }
  if (r.byCounty.length) {
    const name = (id: string) => project.counties.get(id)?.name ?? id;
    blocks.push({ kind: 'p', text: Y.byCounty });
    blocks.push({ kind: 'list', items: r.byCounty.map((c) => Y.countyLine(c.rank, name(c.county), c.due, W.rate(c.rate), W)) });
    blocks.push(informative({
      kind: 'table',
      head: [Y.head.rank, Y.head.county, Y.head.due, ...DUE_OUTCOMES.map((o) => W.outcomeHead[o]), W.unitHead.rate],
      rows: r.byCounty.map((c) => [c.rank ? String(c.rank) : '-', name(c.county), String(c.due.total), ...DUE_OUTCOMES.map((o) => String(c.due[o])), W.rate(c.rate)]),
      lead: 2,
      gridOnly: true,
    }));
    const rated = r.byCounty.filter((c) => c.rate !== undefined);
    if (rated.length) blocks.push({ kind: 'chart', chart: { kind: 'bars', title: Y.chart.counties, rows: rated.map((c) => ({ label: name(c.county), value: c.rate ?? 0, text: W.rate(c.rate) })) } });
  }
  blocks.push({ kind: 'chart', chart: { kind: 'columns', title: Y.chart.months, legend, rows: r.months.map(({ month, due }) => ({ label: D.shortMonth(month), parts: parts(due) })) } });
  blocks.push({ kind: 'p', text: Y.counted });

  blocks.push({ kind: 'h2', text: Y.sections.units });
  blocks.push({ kind: 'p', text: Y.rule(r.scoring) });
  if (r.units.length) {
    const roles = r.units.some((u) => u.role === 'support');
    if (roles) blocks.push({ kind: 'p', text: Y.unitsNote });
    blocks.push({ kind: 'list', items: r.units.map((u) => Y.unitLine(u, W)) });
    const scored = r.scoring !== undefined;
    const months = (r.scoring?.perOverdueMonth ?? 0) !== 0;
    blocks.push(informative({
      kind: 'table',
      head: [Y.head.rank, W.unitHead.unit, ...(roles ? [W.unitHead.role] : []), Y.head.due, ...DUE_OUTCOMES.map((o) => W.outcomeHead[o]), W.unitHead.rate, Y.head.signedOff, Y.head.waiting, Y.head.sentBack, ...(months ? [Y.head.overdueMonths] : []), ...(scored ? [Y.head.score] : [])],
      rows: r.units.map((u) => [u.rank ? String(u.rank) : '-', u.unit, ...(roles ? [W.role[u.role]] : []), String(u.due.total), ...DUE_OUTCOMES.map((o) => String(u.due[o])), W.rate(u.rate), String(u.signedOff), String(u.waiting), String(u.sentBack), ...(months ? [String(u.overdueMonths)] : []), ...(scored ? [String(u.score ?? '')] : [])]),
      lead: roles ? 3 : 2,
      gridOnly: true,
    }));
    const rated = lead.filter((u) => u.rate !== undefined);
    if (rated.length) blocks.push({ kind: 'chart', chart: { kind: 'bars', title: Y.chart.units, rows: rated.map((u) => ({ label: u.unit, value: u.rate ?? 0, text: W.rate(u.rate) })) } });
  } else blocks.push({ kind: 'p', text: W.none });

  blocks.push({ kind: 'h2', text: Y.sections.plans });
  if (r.byPlan.length) {
    blocks.push(informative({
      kind: 'table',
      head: [Y.head.plan, Y.head.document, Y.head.due, ...DUE_OUTCOMES.map((o) => W.outcomeHead[o]), W.unitHead.rate],
      rows: r.byPlan.map(({ plan, due, rate }) => [plan.title, plan.document.number, String(due.total), ...DUE_OUTCOMES.map((o) => String(due[o])), W.rate(rate)]),
      lead: 1,
    }));
  } else blocks.push({ kind: 'p', text: W.none });

  blocks.push({ kind: 'h2', text: Y.sections.targets });
  // Missed first: they are what the year's assessment is read for.
  blocks.push(...targetBlocks([...r.targets].sort((a, b) => Number(a.state === 'met') - Number(b.state === 'met')), meta));

  blocks.push({ kind: 'h2', text: Y.sections.carryOver });
  const next = Y.year(r.year + 1);
  const c = r.carryOver;
  blocks.push({ kind: 'p', text: Y.carryIntro({ overdue: c.overdue.length, softMissed: c.softMissed.length, waiting: c.waiting.length, later: c.later.length, inForce: c.inForce.length, noFixedDate: c.noFixedDate.length }, next, D.day(r.knownBy)) });
  const section = (key: keyof YearReport['carryOver'], head: string[], cells: (i: Item) => string[]) => {
    blocks.push({ kind: 'p', text: Y.carry[key](c[key].length, next) });
    if (c[key].length) blocks.push(taskTable(c[key], head, cells));
  };
  section('overdue', [W.head.units, W.head.deadline, W.head.days], (i) => [units(i), deadline(i), W.days(i.days ?? 0)]);
  section('softMissed', [W.head.units, W.head.deadline], (i) => [units(i), deadline(i)]);
  section('waiting', [W.head.units, W.head.done, W.head.waited], (i) => [units(i), D.day(i.entry?.date ?? ''), W.signoff.waitedDays(i.waited ?? 0)]);
  section('later', [W.head.units, W.head.deadline], (i) => [units(i), deadline(i)]);
  section('inForce', [W.head.units], (i) => [units(i)]);
  section('noFixedDate', [W.head.units], (i) => [units(i)]);

  blocks.push(closingBlock(meta, Y.closingDefault));
  return blocks;
}
