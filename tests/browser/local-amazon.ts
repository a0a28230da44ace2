import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A local HTTPS server standing in for www.amazon.co.jp (Chromium is told to resolve the host to it and to accept its
 * self-signed certificate). It serves pages by path and query, counts every request, and records whether the
 * session cookie came with it and which host it was sent to: Chromium maps more than one host name to this server
 * (see `LOCAL_HOSTS` in harness.ts), so a request that leaves Amazon (a redirect to evil.example) arrives here too
 * and is seen and counted, instead of silently failing to resolve. Loopback only.
 */
export interface LocalAmazon {
  port: number;
  /**
   * path + query → the answer: HTML (status 200), or a status with headers and a body (a 503 error page, a 302 with
   * its Location). A missing one answers 404. The same path answers the same on every mapped host.
   */
  pages: Map<string, string | LocalAnswer>;
  /** Every request, in order: its path + query, its Host header, whether the session cookie came with it, and when. */
  requests: { path: string; host: string; cookie: boolean; at: number }[];
  close(): Promise<void>;
}

export interface LocalAnswer {
  status: number;
  headers?: Record<string, string>;
  body?: string;
}

export const SESSION_COOKIE = { name: 'session-id', value: 'order-sentinel-test-session' };

/** The Amazon hosts the extension may ever talk to; anything else in `requests` is a request that left Amazon. */
export const AMAZON_HOSTS = ['www.amazon.co.jp', 'www.amazon.com', 'www.amazon.co.uk', 'www.amazon.de', 'www.amazon.ca'];

function certificate(): { key: string; cert: string } {
  const dir = mkdtempSync(join(tmpdir(), 'order-sentinel-cert-'));
  const key = join(dir, 'key.pem');
  const cert = join(dir, 'cert.pem');
  if (!existsSync(cert)) {
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '2', '-subj', '/CN=www.amazon.co.jp'], { stdio: 'ignore' });
  }
  return { key: readFileSync(key, 'utf8'), cert: readFileSync(cert, 'utf8') };
}

export async function startLocalAmazon(): Promise<LocalAmazon> {
  const pages: LocalAmazon['pages'] = new Map();
  const requests: LocalAmazon['requests'] = [];
  const server: Server = createServer(certificate(), (request, response) => {
    const path = request.url ?? '/';
    // Host without the port (Chromium sends none for 443, the URL's port).
    const host = (request.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    requests.push({ path, host, cookie: (request.headers.cookie ?? '').includes(`${SESSION_COOKIE.name}=${SESSION_COOKIE.value}`), at: Date.now() });
    const page = pages.get(path);
    const answer: LocalAnswer =
      page === undefined ? { status: 404, body: '<html><body>Not found</body></html>' } : typeof page === 'string' ? { status: 200, body: page } : page;
    response.writeHead(answer.status, { 'content-type': 'text/html; charset=utf-8', ...answer.headers });
    response.end(answer.body ?? '');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    pages,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
