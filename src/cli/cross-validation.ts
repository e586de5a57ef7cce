import { SAFETY_PROPERTIES } from '../../properties/safety/index.ts';
import { selectProperties } from '../../scenarios/selection.ts';
import type { ScenarioContext, ScenarioResult } from '../../scenarios/types.ts';
import type { CrossValidation as ReportCrossValidation } from '../report/types.ts';
import {
  type CrossValidation,
  crossValidate,
  type InvariantVerdict,
  tlcAvailability,
} from '../xval/index.ts';

/**
 * `--cross-validate`: the scenario's own config is explored by the TS explorer and checked by TLC
 * (src/xval), once per leader rotation the config allows. Each property's report entry then gets
 * `local_result` (this run's verdict), `external_result` (the explorer's, when this run did not
 * explore itself), `tla_result` (TLC's) and `consistent`. Properties of other configs (a sweep's
 * cells) or without a TLA+ counterpart (timed properties) say so in `details`.
 */
export interface CrossValidationRun {
  readonly runs: CrossValidation[];
  readonly consistent: boolean | null;
  /** With a bound on messages in flight, TLC's space is smaller than this run's. */
  readonly bounded: boolean;
}

export async function runCrossValidation(ctx: ScenarioContext): Promise<CrossValidationRun> {
  const offsets =
    ctx.config.leader_offset === null
      ? Array.from({ length: ctx.config.validators }, (_, i) => i)
      : [ctx.config.leader_offset];
  const runs: CrossValidation[] = [];
  // Without TLC only the explorer runs; the console warns once (report/console.ts), --verbose says so here.
  const tlc = tlcAvailability();
  const how = tlc.available ? 'with TLC' : `with the explorer only (${tlc.reason})`;
  for (const leaderOffset of offsets) {
    if (ctx.shouldStop()) break;
    ctx.log(`cross-validating leader offset ${leaderOffset} ${how}`);
    runs.push(
      await crossValidate(ctx.config, {
        properties: selectProperties(ctx.selection, SAFETY_PROPERTIES), // --properties holds for TLC too
        leaderOffset,
        inFlightBound: ctx.exhaustive.maxInFlight,
        shouldStop: ctx.shouldStop,
        ...(ctx.remainingMs() === null ? {} : { timeoutMs: Math.max(1000, ctx.remainingMs() as number) }),
      }),
    );
  }
  return {
    runs,
    consistent: combine(runs.map((r) => r.consistent)),
    bounded: ctx.exhaustive.maxInFlight !== null,
  };
}

/** false if any is false, null if any is unknown, else true. */
function combine(values: readonly (boolean | null)[]): boolean | null {
  if (values.some((v) => v === false)) return false;
  if (values.length === 0 || values.some((v) => v === null)) return null;
  return true;
}

/** The report's cross_validation entry of one property. */
export function propertyCrossValidation(
  name: string,
  passed: boolean | null,
  explored: boolean,
  xv: CrossValidationRun,
): ReportCrossValidation {
  const base = { local_result: passed, external_result: null, tla_result: null, consistent: null };
  const verdicts = xv.runs.map((r) => r.perInvariant.find((p) => p.name === name));
  if (verdicts.some((v) => v === undefined) || xv.runs.length === 0) {
    return {
      ...base,
      details:
        'not cross-validated: no TLA+ counterpart, or another config than the scenario’s (a sweep cell)',
    };
  }
  // Every verdict is defined past the guard above.
  const tla = combine(verdicts.map((v) => (v as InvariantVerdict).tla));
  const explorer = combine(verdicts.map((v) => (v as InvariantVerdict).local));
  // A violation this run found that TLC, having explored the same (unbounded) space, says cannot
  // happen is a contradiction. "Holds" here against "violated" there is not: random runs may miss it.
  const contradiction = passed === false && tla === true && !xv.bounded;
  const consistent =
    xv.consistent === false || contradiction ? false : xv.consistent === null || tla === null ? null : true;
  const details = xv.runs.map((r) => `leader offset ${r.leaderOffset}: ${r.details}`).join(' | ');
  return {
    local_result: passed,
    external_result: explored ? null : explorer,
    tla_result: tla,
    consistent,
    details,
  };
}

export function annotate(result: ScenarioResult, explored: boolean, xv: CrossValidationRun) {
  return result.properties.map((p) => ({
    ...p,
    crossValidation:
      // A labelled verdict (a sweep cell, one driver of several) is about another config or run
      // than the one TLC checked: say so rather than rely on its name matching no invariant.
      p.label !== null
        ? { ...NOT_COMPARED, local_result: p.passed }
        : propertyCrossValidation(p.property, p.passed, explored, xv),
  }));
}

const NOT_COMPARED: ReportCrossValidation = {
  local_result: null,
  external_result: null,
  tla_result: null,
  consistent: null,
  details:
    'not cross-validated: a labelled verdict (sweep cell or one driver of several), not the config TLC checked',
};
