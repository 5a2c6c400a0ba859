import { join } from 'node:path';
import { readJsonFile, writeJsonFile } from '../../services/json-file';
import { libraryPath } from '../../services/store/library-file';

export interface WindowBounds {
  readonly x?: number;
  readonly y?: number;
  readonly width: number;
  readonly height: number;
  readonly maximized: boolean;
}

export interface Area {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export const DEFAULT_BOUNDS: WindowBounds = { width: 1440, height: 900, maximized: false };
export const WINDOW_STATE_FILE = 'window-state.json';

/**
 * The remembered bounds if they still fit a display (a monitor may have been unplugged since),
 * else the default size centred by the OS; never smaller than the window's minimum.
 */
export function fitToDisplays(saved: unknown, displays: readonly Area[]): WindowBounds {
  if (!saved || typeof saved !== 'object') return DEFAULT_BOUNDS;
  const { x, y, width, height, maximized } = saved as Record<string, unknown>;
  if (
    typeof width !== 'number' ||
    typeof height !== 'number' ||
    !Number.isFinite(width) ||
    !Number.isFinite(height)
  )
    return DEFAULT_BOUNDS;
  const size = {
    width: Math.max(1024, Math.round(width)),
    height: Math.max(640, Math.round(height)),
    maximized: maximized === true,
  };
  if (typeof x !== 'number' || typeof y !== 'number') return size;
  const visible = displays.some(
    (area) => x >= area.x && y >= area.y && x + 100 <= area.x + area.width && y + 50 <= area.y + area.height,
  );
  return visible ? { ...size, x: Math.round(x), y: Math.round(y) } : size;
}

export function loadWindowState(folder: string, displays: readonly Area[]): WindowBounds {
  return fitToDisplays(readJsonFile(join(folder, WINDOW_STATE_FILE)), displays);
}

export function saveWindowState(folder: string, bounds: WindowBounds): void {
  // Remembering the window is a courtesy; failing to must not stop the app from closing.
  writeJsonFile(join(folder, WINDOW_STATE_FILE), bounds, { library: libraryPath(folder), inputs: [] });
}
