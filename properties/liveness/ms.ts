/**
 * A time for a message: simulated times carry fractions of a millisecond (uplink queueing), and
 * "by 6462.2880000000005 ms" says nothing more than "by 6462.29 ms".
 */
export function ms(timeMs: number): string {
  return `${Math.round(timeMs * 100) / 100} ms`;
}
