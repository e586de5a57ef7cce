/**
 * Long searches run on the main thread; yielding to the event loop every few tens of
 * milliseconds keeps SIGINT/SIGTERM handlers and progress output responsive.
 */
export function makePauser(everyMs = 50): () => Promise<void> {
  let last = performance.now();
  return async () => {
    const now = performance.now();
    if (now - last < everyMs) return;
    last = now;
    await new Promise<void>((resolve) => setImmediate(resolve));
  };
}
