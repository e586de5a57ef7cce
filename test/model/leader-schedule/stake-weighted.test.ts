import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ChaChaU64Stream, epochSeed } from '../../../src/model/leader-schedule/chacha-u64.ts';
import { stakeWeightedSlotLeaders } from '../../../src/model/leader-schedule/stake-weighted.ts';
import { UniformU64Sampler } from '../../../src/model/leader-schedule/uniform-u64.ts';
import { base58 } from './base58.ts';

/**
 * agave `ledger/src/leader_schedule.rs`, `test_stake_leader_schedule_exact_order`: (epoch, stakes,
 * slots, repeat) → the index, in the order the stakes are given, of each slot's leader.
 */
const EXACT_ORDER: [number, number[], number, number, number[]][] = [
  [1, [10, 20, 30], 12, 1, [1, 1, 2, 1, 1, 0, 0, 1, 2, 1, 0, 1]],
  [1, [10, 20, 30], 12, 2, [1, 1, 1, 1, 2, 2, 1, 1, 1, 1, 0, 0]],
  [1, [30, 10, 20], 12, 1, [2, 2, 0, 2, 2, 1, 1, 2, 0, 2, 1, 2]],
  [1, [30, 10, 20], 12, 2, [2, 2, 2, 2, 0, 0, 2, 2, 2, 2, 1, 1]],
  [1, [10, 20, 25, 30], 12, 1, [2, 2, 3, 1, 2, 0, 1, 1, 3, 2, 1, 2]],
  [1, [10, 20, 25, 30, 35, 40, 100], 15, 1, [4, 5, 6, 3, 4, 1, 2, 3, 6, 4, 2, 4, 5, 6, 6]],
  [1, [10, 20, 25, 30, 35, 40, 100, 1000], 15, 1, [7, 7, 7, 7, 7, 4, 6, 7, 7, 7, 6, 7, 7, 7, 7]],
  [
    1,
    [10, 20, 25, 30, 35, 40, 100, 1000, 10_000],
    20,
    1,
    [8, 8, 8, 8, 8, 7, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 7],
  ],
  [
    1,
    [10, 20, 25, 30, 35, 40, 100, 1000, 10_000],
    25,
    1,
    [8, 8, 8, 8, 8, 7, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 7, 8, 8, 8, 8, 8],
  ],
  [457468, [10, 20, 30], 12, 1, [2, 2, 0, 1, 0, 2, 1, 2, 1, 2, 2, 2]],
  [457468, [10, 20, 30], 12, 2, [2, 2, 2, 2, 0, 0, 1, 1, 0, 0, 2, 2]],
  [457469, [10, 20, 30], 12, 1, [1, 2, 2, 2, 2, 2, 2, 1, 0, 2, 2, 0]],
  [457470, [10, 20, 30], 12, 1, [2, 1, 1, 1, 1, 1, 1, 1, 1, 2, 0, 2]],
  [3466545, [10, 20, 30], 12, 1, [2, 2, 0, 0, 2, 1, 1, 1, 0, 0, 2, 2]],
  [3466545, [10, 20, 30], 13, 1, [2, 2, 0, 0, 2, 1, 1, 1, 0, 0, 2, 2, 1]],
  [3466545, [10, 20, 30], 14, 1, [2, 2, 0, 0, 2, 1, 1, 1, 0, 0, 2, 2, 1, 2]],
  [3466545, [10, 20, 30], 14, 2, [2, 2, 2, 2, 0, 0, 0, 0, 2, 2, 1, 1, 1, 1]],
];

describe('stakeWeightedSlotLeaders: agave test_stake_leader_schedule_exact_order', () => {
  it.each(EXACT_ORDER)(
    'epoch %i, stakes %j, %i slots, repeat %i',
    (epoch, stakes, slots, repeat, expected) => {
      const leaders = stakeWeightedSlotLeaders({
        stakes: stakes.map(BigInt),
        epoch: BigInt(epoch),
        slots,
        repeat,
      });
      expect(leaders).toEqual(expected);
    },
  );
});

describe('stakeWeightedSlotLeaders: agave vote_keyed.rs test_repeated_leader_schedule_specific', () => {
  // Stakes 2 (alice) and 1 (bob), epoch 0, 8 slots.
  it('one slot per draw', () => {
    expect(stakeWeightedSlotLeaders({ stakes: [2n, 1n], epoch: 0n, slots: 8, repeat: 1 })).toEqual([
      0, 0, 0, 1, 0, 0, 0, 0,
    ]);
  });
  it('two slots per draw', () => {
    expect(stakeWeightedSlotLeaders({ stakes: [2n, 1n], epoch: 0n, slots: 8, repeat: 2 })).toEqual([
      0, 0, 0, 0, 0, 0, 1, 1,
    ]);
  });
});

/** agave's `pubkey_from_u16`: the id little-endian in the first two of 32 bytes. */
function pubkeyFromU16(n: number): Uint8Array {
  const bytes = new Uint8Array(32);
  bytes[0] = n & 0xff;
  bytes[1] = n >> 8;
  return bytes;
}

/**
 * agave `test_long_leader_schedule_hashed`: 65,536 validators, validator i's vote address
 * `pubkey_from_u16(i)` and stake i^pow; the SHA-256 of the leaders' vote addresses, slot by slot,
 * in base58. Equal stakes (pow 0) are ordered by vote address descending, compared bytewise: the
 * low byte of i first, then the high byte.
 */
const HASHED: [number, number, number, string][] = [
  [42, 1_000, 0, '4XU6LEarBUmBkAvXRsjeyLu3N8CcgrvbRFrNiJi2jECk'],
  [42, 10_000, 0, 'G2MGFXgdLATXWr1336i8PTcaUMc4GbJRMJdbxiarCttr'],
  [42, 10_000, 1, '9xLLKyyqF5YrdwPSDbqh5oVamSF7cqPqQLxEyHTexEiP'],
  [42, 10_000, 2, 'AJ6NQi2p5SnRz9mqESqkW2PwVoT2vYy1fmKdaHxNFUAf'],
  [42, 10_000, 3, '2oLjZggMwDTQhzdB4KN5VQisyeRw6MZbBBdjosNZK5xR'],
  [346436, 1_000, 0, '59SnXMS4NzTSib8TNykiJgFQBeAVxUqsAvQm7JtkodPQ'],
  [346436, 1_000, 1, 'BEB2nC9MBALPbgwGKGfHu6V88QG7doScx65cAd6VjnRk'],
  [346436, 1_000, 2, '3aLE5S6xLEU9yg5EZQH27qrC86aC2dG8KLh4NbcapXpy'],
  [346436, 1_000, 3, 'H2bw3Y2AjxJyK7smy1ZBB4LJ7MY3i9bPQM3YdAChAww2'],
  [454357, 10_000, 0, '4BLanrC5t7vzNXx62javKtjCmCkd8yZfZpVrjT4eUpNQ'],
  [454357, 10_000, 1, 'FyvbdxpVchendERMnzH2KDceqydpXtJarrfFXoLQEXgQ'],
  [454357, 10_000, 2, '7KwK44Y7V3GzJLN8aGZtM8EEfAYmRvaiDyKYV6jg4MQn'],
  [454357, 10_000, 3, 'E9XL5BLhCJ4Emyfs8jTUsQetfA8QZj78LcnN63dPp7jJ'],
];

describe('stakeWeightedSlotLeaders: agave test_long_leader_schedule_hashed', () => {
  const count = 65_536;
  const byVoteAddressKey = (i: number) => (i & 0xff) * 256 + (i >> 8);
  it.each(HASHED)('epoch %i, %i slots, stake i^%i', (epoch, slots, pow, expected) => {
    // Agave leaves zero stakes to its caller; 0^pow is 0 for pow > 0 and such a validator never leads.
    const stakes = Array.from({ length: count }, (_, i) => BigInt(i) ** BigInt(pow));
    const leaders = stakeWeightedSlotLeaders({
      stakes,
      epoch: BigInt(epoch),
      slots,
      repeat: 1,
      tieOrder: (a, b) => byVoteAddressKey(b) - byVoteAddressKey(a),
    });
    const hash = createHash('sha256');
    for (const leader of leaders) hash.update(pubkeyFromU16(leader));
    expect(base58(hash.digest())).toBe(expected);
  });
});

describe('stakeWeightedSlotLeaders: inputs agave refuses', () => {
  it('no validator with stake', () => {
    expect(() => stakeWeightedSlotLeaders({ stakes: [0n, 0n], epoch: 0n, slots: 5, repeat: 1 })).toThrow(
      /no validator has stake/,
    );
  });
  it('a total stake beyond u64', () => {
    const half = 2n ** 63n;
    expect(() => stakeWeightedSlotLeaders({ stakes: [half, half], epoch: 0n, slots: 4, repeat: 1 })).toThrow(
      /u64/,
    );
  });
  it('slots not a multiple of repeat', () => {
    expect(() => stakeWeightedSlotLeaders({ stakes: [1n], epoch: 0n, slots: 5, repeat: 2 })).toThrow(
      /multiple/,
    );
  });
});

describe('equal stakes', () => {
  // agave sorts equal stakes by vote address, descending; ids stand for addresses here, so of two
  // validators with equal stake the higher id comes first in the cumulative array: a uniform draw
  // below the first stake picks validator 1, at or above it validator 0.
  it('put the higher id first (a draw below 10 of [0, 20) is validator 1)', () => {
    const rng = new ChaChaU64Stream(epochSeed(7n));
    const sampler = new UniformU64Sampler(20n);
    const expected = Array.from({ length: 16 }, () => (sampler.sample(rng) < 10n ? 1 : 0));
    const leaders = stakeWeightedSlotLeaders({ stakes: [10n, 10n], epoch: 7n, slots: 16, repeat: 1 });
    expect(leaders).toEqual(expected);
    expect(new Set(leaders).size).toBe(2); // both orders occur, so a flipped tie order shows
  });
});
