// A missing file named with what it is for; one that plancheck ships (run outside this repository) named where it ships.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { nameFiles } from '../src/fileRoles.js';
import { finding } from '../src/findings.js';
import { describe as words } from '../src/messages/en.js';
import { describe as wordsZh } from '../src/messages/zh.js';

const EXAMPLE = 'examples/qinshui-2021-status.yaml';
const missing = (file: string) => finding('FILE_UNREADABLE', { detail: 'ENOENT' }, { file, line: 1, column: 1 });
/** A county repository with plancheck installed in it (only the shipped example). */
function repository(): { repo: string; installed: string } {
  const repo = mkdtempSync(path.join(tmpdir(), 'plancheck-roles-'));
  const installed = path.join(repo, 'node_modules/plancheck');
  mkdirSync(path.join(installed, 'examples'), { recursive: true });
  writeFileSync(path.join(installed, EXAMPLE), 'entries: []\n');
  return { repo, installed };
}

it('says where plancheck ships the example status file when it is named from a county repository', () => {
  const { repo, installed } = repository();
  const [local] = nameFiles([missing(path.join(repo, EXAMPLE))], { status: EXAMPLE }, repo, installed);
  expect(words(local!)).toBe(`status file ${EXAMPLE} not found (plancheck ships it at node_modules/plancheck/${EXAMPLE})`);
  expect(wordsZh(local!)).toBe(`进度文件 ${EXAMPLE} 不存在（plancheck 自带此文件，位于 node_modules/plancheck/${EXAMPLE}）`);
  // Installed elsewhere (npm install -g): the full path.
  const elsewhere = mkdtempSync(path.join(tmpdir(), 'plancheck-roles-'));
  const [global] = nameFiles([missing(path.join(elsewhere, EXAMPLE))], { status: EXAMPLE }, elsewhere, installed);
  expect(words(global!)).toBe(`status file ${EXAMPLE} not found (plancheck ships it at ${path.join(installed, EXAMPLE)})`);
});

it('names no shipped copy for a file plancheck does not ship', () => {
  const { repo, installed } = repository();
  const [f] = nameFiles([missing(path.join(repo, 'examples/nope.yaml'))], { status: 'examples/nope.yaml' }, repo, installed);
  expect(words(f!)).toBe('status file examples/nope.yaml not found');
});
