import type { AlpenglowConfig } from '../core/config/index.ts';
import type { CrossValidateOptions, CrossValidation } from './cross-validation-types.ts';
import { modelModule, type SpecModelOptions, specInvariantName } from './mc-module.ts';
import { assertTlaMirrored, type ResolvedModel, resolveModel } from './resolve.ts';
import { DumpMatcher } from './state-compare.ts';
import { summarize } from './summary.ts';
import { locateTlc, type TlcTool } from './tlc-locate.ts';
import { runTlc, type TlcRun } from './tlc-run.ts';
import { checkTraceAgreement } from './trace-agreement.ts';
import { collectTsStates, exploreTs, type TsSearchOptions } from './ts-search.ts';
import { hasTlaInvariant, TLA_ONLY_INVARIANTS } from './verdicts.ts';

/** TLC's time limit when the caller gives none (ten minutes). */
export const DEFAULT_TIMEOUT_MS = 600_000;

/**
 * Runs the TS explorer and TLC on the same resolved model (symmetry off, no depth bound, both
 * stopping at the first violation) and compares verdicts, state counts, state sets and
 * counterexamples. TLC explores the whole space of the config, so keep configs small.
 */
export async function crossValidate(
  config: AlpenglowConfig,
  options: CrossValidateOptions,
): Promise<CrossValidation> {
  const resolved = resolveModel(config, options);
  assertTlaMirrored(resolved.cfg);
  const search: TsSearchOptions = {
    scheduler: options.scheduler ?? 'all',
    inFlightBound: options.inFlightBound ?? null,
    ...(options.shouldStop ? { shouldStop: options.shouldStop } : {}),
  };
  const ts = await exploreTs(resolved.cfg, options.properties, { ...search, stopAtFirstViolation: true });
  const base = { resolved, properties: options.properties, ts, violated: null, sets: null, traces: null };
  const located = locateTlc(options.env);
  if (!located.available) return summarize({ ...base, tlc: null, unavailable: located.reason });
  if (options.shouldStop?.()) return summarize({ ...base, tlc: null, skipped: 'stopped before TLC ran' });
  const matcher =
    options.compareStates !== false && ts.complete
      ? new DumpMatcher((await collectTsStates(resolved.cfg, search)).keys)
      : null;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const spec: SpecModelOptions = {
    scheduler: search.scheduler,
    inFlightBound: search.inFlightBound,
    invariants: [...options.properties.map((p) => p.name).filter(hasTlaInvariant), ...TLA_ONLY_INVARIANTS],
  };
  const tlc = await runModel(located.tool, resolved, spec, timeoutMs, matcher, options.shouldStop);
  const violated = tlc.invariant === null ? null : specInvariantName(tlc.invariant, spec);
  const sets =
    matcher && tlc.verdict === 'ok' && !tlc.timedOut ? await matcher.compare(resolved.cfg, search) : null;
  const traces =
    options.checkTraces === false
      ? null
      : await checkTraceAgreement({ ...base, tlc, violated, tool: located.tool, timeoutMs });
  return summarize({ ...base, tlc, violated, sets, traces });
}

const MODULE = 'AlpenglowXval';

function runModel(
  tool: TlcTool,
  resolved: ResolvedModel,
  spec: SpecModelOptions,
  timeoutMs: number,
  matcher: DumpMatcher | null,
  shouldStop: (() => boolean) | undefined,
): Promise<TlcRun> {
  const files = modelModule(MODULE, resolved.config, resolved.cfg, spec);
  return runTlc(tool, {
    moduleName: MODULE,
    ...files,
    checkDeadlock: false,
    timeoutMs,
    ...(matcher ? { onDumpState: matcher.visit } : {}),
    ...(shouldStop ? { shouldStop } : {}),
  });
}
