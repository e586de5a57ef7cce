// The CLI's cached bundle: bin/alpenglow's fast start. Loading the TypeScript sources through tsx
// costs about a second of CPU per process (its loader hooks run once per module, some 400 of
// them), and a scenario pays it twice (the main thread and its worker). esbuild (tsx's own
// compiler) bundles the same sources into one ES module in about 0.2 s, which loads in about a
// tenth of that second, so the bundle is built on first use and kept in .cache/alpenglow-cli (git-
// ignored; not under node_modules, which may be a symlink: Node gives a module the URL of its real
// path, and src/core/repo-root.ts finds the root from the bundle's URL).
//
// Trust first: the bundle is used only while every file it was built from is unchanged (same
// size and modification time, as make and tsc --incremental judge it; the list is esbuild's own
// metafile), and so are the build's own terms (this file, tsconfig.json, esbuild's version). Any
// edit, checkout or new import rebuilds it before the run. Writes are atomic
// (temp + rename) and named by content, so concurrent processes never read half a bundle.
// ALPENGLOW_NO_BUNDLE=1 runs the sources through tsx, as before.
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * The build's terms: this file (its options), tsconfig.json (esbuild reads it) and esbuild's
 * version. A bundle made under other terms is stale.
 */
function buildFormat() {
  const hash = createHash('sha256');
  for (const file of ['bin/cli-bundle.mjs', 'tsconfig.json', 'node_modules/esbuild/package.json'])
    hash.update(readFileSync(join(ROOT, file)));
  return hash.digest('hex').slice(0, 16);
}
/** Bundles kept beside the current one, for processes (fuzz lanes, workers) still loading them. */
const KEEP_BUNDLES = 8;

const ROOT = fileURLToPath(new URL('../', import.meta.url));

/** The bundle's folder: two levels below the root, as src/core/repo-root.ts requires. */
export const BUNDLE_DIR = join(ROOT, '.cache', 'alpenglow-cli');
const MANIFEST = 'manifest.json';

/** The manifest's bundle if every input is as it was at build time, else null. */
export function freshBundle(dir = BUNDLE_DIR) {
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(join(dir, MANIFEST), 'utf8'));
  } catch {
    return null;
  }
  if (manifest.format !== buildFormat() || !Array.isArray(manifest.inputs)) return null;
  if (typeof manifest.bundle !== 'string' || !existsSync(join(dir, manifest.bundle))) return null;
  for (const input of manifest.inputs) {
    let stat;
    try {
      stat = statSync(join(ROOT, input.path));
    } catch {
      return null;
    }
    if (stat.size !== input.size || stat.mtimeMs !== input.mtimeMs) return null;
  }
  return join(dir, manifest.bundle);
}

/** Builds the bundle from src/cli/bundle-entry.ts, writes it and its manifest; returns its path. */
export async function buildBundle(dir = BUNDLE_DIR) {
  const { build } = await import('esbuild');
  // Filesystem times are coarse (and a checkout writes many files at once): an input touched
  // within a second of the build could have changed while esbuild read it, so such a bundle
  // serves this run but gets no manifest, and the next start builds again.
  const startedMs = Date.now() - 1000;
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: [join(ROOT, 'src', 'cli', 'bundle-entry.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    define: { __ALPENGLOW_BUNDLE__: 'true' },
    // Stack traces of internal errors name the .ts files and lines, as under tsx (bin/alpenglow
    // turns source maps on); without sources inside, the map adds about a fifth to the file.
    sourcemap: 'inline',
    sourcesContent: false,
    metafile: true,
    write: false,
    outfile: join(dir, 'cli.mjs'),
    logLevel: 'silent',
  });
  const inputs = Object.keys(result.metafile.inputs).map((path) => inputStat(path));
  const settled = inputs.every((input) => input.mtimeMs < startedMs);
  const code = result.outputFiles[0].text;
  const name = `cli-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.mjs`;
  mkdirSync(dir, { recursive: true });
  writeAtomic(join(dir, name), code);
  if (settled)
    writeAtomic(join(dir, MANIFEST), JSON.stringify({ format: buildFormat(), bundle: name, inputs }));
  pruneOld(dir, name);
  return join(dir, name);
}

/** The URL of the current bundle (`launch`, `loadMain`, `loadRunOne`), built first if stale. */
export async function bundleUrl(dir = BUNDLE_DIR) {
  return pathToFileURL(freshBundle(dir) ?? (await buildBundle(dir))).href;
}

function inputStat(path) {
  // esbuild names inputs relative to absWorkingDir, the root, as the manifest keeps them.
  const stat = statSync(join(ROOT, path));
  return { path, size: stat.size, mtimeMs: stat.mtimeMs };
}

function writeAtomic(path, text) {
  const temp = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  writeFileSync(temp, text);
  renameSync(temp, path);
}

function pruneOld(dir, current) {
  const bundles = readdirSync(dir)
    .filter((f) => /^cli-[0-9a-f]{16}\.mjs$/.test(f) && f !== current)
    .map((f) => ({ f, mtimeMs: statSync(join(dir, f)).mtimeMs }))
    .sort((a, b) => b.mtimeMs - a.mtimeMs);
  for (const { f } of bundles.slice(KEEP_BUNDLES)) rmSync(join(dir, f), { force: true });
}
