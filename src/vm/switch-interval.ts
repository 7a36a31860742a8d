/*
 * The switch interval's one source of truth: the default slice in bytecode instructions and
 * the rate that converts CPython's seconds (sys.setswitchinterval, sys.getswitchinterval)
 * to instructions and back. A tiny module of its own so that the interpreter set-up, sys,
 * the scheduler and the CLI can all import it without import cycles.
 *
 * CPython switches every 5 ms of wall time; gilvm counts instructions (deterministic with
 * --workers 1). The rate is what gilvm's loop runs on typical code: `gilvm run --stats` on
 * the 12 programs of bench/programs (Node 20.20, 2-core EPYC, whole run, warm-up included)
 * gives 10-120 M instructions/s, geometric mean 37 M/s. At 40 M/s, CPython's 5 ms default
 * is 200,000 instructions: ~5 ms of typical code, ~2 ms of a tight arithmetic loop, ~20 ms
 * of list-heavy code.
 */

/** Bytecode instructions a second on typical code (the seconds <-> instructions rate). */
export const SWITCH_INSTRUCTIONS_PER_SECOND = 40_000_000;

/** Default instructions per slice: CPython's 5 ms at SWITCH_INSTRUCTIONS_PER_SECOND. */
export const DEFAULT_SWITCH_INTERVAL = 200_000;

/** Word of the interpreter state block holding the interval (interp.ts IS_SWITCH_INTERVAL). */
export const IS_SWITCH_INTERVAL_WORD = 14;

/**
 * Words of the interpreter state block keeping what sys.setswitchinterval stored in
 * CPython's unit: word 18 is 1 once Python set it, the float64 at words 20-21 holds the
 * whole microseconds (CPython 3.11 keeps `(unsigned long)(1e6 * interval)` and
 * getswitchinterval returns `1e-6 * microseconds`: 0.1 reads back as 0.09999999999999999,
 * 1e-7 as 0.0). The instruction count (word 14) alone cannot give those back, nor an
 * interval past 2**31 instructions (53 s), which wrapped negative.
 */
export const IS_SWITCH_INTERVAL_SET_WORD = 18;
export const IS_SWITCH_INTERVAL_US_F64_WORD = 20;

/** CPython's microseconds for sys.setswitchinterval(seconds), seconds > 0 or NaN (the x86-64 cast of NaN gives 2**63, of a too-large value 0). */
export function switchIntervalMicroseconds(seconds: number): number {
  if (seconds !== seconds) return 2 ** 63;
  const us = Math.trunc(seconds * 1e6);
  return us >= 2 ** 64 ? 0 : us;
}

/**
 * The scheduler's slice in instructions for sys.setswitchinterval(seconds): at least 1, at
 * most an int32. From the seconds, not the truncated microseconds, so that restoring a
 * value read back under `--switch-interval N` (N / 40e6 s) restores the slice of N.
 */
export function switchIntervalInstructions(seconds: number): number {
  if (seconds !== seconds) return 0x7fffffff;
  return Math.min(0x7fffffff, Math.max(1, Math.round(seconds * SWITCH_INSTRUCTIONS_PER_SECOND)));
}
