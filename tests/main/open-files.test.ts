import { electronMock } from '../setup/electron-mock';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { filesFromArgv, setupOpenFile, setupSingleInstance } from '../../electron/main/open-files';

const { electron, state } = electronMock;
const existing = new Set([path.resolve('/home/ana/clips/a.txt'), path.resolve('/home/ana/clips'), path.resolve('/tmp/b.html')]);
const exists = (file: string) => existing.has(file);

describe('filesFromArgv', () => {
  it('takes existing files after the executable in a packaged app', () => {
    const argv = ['/opt/Cuttings/cuttings', 'a.txt', '/tmp/b.html', 'missing.txt'];
    expect(filesFromArgv(argv, { cwd: '/home/ana/clips', isPackaged: true, exists })).toEqual([
      path.resolve('/home/ana/clips/a.txt'),
      path.resolve('/tmp/b.html'),
    ]);
  });

  it('skips electron and the app path when unpackaged (so "." is never imported)', () => {
    const argv = ['/x/electron', '.', '/tmp/b.html'];
    expect(filesFromArgv(argv, { cwd: '/home/ana/clips', isPackaged: false, exists })).toEqual([path.resolve('/tmp/b.html')]);
  });

  it('skips switches, including the ones Chromium adds, and repeats', () => {
    const argv = ['Cuttings.exe', '--allow-file-access-from-files', '--original-process-start-time=1', '-psn_0_1', 'a.txt', 'a.txt'];
    expect(filesFromArgv(argv, { cwd: '/home/ana/clips', isPackaged: true, exists })).toEqual([path.resolve('/home/ana/clips/a.txt')]);
  });

  it('takes names after "--" literally', () => {
    existing.add(path.resolve('/home/ana/clips/-odd.txt'));
    const argv = ['Cuttings', '--', '-odd.txt'];
    expect(filesFromArgv(argv, { cwd: '/home/ana/clips', isPackaged: true, exists })).toEqual([path.resolve('/home/ana/clips/-odd.txt')]);
  });
});

describe('single instance', () => {
  it('the second instance does not get the lock and must quit', () => {
    state.singleInstanceLock = false;
    expect(setupSingleInstance({ onFiles: vi.fn(), focus: vi.fn() })).toBe(false);
    expect(electron.app.listenerCount('second-instance')).toBe(0);
  });

  it('the first instance focuses its window and imports the files of the second', () => {
    state.isPackaged = true;
    const onFiles = vi.fn();
    const focus = vi.fn();
    expect(setupSingleInstance({ onFiles, focus, exists })).toBe(true);
    electron.app.emit('second-instance', {}, ['/opt/Cuttings/cuttings', 'a.txt', '--flag'], '/home/ana/clips', {});
    expect(focus).toHaveBeenCalled();
    expect(onFiles).toHaveBeenCalledWith([path.resolve('/home/ana/clips/a.txt')]);
  });

  it('a second launch with no files only focuses', () => {
    const onFiles = vi.fn();
    const focus = vi.fn();
    setupSingleInstance({ onFiles, focus, exists });
    electron.app.emit('second-instance', {}, ['/x/electron', '.'], '/home/ana', {});
    expect(focus).toHaveBeenCalled();
    expect(onFiles).not.toHaveBeenCalled();
  });
});

describe('macOS open-file', () => {
  it('takes the file and tells macOS it was handled', () => {
    const onFiles = vi.fn();
    setupOpenFile(onFiles);
    const event = { preventDefault: vi.fn() };
    electron.app.emit('open-file', event, '/Users/ana/Desktop/story.html');
    expect(event.preventDefault).toHaveBeenCalled();
    expect(onFiles).toHaveBeenCalledWith(['/Users/ana/Desktop/story.html']);
  });
});
