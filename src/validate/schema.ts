// JSON Schema validation of plans, unit registries, status files and light settings, with validators
// compiled ahead of time (src/generated/validators.js) and loaded only when a file must be validated.
import type { ErrorObject, ValidateFunction } from 'ajv';
import { finding, type Finding } from '../findings.js';
import type { PathSegment, YamlFile } from '../load/yamlFile.js';
import { timed } from '../timings.js';

export type SchemaName = 'plan' | 'units' | 'status' | 'lights' | 'report' | 'workspace';

let validators: Promise<Record<SchemaName, ValidateFunction>> | undefined;
const compiled = () => (validators ??= import('../generated/validators.js'));

/** Validates a parsed file; returns a finding per schema error, at the offending value or key. */
export async function validateSchema(name: SchemaName, yaml: YamlFile): Promise<Finding[]> {
  const validate = (await compiled())[name];
  return timed('schema', () => (validate(yaml.data) ? [] : dedupe(validate.errors ?? []).map((e) => toFinding(e, yaml))));
}

function toFinding(e: ErrorObject, yaml: YamlFile): Finding {
  const path: PathSegment[] = e.instancePath
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
  const subject = path.join('.') || '(top level)';
  const p = e.params as Record<string, unknown>;
  // The file's whole content is never quoted: a link may have led to a secret (a token in .npmrc, .env).
  const actual = path.length === 0 ? kindOf(yaml.data) : show(valueAt(yaml.data, path));
  switch (e.keyword) {
    case 'additionalProperties':
      return finding('SCHEMA', { subject, detail: 'unknown-field', actual: String(p.additionalProperty) }, yaml.atKey([...path, String(p.additionalProperty)]));
    case 'required':
      return finding('SCHEMA', { subject, detail: 'missing-field', expected: String(p.missingProperty) }, yaml.at(path));
    case 'enum':
      return finding('SCHEMA', { subject, detail: 'enum', expected: (p.allowedValues as unknown[]).join(', '), actual }, yaml.at(path));
    case 'format':
      return finding('SCHEMA', { subject, detail: 'date', actual }, yaml.at(path));
    case 'type':
      return finding('SCHEMA', { subject, detail: 'type', expected: String(p.type), actual }, yaml.at(path));
    case 'pattern':
      return finding('SCHEMA', { subject, detail: 'pattern', expected: String(p.pattern), actual }, yaml.at(path));
    default:
      return finding('SCHEMA', { subject, detail: 'other', actual: e.message ?? e.keyword }, yaml.at(path));
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

/** The JSON type of a value, as the schema's type keyword names them. */
const kindOf = (v: unknown): string => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v === 'object' ? 'object' : typeof v);

// JSON has no infinity (.inf in YAML): it is named, not shown as null.
const show = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' && !Number.isFinite(v) ? String(v) : JSON.stringify(v) ?? 'nothing');
