/**
 * Runs `fn` once the browser is idle, or after `timeout` ms on a page that never is (300 ms where
 * `requestIdleCallback` is missing, as in Safari). Returns a function that cancels it.
 */
export function whenIdle(fn: () => void, timeout = 3000): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(() => fn(), { timeout });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(fn, 300);
  return () => clearTimeout(id);
}
