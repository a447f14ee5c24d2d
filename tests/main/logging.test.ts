import { electronMock } from '../setup/electron-mock';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Log, logFilePath, MAX_LOG_BYTES, setupLogging } from '../../electron/main/logging';

const { electron } = electronMock;
let dir: string;
const before = { exception: process.listeners('uncaughtException'), rejection: process.listeners('unhandledRejection') };

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cuttings-log-'));
  vi.spyOn(console, 'error').mockImplementation(() => {});
});

afterEach(() => {
  for (const listener of process.listeners('uncaughtException')) {
    if (!before.exception.includes(listener)) process.off('uncaughtException', listener);
  }
  for (const listener of process.listeners('unhandledRejection')) {
    if (!before.rejection.includes(listener)) process.off('unhandledRejection', listener);
  }
  vi.restoreAllMocks();
  fs.rmSync(dir, { recursive: true, force: true });
});

const read = (file: string) => fs.readFileSync(file, 'utf8');

describe('the log', () => {
  it('lives in userData/logs/cuttings.log', () => {
    expect(logFilePath('/u')).toBe(path.join('/u', 'logs', 'cuttings.log'));
  });

  it('appends timestamped lines, with stacks for errors, creating the folder', () => {
    const log = new Log(logFilePath(dir), () => new Date('2026-01-02T03:04:05Z'));
    log.info('started');
    log.error('boom', new Error('bad thing'));
    const text = read(log.file);
    expect(text).toMatch(/^2026-01-02T03:04:05.000Z \[info\] started\n/);
    expect(text).toContain('[error] boom Error: bad thing');
    expect(text).toContain('logging.test.ts');
  });

  it('rotates once it is too big', () => {
    const log = new Log(logFilePath(dir));
    fs.mkdirSync(path.dirname(log.file), { recursive: true });
    fs.writeFileSync(log.file, 'x'.repeat(MAX_LOG_BYTES + 1));
    log.warn('fresh');
    expect(read(log.file)).toMatch(/\[warn\] fresh\n$/);
    expect(fs.statSync(`${log.file}.1`).size).toBe(MAX_LOG_BYTES + 1);
  });

  it('records uncaught errors in main, crashed renderers and renderer console errors', () => {
    const log = setupLogging(logFilePath(dir));
    (process.emit as (event: string, ...args: unknown[]) => boolean)('uncaughtException', new Error('main broke'), 'uncaughtException');
    (process.emit as (event: string, ...args: unknown[]) => boolean)('unhandledRejection', 'a reason', Promise.resolve());
    const win = new electron.BrowserWindow();
    electron.app.emit('render-process-gone', {}, win.webContents, { reason: 'crashed', exitCode: 139 });
    electron.app.emit('child-process-gone', {}, { type: 'GPU', reason: 'oom' });
    electron.app.emit('child-process-gone', {}, { type: 'Utility', reason: 'clean-exit' });
    electron.app.emit('web-contents-created', {}, win.webContents);
    win.webContents.emit('console-message', { level: 'error', message: 'TypeError: x is undefined', sourceId: 'app://cuttings/a.js', lineNumber: 3 });
    win.webContents.emit('console-message', { level: 'info', message: 'chatter', sourceId: 'app://cuttings/a.js', lineNumber: 4 });

    const text = read(log.file);
    expect(text).toContain('uncaught exception in main Error: main broke');
    expect(text).toContain('unhandled rejection in main a reason');
    expect(text).toContain('renderer gone (crashed, exit code 139) at app://cuttings/index.html');
    expect(text).toContain('GPU process gone (oom)');
    expect(text).not.toContain('Utility');
    expect(text).toContain('renderer console: TypeError: x is undefined (app://cuttings/a.js:3)');
    expect(text).not.toContain('chatter');
  });
});
