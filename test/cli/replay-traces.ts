import { readFileSync } from 'node:fs';
import { validateConfig } from '../../src/core/config/index.ts';
import type { Action } from '../../src/model/actions/types.ts';
import { NO_FAULTS } from '../../src/sim/timed/fault-plan.ts';
import { timedParams } from '../../src/sim/timed/params.ts';
import { buildTrace, type NativeTrace } from '../../src/sim/trace.ts';
import { writeConfig } from '../helpers/cli.ts';
import { TWENTY_PERCENT_EQUIVOCATION } from '../helpers/fixtures.ts';

/** Traces for the `alpenglow replay` tests, written as files the CLI reads. */

function valid(raw: unknown) {
  const checked = validateConfig(raw);
  if (!checked.ok) throw new Error(JSON.stringify(checked.problems));
  return checked.config;
}

/** README's "Reading a counterexample": v4 of 5 (20% stake) equivocates as leader of slot 1. */
export const EQUIVOCATION = valid({ ...TWENTY_PERCENT_EQUIVOCATION, leader_offset: 4 });

const block = (to: number, id: number): Action => ({
  type: 'byzSend',
  node: 4,
  to,
  msg: { type: 'block', block: id },
});
const notarCert = (to: number, id: number, signers: number[]): Action => ({
  type: 'byzSend',
  node: 4,
  to,
  msg: { type: 'cert', cert: { kind: 'notar', slot: 1, block: id, signers } },
});

/** Blocks 1a (id 4) and 1b (id 5); WindowChain fails at step 6, NotarizationUniqueness at step 8. */
export const STORY: readonly Action[] = [
  { type: 'byzPropose', node: 4, slot: 1, parent: 0 },
  { type: 'byzPropose', node: 4, slot: 1, parent: 0 },
  block(3, 4),
  block(2, 5),
  block(1, 5),
  notarCert(3, 5, [1, 2, 4]),
  block(0, 4),
  notarCert(0, 4, [0, 3, 4]),
];

export function storyTrace(fields: Partial<NativeTrace> = {}): NativeTrace {
  return buildTrace({
    config: EQUIVOCATION,
    seed: 7,
    actions: STORY,
    violation: { property: 'NotarizationUniqueness', step: 8 },
    ...fields,
  });
}

/** A timed trace with no inputs (enough for what replay refuses before re-executing). */
export function timedTrace(): NativeTrace {
  const config = valid({ validators: 4, byzantine_count: 0, offline_count: 0, max_rounds: 2 });
  return buildTrace({
    config,
    seed: 1,
    actions: [],
    violation: null,
    timed: { params: timedParams(config), plan: NO_FAULTS, end_ms: 1000, inputs: [] },
  });
}

export function writeTrace(dir: string, name: string, trace: unknown): string {
  return writeConfig(dir, name, trace);
}

/** Real TLC output (test/xval/fixtures): FinalizedImpliesNotarized violated at state 4 (3 actions). */
export const TLC_TEXT = readFileSync(
  new URL('../xval/fixtures/tlc-fast-below-slow.txt', import.meta.url),
  'utf8',
);

/** The same TLC output as TLC prints it for a hand-written spec: without the alpenglow-config line. */
export function rawTlcText(): { text: string; config: unknown } {
  const marker = /^\\\* alpenglow-config: (.*)$/m;
  const found = marker.exec(TLC_TEXT);
  if (!found) throw new Error('the TLC fixture lost its alpenglow-config line');
  return { text: TLC_TEXT.replace(marker, ''), config: JSON.parse(found[1] as string) };
}
