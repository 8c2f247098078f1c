// Generated from schemas/lights.schema.json by scripts/gen-types.mjs. Do not edit.

/**
 * The traffic lights (红黄绿灯) of the monthly circular. Offices differ: some mark a task completed late yellow, some use blue for due soon.
 */
export interface Lights {
/**
 * An open milestone due within this many days of the as-of date gets the soon colour (default 15).
 */
soonDays?: number
/**
 * Colour of due soon (default yellow).
 */
soonColor?: ("yellow" | "blue")
/**
 * Colour of a milestone completed after its deadline (default yellow).
 */
doneLateColor?: ("yellow" | "green" | "red")
/**
 * Words for each light in the report, e.g. red: 红灯.
 */
names?: {
red?: string
yellow?: string
green?: string
blue?: string
}
/**
 * The light of an overdue milestone by days overdue: each band applies from its number of days on (default one band: red from 1 day). Bands that give every row the same light are not printed as a column.
 * 
 * @minItems 1
 */
overdueBands?: {
/**
 * Overdue at least this many days.
 */
days: number
light: ("red" | "yellow" | "green" | "blue")
}[]
}
