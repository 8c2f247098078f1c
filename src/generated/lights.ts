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
}
