/**
 * Whether this code runs from the CLI's cached bundle (bin/cli-bundle.mjs) or from the TypeScript
 * sources under tsx. The bundle's build defines `__ALPENGLOW_BUNDLE__` as true; under tsx the
 * name is undeclared and `typeof` says so without throwing. A worker thread must load the same
 * code as its host (a bundle's host with a tsx worker would start a second, slower loader, and a
 * worker of another build could disagree with it), so worker-host.ts and fuzz/lanes.ts hand the
 * worker this URL.
 */
declare const __ALPENGLOW_BUNDLE__: boolean | undefined;

/** The bundle's own URL when bundled (every module in it shares it), else null. */
export const BUNDLE_URL: string | null =
  typeof __ALPENGLOW_BUNDLE__ !== 'undefined' && __ALPENGLOW_BUNDLE__ ? import.meta.url : null;
