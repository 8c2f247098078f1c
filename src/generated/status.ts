// Generated from schemas/status.schema.json by scripts/gen-types.mjs. Do not edit.

/**
 * A task id (or goal id for a measurement).
 * 
 * This interface was referenced by `StatusFile`'s JSON-Schema
 * via the `definition` "Ref".
 */
export type Ref = string
/**
 * This interface was referenced by `StatusFile`'s JSON-Schema
 * via the `definition` "IsoDate".
 */
export type IsoDate = string

/**
 * What was done, when and with what evidence; measured values for targets; approved extensions; the office's verdicts on the completions units report. The user's file: plancheck writes it only through mark, extend, import, signoff and reject, which append entries and keep its comments.
 */
export interface StatusFile {
/**
 * True for example data that describes no real progress.
 */
example?: boolean
description?: string
/**
 * Progress reports, oldest first; for one milestone (or occurrence) the latest entry by date wins.
 */
entries?: Entry[]
/**
 * Measured values for targets.
 */
measurements?: Measurement[]
/**
 * Approved deadline extensions. The engine uses the new date; every view still shows the original.
 */
extensions?: Extension[]
/**
 * The office's verdicts (核实销号 or 退回) on completions, oldest first. A completion (an entry with state done) is reported (单位报完成) until a verdict on the same milestone, dated on or after it, signs it off or sends it back; a sent-back milestone is open again. A later report by the unit stands over an earlier verdict.
 */
verdicts?: Verdict[]
}
/**
 * This interface was referenced by `StatusFile`'s JSON-Schema
 * via the `definition` "Entry".
 */
export interface Entry {
task: Ref
/**
 * Milestone id; may be left out when the task has one milestone.
 */
milestone?: string
/**
 * For a recurring milestone: 2021-06 (month), 2021-B3 (two months: B1 January–February … B6 November–December), 2021-Q2 (quarter) or 2021 (year).
 */
occurrence?: string
/**
 * done: completed on date; waived: no longer required (say why in note).
 */
state: ("done" | "in-progress" | "not-started" | "blocked" | "waived")
/**
 * For done: the completion date; otherwise the date of the report.
 */
date: string
evidence?: Evidence[]
note?: string
/**
 * Who made the entry: the unit that reported it (its name, from its ledger on import or mark --by), or office for the office's own record. A done entry is a report waiting for sign-off whoever made it.
 */
by?: string
}
/**
 * This interface was referenced by `StatusFile`'s JSON-Schema
 * via the `definition` "Evidence".
 */
export interface Evidence {
/**
 * What shows it.
 */
text?: string
/**
 * Document number of the proof, e.g. 沁环函〔2021〕12号.
 */
document?: string
/**
 * A URL or file path.
 */
link?: string
}
/**
 * This interface was referenced by `StatusFile`'s JSON-Schema
 * via the `definition` "Measurement".
 */
export interface Measurement {
task: Ref
target: string
/**
 * A number, or a water class (Ⅰ…Ⅴ, 劣Ⅴ) for class targets.
 */
value: (number | string)
/**
 * When it was measured.
 */
date: string
/**
 * Where the plan defers to a higher level's figure: the figure that level set.
 */
setValue?: (number | string)
evidence?: Evidence[]
note?: string
}
/**
 * This interface was referenced by `StatusFile`'s JSON-Schema
 * via the `definition` "Extension".
 */
export interface Extension {
task: Ref
milestone?: string
/**
 * The new deadline.
 */
due: string
/**
 * The approving document.
 */
approvedBy: string
reason: string
}
/**
 * This interface was referenced by `StatusFile`'s JSON-Schema
 * via the `definition` "Verdict".
 */
export interface Verdict {
task: Ref
/**
 * Milestone id; may be left out when the task has one milestone.
 */
milestone?: string
/**
 * For a recurring milestone: the occurrence, as in entries.
 */
occurrence?: string
/**
 * signed-off: 核实销号, the office checked the proof and strikes the milestone off; sent-back: 退回, the completion is not accepted and the milestone is open again (say why in reason).
 */
verdict: ("signed-off" | "sent-back")
/**
 * The date of the verdict.
 */
date: string
/**
 * Who gave the verdict: always the office (plancheck signoff, reject, or import --office of the office's own ledger copy). A unit's ledger never gives one.
 */
by: "office"
/**
 * sent-back: why the completion is not accepted; shown wherever the milestone is.
 */
reason?: string
/**
 * The proof the office checked (佐证材料).
 */
evidence?: Evidence[]
note?: string
}
