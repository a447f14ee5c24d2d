import { electronMock } from '../setup/electron-mock';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  APP_SCHEME,
  CONTENT_SECURITY_POLICY,
  registerAppScheme,
  resolveAppFile,
  serveAppRequest,
  setupAppProtocol,
} from '../../electron/main/protocol';

const { protocol } = electronMock.electron;
let base: string;
let root: string;

beforeAll(() => {
  base = fs.mkdtempSync(path.join(os.tmpdir(), 'cuttings-protocol-'));
  root = path.join(base, 'renderer');
  fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><script type="module" src="./assets/app.js"></script>');
  fs.writeFileSync(path.join(root, 'assets', 'app.js'), 'console.log(1)');
  fs.writeFileSync(path.join(base, 'secret.txt'), 'not for the renderer');
});

afterAll(() => fs.rmSync(base, { recursive: true, force: true }));

const get = (url: string) => serveAppRequest(root, { url, method: 'GET' });

describe('app:// scheme', () => {
  it('is registered as standard and secure (before ready)', () => {
    registerAppScheme();
    expect(protocol.privileged).toEqual([
      expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }),
    ]);
  });

  it('serves dist/renderer through protocol.handle', async () => {
    setupAppProtocol(root);
    const handler = protocol.handlers.get(APP_SCHEME)!;
    const response = await handler(new Request('app://cuttings/index.html'));
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<script type="module"');
  });

  it('serves files with their type and a strict CSP on every response', async () => {
    const index = await get('app://cuttings/');
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toMatch(/^text\/html/);
    const script = await get('app://cuttings/assets/app.js');
    expect(script.headers.get('content-type')).toMatch(/^text\/javascript/);
    for (const response of [index, script, await get('app://cuttings/missing.js'), await get('app://cuttings/%2e%2e%2fsecret.txt')]) {
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("object-src 'none'");
      expect(csp).not.toMatch(/script-src[^;]*unsafe/);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    }
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe');
  });

  it('answers 404 for a missing file and 405 for a POST', async () => {
    expect((await get('app://cuttings/nope.html')).status).toBe(404);
    expect((await serveAppRequest(root, { url: 'app://cuttings/index.html', method: 'POST' })).status).toBe(405);
  });

  it.each([
    'app://cuttings/..%2fsecret.txt',
    'app://cuttings/%2e%2e%2fsecret.txt',
    'app://cuttings/assets/..%2f..%2fsecret.txt',
    'app://cuttings/..%5csecret.txt',
    'app://cuttings/%2e%2e%5c%2e%2e%5csecret.txt',
    'app://cuttings/index.html%00.js',
    'app://cuttings/%E0%A4%A',
    'app://other/index.html',
    'file:///etc/passwd',
  ])('refuses %s', async (url) => {
    expect(resolveAppFile(root, url)).toBeNull();
    const response = await get(url);
    expect(response.status).toBe(403);
    expect(await response.text()).not.toContain('not for the renderer');
  });

  it('keeps dot segments the URL parser folds inside the root', () => {
    // WHATWG URL parsing already folds a literal /../ — the result must still be under root
    const file = resolveAppFile(root, 'app://cuttings/assets/../../../secret.txt');
    expect(file === null || file.startsWith(root + path.sep)).toBe(true);
    expect(resolveAppFile(root, 'app://cuttings/assets/app.js')).toBe(path.join(root, 'assets', 'app.js'));
  });
});
