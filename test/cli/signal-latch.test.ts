import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { latchSignals } from '../../src/cli/signal-latch.ts';

/**
 * The latch of fuzz and verify: the first signal is remembered and said once, a second one (with
 * exitOnSecond) leaves at once, and release leaves no handler behind (the campaign holds it to
 * its end: test/cli/fuzz/campaign.test.ts).
 */
const quiet = { out: () => {}, err: () => {} };
const listeners = () => ({ int: process.listenerCount('SIGINT'), term: process.listenerCount('SIGTERM') });

describe('latchSignals', () => {
  // Each test removes the handlers it left, and only those.
  let kept: { int: unknown[]; term: unknown[] };
  beforeEach(() => {
    kept = { int: process.listeners('SIGINT'), term: process.listeners('SIGTERM') };
  });
  // A signal as the latch sees it, sent only to the handlers this test added: process.emit would
  // also reach every other handler of this test worker.
  const send = (signal: 'SIGINT' | 'SIGTERM') => {
    const before = signal === 'SIGINT' ? kept.int : kept.term;
    for (const l of process.listeners(signal)) if (!before.includes(l)) (l as (s: string) => void)(signal);
  };
  afterEach(() => {
    for (const l of process.listeners('SIGINT')) if (!kept.int.includes(l)) process.off('SIGINT', l as never);
    for (const l of process.listeners('SIGTERM'))
      if (!kept.term.includes(l)) process.off('SIGTERM', l as never);
    vi.restoreAllMocks();
  });

  it('remembers the first signal and exits on the second', () => {
    const exit = vi.spyOn(process, 'exit').mockImplementation((() => undefined) as never);
    const first = vi.fn();
    const latch = latchSignals(quiet, 'stopping', { exitOnSecond: true, onFirst: first });
    send('SIGTERM');
    expect(latch.signal).toBe('SIGTERM');
    expect(first).toHaveBeenCalledWith('SIGTERM');
    expect(exit).not.toHaveBeenCalled();
    send('SIGINT');
    expect(exit).toHaveBeenCalledWith(130);
    latch.release();
  });

  it('without a signal, release removes the handlers', () => {
    const before = listeners();
    const latch = latchSignals(quiet, 'stopping', { exitOnSecond: true });
    expect(listeners()).toEqual({ int: before.int + 1, term: before.term + 1 });
    latch.release();
    expect(listeners()).toEqual(before);
  });
});
