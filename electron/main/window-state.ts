// The window comes back where it was: size, position and maximised state are saved in settings.json and,
// on the way back, clamped to a display that is still there (a laptop undocked from its second screen).
import type { BrowserWindow } from 'electron';
import type { WindowState } from './settings';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The size a first window opens at, and the least a saved one may shrink to. */
export const DEFAULT_WINDOW_SIZE = { width: 1200, height: 800 };
export const MIN_WINDOW_SIZE = { width: 720, height: 480 };
/** how much of a saved window must overlap a display to be put back where it was, in pixels each way */
const MIN_VISIBLE = 64;
/** how long the window must be still before its state is written */
export const SAVE_DELAY_MS = 500;

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  return {
    width: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
    height: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
  };
}

/**
 * Where the window opens: the saved bounds moved and shrunk to fit the work area they overlap most;
 * centred on the primary work area (the first) when they overlap none, or when nothing was saved.
 */
export function clampWindowState(saved: Partial<WindowState> | undefined, workAreas: Rect[]): WindowState {
  const primary = workAreas[0] ?? { x: 0, y: 0, ...DEFAULT_WINDOW_SIZE };
  const maximized = saved?.maximized === true;
  const width = isFiniteNumber(saved?.width) ? Math.max(MIN_WINDOW_SIZE.width, Math.round(saved.width)) : DEFAULT_WINDOW_SIZE.width;
  const height = isFiniteNumber(saved?.height) ? Math.max(MIN_WINDOW_SIZE.height, Math.round(saved.height)) : DEFAULT_WINDOW_SIZE.height;

  if (isFiniteNumber(saved?.x) && isFiniteNumber(saved?.y)) {
    const bounds = { x: Math.round(saved.x), y: Math.round(saved.y), width, height };
    let best: Rect | null = null;
    let bestArea = 0;
    for (const area of workAreas) {
      const o = overlap(bounds, area);
      if (o.width >= MIN_VISIBLE && o.height >= MIN_VISIBLE && o.width * o.height > bestArea) {
        best = area;
        bestArea = o.width * o.height;
      }
    }
    if (best) return { ...fitInside(bounds, best), maximized };
  }
  const fitted = { width: Math.min(width, primary.width), height: Math.min(height, primary.height) };
  return {
    x: primary.x + Math.round((primary.width - fitted.width) / 2),
    y: primary.y + Math.round((primary.height - fitted.height) / 2),
    ...fitted,
    maximized,
  };
}

function fitInside(bounds: Rect, area: Rect): Rect {
  const width = Math.min(bounds.width, area.width);
  const height = Math.min(bounds.height, area.height);
  return {
    x: Math.min(Math.max(bounds.x, area.x), area.x + area.width - width),
    y: Math.min(Math.max(bounds.y, area.y), area.y + area.height - height),
    width,
    height,
  };
}

/** The state to save now: the normal (unmaximised) bounds, so un-maximising later restores them. */
export function currentWindowState(win: Pick<BrowserWindow, 'getNormalBounds' | 'isMaximized'>): WindowState {
  const bounds = win.getNormalBounds();
  return { x: bounds.x, y: bounds.y, width: bounds.width, height: bounds.height, maximized: win.isMaximized() };
}

/** Saves the window's state after it stops moving or resizing, and when it closes. */
export function trackWindowState(win: BrowserWindow, save: (state: WindowState) => void): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const saveNow = () => {
    clearTimeout(timer);
    timer = undefined;
    if (!win.isDestroyed()) save(currentWindowState(win));
  };
  const saveLater = () => {
    clearTimeout(timer);
    timer = setTimeout(saveNow, SAVE_DELAY_MS);
  };
  for (const event of ['resize', 'move', 'maximize', 'unmaximize'] as const) win.on(event as 'resize', saveLater);
  win.on('close', saveNow);
}
