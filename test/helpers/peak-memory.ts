/**
 * "Within 1 GB" for the hostile-input tests: the process's high-water mark of resident memory —
 * what a case took at its worst, not what is left once it is over — against where the process
 * stood when the watch began. (Vitest runs each test file in a process of its own.)
 */
export const GB = 1024 * 1024 * 1024;

export interface MemoryWatch {
  /** The process's peak resident memory so far, bytes. */
  peak(): number;
  /**
   * The most the peak may be after a case that may use `bytes`: the start plus `bytes` (or, were
   * the process ever higher before the watch began, that mark: the case may not raise it).
   */
  ceiling(bytes: number): number;
}

export function watchMemory(): MemoryWatch {
  const peak = () => process.resourceUsage().maxRSS * 1024;
  const startRss = process.memoryUsage().rss;
  const startPeak = peak();
  return { peak, ceiling: (bytes) => Math.max(startPeak, startRss + bytes) };
}
