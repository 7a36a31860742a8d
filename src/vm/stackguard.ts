/*
 * The JS stack as the bound of recursion that goes through JS activations: the part of
 * CPython's recursion guard (Py_EnterRecursiveCall) that protects its C stack.
 *
 * Python-to-Python calls never grow the JS stack (the eval loop pushes heap frames,
 * vm/call.ts), but a native calling back into Python runs a nested eval loop (call.ts
 * runFrameNested: a __repr__ / __eq__ / __len__ called by a native, the key of sorted(); a
 * generator resumed by a native, objects/generator.ts generatorResume: sum(<genexpr>)),
 * and the repr, str and comparison of nested containers recurse in JS
 * (objects/abstract.ts). Each such level costs JS stack, about 3.5 KB for a nested eval
 * loop while V8 still interprets evalLoop (its register file is most of it) and 1 KB for
 * a level of container repr, and the main JS thread has V8's default of ~984 KB, which a
 * running Node process cannot raise (an executor's worker has 256 MB: executor.ts
 * EXECUTOR_STACK_MB; a raised sys.setrecursionlimit moves a run there, threads.ts
 * recursionLimitRaised).
 *
 * So the stack's real headroom is what ends such a recursion, not a fixed count: every
 * level is entered with jsStackEnter and left with jsStackLeave, which count this JS
 * thread's levels; from UNCHECKED_LEVELS on, one level in PROBE_EVERY checks that
 * PROBE_BYTES of stack are still free by calling a function with PROBE_BYTES / 8
 * arguments: V8 checks the room for the arguments before it pushes them (in every
 * execution tier: the arguments of a call through Function.prototype.apply are pushed at
 * run time) and throws RangeError when it lacks, caught here at a point where no native is
 * half-way through its work. The caller then raises RecursionError instead of entering the
 * level. A deep recursion through __repr__, __eq__ or sum(<genexpr>) goes as deep as the
 * stack allows (and to the recursion limit on a worker's larger stack) and ends in
 * RecursionError as in CPython, never in "internal error: JS stack exhausted".
 *
 * Sizes: a probe costs ~5 µs (10,240 arguments), so the first UNCHECKED_LEVELS levels (at
 * most ~170 KB) are never probed, and beyond them one level in PROBE_EVERY (8) is. The
 * 80 KB a probe asks for cover the eight levels until the next probe (~30 KB) and the
 * 40 KB V8 wants free to compile a function lazily (kStackSpaceRequiredForCompilation: the
 * first call of a function deep in such a recursion, often an error path, is compiled
 * there, and throws RangeError with less). Measured on the main thread: ~370 levels of a
 * __repr__ calling repr(), ~380 of sum(<genexpr>), ~850-1,000 of nested lists.
 *
 * Module-level state: `levels`, this JS thread's count. It describes the JS stack, which is
 * per JS thread, as is this module's instance (each worker loads its own): the Python
 * threads that run on one executor share its stack, and so its count. A JS exception that
 * unwinds guarded levels (HeapExhausted on its way to the eval loop's MemoryError) skips
 * their jsStackLeave; the count then stays higher than the stack, which only makes probes
 * start earlier (a probe measures the real stack).
 */
import type { Runtime } from './runtime.js';
import { TS_DEPTH } from './threadstate.js';
import { raiseNew } from './errors.js';

const UNCHECKED_LEVELS = 48;
const PROBE_EVERY = 8;
const PROBE_BYTES = 80 * 1024;
const PROBE_ARGS: number[] = new Array<number>(PROBE_BYTES / 8).fill(0);

let levels = 0;

/** Whether this JS thread is UNCHECKED_LEVELS or more levels deep: past the part of the stack
 * no probe guards (vm/redirect.ts then hands sum(gen) and its kin to Python frames). */
export function jsStackDeep(): boolean {
  return levels >= UNCHECKED_LEVELS;
}

/** Takes no parameters: the arguments are only pushed (a rest parameter would copy them). */
const probeTarget = function probeTarget(): void {} as (...args: number[]) => void;

/** Enters a level of JS recursion: false (and the level not entered) when the JS stack has
 * too little room left for it, the caller then raises RecursionError. */
export function jsStackEnter(): boolean {
  const n = ++levels;
  if (n < UNCHECKED_LEVELS || n % PROBE_EVERY !== 0) return true;
  try {
    probeTarget.apply(undefined, PROBE_ARGS);
    return true;
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
    levels--;
    return false;
  }
}

/** Leaves a level entered by jsStackEnter. */
export function jsStackLeave(): void {
  levels--;
}

/**
 * CPython's Py_EnterRecursiveCall(where) for a native that recurses (the repr, str and
 * comparison of nested containers): the level counts towards sys.getrecursionlimit() as
 * a frame does (TS_DEPTH) and is a level of JS recursion. False with RecursionError set
 * ("maximum recursion depth exceeded" + where) when either has no room left.
 */
export function enterRecursiveCall(rt: Runtime, where: string): boolean {
  const depth = (rt.ts + TS_DEPTH) >> 2;
  if (rt.i32[depth]! >= rt.recursionLimit || !jsStackEnter()) {
    raiseNew(rt, rt.exc.RecursionError!, `maximum recursion depth exceeded${where}`);
    return false;
  }
  rt.i32[depth]!++;
  return true;
}

/** Leaves a level entered by enterRecursiveCall; callers leave in a `finally`, so that a
 * HeapExhausted unwinding to the eval loop's MemoryError does not leave TS_DEPTH raised. */
export function leaveRecursiveCall(rt: Runtime): void {
  rt.i32[(rt.ts + TS_DEPTH) >> 2]!--;
  jsStackLeave();
}
