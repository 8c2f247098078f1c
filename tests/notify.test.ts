// plancheck notify against a local server that plays each platform: payload shape and signature
// checked; success, an error code, a 500 and a time-out answered; plancheck's exit status and message.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { chatServer, type ChatServer, type Platform } from './helpers/chatServer.js';
import { plancheckAsync, run } from './helpers/cli.js';

const SECRET = 'SECtest-secret-0123456789';
const STATUS = 'examples/qinshui-2021-status.yaml';
/** Fast retries, so that a failing platform costs the test a second, not a minute; a time-out long
 * enough that a loaded machine's slow answer is not taken for none (the time-out test sets its own). */
const FAST = { PLANCHECK_RETRY_DELAY_MS: '20', PLANCHECK_WEBHOOK_TIMEOUT_MS: '10000' };
// The server never answers in this mode: a short time-out cannot make the test flaky.
const SHORT_TIMEOUT = { PLANCHECK_WEBHOOK_TIMEOUT_MS: '100' };

let server: ChatServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const notify = (to: Platform, url: string, extra: string[] = [], env: Record<string, string> = {}) =>
  run(['notify', '--to', to, '--webhook', url, '--county', 'qinshui', '--unit', '县能源局', '--as-of', '2021-07-25', '--status', STATUS, '--lang', 'zh', ...extra], { env: { ...FAST, ...env } });

describe.each(['wecom', 'dingtalk', 'feishu', 'slack'] as const)('notify --to %s', (platform) => {
  const signed = platform === 'dingtalk' || platform === 'feishu';

  it('delivers a payload the platform accepts (shape and signature checked), exit 0', async () => {
    server = await chatServer(platform, signed ? SECRET : undefined);
    const r = await notify(platform, server.url(), ['--base-url', 'https://plans.example.gov.cn/task/'], { PLANCHECK_WEBHOOK_SECRET: SECRET });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(`已向 ${platform} 发送 1 条消息\n`);
    expect(r.code).toBe(0);
    expect(server.received).toHaveLength(1);
    const raw = server.received[0]!.raw;
    expect(raw).toContain('清洁取暖“回头看”评估（沁政办发〔2021〕19号 三、（三）第6项）');
    expect(raw).toContain('https://plans.example.gov.cn/task/QS21-AIR-06');
    expect(raw).not.toContain(SECRET);
  });

  if (signed) {
    it('is refused with a wrong secret: the platform\'s error code in one line, exit 3, no retry', async () => {
      server = await chatServer(platform, SECRET);
      const r = await notify(platform, server.url(), [], { PLANCHECK_WEBHOOK_SECRET: 'SECwrong' });
      expect(r.code).toBe(3);
      const code = platform === 'dingtalk' ? '错误码 310000“sign not match”' : 'HTTP 400：错误码 19021“sign match fail or timestamp is not within one hour from current time”';
      expect(r.stderr).toBe(`plancheck: 未能发送到 ${platform} http://127.0.0.1:${new URL(server.url()).port}/hook：${code}（已尝试 1 次）\n`);
      expect(server.received).toHaveLength(1);
    });
  }

  it('reports a platform error code in one line and exits 3, without retrying', async () => {
    server = await chatServer(platform);
    server.mode = 'error';
    const r = await notify(platform, server.url());
    expect(r.code).toBe(3);
    const said = { wecom: '错误码 93000“refused by the test”', dingtalk: '错误码 310000“refused by the test”', feishu: 'HTTP 400：错误码 19021“refused by the test”', slack: 'HTTP 400：refused by the test' }[platform];
    expect(r.stderr).toBe(`plancheck: 未能发送到 ${platform} http://127.0.0.1:${new URL(server.url()).port}/hook：${said}（已尝试 1 次）\n`);
    expect(server.received).toHaveLength(1);
  });

  it('retries a 500 with back-off, then exits 3 saying so', async () => {
    server = await chatServer(platform);
    server.mode = '500';
    const r = await notify(platform, server.url());
    expect(r.code).toBe(3);
    expect(r.stderr).toBe(`plancheck: 未能发送到 ${platform} http://127.0.0.1:${new URL(server.url()).port}/hook：HTTP 500：internal error（已尝试 3 次）\n`);
    expect(server.received).toHaveLength(3);
  });

  it('gives up on a platform that does not answer, exit 3', async () => {
    server = await chatServer(platform);
    server.mode = 'timeout';
    const r = await notify(platform, server.url(), [], SHORT_TIMEOUT);
    expect(r.code).toBe(3);
    expect(r.stderr).toBe(`plancheck: 未能发送到 ${platform} http://127.0.0.1:${new URL(server.url()).port}/hook：100 毫秒内无应答（已尝试 3 次）\n`);
  });
});

const qinshui = (to: Platform, url: string, extra: string[] = [], env: Record<string, string> = {}) =>
  run(['notify', '--to', to, '--webhook', url, '--county', 'qinshui', '--as-of', '2021-07-01', '--status', STATUS, '--lang', 'zh', ...extra], { env: { ...FAST, ...env } });

describe('notify as a daily CI step', () => {
  it('splits a long list into messages within the platform\'s limit, every line kept in order', async () => {
    server = await chatServer('wecom');
    const r = await qinshui('wecom', server.url());
    expect(r.code).toBe(0);
    expect(server.received.length).toBeGreaterThan(1);
    const contents = server.received.map((x) => (x.body.markdown as { content: string }).content);
    contents.forEach((c, k) => {
      expect(Buffer.byteLength(c)).toBeLessThanOrEqual(4096);
      expect(c.split('\n')[0]).toBe(`### 行动计划任务提醒（第${k + 1}/${contents.length}条）`);
    });
    const lines = contents.flatMap((c) => c.split('\n').filter((l) => l.startsWith('> **QS')));
    expect(lines).toHaveLength(Number(/新增逾期（(\d+)项）/.exec(contents[0]!)?.[1]));
    const dates = lines.map((l) => /时限(\d{4}-\d{2}-\d{2})/.exec(l)?.[1] ?? '');
    expect(dates).toEqual([...dates].sort());
  });

  it('--since-last announces an overdue milestone once; --all repeats; a failed delivery is not remembered', async () => {
    server = await chatServer('slack');
    const state = path.join(mkdtempSync(path.join(tmpdir(), 'plancheck-notify-')), 'state.json');
    server.mode = '500';
    expect((await qinshui('slack', server.url(), ['--since-last', state])).code).toBe(3);
    expect(existsSync(state)).toBe(false);
    server.mode = 'ok';
    server.received.length = 0;
    const first = await qinshui('slack', server.url(), ['--since-last', state]);
    expect(first.code).toBe(0);
    expect(server.received).toHaveLength(1);
    const remembered = JSON.parse(readFileSync(state, 'utf8')) as { version: number; overdue: Record<string, string> };
    expect(remembered.version).toBe(1);
    expect(remembered.overdue['QS21-AIR-06.m1']).toBe('2021-07-01');
    const second = await qinshui('slack', server.url(), ['--since-last', state]);
    expect(second.stdout).toBe('没有需要通知的事项\n');
    expect(server.received).toHaveLength(1);
    const again = await qinshui('slack', server.url(), ['--since-last', state, '--all']);
    expect(again.stdout).toBe('已向 slack 发送 1 条消息\n');
    expect(server.received).toHaveLength(2);
    // A day later, what fell overdue since is news; the rest is counted, not listed.
    const next = await qinshui('slack', server.url(), ['--since-last', state, '--as-of', '2021-08-01']);
    expect(next.code).toBe(0);
    const text = JSON.stringify(server.received[2]!.body);
    expect(text).toMatch(/仍逾期（\d+项）/);
    expect(text).not.toContain('QS21-AIR-06|');
    expect(text).toContain('时限2021-07-31');
  });

  it('retries what waiting can cure: a 500 once, a rate limit once, then delivers', async () => {
    server = await chatServer('dingtalk', SECRET);
    server.mode = '500-once';
    expect((await qinshui('dingtalk', server.url(), ['--unit', '县能源局'], { PLANCHECK_WEBHOOK_SECRET: SECRET })).code).toBe(0);
    expect(server.received).toHaveLength(2);
    server.received.length = 0;
    server.mode = 'rate-limited-once';
    expect((await qinshui('dingtalk', server.url(), ['--unit', '县能源局'], { PLANCHECK_WEBHOOK_SECRET: SECRET })).code).toBe(0);
    expect(server.received).toHaveLength(2);
  });

  it('never prints the secret or the webhook\'s key, even with PLANCHECK_DEBUG=1', async () => {
    server = await chatServer('dingtalk', SECRET);
    server.mode = '500';
    const r = await qinshui('dingtalk', server.url(), ['--unit', '县能源局'], { PLANCHECK_WEBHOOK_SECRET: SECRET, PLANCHECK_DEBUG: '1' });
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/attempt 1: HTTP 500/);
    for (const out of [r.stdout, r.stderr]) {
      expect(out).not.toContain(SECRET);
      expect(out).not.toContain('TOKEN-1234567890abcdef');
      expect(out).not.toContain('sign=');
    }
  });

  it('a network failure is one line and exit 3', async () => {
    server = await chatServer('wecom');
    const url = server.url();
    await server.close();
    server = undefined;
    const r = await qinshui('wecom', url, ['--unit', '县能源局']);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/^plancheck: 未能发送到 wecom http:\/\/127\.0\.0\.1:\d+\/hook：网络故障（connect ECONNREFUSED 127\.0\.0\.1:\d+）（已尝试 3 次）\n$/);
    // and in English, as an English run says it
    const en = await run(['notify', '--to', 'wecom', '--webhook', url, '--county', 'qinshui', '--unit', '县能源局', '--as-of', '2021-07-01', '--status', STATUS, '--lang', 'en'], { env: FAST });
    expect(en.stderr).toMatch(/^plancheck: could not deliver to wecom http:\/\/127\.0\.0\.1:\d+\/hook: network failure \(connect ECONNREFUSED 127\.0\.0\.1:\d+\) \(3 attempts\)\n$/);
  });

  it('--per-unit sends one message per responsible unit', async () => {
    server = await chatServer('feishu');
    const r = await qinshui('feishu', server.url(), ['--per-unit', '--category', 'air']);
    expect(r.code).toBe(0);
    const titles = server.received.map((x) => (x.body.content as { post: { zh_cn: { title: string } } }).post.zh_cn.title);
    expect(titles).toContain('行动计划任务提醒 · 致县能源局');
    expect(titles).toContain('行动计划任务提醒 · 致市生态环境局沁水分局');
    expect(new Set(titles).size).toBe(titles.length);
  });

  it('--dry-run prints the payloads and sends nothing; without a webhook or with a bad one, exit 2 (the binary)', async () => {
    const r = await plancheckAsync(['notify', '--to', 'feishu', '--dry-run', '--county', 'qinshui', '--unit', '县能源局', '--as-of', '2021-07-25', '--status', STATUS, '--lang', 'zh'], { env: { PLANCHECK_WEBHOOK_SECRET: SECRET } });
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('// feishu：第 1/1 条消息');
    const payload = JSON.parse(r.stdout.split('\n').slice(1).join('\n')) as { msg_type: string; sign?: string };
    expect(payload.msg_type).toBe('post');
    expect(payload.sign).toBeUndefined();
    expect(r.stdout).not.toContain(SECRET);
    const none = await plancheckAsync(['notify', '--to', 'wecom', '--status', STATUS]);
    expect(none.code).toBe(2);
    expect(none.stderr).toBe('plancheck: notify needs --webhook URL (or PLANCHECK_WEBHOOK), or --dry-run to print the messages\n');
    const bad = await plancheckAsync(['notify', '--to', 'wecom', '--webhook', 'ftp://x', '--status', STATUS]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('plancheck: --webhook must be an http(s) URL\n');
    const to = await plancheckAsync(['notify', '--to', 'teams', '--dry-run']);
    expect(to.code).toBe(2);
  });
});
