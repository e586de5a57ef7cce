/**
 * What the CLI's cached bundle exports (bin/cli-bundle.mjs builds it from this file): the routing
 * bin/alpenglow runs, and loaders for the two worker threads' code. The loaders stay dynamic
 * imports so the bundle, like the sources, evaluates a command's modules only when it runs.
 */
export { launch } from './launch.ts';

export const loadMain = () => import('./main.ts');

export const loadRunOne = () => import('./fuzz/run-one.ts');
