import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE, fixtureArgs, run, ROOT } from './helpers/cli.js';

const EXAMPLE = 'examples/qinshui-2021-status.yaml';
const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'plancheck-check-'));

describe('plancheck check: the CI gate', () => {
  it('exits 1 and names the overdue tasks on the shipped Qinshui plans', async () => {
    const r = (await run(['check', '--county', 'qinshui', '--as-of', '2021-07-01', '--status', EXAMPLE]));
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/QS21-AIR-04 m1.*overdue.*plans\/qinshui\/2021-air\.yaml:\d+/);
    expect(r.stdout).toMatch(/milestones checked as of 2021-07-01: \d+ failing/);
  });

  it('exits 0 when everything due is done', async () => {
    // on 2021-07-01 the fixture's due milestones are done (one late), the rest not yet due
    const r = (await run(fixtureArgs('check', '--as-of', '2021-07-01')));
    expect(r.stdout).toMatch(/milestones checked as of 2021-07-01: 0 failing, 0 warnings/);
    expect(r.code).toBe(0);
  });

  it('no task matching the filters is not an error', async () => {
    const r = (await run(fixtureArgs('check', '--category', 'soil', '--as-of', '2022-01-01')));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('0 milestones checked');
  });

  it('--grace lets a deadline pass by a few days; --fail-on soft fails soft misses', async () => {
    // DM21-AIR-02 Q3 is due 2021-09-30: 2 days late on 2021-10-02
    expect((await run(fixtureArgs('check', '--as-of', '2021-10-02'))).code).toBe(1);
    expect((await run(fixtureArgs('check', '--as-of', '2021-10-02', '--grace', '3d'))).code).toBe(0);
    const soft = fixtureArgs('check', '--as-of', '2022-01-01', '--plan', 'demo-2021-air', '--grace', '400d');
    expect((await run(soft)).code).toBe(0);
    expect((await run([...soft, '--fail-on', 'soft'])).code).toBe(1);
    expect((await run(fixtureArgs('check', '--fail-on', 'late'))).code).toBe(2);
  });

  it('--fail-on due-soon fails on what is due within --soon', async () => {
    expect((await run(fixtureArgs('check', '--as-of', '2021-09-25'))).code).toBe(0);
    expect((await run(fixtureArgs('check', '--as-of', '2021-09-25', '--fail-on', 'overdue,due-soon'))).code).toBe(1);
  });

  it('writes JUnit XML to a file while the terminal gets the table', async () => {
    const out = path.join(tmp(), 'reports/plancheck.xml');
    const r = (await run(fixtureArgs('check', '--as-of', '2021-10-02', '--format', 'junit', '--output', `junit=${out}`)));
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('milestones checked');
    const xml = fs.readFileSync(out, 'utf8');
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites>\n  <testsuite package="demo" id="0" name="demo-2021-air" timestamp="2021-10-02T23:59:59" hostname="localhost" tests="(\d+)" failures="1" errors="0"/);
    const cases = xml.match(/<testcase /g)?.length;
    expect(xml).toContain(`tests="${cases}"`);
    expect(xml).toMatch(/<testcase classname="demo-2021-air" name="DM21-AIR-02 m1 2021-Q3 非道路移动机械检查"[^>]*><failure type="TASK_OVERDUE"/);
    // well-formed: every opened element is closed
    expect(xml.match(/<testsuite /g)?.length).toBe(xml.match(/<\/testsuite>/g)?.length);
    expect(xml.match(/<testcase /g)?.length).toBe(xml.match(/<\/testcase>/g)?.length);
  });

  it('github annotations land on the task line of its plan file', async () => {
    const r = (await run(['check', '--county', 'qinshui', '--as-of', '2021-07-01', '--status', EXAMPLE, '--format', 'github']));
    const lines = r.stdout.split('\n').filter((l) => l.startsWith('::error'));
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines) {
      const m = /^::error file=([^,]+),line=(\d+),title=([A-Z0-9-]+)/.exec(line);
      expect(m).not.toBeNull();
      const [, file, lineNo, id] = m as RegExpExecArray;
      const planLine = fs.readFileSync(path.join(ROOT, file as string), 'utf8').split('\n')[Number(lineNo) - 1];
      expect(planLine).toContain(`id: ${id}`);
    }
  });

  it('writes a Markdown job summary where GITHUB_STEP_SUMMARY is set, and SARIF 2.1.0', async () => {
    const dir = tmp();
    const summary = path.join(dir, 'summary.md');
    const sarif = path.join(dir, 'p.sarif');
    (await run(fixtureArgs('check', '--as-of', '2021-10-02', '--format', 'github', '--format', 'sarif', '--output', `sarif=${sarif}`), { env: { GITHUB_STEP_SUMMARY: summary } }));
    expect(fs.readFileSync(summary, 'utf8')).toMatch(/## plancheck ❌[\s\S]*\| ❌ \| DM21-AIR-02 m1 2021-Q3 \|/);
    const doc = JSON.parse(fs.readFileSync(sarif, 'utf8'));
    expect(doc.runs[0].tool.driver).toMatchObject({ name: 'plancheck', version: '0.1.0' });
    expect(doc.version).toBe('2.1.0');
    expect(doc.runs[0].tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(['overdue', 'due-soon', 'soft-missed']);
    expect(doc.runs[0].results[0]).toMatchObject({ ruleId: 'overdue', level: 'error' });
    expect(doc.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toMatch(/plans\/demo\/2021-air\.yaml$/);
  });

  it('bad input is exit 2, not 1', async () => {
    expect((await run(['check', '--plans', path.join(FIXTURE, 'plans'), '--status', path.join(FIXTURE, 'nope.yaml')])).code).toBe(2);
  });
});
