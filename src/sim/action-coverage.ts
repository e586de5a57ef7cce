import type { Action } from '../model/actions/types.ts';
import { CERT_KINDS, type Message, VOTE_KINDS } from '../model/messages.ts';
import type { NodeInput } from '../model/step.ts';

/**
 * Per-action coverage ("how hard it looked", TLC's -coverage): how often each kind of action was
 * offered and how often it was taken. A kind is an action type and, for messages, what the
 * message carries (`deliver.vote.notar`, `byzSend.cert.skip`): the names of src/model/actions
 * and of the TLA+ spec's Next disjuncts (Deliver, Timeout, Propose, ByzPropose, ByzSend).
 * Counting is an array increment per action, cheap beside the step it counts.
 */

const MESSAGE_KINDS = ['block', ...VOTE_KINDS.map((k) => `vote.${k}`), ...CERT_KINDS.map((k) => `cert.${k}`)];
const DELIVER = 0;
const TIMEOUT = MESSAGE_KINDS.length;
const PROPOSE = TIMEOUT + 1;
const BYZ_PROPOSE = TIMEOUT + 2;
const BYZ_SEND = TIMEOUT + 3;
/** Timed runs only: the standstill re-broadcast input (no untimed action corresponds). */
const STANDSTILL = BYZ_SEND + MESSAGE_KINDS.length;

export const ACTION_KINDS: readonly string[] = [
  ...MESSAGE_KINDS.map((m) => `deliver.${m}`),
  'timeout',
  'propose',
  'byzPropose',
  ...MESSAGE_KINDS.map((m) => `byzSend.${m}`),
  'standstill',
];

/** What correct validators and the network do: the kinds every config can offer. */
export const HONEST_ACTION_KINDS: readonly string[] = ACTION_KINDS.slice(0, BYZ_PROPOSE);

// Switches, not a lookup by string key: this runs for every action offered at every step.
function messageOffset(msg: Message): number {
  if (msg.type === 'block') return 0;
  if (msg.type === 'vote') {
    switch (msg.vote.kind) {
      case 'notar':
        return 1;
      case 'notarFallback':
        return 2;
      case 'skip':
        return 3;
      case 'skipFallback':
        return 4;
      case 'final':
        return 5;
    }
  }
  switch (msg.cert.kind) {
    case 'fastFinal':
      return 6;
    case 'notar':
      return 7;
    case 'notarFallback':
      return 8;
    case 'skip':
      return 9;
    case 'final':
      return 10;
  }
}

function kindIndex(a: Action): number {
  switch (a.type) {
    case 'deliver':
      return DELIVER + messageOffset(a.msg);
    case 'timeout':
      return TIMEOUT;
    case 'propose':
      return PROPOSE;
    case 'byzPropose':
      return BYZ_PROPOSE;
    case 'byzSend':
      return BYZ_SEND + messageOffset(a.msg);
  }
}

function inputIndex(input: NodeInput): number {
  if (input.type === 'receive') return DELIVER + messageOffset(input.msg);
  switch (input.type) {
    case 'timeout':
      return TIMEOUT;
    case 'propose':
      return PROPOSE;
    case 'standstill':
      return STANDSTILL;
    case 'byzPropose':
      return BYZ_PROPOSE;
  }
}

export function actionKind(a: Action): string {
  return ACTION_KINDS[kindIndex(a)] as string;
}

/** A timed input's kind: a receive is the delivery of the untimed model. */
export function inputKind(input: NodeInput): string {
  return ACTION_KINDS[inputIndex(input)] as string;
}

export type CoverageDriver = 'pbt' | 'exhaustive' | 'sim';

const MEANING: Record<CoverageDriver, string> = {
  pbt: 'enabled: steps at which an action of the kind was offered; taken: steps that took one',
  exhaustive:
    'enabled: states expanded in which the kind was offered; taken: successors generated; new_states: of them, states not seen before',
  sim: 'taken: timed inputs applied (every event that comes due is applied, so nothing is offered and left: enabled is null)',
};

export interface KindCounts {
  readonly enabled: number | null;
  readonly taken: number;
  readonly new_states?: number;
}

/** The report's form (src/report/types.ts, ActionCoverageTable). */
export interface CoverageTable {
  readonly counts: string;
  /** Kinds that occurred, in ACTION_KINDS order. */
  readonly kinds: Record<string, KindCounts>;
  /** Enabled at some point, never taken. */
  readonly never_taken: string[];
  /** Correct validators' and the network's kinds never offered (never happened, in the simulator). */
  readonly never_enabled: string[];
}

export class ActionCoverage {
  private readonly enabled = new Float64Array(ACTION_KINDS.length);
  private readonly taken = new Float64Array(ACTION_KINDS.length);
  private readonly fresh = new Float64Array(ACTION_KINDS.length);
  // Which kinds the current step (or expanded state) has counted as enabled: stamped, not cleared.
  private readonly seenAt = new Float64Array(ACTION_KINDS.length).fill(-1);
  private stamp = 0;

  constructor(readonly driver: CoverageDriver) {}

  /** A step of a random run: the actions offered and the one chosen (undefined: the run ended). */
  choice(enabled: readonly Action[], chosen: Action | undefined): void {
    this.offered(enabled);
    if (chosen !== undefined) (this.taken[kindIndex(chosen)] as number)++;
  }

  /** An expanded state's actions (the explorer generates a successor for each). */
  expanded(actions: readonly Action[]): void {
    this.offered(actions);
  }

  successor(action: Action, isNew: boolean): void {
    const k = kindIndex(action);
    (this.taken[k] as number)++;
    if (isNew) (this.fresh[k] as number)++;
  }

  /** A timed input the simulator applied. */
  applied(input: NodeInput): void {
    (this.taken[inputIndex(input)] as number)++;
  }

  add(other: ActionCoverage): void {
    if (other.driver !== this.driver)
      throw new Error(`cannot add ${other.driver} coverage to ${this.driver} coverage`);
    for (let k = 0; k < ACTION_KINDS.length; k++) {
      (this.enabled[k] as number) += other.enabled[k] as number;
      (this.taken[k] as number) += other.taken[k] as number;
      (this.fresh[k] as number) += other.fresh[k] as number;
    }
  }

  get totalTaken(): number {
    return this.taken.reduce((a, b) => a + b, 0);
  }

  table(): CoverageTable {
    const kinds: Record<string, KindCounts> = {};
    const neverTaken: string[] = [];
    ACTION_KINDS.forEach((name, k) => {
      const enabled = this.driver === 'sim' ? (this.taken[k] as number) : (this.enabled[k] as number);
      const taken = this.taken[k] as number;
      if (enabled === 0 && taken === 0) return;
      kinds[name] = {
        enabled: this.driver === 'sim' ? null : enabled,
        taken,
        ...(this.driver === 'exhaustive' ? { new_states: this.fresh[k] as number } : {}),
      };
      if (taken === 0) neverTaken.push(name);
    });
    const neverEnabled = HONEST_ACTION_KINDS.filter((name) => kinds[name] === undefined);
    return { counts: MEANING[this.driver], kinds, never_taken: neverTaken, never_enabled: neverEnabled };
  }

  private offered(actions: readonly Action[]): void {
    const stamp = ++this.stamp;
    for (let i = 0; i < actions.length; i++) {
      const k = kindIndex(actions[i] as Action);
      if (this.seenAt[k] === stamp) continue;
      this.seenAt[k] = stamp;
      (this.enabled[k] as number)++;
    }
  }
}
