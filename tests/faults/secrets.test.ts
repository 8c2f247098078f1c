// Issue 22, items 2 and 10: no secret of a webhook is ever written (user info, query values, path tokens,
// the signing secret, and every echo of them in a server's answer), in an error or with PLANCHECK_DEBUG;
// a redirect to another origin is not followed, a 302 is not re-sent as GET, an endless answer is read
// only to a bound, and each delivered message is reported at once.
import { afterEach, describe, expect, it } from 'vitest';
import { DeliveryError } from '../../src/errors.js';
import { PLATFORMS } from '../../src/notify/platforms/index.js';
import { deliver, MAX_ANSWER_BYTES, type Transport } from '../../src/notify/send.js';
import { redactUrl } from '../../src/notify/redact.js';
import { hostileServer, type Hostile } from './notify-server.js';
import { thrown } from './workspace.js';

const servers: Hostile[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});
const serve = async (...args: Parameters<typeof hostileServer>): Promise<Hostile> => {
  const s = await hostileServer(...args);
  servers.push(s);
  return s;
};

const transport = (lines: string[], extra: Partial<Transport> = {}): Transport => ({
  attempts: 2, timeoutMs: 2000, retryDelayMs: 1, now: () => Date.UTC(2021, 7, 15), debug: (l) => lines.push(l), ...extra,
});

const PAYLOAD = { msgtype: 'markdown', markdown: { content: 'x' } };

/** Everything deliver wrote: its debug lines and its error. */
async function written(url: string, platform: keyof typeof PLATFORMS, extra: Partial<Transport> = {}, payloads = [PAYLOAD]): Promise<string> {
  const lines: string[] = [];
  const e = await thrown(() => deliver(platform, PLATFORMS[platform], url, payloads, transport(lines, extra)));
  expect(e).toBeInstanceOf(DeliveryError);
  return [...lines, (e as Error).message].join('\n');
}

describe('secrets are never printed', () => {
  it('user info and query values: not in the error, not in the debug lines, even when the server echoes the request', async () => {
    const s = await serve((req, res) => res.writeHead(500).end(`cannot serve ${req.url} for ${req.headers.authorization}`));
    const out = await written(`http://user:PASSW0RD@${s.origin.slice(7)}/ok?key=KEYQ`, 'wecom');
    expect(out).toMatch(/HTTP 500/);
    for (const secret of ['PASSW0RD', 'KEYQ', 'user:', Buffer.from('user:PASSW0RD').toString('base64')]) expect(out).not.toContain(secret);
    // user info is sent as Basic authentication, not refused by fetch
    expect(s.seen[0]?.authorization).toBe(`Basic ${Buffer.from('user:PASSW0RD').toString('base64')}`);
  });

  it('a signed request echoed back: access_token, timestamp and sign are redacted, and the secret', async () => {
    const s = await serve((req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ errcode: 310000, errmsg: `bad ${req.url} SEC-abcdef` })));
    const out = await written(`${s.origin}/robot/send?access_token=AT123456`, 'dingtalk', { secret: 'SEC-abcdef' });
    const echoed = new URL(s.seen[0]?.url ?? '', s.origin).searchParams;
    for (const secret of ['AT123456', 'SEC-abcdef', echoed.get('timestamp') ?? 'none', echoed.get('sign') ?? 'none']) expect(out).not.toContain(secret);
    expect(out).toContain('/robot/send');
  });

  it('a path token of any length is hidden with PLANCHECK_DEBUG (Feishu and Slack keep it in the path)', async () => {
    const s = await serve((req, res) => res.writeHead(400).end(`no hook ${req.url}`));
    for (const token of ['abc', 'x1y2z3', 'T0K3N-SHORT', 'a-much-longer-token-0123456789']) {
      const out = await written(`${s.origin}/open-apis/bot/v2/hook/${token}`, 'feishu');
      expect(out).not.toContain(token);
      expect(redactUrl(`${s.origin}/open-apis/bot/v2/hook/${token}`)).toBe(`${s.origin}/open-apis/bot/v2/hook/…`);
    }
  });

  it('a server\'s answer with control characters is escaped', async () => {
    const s = await serve((_req, res) => res.writeHead(400).end('\u001b]0;pwned\u0007\u001b[2J'));
    expect(await written(`${s.origin}/hook`, 'slack')).not.toMatch(/[\u0000-\u0008\u000b-\u001f]/);
  });
});

describe('redirects, answers without end, state per message', () => {
  it('a 307 to another origin is not followed: the other server receives nothing, and it is no delivery', async () => {
    const other = await serve((_req, res) => res.writeHead(200).end('{"errcode":0}'));
    const s = await serve((_req, res) => res.writeHead(307, { location: `${other.origin}/steal` }).end());
    expect(await written(`${s.origin}/cgi-bin/webhook/send?key=K`, 'wecom')).toMatch(/redirected to another server/);
    expect(other.seen).toEqual([]);
  });

  it('a 302 is not re-sent as GET; a 307 on the same origin is followed as the same POST', async () => {
    const s = await serve((req, res) => {
      if (req.url === '/moved') res.writeHead(302, { location: '/elsewhere' }).end();
      else if (req.url === '/kept') res.writeHead(307, { location: '/cgi-bin/webhook/send' }).end();
      else res.writeHead(200).end('{"errcode":0,"errmsg":"ok"}');
    });
    await written(`${s.origin}/moved`, 'wecom');
    expect(s.seen.map((r) => r.method)).not.toContain('GET');
    await deliver('wecom', PLATFORMS.wecom, `${s.origin}/kept`, [PAYLOAD], transport([]));
    expect(s.seen.slice(-2).map((r) => `${r.method} ${r.url}`)).toEqual(['POST /kept', 'POST /cgi-bin/webhook/send']);
  });

  it('an answer without end is read only to a bound: the delivery fails at once', async () => {
    let sent = 0;
    const s = await serve((_req, res) => {
      res.writeHead(200);
      const chunk = Buffer.alloc(1 << 16, 'a');
      const pump = () => {
        while (sent < 200 * 1024 * 1024 && res.write(chunk)) sent += chunk.length;
        if (sent < 200 * 1024 * 1024) res.once('drain', pump);
        else res.end();
      };
      pump();
    });
    const start = Date.now();
    await written(`${s.origin}/hook`, 'wecom', { attempts: 1 });
    expect(Date.now() - start).toBeLessThan(2000);
    expect(sent).toBeLessThan(MAX_ANSWER_BYTES + 8 * 1024 * 1024);
  });

  it('each delivered message is reported as it is delivered, so a failure after two keeps them', async () => {
    const s = await serve((_req, res, n) => (n <= 2 ? res.writeHead(200).end('{"errcode":0,"errmsg":"ok"}') : res.writeHead(400).end('{"errcode":93000,"errmsg":"no"}')));
    const delivered: number[] = [];
    await written(`${s.origin}/hook`, 'wecom', { delivered: (k) => delivered.push(k) }, [PAYLOAD, PAYLOAD, PAYLOAD]);
    expect(delivered).toEqual([0, 1]);
  });
});
