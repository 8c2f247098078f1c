// Generated from schemas/workspace.schema.json by scripts/gen-types.mjs. Do not edit.

/**
 * The county repositories a city's office reads in one run (workspace.yaml): each holds plans/ and status.yaml as plancheck init makes them.
 */
export interface Workspace {
/**
 * The county repositories, as paths relative to the workspace file (git submodules, or checkouts side by side: counties/qinshui, ../lingchuan).
 * 
 * @minItems 1
 */
counties: string[]
}
