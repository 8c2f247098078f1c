// Words of the calendar events and the chat messages, per language.
import type { Entry } from '../model.js';
import type { Lang } from './labels.js';

export interface DeadlineWords {
  calendarName: string;
  done: string;
  reported: string;
  entryState: Record<Entry['state'], string>;
  since: (date: string) => string;
  /** Chat messages. */
  title: string;
  asOf: (date: string) => string;
  newlyOverdue: (n: number) => string;
  stillOverdue: (n: number) => string;
  dueWithin: (days: number, n: number) => string;
  perUnit: string;
  unitLine: (unit: string, overdue: number, due: number) => string;
  nothing: string;
  part: (k: number, n: number) => string;
  /** notify --dry-run: above each payload, and where there is none. */
  dryRun: (platform: string, k: number, n: number) => string;
  nothingToSend: string;
  forUnit: (unit: string) => string;
  dueOn: (date: string) => string;
  late: (days: number) => string;
  /** The reporting reminder (--reporting-reminder). */
  reminderTitle: string;
  reminderSubtitle: (deadline: string) => string;
  notReported: (n: number) => string;
  reminderLine: (unit: string, open: number) => string;
}

export const DEADLINE_WORDS: Record<Lang, DeadlineWords> = {
  en: {
    calendarName: 'plancheck deadlines',
    done: '✓ done',
    reported: 'Last report',
    entryState: { 'done': 'done', 'in-progress': 'in progress', 'not-started': 'not started', 'blocked': 'blocked', 'waived': 'waived' },
    since: (date) => `since ${date}`,
    title: 'Action plan deadlines',
    asOf: (date) => `as of ${date}`,
    newlyOverdue: (n) => `Newly overdue (${n})`,
    stillOverdue: (n) => `Still overdue (${n})`,
    dueWithin: (days, n) => `Due within ${days} days (${n})`,
    perUnit: 'Per responsible unit',
    unitLine: (unit, overdue, due) => `${unit}: ${[overdue && `${overdue} overdue`, due && `${due} due soon`].filter(Boolean).join(', ')}`,
    nothing: 'Nothing overdue or falling due.',
    part: (k, n) => `(part ${k} of ${n})`,
    dryRun: (platform, k, n) => `${platform}: message ${k} of ${n}`,
    nothingToSend: 'nothing to announce',
    forUnit: (unit) => `for ${unit}`,
    dueOn: (date) => `due ${date}`,
    late: (days) => `${days} d late`,
    reminderTitle: 'Monthly progress report reminder',
    reminderSubtitle: (deadline) => `Please report this month's progress by ${deadline}`,
    notReported: (n) => `Not reported yet this month (${n} ${n === 1 ? 'unit' : 'units'})`,
    reminderLine: (unit, open) => `${unit}: ${open} open ${open === 1 ? 'task' : 'tasks'}`,
  },
  zh: {
    calendarName: 'plancheck 任务时限',
    done: '✓ 已完成',
    reported: '最近报送',
    entryState: { 'done': '已完成', 'in-progress': '推进中', 'not-started': '未开始', 'blocked': '受阻', 'waived': '已免除' },
    since: (date) => `自${date}起`,
    title: '行动计划任务提醒',
    asOf: (date) => `截至${date}`,
    newlyOverdue: (n) => `新增逾期（${n}项）`,
    stillOverdue: (n) => `仍逾期（${n}项）`,
    dueWithin: (days, n) => `${days}天内到期（${n}项）`,
    perUnit: '各责任单位',
    unitLine: (unit, overdue, due) => `${unit}：${[overdue && `逾期${overdue}项`, due && `即将到期${due}项`].filter(Boolean).join('，')}`,
    nothing: '没有逾期或即将到期的任务。',
    part: (k, n) => `（第${k}/${n}条）`,
    dryRun: (platform, k, n) => `${platform}：第 ${k}/${n} 条消息`,
    nothingToSend: '没有需要推送的内容',
    forUnit: (unit) => `致${unit}`,
    dueOn: (date) => `时限${date}`,
    late: (days) => `逾期${days}天`,
    reminderTitle: '月度进展报送提醒',
    reminderSubtitle: (deadline) => `请于${deadline}前报送本月进展情况`,
    notReported: (n) => `本月尚未报送（${n}个单位）`,
    reminderLine: (unit, open) => `${unit}：在办${open}项`,
  },
};
