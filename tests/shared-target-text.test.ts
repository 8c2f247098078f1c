// Two targets read from one sentence (公众对生态文明建设的满意度和参与度不小于80%) share their text: show
// and the circular name each with its metric, so that the two lines can be told apart.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { run } from './helpers/cli.js';

it('show and the circular tell two targets of one sentence apart by their metrics', async () => {
  const show = await run(['show', 'QS20-ECO-28', '--lang', 'zh']);
  const lines = show.stdout.split('\n').filter((l) => /^ {2}t[12] /.test(l));
  expect(lines).toHaveLength(2);
  expect(lines[0]).toContain('（公众对生态文明建设的满意度 ≥ 80%）');
  expect(lines[1]).toContain('（公众对生态文明建设的参与度 ≥ 80%）');
  const status = path.join(mkdtempSync(path.join(tmpdir(), 'plancheck-targets-')), 'status.yaml');
  writeFileSync(status, 'measurements:\n  - { task: QS20-ECO-28, target: t1, value: 85, date: 2021-06-20 }\n  - { task: QS20-ECO-28, target: t2, value: 76, date: 2021-06-20 }\n');
  const circular = await run(['report', '--month', '2021-06', '--county', 'qinshui', '--status', status, '--lang', 'zh']);
  expect(circular.stdout).toContain('公众对生态文明建设的满意度和参与度不小于80%（公众对生态文明建设的满意度）');
  expect(circular.stdout).toContain('公众对生态文明建设的满意度和参与度不小于80%（公众对生态文明建设的参与度）');
  // a target whose text no other shares is named by its text alone
  expect(circular.stdout).not.toMatch(/不低于25%（/);
});
