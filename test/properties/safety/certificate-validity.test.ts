import { describe, expect, it } from 'vitest';
import { certificateValidity } from '../../../properties/safety/certificate-validity.ts';
import { blockIdFor, NO_BLOCK } from '../../../src/core/ids.ts';
import { allCorrectWindow, byzantineSupermajority, withCert } from '../../helpers/scenarios.ts';

// Reference §7.10 (Def. 11–13): every certificate in a correct pool names distinct validators,
// each of whom cast (or, if Byzantine, could sign) a counting vote, reaching the threshold.

describe('CertificateValidity', () => {
  it('holds for every certificate of a run where everything went right', () => {
    const { run } = allCorrectWindow();
    expect(run.certsIn(1, 2).length).toBeGreaterThan(0);
    expect(certificateValidity.check(run.cfg, run.state)).toBeNull();
  });

  it('holds for certificates Byzantine validators assembled from their own votes', () => {
    const { run, b1 } = byzantineSupermajority();
    run.cert(1, 0, 'fastFinal', 1, b1, [1, 2, 3, 4]);
    expect(certificateValidity.check(run.cfg, run.state)).toBeNull();
  });

  it.each([
    [
      'a correct signer that never cast the vote',
      { kind: 'notar', slot: 1, block: blockIdFor(1, 0), signers: [0, 1, 2] },
      'validator 0 holds notar(1a): validator 0 never cast a vote that counts for it',
    ],
    [
      'a repeated signer',
      { kind: 'skip', slot: 1, block: NO_BLOCK, signers: [1, 1, 2] },
      'validator 0 holds skip(slot 1): bad signer 1',
    ],
    [
      'a validator that does not exist',
      { kind: 'skip', slot: 1, block: NO_BLOCK, signers: [1, 2, 7] },
      'validator 0 holds skip(slot 1): bad signer 7',
    ],
    [
      'too little stake (2 of 5 for S = 60%)',
      { kind: 'final', slot: 1, block: NO_BLOCK, signers: [1, 2] },
      'validator 0 holds final(slot 1): signers hold 2 of 5 stake, below 600000 ppm',
    ],
    [
      'a fast certificate at S but below F',
      { kind: 'fastFinal', slot: 1, block: blockIdFor(1, 0), signers: [1, 2, 3] },
      'validator 0 holds fastFinal(1a): signers hold 3 of 5 stake, below 800000 ppm',
    ],
  ] as const)('fails for %s', (_name, cert, message) => {
    const { run } = byzantineSupermajority();
    const state = withCert(run.state, 0, { ...cert, signers: [...cert.signers] });
    expect(certificateValidity.check(run.cfg, state)).toBe(message);
  });
});
