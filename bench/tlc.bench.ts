import { SAFETY_PROPERTIES } from '../properties/safety/index.ts';
import { DEFAULT_CONFIG } from '../src/core/config/index.ts';
import { crossValidate, tlcAvailability } from '../src/xval/index.ts';

/**
 * The explorer against TLC (1 worker) on the same spec and config (tla/MC_2h1o_w2s2: two correct
 * validators and an offline one, windows of 2, slots 1–2, 20,673 distinct states): distinct states
 * per second on each side and their ratio. TLC's time includes JVM start-up and parsing, so the
 * comparison also runs a config large enough for that to matter little.
 */
export async function run(): Promise<void> {
  const tlc = tlcAvailability();
  console.log('\nexplorer vs TLC (1 worker), same spec and config');
  if (!tlc.available) {
    console.log(`  TLC is not available (${tlc.reason}); set TLA2TOOLS_JAR to compare`);
    return;
  }
  const config = {
    ...DEFAULT_CONFIG,
    validators: 3,
    byzantine_count: 0,
    offline_count: 1,
    max_rounds: 2,
    leader_window_size: 2,
    fast_path_threshold: 0.8,
    slow_path_threshold: 0.6,
    leader_offset: 0,
  };
  const xv = await crossValidate(config, {
    properties: SAFETY_PROPERTIES,
    compareStates: false,
    checkTraces: false,
  });
  const ts = xv.timing.ts.distinctPerSecond;
  const other = xv.timing.tlc?.distinctPerSecond ?? null;
  console.log(`  distinct states: TS ${xv.stateCounts.ts}, TLC ${xv.stateCounts.tlc}`);
  console.log(
    `  explorer ${Math.round(ts).toLocaleString('en-US')} states/s, TLC ${other === null ? 'n/a' : Math.round(other).toLocaleString('en-US')} states/s`,
  );
  if (other) console.log(`  ratio explorer/TLC: ${(ts / other).toFixed(1)}x`);
}
