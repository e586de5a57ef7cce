import { describe, expect, it } from 'vitest';
import type { Action } from '../../src/model/actions/types.ts';
import { CERT_KINDS, type Message, VOTE_KINDS } from '../../src/model/messages.ts';
import {
  ACTION_KINDS,
  ActionCoverage,
  actionKind,
  HONEST_ACTION_KINDS,
  inputKind,
} from '../../src/sim/action-coverage.ts';

const notarVote: Message = { type: 'vote', vote: { kind: 'notar', slot: 1, block: 1, voter: 0 } };
const skipCert: Message = { type: 'cert', cert: { kind: 'skip', slot: 1, block: -1, signers: [0, 1] } };
const deliverVote: Action = { type: 'deliver', to: 1, msg: notarVote };
const deliverCert: Action = { type: 'deliver', to: 2, msg: skipCert };
const deliverBlock: Action = { type: 'deliver', to: 2, msg: { type: 'block', block: 1 } };
const timeout: Action = { type: 'timeout', node: 0, slot: 1 };
const propose: Action = { type: 'propose', node: 0, slot: 1, parent: 0 };
const byzPropose: Action = { type: 'byzPropose', node: 4, slot: 1, parent: 0 };
const byzCert: Action = { type: 'byzSend', node: 4, to: 0, msg: skipCert };

describe('action kinds', () => {
  it('names each action by its type and, for messages, by what it carries', () => {
    expect(actionKind(deliverVote)).toBe('deliver.vote.notar');
    expect(actionKind(deliverCert)).toBe('deliver.cert.skip');
    expect(actionKind(deliverBlock)).toBe('deliver.block');
    expect(actionKind(timeout)).toBe('timeout');
    expect(actionKind(propose)).toBe('propose');
    expect(actionKind(byzPropose)).toBe('byzPropose');
    expect(actionKind(byzCert)).toBe('byzSend.cert.skip');
  });

  it('names every vote and certificate kind after itself, delivered or sent by a Byzantine validator', () => {
    for (const kind of VOTE_KINDS) {
      const msg: Message = { type: 'vote', vote: { kind, slot: 1, block: 1, voter: 0 } };
      expect(actionKind({ type: 'deliver', to: 1, msg })).toBe(`deliver.vote.${kind}`);
      expect(actionKind({ type: 'byzSend', node: 4, to: 1, msg })).toBe(`byzSend.vote.${kind}`);
    }
    for (const kind of CERT_KINDS) {
      const msg: Message = { type: 'cert', cert: { kind, slot: 1, block: 1, signers: [0] } };
      expect(actionKind({ type: 'deliver', to: 1, msg })).toBe(`deliver.cert.${kind}`);
      expect(actionKind({ type: 'byzSend', node: 4, to: 1, msg })).toBe(`byzSend.cert.${kind}`);
    }
  });

  it('lists every kind once; the honest ones are those without a Byzantine actor', () => {
    expect(new Set(ACTION_KINDS).size).toBe(ACTION_KINDS.length);
    expect(ACTION_KINDS.length).toBe(26);
    expect(HONEST_ACTION_KINDS.every((k) => !k.startsWith('byz'))).toBe(true);
    expect(HONEST_ACTION_KINDS.length).toBe(13);
  });

  it("names a timed input like the untimed action it corresponds to (a receive is the network's delivery)", () => {
    expect(inputKind({ type: 'receive', to: 1, msg: notarVote })).toBe('deliver.vote.notar');
    expect(inputKind({ type: 'timeout', node: 0, slot: 1 })).toBe('timeout');
    expect(inputKind({ type: 'propose', node: 0, slot: 1, parent: 0 })).toBe('propose');
    // The standstill re-broadcast has no untimed action: its own kind, not counted as a proposal.
    expect(inputKind({ type: 'standstill', node: 0 })).toBe('standstill');
  });
});

describe('ActionCoverage', () => {
  it('random runs: counts the steps a kind was offered at (once per step) and the steps that took it', () => {
    const c = new ActionCoverage('pbt');
    // Two notar deliveries offered at one step count as one step at which the kind was enabled.
    c.choice([deliverVote, { ...deliverVote, to: 2 }, timeout], timeout);
    c.choice([deliverVote, timeout, deliverCert], deliverVote);
    c.choice([deliverCert], undefined); // the run ended: nothing taken
    const t = c.table();
    expect(t.kinds['deliver.vote.notar']).toEqual({ enabled: 2, taken: 1 });
    expect(t.kinds.timeout).toEqual({ enabled: 2, taken: 1 });
    expect(t.kinds['deliver.cert.skip']).toEqual({ enabled: 2, taken: 0 });
    expect(t.never_taken).toEqual(['deliver.cert.skip']);
    // Kinds that never occurred are left out of the table, and the honest ones are named.
    expect(t.kinds.propose).toBeUndefined();
    expect(t.never_enabled).toContain('propose');
    expect(t.never_enabled).not.toContain('timeout');
    expect(t.never_enabled.some((k) => k.startsWith('byz'))).toBe(false);
  });

  it('exhaustive: counts states a kind was offered in, successors generated and new states per kind', () => {
    const c = new ActionCoverage('exhaustive');
    c.expanded([deliverVote, deliverVote, timeout]);
    c.successor(deliverVote, true);
    c.successor(deliverVote, false);
    c.successor(timeout, true);
    const t = c.table();
    expect(t.kinds['deliver.vote.notar']).toEqual({ enabled: 1, taken: 2, new_states: 1 });
    expect(t.kinds.timeout).toEqual({ enabled: 1, taken: 1, new_states: 1 });
    expect(t.never_taken).toEqual([]);
  });

  it('timed simulation: counts inputs applied; nothing is offered and left, so enabled is null', () => {
    const c = new ActionCoverage('sim');
    c.applied({ type: 'receive', to: 1, msg: notarVote });
    c.applied({ type: 'receive', to: 2, msg: notarVote });
    c.applied({ type: 'timeout', node: 0, slot: 1 });
    const t = c.table();
    expect(t.kinds['deliver.vote.notar']).toEqual({ enabled: null, taken: 2 });
    expect(t.never_taken).toEqual([]);
    // Every honest kind that never happened is listed (the simulator has no Byzantine actions).
    expect(t.never_enabled).toEqual(
      HONEST_ACTION_KINDS.filter((k) => k !== 'deliver.vote.notar' && k !== 'timeout'),
    );
  });

  it('adds the counts of another coverage of the same driver (sweep cells, several runs)', () => {
    const a = new ActionCoverage('pbt');
    const b = new ActionCoverage('pbt');
    a.choice([timeout, deliverVote], timeout);
    b.choice([timeout], timeout);
    b.choice([deliverVote], deliverVote);
    a.add(b);
    expect(a.table().kinds).toEqual({
      'deliver.vote.notar': { enabled: 2, taken: 1 },
      timeout: { enabled: 2, taken: 2 },
    });
    expect(a.totalTaken).toBe(3);
    expect(() => a.add(new ActionCoverage('sim'))).toThrow(/sim/);
  });

  it('says in the table what its counts mean for the driver', () => {
    expect(new ActionCoverage('pbt').table().counts).toMatch(/steps/);
    expect(new ActionCoverage('exhaustive').table().counts).toMatch(/successors/);
    expect(new ActionCoverage('sim').table().counts).toMatch(/inputs/);
  });
});
