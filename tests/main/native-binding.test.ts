import '../setup/electron-mock';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { electronNativeBinding, electronNativePath } from '../../electron/main/native-binding';

const root = path.resolve('/work/cuttings');
const built = path.join(root, 'build', 'native', 'electron-150', 'better_sqlite3.node');

describe('electronNativeBinding', () => {
  it('points at build/native/electron-<abi>/better_sqlite3.node', () => {
    expect(electronNativePath(root, '150')).toBe(built);
  });

  it('uses the Electron build when it exists (npm start)', () => {
    const exists = vi.fn((file: string) => file === built);
    expect(electronNativeBinding({ appPath: root, abi: '150', isPackaged: false, exists })).toBe(built);
    expect(exists).toHaveBeenCalledWith(built);
  });

  it('leaves better-sqlite3 to find its own when the build for this ABI is missing', () => {
    const exists = (file: string) => file === built;
    expect(electronNativeBinding({ appPath: root, abi: '151', isPackaged: false, exists })).toBeUndefined();
  });

  it('never overrides in a packaged app (electron-builder rebuilt node_modules for Electron)', () => {
    const exists = vi.fn(() => true);
    expect(electronNativeBinding({ appPath: root, abi: '150', isPackaged: true, exists })).toBeUndefined();
    expect(exists).not.toHaveBeenCalled();
  });

  it('agrees with scripts/electron-native.mjs on where the build goes', async () => {
    const script = (await import(/* @vite-ignore */ path.resolve('scripts/electron-native.mjs'))) as {
      nativeTarget(root: string, abi: string): string;
    };
    expect(script.nativeTarget(root, '150')).toBe(electronNativePath(root, '150'));
  });
});
