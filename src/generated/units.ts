// Generated from schemas/units.schema.json by scripts/gen-types.mjs. Do not edit.

/**
 * One county's registry of responsible units: canonical names and every spelling seen in its plans.
 */
export interface UnitRegistry {
county: {
/**
 * Pinyin slug: qinshui.
 */
id: string
/**
 * Chinese name: 沁水县.
 */
name: string
/**
 * Other names a user may type: 沁水.
 */
aliases?: string[]
/**
 * The prefecture-level city: 晋城市.
 */
city?: string
}
/**
 * @minItems 1
 */
units: {
/**
 * Stable unit id, used in plans.
 */
id: string
/**
 * Canonical Chinese name.
 */
name: string
/**
 * Every other spelling seen in the county's plans, verbatim.
 */
aliases?: string[]
/**
 * True for a group of units (各乡（镇）人民政府, 县直各相关单位).
 */
group?: boolean
/**
 * Why spellings were merged or kept apart.
 */
note?: string
/**
 * Who answers for the unit's ledger (任务台账): shown in the ledgers plancheck writes.
 */
contact?: {
/**
 * 联系人.
 */
person?: string
/**
 * 联系电话.
 */
phone?: string
}
}[]
notes?: string[]
}
