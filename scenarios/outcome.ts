import type { Mode, PropertyOutcome, ScenarioResult } from './types.ts';

/**
 * What tells several verdicts on one property apart in one report: the sweep cell that produced
 * it (byzantine_resilience), or the driver when a scenario runs several (integration_tests).
 * Kept as data; the text in report names and trace file names is made here and nowhere else.
 */
export type OutcomeLabel =
  | { readonly kind: 'cell'; readonly strategy: string; readonly byzantine: number }
  | { readonly kind: 'driver'; readonly driver: Mode };

/** `silent.b1` for a sweep cell, `pbt` for a driver. */
export function labelText(label: OutcomeLabel): string {
  return label.kind === 'cell' ? `${label.strategy}.b${label.byzantine}` : label.driver;
}

/** The property's name in the TestReport: `NotarizationUniqueness [silent.b1]`, bare without a label. */
export function reportName(property: string, label: OutcomeLabel | null): string {
  return label === null ? property : `${property} [${labelText(label)}]`;
}

/** The name a counterexample trace is saved under: `silent.b1.NotarizationUniqueness`. */
export function traceName(property: string, label: OutcomeLabel | null): string {
  return label === null ? property : `${labelText(label)}.${property}`;
}

/** Where and when a driver first saw a property violated (before any shrinking). */
export interface DiscoveryCost {
  /** States (or events) checked until then, counted from the start of the driver's run. */
  readonly states: number;
  readonly ms: number;
}

/** The replayable trace a driver reports for a violated property (shrunk, or shortest by construction). */
export interface CounterexampleSummary {
  readonly message: string;
  /** Steps (pbt, exhaustive) or timed inputs (sim). */
  readonly length: number;
  /** Where the trace was saved. */
  readonly trace: string | null;
  /** Set by drivers that check 1-minimality (delta debugging). */
  readonly oneMinimal?: boolean;
  /** Set by drivers that shrink: the length of the schedule as first found. */
  readonly discoveryLength?: number;
}

/**
 * A violation reported without a trace: a timed run at scale keeps no inputs (scenarios/drivers/
 * sim-scale.ts), so there is no length and nothing to replay; its message says why.
 */
export type UntracedViolation = Omit<CounterexampleSummary, 'length' | 'trace'> & {
  readonly length: null;
  readonly trace: null;
};

export interface OutcomeInput {
  readonly property: string;
  readonly label: OutcomeLabel | null;
  readonly driver: Mode;
  /** Whether the driver checked anything at all (else the verdict is "not checked"). */
  readonly ran: boolean;
  /** What the whole driver run spent: a property that held is charged all of it. */
  readonly spent: DiscoveryCost;
  readonly discovery: DiscoveryCost | null;
  readonly counterexample: CounterexampleSummary | UntracedViolation | null;
}

/**
 * The one builder of per-property verdicts for every driver. A violated property is charged the
 * states and time spent until its discovery, one that held the whole run's.
 */
export function propertyOutcome(o: OutcomeInput): PropertyOutcome {
  const cx = o.counterexample;
  const cost = o.discovery ?? o.spent;
  return {
    name: reportName(o.property, o.label),
    property: o.property,
    label: o.label,
    passed: cx ? false : o.ran ? true : null,
    statesExplored: cost.states,
    durationMs: Math.round(cost.ms),
    error: cx ? cx.message : null,
    counterexampleLength: cx ? cx.length : null,
    counterexample: cx ? cx.trace : null,
    driver: o.driver,
    ...(cx?.oneMinimal === undefined ? {} : { oneMinimal: cx.oneMinimal }),
    ...(cx?.discoveryLength === undefined ? {} : { discoveryLength: cx.discoveryLength }),
  };
}

/** The same verdicts under another label (a scenario that labels a driver's result after the run). */
export function withLabel(result: ScenarioResult, label: OutcomeLabel): ScenarioResult {
  return {
    ...result,
    properties: result.properties.map((p) => ({ ...p, label, name: reportName(p.property, label) })),
  };
}
