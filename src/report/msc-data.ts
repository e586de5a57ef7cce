import type { NodeId } from '../core/ids.ts';
import { blockName } from '../model/block.ts';
import type { Role } from '../model/config.ts';
import { describeSlotChange, stateChanges } from '../model/describe-diff.ts';
import { directFinalizations } from '../model/finality.ts';
import type { State } from '../model/state.ts';
import type { StateProperty } from '../sim/setup.ts';
import { deliveryArrows, type MscArrow } from './msc-arrows.ts';
import type { StepKind, SteppedTrace, TraceStep } from './trace-steps.ts';

export interface ChartLane {
  readonly node: NodeId;
  readonly role: Role;
  /** The validator's share of the stake, for the lane's header (display only: "20%", "33.3%"). */
  readonly stakeShare: string;
}

/** A step in the details panel: its words, and what it changed in each correct validator. */
export interface ChartStep {
  readonly index: number;
  readonly atMs: number | null;
  readonly kind: StepKind;
  readonly actor: NodeId;
  readonly text: string;
  /** `v1 slot 1: pool +Notar(1a) by v0; flags +Voted, …` (describe-diff.ts), validator by validator. */
  readonly changes: readonly string[];
  /** The properties that fail in the state after this step: [property index, message index]. */
  readonly failing: readonly (readonly [number, number])[];
}

/** Something a validator did or reached at a step, drawn on its lane. */
export interface ChartMark {
  readonly step: number;
  readonly node: NodeId;
  readonly kind: 'timeout' | 'propose' | 'byzPropose' | 'standstill' | 'finalized';
  readonly label: string;
}

export interface ChartProperty {
  readonly name: string;
  /** 'state': judged after every step; 'run': judged once, on the whole timed run (liveness). */
  readonly judged: 'state' | 'run';
}

/** Everything the page draws for one trace: computed here, so the page's script only shows and hides. */
export interface ChartData {
  readonly title: string;
  readonly timed: boolean;
  readonly endMs: number | null;
  readonly lanes: readonly ChartLane[];
  readonly steps: readonly ChartStep[];
  readonly arrows: readonly MscArrow[];
  readonly marks: readonly ChartMark[];
  readonly properties: readonly ChartProperty[];
  /** Failure messages, referred to by index from each step's `failing` (a lasting violation repeats). */
  readonly messages: readonly string[];
  readonly violation: { readonly property: string; readonly step: number; readonly message: string } | null;
  /** Index (0-based) of an action the model did not enable: the chart stops before it. */
  readonly rejectedAt: number | null;
}

export interface ChartInput {
  readonly title: string;
  readonly trace: SteppedTrace;
  /** Judged on the state after every step. */
  readonly stateProperties: readonly StateProperty[];
  /** Timed traces: the verdicts of the run's own properties (liveness), judged at its end. */
  readonly runVerdicts?: readonly { readonly name: string; readonly message: string | null }[];
  /** The violation the trace records. */
  readonly recorded: { readonly property: string; readonly step: number; readonly message?: string } | null;
}

/** The chart of one trace: lanes, steps with their changes and property statuses, arrows, marks. */
export function chartData(input: ChartInput): ChartData {
  const { trace } = input;
  const { cfg } = trace;
  const properties: ChartProperty[] = [
    ...input.stateProperties.map((p) => ({ name: p.name, judged: 'state' as const })),
    ...(input.runVerdicts ?? []).map((v) => ({ name: v.name, judged: 'run' as const })),
  ];
  const messages = new MessageTable();
  const last = trace.steps.length;
  const steps = trace.steps.map((step): ChartStep => {
    const failing: [number, number][] = [];
    input.stateProperties.forEach((p, i) => {
      const message = p.check(cfg, step.state);
      if (message) failing.push([i, messages.index(message)]);
    });
    if (step.index === last) {
      const offset = input.stateProperties.length;
      (input.runVerdicts ?? []).forEach((v, i) => {
        if (v.message !== null) failing.push([offset + i, messages.index(v.message)]);
      });
    }
    const changes = stateChanges(cfg, step.before, step.state).map(describeSlotChange);
    return {
      index: step.index,
      atMs: step.atMs,
      kind: step.kind,
      actor: step.actor,
      text: step.text,
      changes,
      failing,
    };
  });
  return {
    title: input.title,
    timed: trace.timed,
    endMs: trace.endMs,
    lanes: cfg.roles.map((role, node) => ({
      node,
      role,
      stakeShare: share(cfg.stakes[node] ?? 0n, cfg.totalStake),
    })),
    steps,
    arrows: deliveryArrows(trace),
    marks: trace.steps.flatMap((step) => stepMarks(trace, step)),
    properties,
    messages: messages.all,
    violation: violationAt(input.recorded, properties, steps, messages.all),
    rejectedAt: trace.rejectedAt,
  };
}

/**
 * The step the page highlights: where the recorded property first fails in the replay (a state
 * property), the run's last step for a property judged on the whole run, else the recorded step.
 */
function violationAt(
  recorded: ChartInput['recorded'],
  properties: readonly ChartProperty[],
  steps: readonly ChartStep[],
  messages: readonly string[],
): ChartData['violation'] {
  if (recorded === null || steps.length === 0) return null;
  const at = properties.findIndex((p) => p.name === recorded.property);
  const first = steps.find((s) => s.failing.some(([p]) => p === at));
  const fallback = properties[at]?.judged === 'run' ? steps.length : Math.max(recorded.step, 1);
  const step = first?.index ?? Math.min(fallback, steps.length);
  const seen = first?.failing.find(([p]) => p === at)?.[1];
  const message = recorded.message ?? (seen === undefined ? '' : (messages[seen] ?? ''));
  return { property: recorded.property, step, message };
}

/** The step's own mark (a timeout, a proposal, a standstill) and every finalization it brought about. */
function stepMarks(trace: SteppedTrace, step: TraceStep): ChartMark[] {
  const marks: ChartMark[] = [];
  if (step.kind !== 'deliver' && step.kind !== 'byzSend')
    marks.push({ step: step.index, node: step.actor, kind: step.kind, label: step.text });
  for (const node of trace.cfg.honest) {
    if (step.before.nodes[node] === step.state.nodes[node]) continue; // unchanged (copy-on-write)
    for (const f of newFinalizations(trace, step.before, step.state, node))
      marks.push({ step: step.index, node, kind: 'finalized', label: f });
  }
  return marks;
}

function newFinalizations(trace: SteppedTrace, before: State, after: State, node: NodeId): string[] {
  const key = (f: { block: number; path: string }) => `${f.block}:${f.path}`;
  const old = new Set(directFinalizations(trace.cfg, before, node).map(key));
  return directFinalizations(trace.cfg, after, node)
    .filter((f) => !old.has(key(f)))
    .map((f) => {
      const block = after.blocks[f.block];
      return `v${node} finalizes ${block ? blockName(block) : `block#${f.block}`} (${f.path})`;
    });
}

/** A display share only: as a double (the same text as before for small stakes), exact enough to read. */
function share(stake: bigint, total: bigint): string {
  if (total === 0n) return '0%';
  const percent = (100 * Number(stake)) / Number(total);
  return `${Number.isInteger(percent) ? percent : percent.toFixed(1)}%`;
}

class MessageTable {
  readonly all: string[] = [];
  private readonly at = new Map<string, number>();
  index(message: string): number {
    let i = this.at.get(message);
    if (i === undefined) {
      i = this.all.length;
      this.all.push(message);
      this.at.set(message, i);
    }
    return i;
  }
}
