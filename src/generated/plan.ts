// Generated from schemas/plan.schema.json by scripts/gen-types.mjs. Do not edit.

/**
 * air 大气, water 水, soil 土壤, groundwater 地下水, eco 生态文明.
 * 
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "Category".
 */
export type Category = ("air" | "water" | "soil" | "groundwater" | "eco")
/**
 * A calendar date, YYYY-MM-DD, read in China Standard Time.
 * 
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "IsoDate".
 */
export type IsoDate = string
/**
 * Encoder's notes: decisions, oddities of the source.
 * 
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "Notes".
 */
export type Notes = string[]
/**
 * Where the task stands in the source notice: its body item, the annex rows that restate it, or both.
 * 
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "Source".
 */
export type Source = (Source1 & {
body?: BodyRef
/**
 * @minItems 1
 */
annex?: AnnexRow[]
})
export type Source1 = {
[k: string]: unknown
}
/**
 * Unit ids from the county's registry.
 * 
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "UnitIds".
 */
export type UnitIds = string[]

/**
 * One action plan (行动计划 / 工作方案) of one county, hand-encoded from its source notice. Every numbered body item and every annex row is a task or part of one; Chinese text is kept verbatim.
 */
export interface Plan {
/**
 * Stable plan id, e.g. qinshui-2021-air. Never reused.
 */
id: string
/**
 * County slug; the county's unit registry is plans/<county>/units.yaml.
 */
county: string
/**
 * The plan's title, verbatim as printed.
 */
title: string
category: Category
/**
 * The plan's year.
 */
year: number
/**
 * The period the plan covers: its year unless the plan says otherwise. Recurring obligations expand within it.
 */
period: {
start: IsoDate
end: IsoDate
}
document: Document
/**
 * The annex tables (附件) of this plan, as printed.
 */
annexes?: Annex[]
/**
 * Goals (主要目标 / 工作目标): not tasks, but their quantitative targets can be measured.
 */
goals?: Goal[]
/**
 * Every numbered body item (and every body paragraph with responsible units of its own), and every annex row that restates no body item.
 * 
 * @minItems 1
 */
tasks: Task[]
notes?: Notes
}
/**
 * The notice that issued the plan.
 * 
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "Document".
 */
export interface Document {
/**
 * Document number as printed, e.g. 沁政办发〔2021〕19号.
 */
number: string
/**
 * Issuing office, as printed.
 */
issuer: string
/**
 * A calendar date, YYYY-MM-DD, read in China Standard Time.
 */
date: string
/**
 * The source notice shipped under sources/, against which verbatim text is checked.
 */
file: string
}
/**
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "Annex".
 */
export interface Annex {
/**
 * Annex table id within the plan: A1, A2…
 */
id: string
/**
 * The annex label as printed, e.g. 附件 1.
 */
label?: string
/**
 * The table's title, verbatim.
 */
title: string
/**
 * Column headers, verbatim, in order.
 * 
 * @minItems 1
 */
columns: string[]
notes?: Notes
}
/**
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "Goal".
 */
export interface Goal {
/**
 * Goal id, e.g. QS21-WATER-G1.
 */
id: string
/**
 * The goal, verbatim.
 */
text: string
/**
 * Section headings as printed.
 * 
 * @minItems 1
 */
section: string[]
targets?: Target[]
}
/**
 * A quantitative target; a status file gives measured values for it.
 * 
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "Target".
 */
export interface Target {
/**
 * Target id within its task or goal: t1, t2…
 */
id: string
/**
 * The phrase that states the target, verbatim (漏损率控制在10%以内).
 */
text: string
/**
 * What is measured (公共供水管网漏损率, 郑庄断面水质).
 */
metric: string
/**
 * lte ≤, lt <, gte ≥, gt >, eq =; class-or-better: a water-quality class at or better than value (Ⅰ best … Ⅴ, 劣Ⅴ).
 */
comparison: ("lte" | "lt" | "gte" | "gt" | "eq" | "class-or-better")
/**
 * The figure (10, 23) or the water class (Ⅲ). Absent when the plan defers to a higher level's figure: then say so in unstated.
 */
value?: (number | string)
/**
 * Why the value is not in the plan, verbatim (完成省定目标, 市定目标).
 */
unstated?: string
/**
 * Unit of the value: %, mg/L, μg/m³, 吨/月·平方公里…
 */
unit?: string
/**
 * A calendar date, YYYY-MM-DD, read in China Standard Time.
 */
by?: string
/**
 * True for 力争: missing it warns.
 */
soft?: boolean
}
/**
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "Task".
 */
export interface Task {
/**
 * Stable task id, never reused: <county><yy>-<CATEGORY>-<n>, e.g. QS21-AIR-04.
 */
id: string
/**
 * A short title, for tables. Never instead of text.
 */
title: string
/**
 * The task's text, verbatim: the body item (without its 〔责任单位〕 bracket), or the annex row's task cell for a row that restates no body item.
 */
text: string
source: Source
units: Units
/**
 * @minItems 1
 */
milestones: Milestone[]
targets?: Target[]
disagreements?: Disagreement[]
/**
 * Tasks whose text (or a sentence of it) is the same as this task's but is read otherwise on purpose; validate's same-sentence check is silent for them.
 */
readsDifferently?: ReadsDifferently[]
notes?: Notes
}
/**
 * Where the task stands in the plan's body.
 * 
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "BodyRef".
 */
export interface BodyRef {
/**
 * Section headings as printed, outermost first, e.g. [三、重点任务, （一）围绕环境容量，加大结构调整减排].
 * 
 * @minItems 1
 */
section: string[]
/**
 * Item number as printed (1, 12, （三)…); absent for an unnumbered paragraph.
 */
item?: string
/**
 * Paragraph within the item, where an item has several paragraphs each with its own responsible units.
 */
paragraph?: number
/**
 * The responsible-units text of this item, verbatim (the inside of 〔责任单位：…〕 or the X牵头，Y配合 sentence).
 */
unitsText?: string
}
/**
 * One row of an annex table, cells verbatim.
 * 
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "AnnexRow".
 */
export interface AnnexRow {
/**
 * Annex id (see the plan's annexes).
 */
table: string
/**
 * The row number (序号) as printed; #N for the N-th row of a table without numbers.
 */
row: string
/**
 * Cell values keyed by column header, verbatim; an empty cell is the empty string.
 */
cells: {
[k: string]: string
}
/**
 * Cells that are empty (merged) or broken in the extracted text, with the value resolved from the row above or from the table's order; say why in notes.
 */
inherited?: {
[k: string]: string
}
notes?: Notes
}
/**
 * Responsible units. lead: marked 牵头 (or the annex's 牵头单位 column); support: marked 配合; responsible: listed as 责任单位 without lead or support told apart.
 * 
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "Units".
 */
export interface Units {
lead?: UnitIds
support?: UnitIds
responsible?: UnitIds
}
/**
 * A point of the task that can be done, due or late. Its statements are every place the source states its date; the first is the primary one. Where they disagree, the engine uses the strictest (earliest due, hard over soft) and every view shows both.
 * 
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "Milestone".
 */
export interface Milestone {
/**
 * Milestone id within the task: m1, m2… Never reused.
 */
id: string
/**
 * What is due at this milestone, in the source's words where possible.
 */
what?: string
units?: Units1
/**
 * @minItems 1
 */
statements: Statement[]
}
/**
 * Responsible units. lead: marked 牵头 (or the annex's 牵头单位 column); support: marked 配合; responsible: listed as 责任单位 without lead or support told apart.
 */
export interface Units1 {
lead?: UnitIds
support?: UnitIds
responsible?: UnitIds
}
/**
 * One statement of a milestone's date in the source (the body's or an annex row's), with its reading.
 * 
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "Statement".
 */
export interface Statement {
/**
 * Where the phrase is printed.
 */
source: ("body" | "annex")
/**
 * With source annex: the row number, as in the task's source.annex.
 */
row?: string
/**
 * The date phrase, verbatim (2021年4月底前, 长期坚持, 按季度…). Absent only for kind unspecified when the source states nothing.
 */
phrase?: string
/**
 * by: due on a date; from: in force from a date; window: in force between from and due; recurring: one occurrence per period; ongoing: in force for the plan's period; soft: a target date (力争), a miss warns; unspecified: no date can be stated; done: the plan records it as completed (已完成).
 */
kind: ("by" | "from" | "window" | "recurring" | "ongoing" | "soft" | "unspecified" | "done")
/**
 * A calendar date, YYYY-MM-DD, read in China Standard Time.
 */
due?: string
/**
 * A calendar date, YYYY-MM-DD, read in China Standard Time.
 */
from?: string
/**
 * recurring: the period of one occurrence (two-months: 每两月, January–February, March–April … of the calendar year).
 */
every?: ("month" | "two-months" | "quarter" | "year")
/**
 * recurring every month: the day of the month each occurrence is due by (每月25日前); without it, the month's last day (the last day where the month is shorter).
 */
day?: number
/**
 * unspecified: the text that says why no date can be stated (or that the source gives none).
 */
why?: string
}
/**
 * Where the body and an annex row (or two rows) state different facts of the same task. Both facts stay in the data.
 * 
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "Disagreement".
 */
export interface Disagreement {
/**
 * What differs.
 */
field: ("date" | "units" | "text" | "scope")
/**
 * The annex row concerned.
 */
row?: string
/**
 * What the body says, verbatim (or 无 where it says nothing).
 */
body: string
/**
 * What the annex says, verbatim (or 无).
 */
annex: string
/**
 * The encoder's reading of the difference.
 */
note: string
}
/**
 * An intended difference of reading between this task and another with the same sentence.
 * 
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "ReadsDifferently".
 */
export interface ReadsDifferently {
/**
 * The other task's id.
 */
task: string
/**
 * Why the same words are read differently here (another sentence of the item, the annex, the county's own units).
 */
reason: string
}
