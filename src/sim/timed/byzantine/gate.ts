import type { NodeId } from '../../../core/ids.ts';
import { mayProduce } from '../../../model/byzantine/capabilities.ts';
import type { ModelConfig } from '../../../model/config.ts';
import { StepEffects } from '../../../model/effects.ts';
import { envelopeKey, type Message } from '../../../model/messages.ts';
import type { State } from '../../../model/state.ts';

/**
 * The one way the timed adversary sends: `msg` from Byzantine validator `z` to correct `to`, if
 * the untimed model's guard of byzSend allows it (capabilities.ts mayProduce: its strategy may
 * sign it, a certificate names only votes cast). A policy proposes; the strategy disposes.
 * Returns the sends as step effects (the simulator times them as any step's), or null.
 */
export function byzantineSends(
  cfg: ModelConfig,
  state: State,
  z: NodeId,
  msg: Message,
  to: readonly NodeId[],
): StepEffects | null {
  if (cfg.roles[z] !== 'byzantine' || to.length === 0 || !mayProduce(cfg, state, z, msg)) return null;
  const effects = new StepEffects();
  for (const v of to)
    if (cfg.roles[v] === 'honest') effects.sends.push({ to: v, msg, key: envelopeKey(v, msg) });
  return effects.sends.length > 0 ? effects : null;
}
