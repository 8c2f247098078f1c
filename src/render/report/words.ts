// Every word of the monthly circular, in Chinese and English. Both languages have every key.
import type { Category } from '../../model.js';
import type { Figures, Light } from '../../report/monthly.js';

export interface ReportWords {
  title: (scope: string, month: string) => string;
  allCounties: string;
  asOf: (date: string) => string;
  exampleData: string;
  sections: { figures: string; units: string; completed: string; overdue: string; warnings: (month: string) => string; targets: string };
  figures: (f: Figures) => string;
  byCategory: string;
  category: Record<Category, string>;
  unitHead: [string, string, string, string, string, string, string];
  role: { lead: string; support: string };
  taskHead: { task: string; title: string; units: string; deadline: string; done: string; evidence: string; days: string; light: string; target: string; value: string; state: string };
  none: string;
  light: Record<Light, string>;
  targetSummary: (met: number, notMet: number, noData: number, noValue: number) => string;
  daysOverdue: (n: number) => string;
}

const zhMonth = (key: string) => `${key.slice(0, 4)}年${Number(key.slice(5, 7))}月`;
const enMonth = (key: string) => new Date(`${key}-01T00:00:00Z`).toLocaleString('en', { month: 'long', year: 'numeric', timeZone: 'UTC' });

export const REPORT_WORDS: Record<'zh' | 'en', ReportWords> = {
  zh: {
    title: (scope, month) => `${scope}${zhMonth(month)}生态环境保护重点任务月调度通报`,
    allCounties: '各县',
    asOf: (date) => `（统计截至${date}）`,
    exampleData: '【示例数据，非真实进展】',
    sections: { figures: '一、本月总体情况', units: '二、各责任单位完成情况', completed: '三、本月完成事项', overdue: '四、逾期未完成事项', warnings: (m) => `五、下月到期预警（${zhMonth(m)}）`, targets: '六、目标指标完成情况' },
    figures: (f) =>
      `本月应完成任务节点${f.due}项，其中按期完成${f.doneOnTime}项、逾期完成${f.doneLate}项、逾期未完成${f.overdue}项、尚未到期${f.open}项。另有执行中（长期坚持或自某日起执行）事项${f.inForce}项，无明确完成时限事项${f.noFixedDate}项。`,
    byCategory: '分类情况：',
    category: { air: '大气', water: '水', soil: '土壤', groundwater: '地下水', eco: '生态文明' },
    unitHead: ['责任单位', '角色', '本月应完成', '按期完成', '逾期完成', '逾期未完成', '按期完成率'],
    role: { lead: '牵头/责任', support: '配合' },
    taskHead: { task: '任务', title: '事项', units: '责任单位', deadline: '完成时限', done: '完成日期', evidence: '佐证材料', days: '逾期天数', light: '预警', target: '目标', value: '最新监测值', state: '状态' },
    none: '无。',
    light: { red: '红灯', yellow: '黄灯', green: '绿灯', blue: '蓝灯' },
    targetSummary: (met, notMet, noData, noValue) => `目标指标达标${met}项，未达标${notMet}项，无监测数据${noData}项，计划未列目标值${noValue}项。`,
    daysOverdue: (n) => `${n}天`,
  },
  en: {
    title: (scope, month) => `Monthly circular on key environmental tasks: ${scope}, ${enMonth(month)}`,
    allCounties: 'all counties',
    asOf: (date) => `(as of ${date})`,
    exampleData: '[EXAMPLE DATA, not real progress]',
    sections: { figures: '1. The month in figures', units: '2. Units', completed: '3. Completed this month', overdue: '4. Overdue', warnings: (m) => `5. Early warning: due next month (${enMonth(m)})`, targets: '6. Targets' },
    figures: (f) =>
      `${f.due} milestones fell due this month: ${f.doneOnTime} done on time, ${f.doneLate} done late, ${f.overdue} overdue, ${f.open} not yet due. Besides, ${f.inForce} obligations are in force (ongoing or from a date) and ${f.noFixedDate} have no fixed date.`,
    byCategory: 'By category:',
    category: { air: 'air', water: 'water', soil: 'soil', groundwater: 'groundwater', eco: 'eco-civilization' },
    unitHead: ['Unit', 'Role', 'Due', 'On time', 'Late', 'Overdue', 'On-time rate'],
    role: { lead: 'lead', support: 'support' },
    taskHead: { task: 'Task', title: 'What', units: 'Units', deadline: 'Deadline', done: 'Done', evidence: 'Evidence', days: 'Days overdue', light: 'Light', target: 'Target', value: 'Last value', state: 'State' },
    none: 'None.',
    light: { red: 'red', yellow: 'yellow', green: 'green', blue: 'blue' },
    targetSummary: (met, notMet, noData, noValue) => `Targets: ${met} met, ${notMet} not met, ${noData} without data, ${noValue} without a value in the plan.`,
    daysOverdue: (n) => `${n}`,
  },
};
