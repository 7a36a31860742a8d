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
