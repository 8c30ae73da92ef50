/** Remember the window's size and position, and never restore it off every screen. */
export interface WindowState {
  x?: number | undefined;
  y?: number | undefined;
  width: number;
  height: number;
  maximized: boolean;
}

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const DEFAULT_WINDOW: WindowState = { width: 1280, height: 860, maximized: false };

export function parseWindowState(text: string | null): WindowState {
  if (!text) return DEFAULT_WINDOW;
  try {
    const s = JSON.parse(text) as Partial<WindowState>;
    const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? Math.round(v) : undefined);
    const width = num(s.width);
    const height = num(s.height);
    if (!width || !height || width < 600 || height < 400) return DEFAULT_WINDOW;
    return { x: num(s.x), y: num(s.y), width, height, maximized: s.maximized === true };
  } catch {
    return DEFAULT_WINDOW;
  }
}

/** Keep the saved position only if its title bar is visible on some display. */
export function fitToDisplays(state: WindowState, displays: Rect[]): WindowState {
  if (state.x === undefined || state.y === undefined) return state;
  const { x, y } = state;
  const visible = displays.some((d) => x + 100 > d.x && x < d.x + d.width - 100 && y >= d.y && y < d.y + d.height - 50);
  return visible ? state : { ...state, x: undefined, y: undefined };
}
