// Generates src/generated/*.ts from schemas/*.schema.json: the schemas are the one source of truth.
// `node scripts/gen-types.mjs --check` fails when the committed types are stale (run by the tests).
import fs from 'node:fs';
import { compile } from 'json-schema-to-typescript';

const schemas = { plan: 'Plan', units: 'UnitRegistry', status: 'StatusFile', lights: 'Lights' };
const check = process.argv.includes('--check');
let stale = 0;
for (const name of Object.keys(schemas)) {
  const schema = JSON.parse(fs.readFileSync(`schemas/${name}.schema.json`, 'utf8'));
  const ts = await compile(schema, schemas[name], {
    bannerComment: `// Generated from schemas/${name}.schema.json by scripts/gen-types.mjs. Do not edit.`,
    additionalProperties: false,
    unreachableDefinitions: true,
    format: false,
    ignoreMinAndMaxItems: true,
    cwd: 'schemas',
  });
  const out = `src/generated/${name}.ts`;
  if (check) {
    if (!fs.existsSync(out) || fs.readFileSync(out, 'utf8') !== ts) { console.error(`${out} is stale: run npm run gen`); stale++; }
  } else {
    fs.mkdirSync('src/generated', { recursive: true });
    fs.writeFileSync(out, ts);
  }
}
process.exitCode = stale ? 1 : 0;
