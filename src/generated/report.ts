// Generated from schemas/report.schema.json by scripts/gen-types.mjs. Do not edit.

/**
 * The header and closing of the monthly circular (月调度通报), set once by the office that sends it (report.yaml).
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
}
