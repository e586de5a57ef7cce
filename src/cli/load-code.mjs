// How a thread loads the CLI's code: bin/alpenglow, and the worker threads of scenarios
// (worker-entry.mjs) and fuzz lanes (fuzz/worker-entry.mjs), each as its host does. From the
// cached bundle (bin/cli-bundle.mjs) when there is one, with source maps on so that stack traces
// name the .ts files; else the TypeScript sources through tsx's loader.

/**
 * `fromBundle` picks what the caller needs from the bundle's module (src/cli/bundle-entry.ts);
 * `fromSources` imports the same from the sources, relative to the caller.
 */
export async function loadCode(bundleUrl, fromBundle, fromSources) {
  if (bundleUrl) {
    process.setSourceMapsEnabled(true);
    return fromBundle(await import(bundleUrl));
  }
  const { register } = await import('tsx/esm/api');
  register();
  return fromSources();
}
