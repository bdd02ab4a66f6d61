import { get as httpGet } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeSite, page } from './fixture.ts';
import { contentType, serveSite, type SiteServer } from './server.ts';

const site = makeSite({
  'index.html': page('<p>home</p>'),
  'regions/220300/index.html': page('<p>四平</p>'),
  'en/404/index.html': page('<p>not found (en)</p>'),
  '404.html': page('<p>找不到</p>'),
  'data/figures.csv': 'figure_id\nsiping-2022:10\n',
  'favicon.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
});
let server: SiteServer;
beforeAll(async () => { server = await serveSite(site.dir); });
afterAll(async () => { await server.close(); site.remove(); });

const get = (path: string, headers: Record<string, string> = {}) => fetch(server.origin + path, { headers, redirect: 'manual' });

describe('serveSite', () => {
  it('listens on 127.0.0.1 only', () => {
    expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('serves directory URLs from index.html with the HTML content type', async () => {
    const res = await get('/regions/220300/');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await res.text()).toContain('四平');
  });

  it('redirects a directory URL without its trailing slash, keeping the query', async () => {
    const res = await get('/regions/220300?theme=dark');
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe('/regions/220300/?theme=dark');
  });

  it('serves the 404 page with status 404, in English under /en/', async () => {
    const zh = await get('/nowhere/');
    expect(zh.status).toBe(404);
    expect(await zh.text()).toContain('找不到');
    const en = await get('/en/nowhere/');
    expect(en.status).toBe(404);
    expect(await en.text()).toContain('not found (en)');
  });

  it('gives data files their types, gzips text when asked, and stays inside the site', async () => {
    const csv = await get('/data/figures.csv');
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(contentType('x.woff2')).toBe('font/woff2');
    expect(contentType('x.unknown')).toBe('application/octet-stream');
    // node:http, since fetch would undo the gzip before we see it.
    const raw = await new Promise<{ encoding?: string; body: Buffer }>((done, fail) => {
      httpGet(server.origin + '/data/figures.csv', { headers: { 'accept-encoding': 'gzip' } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c)).on('end', () => done({ encoding: res.headers['content-encoding'], body: Buffer.concat(chunks) }));
      }).on('error', fail);
    });
    expect(raw.encoding).toBe('gzip');
    expect(gunzipSync(raw.body).toString()).toContain('siping-2022:10');
    expect((await get('/%2e%2e/%2e%2e/etc/passwd')).status).toBe(404);
    expect((await fetch(server.origin + '/', { method: 'POST' })).status).toBe(405);
  });
});
