// The city's circular as blocks, in the words of one language: each form (text, markdown, html, docx)
// renders them as it renders a county's circular.
import type { CityReport } from '../../report/city.js';
import { closingBlock, headBlocks, type Block, type ReportMeta } from './blocks.js';
import { REPORT_WORDS } from './words.js';

interface CityWords {
  sections: { counties: string; overdue: string; units: string; reporting: string };
  cityDue: (due: string, rate: string) => string;
  rankNote: string;
  head: { county: string; unit: string };
  overdueLine: (county: string, total: number, fresh: number) => string;
  unitsNote: (n: number) => string;
  reportingIntro: (deadline: string) => string;
  updated: (n: number) => string;
  notUpdated: (n: number) => string;
  last: (county: string, day: string | undefined) => string;
  closingDefault: string;
}

const CITY_WORDS: Record<'zh' | 'en', CityWords> = {
  zh: {
    sections: { counties: '一、各县总体情况', overdue: '二、累计逾期未完成事项分县情况', units: '三、逾期未完成事项较多的责任单位', reporting: '四、各县进展报送情况' },
    cityDue: (due, rate) => `全市${due.replace(/。$/, '')}，按期完成率${rate}。`,
    rankNote: '各县按本月按期完成率排名（本月无到期事项的县列后），按期完成率相同的，累计逾期少者在前。',
    head: { county: '县', unit: '责任单位' },
    overdueLine: (county, total, fresh) => `${county}：累计逾期未完成${total}项，其中本月新增${fresh}项。`,
    unitsNote: (n) => `全市累计逾期未完成事项最多的${n}个责任单位（按各县单位名录，分县统计）：`,
    reportingIntro: (deadline) => `各县应于${deadline}前更新本县进度文件（status.yaml）。`,
    updated: (n) => `按时更新${n}个县`,
    notUpdated: (n) => `未按时更新${n}个县`,
    last: (county, day) => `${county}（${day ? `最近一次报送${day}` : '尚无报送'}）`,
    closingDefault: '请各县对照通报问题督促责任单位抓紧整改，按时更新进展情况。',
  },
  en: {
    sections: { counties: '1. The counties', overdue: '2. Overdue to date, by county', units: '3. The units with the most overdue', reporting: '4. The counties\' progress reports' },
    cityDue: (due, rate) => `City-wide, ${due.replace(/^D/, 'd').replace(/\.$/, '')}; on-time rate ${rate}.`,
    rankNote: 'Counties ranked by this month\'s on-time rate (those with nothing due last); at the same rate, the fewer overdue first.',
    head: { county: 'County', unit: 'Unit' },
    overdueLine: (county, total, fresh) => `${county}: overdue to date ${total}, of which ${fresh} new this month.`,
    unitsNote: (n) => `The ${n} units with the most milestones overdue to date across the city (each county's own units):`,
    reportingIntro: (deadline) => `Counties update their status file (status.yaml) by ${deadline}.`,
    updated: (n) => `Updated on time: ${n}`,
    notUpdated: (n) => `Not updated on time: ${n}`,
    last: (county, day) => `${county} (${day ? `last report ${day}` : 'no report yet'})`,
    closingDefault: 'Counties are asked to see that their units act on the findings of this circular and to report their progress on time.',
  },
};

export function cityBlocks(r: CityReport, meta: ReportMeta & { scope: string }): Block[] {
  const W = REPORT_WORDS[meta.lang];
  const C = CITY_WORDS[meta.lang];
  const D = meta.dates;
  const blocks: Block[] = headBlocks(r, W.title(meta.scope, D.month(r.month), meta.header.title), meta);

  blocks.push({ kind: 'h2', text: C.sections.counties });
  blocks.push({ kind: 'p', text: C.cityDue(W.due(r.total.due), W.rate(r.total.rate)) });
  blocks.push({ kind: 'p', text: C.rankNote });
  blocks.push({
    kind: 'table',
    head: [C.head.county, W.unitHead.due, W.outcomeHead.onTime, W.outcomeHead.late, W.outcomeHead.overdue, W.unitHead.rate, W.unitHead.overdue],
    rows: r.counties.map((c) => [c.name, String(c.due.total), String(c.due.onTime), String(c.due.late), String(c.due.overdue), W.rate(c.rate), String(c.overdue.total)]),
    lead: 1,
  });
  const rated = r.counties.filter((c) => c.rate !== undefined);
  if (rated.length) blocks.push({ kind: 'chart', chart: { kind: 'bars', title: W.chart.rate, rows: rated.map((c) => ({ label: c.name, value: c.rate ?? 0, text: W.rate(c.rate) })) } });

  blocks.push({ kind: 'h2', text: C.sections.overdue });
  blocks.push({ kind: 'p', text: W.overdue(r.total.overdue.total, r.total.overdue.newThisMonth) });
  blocks.push({ kind: 'list', items: [...r.counties].sort((a, b) => b.overdue.total - a.overdue.total || a.county.localeCompare(b.county)).map((c) => C.overdueLine(c.name, c.overdue.total, c.overdue.newThisMonth)) });

  blocks.push({ kind: 'h2', text: C.sections.units });
  const name = (county: string) => r.counties.find((c) => c.county === county)?.name ?? county;
  if (r.units.length) {
    blocks.push({ kind: 'p', text: C.unitsNote(r.units.length) });
    blocks.push({ kind: 'table', head: [C.head.unit, C.head.county, W.unitHead.overdue], rows: r.units.map((u) => [u.unit, name(u.county), String(u.overdue)]), lead: 2 });
  } else blocks.push({ kind: 'p', text: W.none });

  blocks.push({ kind: 'h2', text: C.sections.reporting });
  blocks.push({ kind: 'p', text: C.reportingIntro(D.day(r.reportingDeadline)) });
  const updated = r.counties.filter((c) => c.updated);
  const late = r.counties.filter((c) => !c.updated);
  blocks.push({ kind: 'p', text: `${C.updated(updated.length)}${updated.length ? `${W.colon}${updated.map((c) => c.name).join(W.listSep)}` : ''}` });
  blocks.push({ kind: 'p', text: `${C.notUpdated(late.length)}${late.length ? `${W.colon}${late.map((c) => C.last(c.name, c.lastEntry && D.day(c.lastEntry))).join(W.listSep)}` : ''}` });

  blocks.push(closingBlock(meta, C.closingDefault));
  return blocks;
}
