// Issue 22, item 10: with --per-unit --since-last, each delivered message is recorded at once: a failure
// after the first leaves the state file with what was delivered, so the next run does not send it again.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { notifyCommand } from '../../src/commands/notify.js';
import { DeliveryError } from '../../src/errors.js';
import { hostileServer, type Hostile } from './notify-server.js';
import { thrown, workspace } from './workspace.js';

let server: Hostile | undefined;
afterEach(async () => {
  await server?.close();
});

describe('notify --per-unit --since-last', () => {
  it('a failure after the first message keeps the first recorded; the next run sends only the rest', async () => {
    const w = workspace();
    let fail = true;
    server = await hostileServer((_req, res, n) => {
      if (n >= 2 && fail) res.writeHead(400).end('{"errcode":93000,"errmsg":"refused"}');
      else res.writeHead(200).end('{"errcode":0,"errmsg":"ok"}');
    });
    const state = path.join(w.dir, 'state.json');
    const run = async () => notifyCommand(await w.context({ asOf: '2021-11-15' }), { to: 'wecom', perUnit: true, sinceLast: 'state.json', webhook: `${server?.origin}/cgi-bin/webhook/send?key=K` }, { retryDelayMs: 1, timeoutMs: 2000 });
    expect(await thrown(run)).toBeInstanceOf(DeliveryError);
    const first = server.seen.length;
    expect(first).toBe(2);
    const recorded = JSON.parse(fs.readFileSync(state, 'utf8')) as { overdue: Record<string, string> };
    expect(Object.keys(recorded.overdue).length).toBeGreaterThan(0);
    fail = false;
    const again = await run();
    expect(again.stdout).toMatch(/delivered/);
    // Two units each with a milestone newly overdue: the first unit's message, delivered before the
    // failure, is not sent again.
    expect(server.seen.length - first).toBe(1);
  });
});
