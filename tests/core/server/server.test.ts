import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApi } from '../../../electron/core/api';
import { Library } from '../../../electron/core/library';
import { startServer, type RunningServer } from '../../../electron/core/server/server';
import { tempDir } from '../../helpers/temp';

let library: Library;
let server: RunningServer;

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** Raw requests, so Host and Origin can be forged the way a hostile page or rebinding attack would. */
function request(pathname: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port: server.port, path: pathname, method: options.method ?? 'GET', headers: options.headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString() }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const apiCall = (call: string, arg: unknown, headers: Record<string, string> = {}) =>
  request(`/api/${call}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Cuttings-Token': server.token, ...headers },
    body: JSON.stringify(arg),
  });

const clipCount = () => (library.db.prepare('SELECT count(*) FROM clips').pluck().get() as number);
const ARTICLE = [
  'Library extends its opening hours',
  'The town library will open until nine in the evening from next month, the council announced on Monday.',
  'Staff said the change follows a survey in which most readers asked for later hours on weekdays.',
].join('\n\n');
const dropArg = { files: [{ name: 'a.txt', dataBase64: Buffer.from(ARTICLE).toString('base64') }] };

beforeEach(async () => {
  const staticDir = tempDir();
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<html><head><title>t</title></head><body></body></html>');
  fs.writeFileSync(path.join(staticDir, 'app.js'), 'console.log(1)');
  library = Library.open(':memory:');
  server = await startServer({ api: createApi(library), staticDir });
});
afterEach(async () => {
  await server.close();
  library.close();
});

describe('cuttings serve', () => {
  it('listens on 127.0.0.1 only', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it('hands the token to the page it serves, with a CSP and no CORS', async () => {
    const page = await request('/');
    expect(page.status).toBe(200);
    expect(page.body).toContain(`<meta name="cuttings-token" content="${server.token}">`);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('answers an API call that carries the token', async () => {
    const reply = await apiCall('listClips', {});
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toEqual({ total: 0, clips: [] });
    expect(reply.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('refuses a call with no token (401) or a wrong one (403), writing nothing', async () => {
    const missing = await request('/api/importFiles', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(dropArg) });
    expect(missing.status).toBe(401);
    const wrong = await apiCall('importFiles', dropArg, { 'X-Cuttings-Token': 'x'.repeat(server.token.length) });
    expect(wrong.status).toBe(403);
    expect(clipCount()).toBe(0);
  });

  it('refuses a foreign Origin and a rebinding Host, writing nothing', async () => {
    const foreign = await apiCall('importFiles', dropArg, { Origin: 'http://evil.example' });
    expect(foreign.status).toBe(403);
    const rebinding = await apiCall('importFiles', dropArg, { Host: `evil.example:${server.port}` });
    expect(rebinding.status).toBe(421);
    expect(clipCount()).toBe(0);
    expect((await apiCall('importFiles', dropArg, { Origin: `http://127.0.0.1:${server.port}` })).status).toBe(200);
    expect(clipCount()).toBe(1);
  });

  it('refuses an oversized body with 413, writing nothing', async () => {
    const reply = await request('/api/importFiles', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Cuttings-Token': server.token, 'Content-Length': String(65 * 1024 * 1024) },
      body: '',
    }).catch((error: Error) => ({ status: -1, body: error.message, headers: {} }));
    expect([413, -1]).toContain(reply.status);
    expect(clipCount()).toBe(0);
  });

  it('validates arguments and names unknown calls', async () => {
    const bad = await apiCall('getClip', { id: 'one' });
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body).error).toMatch(/getClip: id/);
    expect((await apiCall('dropAllTables', {})).status).toBe(404);
    expect((await request('/api/listClips')).status).toBe(405);
  });

  it('never serves files outside the app folder', async () => {
    for (const p of ['/../package.json', '/%2e%2e/%2e%2e/etc/passwd', '/..%2f..%2fetc%2fpasswd']) {
      const reply = await request(p);
      expect([403, 404]).toContain(reply.status);
      expect(reply.body).not.toContain('root:');
    }
    expect((await request('/app.js')).status).toBe(200);
  });
});
