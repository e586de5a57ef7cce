import { meetsPpm, sumStake } from '../../src/core/stake.ts';
import type { ModelConfig } from '../../src/model/config.ts';
import type { LivenessTiming } from '../../src/model/observations.ts';

/**
 * The premises of the white paper's liveness results that a config can break (notes P11, Theorem
 * 2): Δ_timeout ≥ 3Δ, and correct online stake of at least S. The properties are still judged
 * (a broken premise must show as a failure, not a skip); these lines say why one is expected.
 */
export function livenessAssumptionWarnings(cfg: ModelConfig, timing: LivenessTiming): string[] {
  const warnings: string[] = [];
  const threeDeltaMs = Math.ceil(3 * timing.deltaMs);
  if (timing.timeoutMs < threeDeltaMs) {
    warnings.push(
      `timeout_ms ${timing.timeoutMs} is below 3Δ = ${threeDeltaMs} ms (Theorem 2 assumes Δ_timeout ≥ 3Δ): correct windows may be skipped`,
    );
  }
  const correctStake = sumStake(cfg.stakes, cfg.honest);
  if (!meetsPpm(correctStake, cfg.totalStake, cfg.slowPpm)) {
    // Byzantine validators act in timed runs (src/sim/timed/byzantine): their votes may complete a
    // certificate, but their strategy may withhold them, so a stall is possible rather than certain.
    const byzantine = cfg.byzantine.length;
    const why =
      byzantine === 0
        ? 'no certificate can form and a stall is expected'
        : `a certificate needs the votes of the ${byzantine} Byzantine validator${byzantine === 1 ? '' : 's'}, which ${byzantine === 1 ? 'its' : 'their'} strategy may withhold, so a stall may come`;
    warnings.push(
      `correct online stake ${correctStake} of ${cfg.totalStake} is below the slow threshold: ${why}`,
    );
  }
  return warnings;
}
