import { describe, expect, it } from 'vitest';
import { readPhrase } from '../src/dates/phrase.js';

const ctx = { year: 2021, issued: '2021-05-11' };

describe('readPhrase: every phrase kind of the glossary', () => {
  it.each([
    ['2021年4月底前', { kind: 'by', due: '2021-04-30' }],
    ['2021 年 4 月底前', { kind: 'by', due: '2021-04-30' }],
    ['2021年4月底', { kind: 'by', due: '2021-04-30' }],
    ['2021年12月', { kind: 'by', due: '2021-12-31' }],
    ['4月底前', { kind: 'by', due: '2021-04-30' }],
    ['2月底前', { kind: 'by', due: '2021-02-28' }],
    ['2021年底前', { kind: 'by', due: '2021-12-31' }],
    ['年底前', { kind: 'by', due: '2021-12-31' }],
    ['2021年年底前', { kind: 'by', due: '2021-12-31' }],
    ['2025年底前', { kind: 'by', due: '2025-12-31' }],
    ['2025年12月底', { kind: 'by', due: '2025-12-31' }],
    ['2022年12月15日前', { kind: 'by', due: '2022-12-15' }],
    ['2022年1月10日前', { kind: 'by', due: '2022-01-10' }],
    ['2021年', { kind: 'by', due: '2021-12-31' }],
    ['2021年5月1日起', { kind: 'from', from: '2021-05-01' }],
    ['2021年4月起', { kind: 'from', from: '2021-04-01' }],
    ['8月起', { kind: 'from', from: '2021-08-01' }],
    ['2022 年起', { kind: 'from', from: '2022-01-01' }],
    ['2021年5-9月', { kind: 'window', from: '2021-05-01', due: '2021-09-30' }],
    ['2021年5月-9月', { kind: 'window', from: '2021-05-01', due: '2021-09-30' }],
    ['7-9月', { kind: 'window', from: '2021-07-01', due: '2021-09-30' }],
    ['每月', { kind: 'recurring', every: 'month' }],
    ['按月', { kind: 'recurring', every: 'month' }],
    ['每季度', { kind: 'recurring', every: 'quarter' }],
    ['每两月清洗一次', { kind: 'recurring', every: 'two-months' }],
    ['每两个月', { kind: 'recurring', every: 'two-months' }],
    ['按季度', { kind: 'recurring', every: 'quarter' }],
    ['每年', { kind: 'recurring', every: 'year' }],
    ['长期坚持', { kind: 'ongoing' }],
    ['每天', { kind: 'ongoing' }],
    ['月通报', { kind: 'recurring', every: 'month' }],
    ['持续开展', { kind: 'ongoing' }],
    ['力争年底前完成', { kind: 'soft', due: '2021-12-31' }],
    ['一年内', { kind: 'unspecified' }],
    ['在市级规定时间内', { kind: 'unspecified' }],
    ['按照省生态环境厅规定的时间节点', { kind: 'unspecified' }],
    ['供暖季前', { kind: 'unspecified' }],
    ['非汛期', { kind: 'unspecified' }],
    ['已完成', { kind: 'done', due: '2021-05-11' }],
    // Issue 17: a direction is no date; 每年 with a date is that date in the plan's year; 力争 on a year's target is soft.
    ['逐年提高', { kind: 'unspecified' }],
    ['持续下降', { kind: 'unspecified' }],
    ['每年8月底', { kind: 'by', due: '2021-08-31' }],
    ['2021年农村地区清洁取暖覆盖率力争达到70%以上', { kind: 'soft', due: '2021-12-31' }],
    ['持续推进', { kind: 'ongoing' }],
    ['月调度月通报', { kind: 'recurring', every: 'month' }],
    // Issue 27: a monthly report by a day of the month is due on that day, not at the month's end.
    ['每月 25 日前', { kind: 'recurring', every: 'month', day: 25 }],
    ['日分析、周研判', { kind: 'ongoing' }],
  ])('%s', (phrase, reading) => {
    expect(readPhrase(phrase, ctx)).toEqual(reading);
  });

  it('leaves a phrase it does not know unread, instead of guessing', () => {
    expect(readPhrase('秋冬季', ctx)).toBeUndefined();
    expect(readPhrase('适时', ctx)).toBeUndefined();
  });

  it('takes the plan year for a month without a year', () => {
    expect(readPhrase('6月底前', { year: 2023, issued: '2023-07-21' })).toEqual({ kind: 'by', due: '2023-06-30' });
  });
});
