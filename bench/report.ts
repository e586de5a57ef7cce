import type { Bench } from 'tinybench';

/** Prints one line per task: items per second from the mean latency of one batch. */
export function printRates(group: string, bench: Bench, batch: number, unit: string): void {
  console.log(`\n${group}: ${batch} ${unit} per iteration`);
  for (const task of bench.tasks) {
    const result = task.result as { latency?: { mean: number; rme: number } } | undefined;
    const meanMs = result?.latency?.mean;
    if (!meanMs) {
      console.log(`  ${task.name}: no result`);
      continue;
    }
    const rate = Math.round((batch / meanMs) * 1000);
    console.log(
      `  ${task.name.padEnd(48)} ${rate.toLocaleString('en-US').padStart(12)} ${unit}/s  (±${result.latency?.rme.toFixed(1)}%)`,
    );
  }
}
