// JSON Schema validation of plans, unit registries and status files, with errors at the user's line.
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import formats from 'ajv-formats';
import lightsSchema from '../../schemas/lights.schema.json' with { type: 'json' };
import planSchema from '../../schemas/plan.schema.json' with { type: 'json' };
import statusSchema from '../../schemas/status.schema.json' with { type: 'json' };
import unitsSchema from '../../schemas/units.schema.json' with { type: 'json' };
import { finding, type Finding } from '../findings.js';
import type { PathSegment, YamlFile } from '../load/yamlFile.js';

export type SchemaName = 'plan' | 'units' | 'status' | 'lights';

let validators: Record<SchemaName, ValidateFunction> | undefined;

function compiled(): Record<SchemaName, ValidateFunction> {
  if (!validators) {
    const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true });
    // ajv-formats is CommonJS with a default export: its callable is .default under NodeNext.
    formats.default(ajv, ['date']);
    validators = { plan: ajv.compile(planSchema), units: ajv.compile(unitsSchema), status: ajv.compile(statusSchema), lights: ajv.compile(lightsSchema) };
  }
  return validators;
}

/** Validates a parsed file; returns a finding per schema error, at the offending value or key. */
export function validateSchema(name: SchemaName, yaml: YamlFile): Finding[] {
  const validate = compiled()[name];
  if (validate(yaml.data)) return [];
  return dedupe(validate.errors ?? []).map((e) => toFinding(e, yaml));
}

function toFinding(e: ErrorObject, yaml: YamlFile): Finding {
  const path: PathSegment[] = e.instancePath
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
  const subject = path.join('.') || '(top level)';
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'additionalProperties':
      return finding('SCHEMA', { subject, detail: 'unknown-field', actual: String(p.additionalProperty) }, yaml.locateKey([...path, String(p.additionalProperty)]));
    case 'required':
      return finding('SCHEMA', { subject, detail: 'missing-field', expected: String(p.missingProperty) }, yaml.locate(path));
    case 'enum':
      return finding('SCHEMA', { subject, detail: 'enum', expected: (p.allowedValues as unknown[]).join(', '), actual: show(valueAt(yaml.data, path)) }, yaml.locate(path));
    case 'format':
      return finding('SCHEMA', { subject, detail: 'date', actual: show(valueAt(yaml.data, path)) }, yaml.locate(path));
    case 'type':
      return finding('SCHEMA', { subject, detail: 'type', expected: String(p.type), actual: show(valueAt(yaml.data, path)) }, yaml.locate(path));
    case 'pattern':
      return finding('SCHEMA', { subject, detail: 'pattern', expected: String(p.pattern), actual: show(valueAt(yaml.data, path)) }, yaml.locate(path));
    default:
      return finding('SCHEMA', { subject, detail: 'other', actual: e.message ?? e.keyword }, yaml.locate(path));
  }
}

/** anyOf reports each branch; keep one error per path and keyword. */
function dedupe(errors: ErrorObject[]): ErrorObject[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    const key = `${e.instancePath}|${e.keyword}|${JSON.stringify(e.params)}`;
    if (seen.has(key) || e.keyword === 'anyOf' || e.keyword === 'if') return false;
    seen.add(key);
    return true;
  });
}

function valueAt(data: unknown, path: PathSegment[]): unknown {
  let v: unknown = data;
  for (const s of path) v = v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[s] : undefined;
  return v;
}

const show = (v: unknown): string => (typeof v === 'string' ? v : JSON.stringify(v) ?? 'nothing');
