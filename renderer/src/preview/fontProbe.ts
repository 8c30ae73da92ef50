/**
 * Is a font family installed on this PC? `document.fonts.check` answers true for any local name,
 * so measure instead: a family that is present changes the width of a test string against each
 * generic fallback. Results are cached for the session.
 */
const SAMPLE = '公文工作室法治政府建设报告——“”1234567890abcdef';
const GENERICS = ['monospace', 'serif', 'sans-serif'] as const;
const cache = new Map<string, boolean>();
let ctx: CanvasRenderingContext2D | null | undefined;

export function fontInstalled(family: string): boolean {
  const hit = cache.get(family);
  if (hit !== undefined) return hit;
  ctx ??= document.createElement('canvas').getContext('2d');
  if (!ctx) return false;
  const c = ctx;
  const width = (font: string) => {
    c.font = `32px ${font}`;
    return c.measureText(SAMPLE).width;
  };
  const found = GENERICS.some((g) => width(`"${family}", ${g}`) !== width(g));
  cache.set(family, found);
  return found;
}
