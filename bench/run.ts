import { readdirSync } from 'node:fs';

/** `npm run bench`: runs every bench/*.bench.ts (or those named on the command line) in turn. */
const wanted = process.argv.slice(2);
const dir = new URL('.', import.meta.url);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => wanted.length === 0 || wanted.some((w) => f.includes(w)))
  .sort();
for (const file of files) {
  const module = (await import(new URL(file, dir).href)) as { run?: () => Promise<void> };
  if (typeof module.run !== 'function') throw new Error(`${file} exports no run()`);
  await module.run();
}
