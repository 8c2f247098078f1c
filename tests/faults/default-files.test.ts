// Issue 22, item 5: a default ./status.yaml or ./report.yaml, and a --header, --lights or --status file,
// that links outside the project is refused (FILE_OUTSIDE), as a link in plans/ is; and an error about a
// file's top level says what kind of value it found, never the value (a link may lead to a token).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { prepare } from '../../src/context.js';
import { loadHeader, loadLights } from '../../src/commands/report.js';
import { InputError } from '../../src/errors.js';
import { describe as say } from '../../src/messages/en.js';
import { describe as sayZh } from '../../src/messages/zh.js';
import { thrown, workspace } from './workspace.js';

const TOKEN = 'GITHUB_TOKEN=ghp_0123456789abcdefSECRET';

function secretOutside(): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'plancheck-secret-')), '.env');
  fs.writeFileSync(file, `${TOKEN}\n`);
  return file;
}

const codes = (e: unknown): string[] => (e instanceof InputError ? e.findings.map((f) => f.code) : [`not an InputError: ${String(e)}`]);

describe('default and named files through links', () => {
  it('./status.yaml linking outside the project is refused, and so is --status through such a link', async () => {
    const w = workspace();
    fs.rmSync(w.status);
    fs.symlinkSync(secretOutside(), w.status);
    const env = { cwd: w.dir, now: Date.UTC(2021, 7, 15), color: false };
    for (const opts of [{}, { status: w.status }]) {
      const e = await thrown(() => prepare({ plans: path.join(w.dir, 'plans'), ...opts }, env));
      expect(codes(e)).toContain('FILE_OUTSIDE');
    }
  });

  it('./status.yaml linking inside the project is read', async () => {
    const w = workspace();
    fs.renameSync(w.status, path.join(w.dir, 'kept.yaml'));
    fs.symlinkSync('kept.yaml', w.status);
    const ctx = await prepare({ plans: path.join(w.dir, 'plans') }, { cwd: w.dir, now: Date.UTC(2021, 7, 15), color: false });
    expect(ctx.status.status.entries?.length).toBeGreaterThan(0);
  });

  it('./report.yaml, --header and --lights linking outside the project are refused', async () => {
    const w = workspace();
    const secret = secretOutside();
    fs.symlinkSync(secret, path.join(w.dir, 'report.yaml'));
    fs.symlinkSync(secret, path.join(w.dir, 'lights.yaml'));
    expect(codes(await thrown(() => loadHeader(undefined, w.dir)))).toEqual(['FILE_OUTSIDE']);
    expect(codes(await thrown(() => loadHeader('report.yaml', w.dir)))).toEqual(['FILE_OUTSIDE']);
    expect(codes(await thrown(() => loadLights('lights.yaml', w.dir)))).toEqual(['FILE_OUTSIDE']);
  });
});

describe('an error about the top level names the kind of value, never the value', () => {
  for (const [text, kind] of [[TOKEN, 'text'], ['12345678', 'a number'], ['- a\n- b', 'a list']] as const) {
    it(`a status file holding ${kind}`, async () => {
      const w = workspace();
      fs.writeFileSync(w.status, `${text}\n`);
      const e = await thrown(() => w.context());
      const messages = (e as InputError).findings.flatMap((f) => [say(f), sayZh(f)]);
      expect(messages.join('\n')).not.toContain(text.slice(0, 8));
      expect(messages[0]).toBe(`(top level) is ${kind}, but must be a mapping (key: value lines)`);
    });
  }
});
