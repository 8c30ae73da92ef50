import { useEffect, useState } from 'react';

/**
 * `value`, once it has stopped changing for `ms`. The panels follow the document this way so the
 * checker and the counts never run between two keystrokes.
 */
export function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const t = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(t);
  }, [value, ms]);
  return settled;
}
