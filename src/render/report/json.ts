// The circular's figures and lists as data, for another system to file: the same figures the other
// forms word, with ids instead of references.
import type { Item } from '../../engine/evaluate.js';
import type { TargetResult } from '../../engine/targets.js';
import type { Project } from '../../model.js';
import type { CityReport } from '../../report/city.js';
import type { MonthlyReport } from '../../report/monthly.js';
import type { YearReport } from '../../report/yearly.js';
import { unitNames } from '../../units.js';

export const REPORT_JSON_VERSION = 1;

const targetJson = (t: TargetResult) => ({ owner: t.owner, target: t.target.id, text: t.target.text, state: t.state, last: t.last, value: t.value });

/** A milestone as the circular's data gives it. */
const itemJson = (project: Project) => (i: Item) => ({
    task: i.task.id,
    milestone: i.milestone.id,
    ...(i.occurrence ? { occurrence: i.occurrence } : {}),
    plan: i.plan.id,
    county: i.plan.county,
    category: i.plan.category,
    title: i.task.title,
    ...(i.milestone.what ? { what: i.milestone.what } : {}),
    due: i.due,
    deadline: i.deadline,
    state: i.state,
    doneDate: i.doneDate,
    days: i.days,
    ...(i.beforeIssue ? { beforeIssue: true } : {}),
    ...(i.disagree ? { disagree: true } : {}),
    units: unitNames(project, i.plan.county, i.units),
  });

export function renderReportJson(r: MonthlyReport, project: Project): string {
  const item = itemJson(project);
  return `${JSON.stringify(
    {
      version: REPORT_JSON_VERSION,
      command: 'report',
      month: r.month,
      knownBy: r.knownBy,
      asOf: r.asOf,
      figures: r.figures,
      byCategory: r.byCategory,
      units: r.units,
      reporting: { day: r.reportingDay, deadline: r.reportingDeadline, units: r.reporting },
      completed: r.lists.completed.map(item),
      signoff: {
        waiting: r.signoff.waiting.map((i) => ({ ...item(i), reported: i.entry?.date, waited: i.waited, ...(i.entry?.by ? { by: i.entry.by } : {}) })),
        sentBack: r.signoff.sentBack.map((i) => ({ ...item(i), sentBack: i.verdict?.date, reason: i.verdict?.reason })),
      },
      overdue: r.overdue.map(({ item: i, light }) => ({ ...item(i), light })),
      softMissed: r.lists.softMissed.map(item),
      nextMonth: { month: r.nextMonth, due: r.warnings.map(({ item: i, light }) => ({ ...item(i), light })) },
      targets: r.targets.map(targetJson),
      notIssued: r.notIssued.map((p) => ({ plan: p.id, title: p.title, document: p.document.number, issued: p.document.date })),
      trend: r.trend,
    },
    null,
    2,
  )}\n`;
}

/** The city's circular as data: each county's figures as its own circular's JSON gives them. */
export const renderCityJson = (r: CityReport): string =>
  `${JSON.stringify({ version: REPORT_JSON_VERSION, command: 'report', scope: 'city', ...r }, null, 2)}\n`;

/** The year's assessment as data: its figures, each unit's row and score, and what carries over, with ids. */
export function renderYearJson(r: YearReport, project: Project): string {
  const item = itemJson(project);
  const c = r.carryOver;
  return `${JSON.stringify(
    {
      version: REPORT_JSON_VERSION,
      command: 'report',
      year: r.year,
      knownBy: r.knownBy,
      asOf: r.asOf,
      scoring: r.scoring ?? null,
      due: r.due,
      rate: r.rate,
      signoff: r.signoff,
      units: r.units,
      months: r.months,
      byCounty: r.byCounty,
      byCategory: r.byCategory,
      byPlan: r.byPlan.map(({ plan, due, rate }) => ({ plan: plan.id, title: plan.title, document: plan.document.number, due, rate })),
      targets: r.targets.map(targetJson),
      carryOver: {
        overdue: c.overdue.map(item),
        softMissed: c.softMissed.map(item),
        waiting: c.waiting.map((i) => ({ ...item(i), reported: i.entry?.date, waited: i.waited })),
        later: c.later.map(item),
        inForce: c.inForce.map(item),
        noFixedDate: c.noFixedDate.map(item),
      },
      notIssued: r.notIssued.map((p) => ({ plan: p.id, title: p.title, document: p.document.number, issued: p.document.date })),
    },
    null,
    2,
  )}\n`;
}
