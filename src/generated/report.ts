// Generated from schemas/report.schema.json by scripts/gen-types.mjs. Do not edit.

/**
 * The header and closing of the monthly circular (月调度通报) and of the year's assessment (年度评估), set once by the office that sends them (report.yaml).
 */
export interface ReportHeader {
/**
 * The issuing office (发文单位), e.g. 沁水县人民政府督查室.
 */
issuer?: string
/**
 * The issue number (期号), e.g. 第6期.
 */
number?: string
/**
 * The date of issue, as typed: 2021-07-05, 2021/7/5 or 2021年7月5日.
 */
date?: string
/**
 * The circular's name after the scope and month (default 生态环境保护重点任务月调度通报).
 */
title?: string
/**
 * The closing line, e.g. 请各责任单位对照通报问题抓紧整改，于下月25日前报送进展情况。
 */
closing?: string
/**
 * Units report their progress by this day of the month (default 25); a report later in the month is reported late.
 */
reportingDay?: number
/**
 * The office requires proof for a sign-off (核实销号): a document number or a link, given with plancheck signoff or in the unit's report; a sign-off without it is refused (default false).
 */
signoffProof?: boolean
/**
 * The year's assessment's name after the scope and year (default 生态环境保护重点任务年度完成情况评估).
 */
assessmentTitle?: string
/**
 * The scoring rule of the year's assessment (report --year), set once and printed in it: a unit's score is base, plus the points of each milestone it answers for that fell due in the year by what became of it, plus sentBack for each time its reported work was sent back in the year, plus perOverdueMonth for each full 30 days a milestone was overdue. Points are added; a deduction is negative. Without it, units are ranked by on-time rate and only counted.
 */
assessment?: {
/**
 * Points every unit starts from (e.g. 100 for a scale of deductions); default 0.
 */
base?: number
/**
 * Points per milestone done on time (按期完成); default 0.
 */
onTime?: number
/**
 * Points per milestone done late (逾期完成); default 0.
 */
late?: number
/**
 * Points per milestone overdue and not done by the year's end (逾期未完成); default 0.
 */
overdue?: number
/**
 * Points per soft target missed (力争目标未达成); default 0.
 */
softMissed?: number
/**
 * Points per sign-off refused (退回) in the year; default 0.
 */
sentBack?: number
/**
 * Points per full 30 days a milestone was overdue, done late or still open at the year's end (e.g. -1: a point off per month); default 0.
 */
perOverdueMonth?: number
/**
 * The lowest a score goes (e.g. 0 on a scale of deductions: 扣完为止); default none.
 */
floor?: number
}
}
