// What is about to be added to a status file passes exactly the checks `validate` applies to one: the
// schema, the control characters, then the references (task, milestone, occurrence, target, value kind, no date after today).
// Findings name the entry, not a place: it is not in any file yet.
import type { IsoDate } from '../dates/calendar.js';
import type { Finding } from '../findings.js';
import { yamlFile } from '../load/yamlFile.js';
import type { Project, StatusFile } from '../model.js';
import { checkStatus } from '../validate/statusReferences.js';
import { validateSchema } from '../validate/schema.js';
import { checkControlCharacters } from '../validate/controlCharacters.js';
import type { Additions } from './writer.js';

export async function checkAdditions(add: Additions, project: Project, asOf: IsoDate, today: IsoDate): Promise<Finding[]> {
  const status: StatusFile = Object.fromEntries(Object.entries(add).filter(([, list]) => list.length > 0));
  const file = yamlFile('(new status entries)', status);
  const schema = [...(await validateSchema('status', file)), ...checkControlCharacters(file)];
  const found = schema.length ? schema : checkStatus({ status }, project, asOf, today);
  return found.filter((f) => f.severity === 'error').map(({ at: _at, ...f }) => f);
}
