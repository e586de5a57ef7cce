import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { latchSignals } from '../../src/cli/signal-latch.ts';

/**
 * The latch of fuzz and verify: the first signal is remembered and said once, a second one (with
 * exitOnSecond) leaves at once. "At once" must hold until the process is gone: after the loop
 * releases the latch it still closes workers and writes its summary, and a second Ctrl-C there
 * must exit with the signal's code, not fall through to Node's default (death by signal, no code).
 */
const quiet = { out: () => {}, err: () => {} };
const listeners = () => ({ int: process.listenerCount('SIGINT'), term: process.listenerCount('SIGTERM') });

describe('latchSignals', () => {
  // Each test removes the handlers it left (a stopped latch leaves exit-at-once ones), and only those.
  let kept: { int: unknown[]; term: unknown[] };
  beforeEach(() => {
    kept = { int: process.listeners('SIGINT'), term: process.listeners('SIGTERM') };
  });
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
    process.emit('SIGTERM');
    expect(latch.signal).toBe('SIGTERM');
    expect(first).toHaveBeenCalledWith('SIGTERM');
    expect(exit).not.toHaveBeenCalled();
    process.emit('SIGINT');
    expect(exit).toHaveBeenCalledWith(130);
    latch.release();
  });

  it('after release, a stopping process still exits at once on a second signal', () => {
    const exit = vi.spyOn(process, 'exit').mockImplementation((() => undefined) as never);
    const latch = latchSignals(quiet, 'stopping', { exitOnSecond: true });
    process.emit('SIGINT');
    latch.release();
    latch.release(); // releasing again is harmless
    expect(exit).not.toHaveBeenCalled();
    process.emit('SIGTERM');
    expect(exit).toHaveBeenCalledWith(143);
  });

  it('without a signal, release removes the handlers', () => {
    const before = listeners();
    const latch = latchSignals(quiet, 'stopping', { exitOnSecond: true });
    expect(listeners()).toEqual({ int: before.int + 1, term: before.term + 1 });
    latch.release();
    expect(listeners()).toEqual(before);
  });
});
