// A static host for a built site on 127.0.0.1, as a production host serves it: directory URLs from
// index.html, a redirect to the trailing slash, the 404 page with status 404, gzip for text, and content
// types that browsers and Lighthouse accept.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

export const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.yml': 'text/yaml; charset=utf-8',
  '.yaml': 'text/yaml; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
};

const COMPRESSIBLE = /^(text\/|application\/(json|manifest\+json|xml|javascript)|image\/svg\+xml)/;

export function contentType(file: string): string {
  return CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

export interface SiteServer {
  /** 'http://127.0.0.1:<port>' */
  origin: string;
  close(): Promise<void>;
}

/** Resolves a request path to a file under `dir`, or a redirect, or nothing. */
export function resolveRequest(dir: string, pathname: string): { file: string } | { redirect: string } | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  const path = normalize(join(dir, decoded));
  if (path !== normalize(dir) && !path.startsWith(normalize(dir) + sep)) return null;
  if (existsSync(path) && statSync(path).isFile()) return { file: path };
  if (existsSync(join(path, 'index.html'))) {
    return pathname.endsWith('/') ? { file: join(path, 'index.html') } : { redirect: `${pathname}/` };
  }
  return null;
}

/** The 404 page for a path: the English one under /en/ when it exists. */
function notFoundPage(dir: string, pathname: string): string | null {
  const candidates = pathname.startsWith('/en/') ? ['en/404/index.html', 'en/404.html', '404.html'] : ['404.html'];
  return candidates.map((c) => join(dir, c)).find((c) => existsSync(c)) ?? null;
}

export async function serveSite(dir: string): Promise<SiteServer> {
  const gzipped = new Map<string, Buffer>();
  const send = (req: IncomingMessage, res: ServerResponse, status: number, file: string) => {
    const type = contentType(file);
    let body: Buffer = readFileSync(file);
    const headers: Record<string, string> = { 'content-type': type, 'x-content-type-options': 'nosniff', vary: 'accept-encoding' };
    if (COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      let zipped = gzipped.get(file);
      if (!zipped) gzipped.set(file, (zipped = gzipSync(body)));
      body = zipped;
      headers['content-encoding'] = 'gzip';
    }
    headers['content-length'] = String(body.length);
    res.writeHead(status, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  };
  const server = createServer((req, res) => {
    const { pathname, search } = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    const found = resolveRequest(dir, pathname);
    if (found && 'redirect' in found) {
      res.writeHead(301, { location: found.redirect + search }).end();
    } else if (found) {
      send(req, res, 200, found.file);
    } else {
      const page = notFoundPage(dir, pathname);
      if (page) send(req, res, 404, page);
      else res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
    }
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((closed) => {
      server.closeAllConnections();
      server.close(() => closed());
    }),
  };
}
