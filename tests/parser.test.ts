// plancheck reads YAML with js-yaml (several times faster); the yaml package, which writes status files
// keeping their comments, must read every shipped file to the same data, so that what one writes the
// other reads as meant.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseYamlText } from '../src/load/parseYaml.js';
import { ROOT } from './helpers/cli.js';

const yamlFiles = (dir: string): string[] =>
  fs.readdirSync(dir, { recursive: true }).map(String).filter((f) => /\.ya?ml$/.test(f)).map((f) => path.join(dir, f));

describe('the YAML reader', () => {
  const files = [...yamlFiles(path.join(ROOT, 'plans')), ...yamlFiles(path.join(ROOT, 'examples')), ...yamlFiles(path.join(ROOT, 'tests/fixtures/basic'))];

  it.each(files.map((f) => [path.relative(ROOT, f), f]))('%s reads as the yaml package reads it', (_, file) => {
    const text = fs.readFileSync(file, 'utf8');
    const ours = parseYamlText(file, text);
    expect(ours.findings).toEqual([]);
    expect(ours.data).toEqual(parse(text));
  });

  it('records where each task id stands', () => {
    const file = path.join(ROOT, 'tests/fixtures/basic/plans/demo/2021-air.yaml');
    const text = fs.readFileSync(file, 'utf8');
    const { taskLines } = parseYamlText(file, text);
    const lines = text.split('\n');
    const ids = (parse(text) as { tasks: Array<{ id: string }> }).tasks.map((t) => t.id);
    expect(taskLines.length).toBe(2 * ids.length);
    ids.forEach((id, i) => {
      const line = lines[(taskLines[2 * i] as number) - 1] as string;
      expect(line.slice((taskLines[2 * i + 1] as number) - 1)).toMatch(new RegExp(`^${id}\\b`));
    });
  });

  it('refuses an alias bomb, and says where a syntax error stands', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]', ...Array.from({ length: 8 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}]`)].join('\n');
    expect(parseYamlText('bomb.yaml', bomb).findings.map((f) => f.args.subject)).toEqual(['ALIAS_COUNT']);
    expect(parseYamlText('ok.yaml', 'a: &a [1, 2]\nb: *a\n').findings).toEqual([]);
    expect(parseYamlText('bad.yaml', 'a: 1\nb: [1, 2\nc: 3\n').findings[0]?.at).toMatchObject({ line: 3 });
  });
});
