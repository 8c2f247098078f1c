// A local HTTP server on 127.0.0.1 that plays a chat platform's robot: it checks each payload's shape
// and signature as the platform does, and answers as told: success, an error code, a 500 or nothing.
import { createHmac } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Platform = 'wecom' | 'dingtalk' | 'feishu' | 'slack';
export type Mode = 'ok' | 'error' | '500' | 'timeout' | 'rate-limited-once' | '500-once';

export interface Received {
  url: URL;
  body: Record<string, unknown>;
  raw: string;
}

type Json = Record<string, any>; // the payloads as the platform reads them: untyped JSON

/** Why a payload is not what the platform takes; undefined when it is. */
function shapeProblem(platform: Platform, b: Json): string | undefined {
  switch (platform) {
    case 'wecom': return b.msgtype === 'markdown' && typeof b.markdown?.content === 'string' && Buffer.byteLength(b.markdown.content) <= 4096 ? undefined : 'bad wecom markdown';
    case 'dingtalk': return b.msgtype === 'markdown' && typeof b.markdown?.title === 'string' && typeof b.markdown?.text === 'string' ? undefined : 'bad dingtalk markdown';
    case 'feishu': {
      const post = b.content?.post?.zh_cn ?? b.content?.post?.en_us;
      return b.msg_type === 'post' && typeof post?.title === 'string' && Array.isArray(post.content) && post.content.every((row: Json[]) => row.every((n) => n.tag === 'text' || (n.tag === 'a' && typeof n.href === 'string'))) ? undefined : 'bad feishu post';
    }
    case 'slack': return typeof b.text === 'string' && Array.isArray(b.blocks) && b.blocks.length <= 50 && b.blocks[0]?.type === 'header' ? undefined : 'invalid_blocks';
  }
}

function signatureProblem(platform: Platform, url: URL, b: Json, secret: string | undefined): string | undefined {
  if (!secret) return undefined;
  if (platform === 'dingtalk') {
    const ts = url.searchParams.get('timestamp') ?? '';
    const want = createHmac('sha256', secret).update(`${ts}\n${secret}`).digest('base64');
    return url.searchParams.get('sign') === want && Math.abs(Date.now() - Number(ts)) < 3_600_000 ? undefined : 'sign not match';
  }
  if (platform === 'feishu') {
    const want = createHmac('sha256', `${b.timestamp}\n${secret}`).update('').digest('base64');
    return b.sign === want && Math.abs(Date.now() / 1000 - Number(b.timestamp)) < 3600 ? undefined : 'sign match fail or timestamp is not within one hour from current time';
  }
  return undefined;
}

function answer(platform: Platform, res: ServerResponse, problem: string | undefined, rateLimited = false): void {
  const code = rateLimited ? { wecom: 45009, dingtalk: 130101, feishu: 11232, slack: 429 }[platform] : { wecom: 93000, dingtalk: 310000, feishu: 19021, slack: 400 }[platform];
  if (platform === 'slack') {
    res.writeHead(problem ? code : 200, { 'content-type': 'text/plain' }).end(problem ?? 'ok');
    return;
  }
  const json = platform === 'feishu' ? (problem ? { code, msg: problem, data: {} } : { code: 0, msg: 'success', data: {} }) : problem ? { errcode: code, errmsg: problem } : { errcode: 0, errmsg: 'ok' };
  res.writeHead(platform === 'feishu' && problem && !rateLimited ? 400 : 200, { 'content-type': 'application/json' }).end(JSON.stringify(json));
}

export interface ChatServer {
  url: (path?: string) => string;
  received: Received[];
  mode: Mode;
  close: () => Promise<void>;
}

export async function chatServer(platform: Platform, secret?: string): Promise<ChatServer> {
  const received: Received[] = [];
  const state: ChatServer = { url: () => '', received, mode: 'ok', close: async () => undefined };
  const held: ServerResponse[] = [];
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let raw = '';
    req.setEncoding('utf8').on('data', (d: string) => (raw += d)).on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const body = JSON.parse(raw) as Json;
      received.push({ url, body, raw });
      const mode = state.mode;
      if (mode === 'timeout') return void held.push(res);
      if (mode === '500' || (mode === '500-once' && received.length === 1)) return void res.writeHead(500).end('internal error');
      if (mode === 'rate-limited-once' && received.length === 1) return answer(platform, res, 'too many requests', true);
      const problem = mode === 'error' ? 'refused by the test' : shapeProblem(platform, body) ?? signatureProblem(platform, url, body, secret);
      answer(platform, res, problem);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  state.url = (path = '/hook?key=TOKEN-1234567890abcdef') => `http://127.0.0.1:${port}${path}`;
  state.close = () => new Promise((r) => {
    held.forEach((res) => res.destroy());
    server.closeAllConnections();
    server.close(() => r());
  });
  return state;
}
