import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A local HTTPS server standing in for www.amazon.co.jp (Chromium is told to resolve the host to it and to accept its
 * self-signed certificate). It serves pages by path and query, counts every request, and records whether the
 * session cookie came with it. Loopback only.
 */
export interface LocalAmazon {
  port: number;
  /** path + query → HTML; a missing one answers 404. */
  pages: Map<string, string>;
  requests: { path: string; cookie: boolean }[];
  close(): Promise<void>;
}

export const SESSION_COOKIE = { name: 'session-id', value: 'order-sentinel-test-session' };

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
  const pages = new Map<string, string>();
  const requests: LocalAmazon['requests'] = [];
  const server: Server = createServer(certificate(), (request, response) => {
    const path = request.url ?? '/';
    requests.push({ path, cookie: (request.headers.cookie ?? '').includes(`${SESSION_COOKIE.name}=${SESSION_COOKIE.value}`) });
    const html = pages.get(path);
    response.writeHead(html === undefined ? 404 : 200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(html ?? '<html><body>Not found</body></html>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    pages,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
