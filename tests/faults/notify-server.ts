// A chat server that misbehaves as told, for notify's fault cases: it echoes the request in an error,
// redirects, or answers without end. Each request is recorded (method, path) as it arrives.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Seen {
  method: string;
  url: string;
  authorization?: string;
}

export interface Hostile {
  origin: string;
  seen: Seen[];
  close: () => Promise<void>;
}

export async function hostileServer(answer: (req: IncomingMessage, res: ServerResponse, n: number) => void): Promise<Hostile> {
  const seen: Seen[] = [];
  const server = createServer((req, res) => {
    seen.push({ method: req.method ?? '', url: req.url ?? '', ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}) });
    req.resume().on('end', () => answer(req, res, seen.length));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    seen,
    close: () => new Promise((r) => {
      server.closeAllConnections();
      server.close(() => r());
    }),
  };
}
