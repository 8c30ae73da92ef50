/**
 * Long titles break on whole words into balanced lines (a trapezoid or diamond, never one long
 * line and a stub). Words come from Intl.Segmenter (ICU's Chinese dictionary), available in Node
 * and Chromium alike; a number stays with the character after it (2024年度).
 */
import { textWidth, type TextStyle } from './linebreak';

function boundaries(title: string): number[] {
  const cuts: number[] = [];
  const seg = new Intl.Segmenter('zh-CN', { granularity: 'word' });
  for (const s of seg.segment(title)) if (s.index > 0) cuts.push(s.index);
  // Never split digits from what follows them, nor a word from a closing bracket or the final 的报告's 的.
  return cuts.filter((i) => {
    const before = title[i - 1]!;
    const after = title[i]!;
    if (/[0-9A-Za-z]/.test(before)) return false;
    if (/[”’）》〕」』、，。：；]/.test(after)) return false;
    if (/[“‘（《〔「『]/.test(before)) return false;
    return true;
  });
}

/**
 * Split `title` into lines no wider than `maxWidth` (twips) at `style`, as evenly as whole words
 * allow. Returns the lines' texts.
 */
export function balanceTitle(title: string, style: TextStyle, maxWidth: number): string[] {
  const t = title.trim();
  if (!t) return [''];
  const width = (a: number, b: number) => textWidth([{ text: t.slice(a, b), style }]) - style.spacing;
  if (width(0, t.length) <= maxWidth) return [t];
  const cuts = [0, ...boundaries(t), t.length];
  // Fewest lines first; among splittings into that many lines, the smallest spread of widths.
  // (An exhaustive search: titles are a line or three; absurdly long ones go straight to greedy.)
  for (let n = 2; n <= 4 && t.length <= 100; n++) {
    let best: { cost: number; at: number[] } | null = null;
    const target = width(0, t.length) / n;
    const search = (from: number, left: number, chosen: number[], cost: number) => {
      if (best && cost >= best.cost) return;
      if (left === 1) {
        const w = width(cuts[from]!, t.length);
        if (w > maxWidth) return;
        const total = cost + (w - target) ** 2;
        if (!best || total < best.cost) best = { cost: total, at: [...chosen] };
        return;
      }
      for (let k = from + 1; k < cuts.length - 1; k++) {
        const w = width(cuts[from]!, cuts[k]!);
        if (w > maxWidth) break;
        search(k, left - 1, [...chosen, k], cost + (w - target) ** 2);
      }
    };
    search(0, n, [], 0);
    const found = best as { cost: number; at: number[] } | null;
    if (found) {
      const at = [0, ...found.at, cuts.length - 1].map((k) => cuts[k] ?? t.length);
      return at.slice(1).map((end, i) => t.slice(at[i], end));
    }
  }
  // No word boundaries fit (one enormous word) or a very long title: plain character breaking.
  const lines: string[] = [];
  let s = 0;
  for (let i = 1; i <= t.length; i++) {
    if (width(s, i) > maxWidth) {
      lines.push(t.slice(s, i - 1));
      s = i - 1;
    }
  }
  lines.push(t.slice(s));
  return lines;
}
