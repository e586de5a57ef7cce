import { DEFAULT_CONFIG } from '../../src/core/config/index.ts';
import type { Action, Message, ModelConfig, State, Vote } from '../../src/model/index.ts';
import { buildModelConfig, createAlpenglowModel } from '../../src/model/index.ts';

/** A small driver for hand-written schedules: apply actions by description, look blocks up by name. */
export class Driver {
  readonly model;
  state: State;

  constructor(readonly cfg: ModelConfig) {
    this.model = createAlpenglowModel(cfg);
    this.state = this.model.init()[0] as State;
  }

  static of(
    overrides: Partial<typeof DEFAULT_CONFIG>,
    options: { maxSlot?: number; leaderOffset?: number } = {},
  ): Driver {
    return new Driver(buildModelConfig({ ...DEFAULT_CONFIG, offline_count: 0, ...overrides }, options));
  }

  apply(...actions: Action[]): this {
    for (const a of actions) this.state = this.model.next(this.state, a);
    return this;
  }

  /** Block id of the `variant`-th version created for `slot` (0 = first). */
  block(slot: number, variant = 0): number {
    const found = this.state.blocks.find((b) => b?.slot === slot && b.variant === variant && b.id !== 0);
    if (!found) throw new Error(`no block ${slot}/${variant}`);
    return found.id;
  }

  deliverVote(to: number, vote: Vote): this {
    return this.apply({ type: 'deliver', to, msg: { type: 'vote', vote } });
  }

  byzSend(node: number, to: number, msg: Message): this {
    return this.apply({ type: 'byzSend', node, to, msg });
  }

  inFlight(): readonly Message[] {
    return this.state.network.map((e) => e.msg);
  }
}
