/*
 * The interpreter loop (STYLE.md "Interpreter loop").
 *
 * `evalLoop(rt, budget)` runs the thread state rt.ts from its innermost frame. It returns
 *   EVAL_FINISHED  the FRF_ENTRY frame returned; its value is in TS_RESULT (owned)
 *   EVAL_ERROR     an exception propagated out of the FRF_ENTRY frame (in TS_CUREXC)
 *   EVAL_YIELDED   `budget` instructions ran (budget >= 1), and a few more up to the next
 *                  switch point; ip and sp are saved in the frame, and calling evalLoop
 *                  again continues exactly there. This is the scheduler's switch point
 *                  (issue 5).
 *
 * Where a slice ends: as CPython 3.11, which checks its eval breaker (the GIL drop request
 * among it) only at RESUME (a function's start, a generator's resumption), at backward
 * jumps and after calls, a used-up budget ends the slice only before such an instruction
 * (evalhelpers.ts isSwitchPoint). So under the GIL no thread switch falls between the
 * read and the write of `counter += 1` on a global or an attribute, and threads that do
 * it without a lock lose no updates, as in CPython 3.11; a call between the read and the
 * write (examples/counter_unlocked.py) is a switch point, and there they do. A slice then
 * runs a few instructions past its budget (at most SLICE_OVERRUN_MAX, a bound for
 * straight-line code that is never reached in practice), counted as run. A debugger
 * (Runtime.exactSlices) stops after exactly `budget` instructions.
 *
 * Shape: `ip` (instruction index), `sp` (i32 index of the next free stack word), `fp` (frame
 * word index), `lp` (first local), `code` (i32 index of instruction 0), `consts`/`names`
 * (i32 index of the tuple items) and the views are locals. One `switch` over the opcode
 * with literal case labels (the const enum Op is inlined by tsc), so V8 builds a jump
 * table. Nothing is allocated per instruction. Slow paths are calls to helpers in the
 * objects/ modules.
 *
 * Python calls do not recurse in JS: CALL of a Python function (and of a class whose
 * __init__ is a Python function) pushes a heap frame on the thread's data stack and
 * continues in this same activation; RETURN_VALUE pops it. Only native code calling back
 * into Python nests a loop (vm/call.ts).
 *
 * Errors: a helper that fails returns NULL (or -1) with the exception in TS_CUREXC; the
 * case does `break dispatch` (after fixing the stack) and the code after the dispatch
 * loop is the one unwind path: traceback entry, exception-table lookup, handler jump or
 * frame pop. `reraise` skips the traceback entry (RERAISE, bare raise), as CPython's
 * exception_unwind label. No JS exceptions for Python control flow. The single try/catch
 * around the dispatch loop turns HeapExhausted into MemoryError; anything else is an
 * internal error and propagates to the runner.
 *
 * Reference counting goes through the executor's RefCounter (`rc`, a constant: monomorphic,
 * inlined). Stack slots own their references.
 *
 * Frame size: the instructions' locals (`v`, `r`, `callable`, `newFp`...) are declared once,
 * as function-level `let`s above the loop, and only assigned in the cases. V8's interpreter
 * gives every block-scoped declaration a register of its own for the whole activation,
 * never shared between the switch's cases: declared per case (a `const v` in 42 of them),
 * they made evalLoop's interpreted frame 259 registers (2,072 bytes); declared once, 119
 * (952 bytes). The frame is what a nested eval loop costs on the JS stack (vm/call.ts
 * runFrameNested, generator resumption from a native), and nested loops run interpreted
 * for most of a short program's life, so it sets how deep a recursion through __repr__,
 * __eq__ or sum(<genexpr>) can go on the main thread's ~984 KB stack (vm/stackguard.ts):
 * ~250 levels before, ~370 after. TurboFan builds SSA values from the bytecode's liveness,
 * so the optimised code is the same (bench/programs: within noise).
 *
 * Frame entry: the seven instructions that push a frame on this activation (CALL,
 * CALL_FUNCTION_EX and the dunder frames of BINARY_OP, COMPARE_OP, BINARY_SUBSCR, LOAD_ATTR,
 * STORE_ATTR) each reload fp, code, consts, names, lp, ip and sp in place. Sharing that
 * reload after the switch (a labelled block around it, left by `break enterFrame`, with
 * `continue` after the switch) measured 15-24% slower on every micro loop, plain
 * `s += i & 7` included (session 50): V8 compiled the whole loop worse.
 *
 * Constant views: the loop is a closure made once per RefCounter (so once per Runtime, and in
 * a CLI run once per JS thread) by makeBoundLoop, with the heap's Int32Array and Float64Array
 * and the counter as variables of its closure that are never assigned. With one such closure
 * in the isolate, TurboFan specialises the code to the closure's context and reads them as
 * constants: every `i32[x]` becomes a load from a known address with a known bound, without
 * the typed array's map check and its length and data-pointer loads, and the inlined
 * incref/decref read the counter's `i32` (a field stored once, so constant: heap/refcount.ts)
 * likewise. They are copied into `const` locals at entry: a load of the closure variable
 * inside the loop goes through the loop's phi of the context register and was lowered before
 * it became a constant (Node 20.20, --trace-turbo: 99 of 113 accesses stayed generic).
 * Measured (session 49, best-of-3 micro loops, ns per iteration, before -> after): `for w in
 * lst: w` 34.5 -> 23-26, a call of an empty function 67 -> 45, `total += i & 7` 37.6 -> 29
 * (python3 29.6). Runtimes made in one process after the first (the test suite) get closures
 * of their own, which V8 then compiles without the specialisation: same results, slower.
 *
 * JIT warm-up (measured on Node 20.20): V8 compiles this ~13,000-bytecode function with
 * TurboFan in ~60-100 ms of compiler time. With on-stack replacement it compiled it twice
 * (OSR and regular entry) and, worse, every later deopt threw the code away again. So:
 *  - OSR is switched off for the process (`--no-use-osr`, set when this module loads,
 *    before evalLoop has run). Every caller re-enters evalLoop at least every slice
 *    (20,000 instructions: run.ts, vm/call.ts runFrameNested, generators), so the
 *    optimised code is picked up at the next entry without OSR.
 *  - Every way out of an activation (slice end, return of the entry frame, error, a
 *    blocked call) sets `exitStatus` and leaves by one exit after the loop, and the first
 *    slice of a run is one instruction long (run.ts FIRST_SLICE). V8 compiles a path that
 *    never ran as a deopt ("insufficient type feedback"): the first slice end, or the first
 *    return of a nested activation, after the first compile threw the optimised loop away.
 *    With one exit that the first slice has run, they do not (bench/programs: evalLoop
 *    deopts 55 -> 46 over the 12 programs).
 *  - Rejected: priming the type feedback with a start-up program that runs every common
 *    path once. It removed the "Insufficient type feedback" deopts (2-8 per benchmark
 *    program) but with every path live TurboFan took ~1.3 s instead of ~0.1 s to compile
 *    this function, so the loop ran unoptimised far longer. Unvisited paths compiled as
 *    deopt points are what keep the compile cheap.
 *  - Rejected again (session 22): a ~2,000-instruction program of the common paths only,
 *    run before the user's in a private interpreter (V8 marks this function for TurboFan a
 *    few hundred instructions in: every iteration spends the loop body's size of its
 *    interrupt budget). Deopts per bench program fell from 1-10 to 0-1, but wall time rose
 *    (geometric mean 1.04x, nbody 1.20x, objects 1.16x: the bigger compile, and the warm-up's
 *    own ~20 ms). Delaying the first compile (--bytecode-size-allowance-per-tick=30) and
 *    --maglev changed nothing measurable (1.00x, 1.02x).
 *  - Rejected a third time (session 42): a 27-line prelude over the paths that deopted most
 *    (FOR_ITER's exhausted path, a cached STORE_GLOBAL hit, non-int BINARY_OP and jumps,
 *    the multiply's overflow): deopts 53 -> 38 over the 12 programs, geometric mean 3.68x
 *    -> 3.82x. Measured with perf (node --perf-basic-prof), the main thread spends ~20% of
 *    a bench program in baseline code while TurboFan compiles this function (~30% of the
 *    samples, on the compiler threads): the first compile, made from the feedback of the
 *    first few hundred instructions, is often thrown away at the first new path.
 *  - Rejected (session 23): --no-concurrent-recompilation (compile on the main thread,
 *    not in the background) helps only a loaded machine (wall 0.86x over 13 programs at a
 *    load of ~14 on 2 cores) and costs a quiet one 1.12x wall (the background compile
 *    overlaps with interpreted running when a core is free); --always-sparkplug 1.12x.
 *    A no-GIL run's executors are that loaded machine: their isolates do compile on their
 *    own thread (vm/supervisor.ts setExecutorJitPolicy).
 *  - Measured in session 46 (bench/programs, base and change alternating, best of 3-5 each):
 *    the warm-up is most of the gap. Each program's run time split into a fixed part and a
 *    per-round part (1x and 4x the rounds) gives a fixed part of 0.17-0.56 s (0.09 s of it
 *    start-up; python3: ~0.04 s), and per-round ratios of 1.6-4.1x python3's. In one run of
 *    objects.py (--trace-opt, timestamped) this function was marked at 49 ms, compiled in
 *    104 ms, deoptimised 1.5 ms after it was installed (a path first taken then), compiled
 *    again (63 ms), deoptimised again at 263 ms and optimised for good at 335 ms of a
 *    641 ms run. What TurboFan's compile costs is the code that ran: priming the common
 *    paths with a ~100-line program (attribute loads and stores, method and keyword calls,
 *    int and float operators, comparisons, every loop kind, generators, closures,
 *    exceptions) cut the deopts over the 12 programs from 50 to 33, but the first compile
 *    of each program took 1.5-2x as long, and the wall time rose 1.126x (fib 1.37x).
 *    Neutral, and not kept: the cold opcodes (imports, definitions, deletes, raise, async
 *    set-up, FOR_ITER's exhausted path) behind one call in a second function (bytecode
 *    26,422 -> 23,264, deopts unchanged, geometric mean 0.992x); a code cache trained on 60
 *    test programs instead of `-c pass` (1.009x, start-up +4 ms); the compiler threads
 *    at nice 19 (1.015x); --interrupt-budget 2x or 0.5x (1.006x, 1.009x);
 *    --no-lazy-feedback-allocation (1.008x). --v8-pool-size=1, a Node option that cannot
 *    be set from inside the process, gave 0.972x.
 *  - Rejected (session 50): a compile without the "insufficient type feedback" deopt points.
 *    V8 leaves them out only under --always-turbofan (PipelineCompilationJob::PrepareJobImpl),
 *    so the flag was set around a %OptimizeFunctionOnNextCall(f, "concurrent") of this loop
 *    and cleared after the call that queued the job. Queued early (the 3rd call), unvisited
 *    paths became generic code: the compile took 550 ms instead of 106-170 and objects.py ran
 *    1.94-2.13 s instead of 1.01-1.30; queued later (the 100th call), V8 had marked and queued
 *    its own compile first, so nothing changed (and the deopts of new paths came as before).
 *  - Kept (session 52): the paths that most often run first after a compile written with
 *    only moves where they part from a path that runs before: FOR_ITER's exhausted path
 *    shares the next value's release, STORE_NAME / STORE_GLOBAL's cache hit and miss share
 *    one load, store and release, a small-int COMPARE_OP stores its bool before the fused
 *    jump's test, and native calls go through one shared call site (natives.ts callNative:
 *    a site that saw one native compiled it in, and the first other one deoptimized the
 *    loop, "wrong call target"). Deopts over the 12 bench programs, two runs each: 102 -> 89.
 *    A V8 deopt point is any operation with type feedback (arithmetic, comparisons, typed
 *    array loads and stores, calls) that has never run; moves, constants and jumps have none.
 *  - Measured in session 57 (node --trace-opt --trace-deopt, timestamped): this function is
 *    compiled 1 (nbody) to 8 (loops) times per bench program, 20-190 ms each, nearly every
 *    deopt a path first taken after the compile (RETURN_VALUE when the first function
 *    returns, FOR_ITER's exhaustion, a first heap int or float operand, FORMAT_VALUE at the
 *    end); meanwhile this loop runs as Sparkplug code, ~10x slower (loops.py under
 *    --max-opt=1: 8.5 s, 0.97 s normally). On the development VM a page's first touch costs
 *    ~12 us and the compile threads fault ~6,000 pages per program (objects.py), which
 *    lengthens every compile. Rejected: pre-warmed helpers for the small-int multiply and
 *    range checks (the `n * n` overflow deopt went, the next first-visited path deopted
 *    instead: deopts and wall time unchanged); a 60-line priming prelude (3-17% slower,
 *    compiles of 130-200 ms instead of 20-75); COMPARE_OP's float path fused with its jump
 *    (~2% slower over four programs). Maglev is not available in Node 20's V8 (--maglev
 *    compiles nothing).
 *  - Kept (session 58): --no-turbo-escape, set with --no-use-osr (and in
 *    scripts/bundle-load.cjs's ENGINE_FLAGS: the code cache's key). This loop allocates no
 *    JS objects for escape analysis to remove, and the phase is a large part of each of its
 *    compiles: objects.py's three compiles took 115/74/85 ms without it, 178/137/85 with it
 *    (--trace-opt, one run each). Wall time, the flag against the same build without it
 *    (alternating, medians of 7-9): geometric mean 0.96 over 4 programs and 0.95 over 8
 *    (objects 0.946, generators 0.924, spectral_norm 0.960; none above 1.021).
 */
import { setV8Flags } from './v8flags.js';
import { FLAG_GC_TRACKED, FLAG_ID_TAKEN, FLAG_OWNER_MASK, IMMORTAL_REFCNT, NULL, OB_FLAGS, OB_REF_LOCAL, OB_REF_SHARED, type Ref } from '../heap/layout.js';
import { Op } from '../compiler/opcode-enum.generated.js';
import { HeapExhausted, type Runtime } from './runtime.js';
import { EXR_GC_COUNT, EXR_LOCAL_HEADS, HDR_NOGIL_PARALLEL, PAGE_SHIFT, PK_SMALL_OBJ } from '../heap/memory.js';
import { RAW_SLOT_BASE, sizeClassOf } from '../heap/alloc.js';
import {
  FR_BACK, FR_BUILTINS, FR_CODE, FR_FLAGS, FR_FUNC, FR_GEN, FR_GLOBALS, FR_INIT_SELF, FR_IP,
  FR_LOCALS, FR_SP, FRAME_HEADER_WORDS, FRF_BINOP, FRF_CALLITER, FRF_CMPOP, FRF_DISCARD, FRF_ENTRY, FRF_GEN, FRF_INIT, FRF_NO_LEVEL, FRF_TPCALL, FRF_TWO_LEVELS,
} from './frame.js';
import { TS_CUREXC, TS_DEPTH, TS_EXC_INFO, TS_FRAME, TS_INSTR_HI, TS_INSTR_LO, TS_RESULT, TS_NESTED, TS_DS_TOP, TS_DS_END, TS_DS_CHUNK, DS_CHUNK_HEADER_WORDS } from './threadstate.js';
import {
  EVAL_ERROR, EVAL_FINISHED, EVAL_YIELDED, callVector, frameForCall, raiseRecursion,
  registerEvalLoop,
} from './call.js';
import { dataStackPush, dataStackPop } from './datastack.js';
import { INLINE_NATIVES, callNative } from './natives.js';
import { strCodePointLen } from '../objects/str.js';
import { isSubtype } from '../objects/type.js';
import * as ops from './evalhelpers.js';
import { raiseTypeError } from './errors.js';
import { CO_CACHE, CO_CONSTS, CO_EXC_WORD, CO_FLAGS, CO_FRAMEWORDS, CO_INSNS_WORD, CO_NAMES, CO_NEXC, CO_NLOCALSPLUS, CO_ARGCOUNT, CO_KWONLY } from '../objects/code.js';
import { TUPLE_ITEMS, TUPLE_ITEMS_WORD, TUPLE_SIZE } from '../objects/tuple.js';
import { FN_CODE, FN_DEFAULTS, FN_GLOBALS, FN_BUILTINS, CELL_REF } from '../objects/function.js';
import { BF_INDEX, BF_SELF, BM_FUNC, BM_SELF, MD_INDEX, MD_TYPE } from '../objects/method.js';
import { TP_FLAGS, TP_KIND, TPF_HEAPTYPE } from '../objects/typelayout.js';
import { Kind } from '../objects/kinds.js';
import { LIST_ITEMS, LIST_SIZE, LIST_CAP, LIST_BORN, LIST_OBJ_SIZE, listAppend } from '../objects/list.js';
import { DICT_KEYS, DICT_VERSION, DICT_USED, K_INDEX, K_LOG, K_NENTRIES, cachedDictEntry, cachedDictValueWord, dictGetExactStr, dictLacksInternedStr } from '../objects/dict.js';
import { IT_AUX, IT_AUX2, IT_INDEX, IT_SEQ, callIterResult, callIterStopped, rangeIterMakePrivate } from '../objects/iter.js';
import { FLOAT_SIZE, FLOAT_VALUE, floatNew } from '../objects/float.js';
import { intAddIntoFirst, intFromWords, intMulSmallWide } from '../objects/int.js';
import { CO_VARARGS, CO_VARKEYWORDS } from '../compiler/code.js';
import { allocInstanceForInit } from '../objects/typecall.js';
import { exceptionNewFromString } from '../objects/exceptions.js';
import { GEN_EXC_PREV, GEN_FLAGS, GEN_HANDLER_UNIT, registerGeneratorEval } from '../objects/generator.js';
import * as coro from '../objects/coroutine.js';
import { isAwaitableKind } from '../objects/coroutine.js';
import { EVAL_BLOCKED, RETRY_CALL } from './blocking.js';
import { REDIRECT_CALL, takeRedirectFrame } from './redirect.js';
import * as critical from './critical.js';

/** A tuple's size word, from its start's word index. */
const TUPLE_SIZE_WORD = TUPLE_SIZE >> 2;
/** The allocator's size class of a float (objects/float.ts FLOAT_SIZE bytes). */
const FLOAT_SIZE_CLASS = sizeClassOf(FLOAT_SIZE);
/** The allocator's size class of a list object (objects/list.ts LIST_OBJ_SIZE bytes). */
const LIST_OBJ_SIZE_CLASS = sizeClassOf(LIST_OBJ_SIZE);

// Process-wide V8 flags, set before evalLoop first runs (see "JIT warm-up" above).
setV8Flags('--no-use-osr');
setV8Flags('--no-turbo-escape');

const SMALL_MAX = 0x3fffffff;
/** Instructions a slice may run past its budget while it looks for a switch point. */
const SLICE_OVERRUN_MAX = 100_000;
const SMALL_MIN = -0x40000000;

export { EVAL_ERROR, EVAL_FINISHED, EVAL_YIELDED };

/**
 * A JS value too big for V8 (a string past its ~2^29 characters, a BigInt past its size
 * limit, an array buffer it cannot allocate), thrown out of a native building it: the
 * program asked for more memory than there is, so MemoryError (CPython would either make
 * it or raise MemoryError), not an internal error. `format(1, '>600000000')`.
 */
function isJSAllocationFailure(e: unknown): boolean {
  if (!(e instanceof RangeError)) return false;
  const m = e.message;
  return m === 'Invalid string length' || m === 'Maximum BigInt size exceeded' || m.startsWith('Array buffer allocation failed')
    || m.startsWith('Invalid typed array length') || m === 'Invalid array length';
}

/** The loop for one Runtime, its views and counter captured (module comment, "Constant views"). */
type BoundLoop = (rt: Runtime, budgetArg: number, throwing: boolean) => number;

/** The bound loops made so far, by counter (one per Runtime; a process's CLI run makes one per JS thread). */
const boundLoops = new WeakMap<object, BoundLoop>();
let lastCounter: object | null = null;
let lastLoop: BoundLoop | null = null;

/** Runs rt.ts's innermost frame; see the module comment. */
export function evalLoop(rt: Runtime, budgetArg: number, throwing = false): number {
  if (rt.rc !== lastCounter) {
    let loop = boundLoops.get(rt.rc);
    if (loop === undefined) {
      loop = makeBoundLoop(rt.i32, rt.f64, rt.rc);
      boundLoops.set(rt.rc, loop);
    }
    lastCounter = rt.rc;
    lastLoop = loop;
  }
  return lastLoop!(rt, budgetArg, throwing);
}

/**
 * Makes the loop with `i32`, `f64` and `rc` as never-assigned variables of its closure: with
 * one such closure in the isolate, TurboFan specialises it to its context and folds them to
 * constants (see the module comment, "Constant views").
 */
function makeBoundLoop(heapI32: Int32Array, heapF64: Float64Array, counter: Runtime['rc']): BoundLoop {
  return function evalLoopBound(rt: Runtime, budgetArg: number, throwing: boolean): number {
    const i32 = heapI32;
    const f64 = heapF64;
    const rc = counter;
    // an int32 for V8 whatever the caller computed it from (a heap-number budget made the
    // loop's counter a double; callers pass small integers: nested-slices.ts hook)
    let budget = budgetArg | 0;
    // --no-gil while executors run in parallel: container operations run under per-object
    // locks (vm/critical.ts). The parallel flag changes only at outermost slice boundaries
    // (vm/nogil.ts), never during an activation of this loop, so it is read once here: a
    // --no-gil program that has not started a thread takes the GIL build's paths.
    // Written in this order on purpose: as `rc.atomic && i32[...] !== 0` (the same value),
    // V8 made slower code of the whole loop for the no-GIL executors, for reasons its output
    // does not show. Measured, one --no-gil thread, both builds at once on the two cores and
    // then swapped (best of 25 in-process, ns per iteration): `for n in range(N): pass`
    // 10.1 -> 8.5, `total += n` 38.9 -> 36.7, `total += n * n` 78 -> 74.7 (GIL mode: 8.7, 33.5,
    // 66, unchanged).
    const noGil = i32[HDR_NOGIL_PARALLEL >> 2] !== 0 && rc.atomic === true;
    const ts = rt.ts >> 2;
    const tFloat = rt.tFloat;
    /** This executor's id: the owner byte of the objects it made (heap/refcount.ts). */
    const executor = rt.executor;
    const pageTable = rt.heap.pageTableWord; // alloc.ts free's page table (BINARY_OP's float release)
    const None = rt.None;
    const True = rt.True;
    const False = rt.False;
    const initOut = rt.initOut; // scratch out-parameter, per Runtime (no allocation per entry)
    const startBudget = budget;
    // read once: a property first read late (when a slice first ran out) cost a deopt
    const exactSlices = rt.exactSlices;

    let fp = i32[ts + (TS_FRAME >> 2)]!;
    let codeRef = i32[fp + FR_CODE]!;
    let code = (codeRef >> 2) + CO_INSNS_WORD;
    let consts = (i32[(codeRef + CO_CONSTS) >> 2]! >> 2) + TUPLE_ITEMS_WORD;
    let names = (i32[(codeRef + CO_NAMES) >> 2]! >> 2) + TUPLE_ITEMS_WORD;
    let lp = fp + FRAME_HEADER_WORDS;
    let ip = i32[fp + FR_IP]!;
    let sp = fp + i32[fp + FR_SP]!;
    let reraise = false;
    // generator.throw(): start in the unwind path with the exception already set
    let pendingError = throwing;

    // the instructions' locals, declared once for the whole loop (module comment, "Frame size")
    let word = 0, oparg = 0, v = 0, t = 0, old = 0, b = 0, r = 0, a = 0, x = 0, y = 0, res = 0,
      key = 0, c = 0, k = 0, n = 0, slot = 0, step = 0, stop = 0, start = 0, s = 0, name = 0,
      cw = 0, tag = 0, e = 0, cell = 0, owner = 0, off = 0, d = 0, m = 0, l = 0, seq = 0, it = 0,
      itType = 0, kind = 0, cur = 0, idx = 0, genFp = 0, kwnames = 0, base = 0, callable = 0,
      args = 0, total = 0, tpcall = 0, f = 0, self = 0, ckind = 0, fcode = 0, newFp = 0, words = 0,
      top = 0, zeroEnd = 0, z = 0, nlp = 0, i = 0, inst = 0, initFn = 0, w = 0, kwargs = 0,
      callargs = 0, func = 0, below = 0, exFp = 0, retval = 0, flags = 0, p = 0, end = 0, lm = 0,
      back = 0, result = 0, exc = 0, prev = 0, right = 0, mgr = 0, fromlist = 0, level = 0,
      spec = 0, gen = 0, recv = 0, kindR = 0, value = 0, aw = 0, target = 0;
    let ok = false, holds = false, stored = false;
    // how this activation ends (the one exit after the loop) and, for EVAL_FINISHED, its value
    let exitStatus = 0, exitResult = 0;
    evalActivation: for (;;) {
      // ------------------------------------------------------------ dispatch
      try {
        if (pendingError) {
          pendingError = false;
        } else dispatch: for (;;) {
          // the slice's budget used up: it ends at the next switch point (see the module
          // comment, "Where a slice ends")
          if (budget <= 0 && (exactSlices || budget < -SLICE_OVERRUN_MAX || ops.isSwitchPoint(i32, code, ip))) {
            i32[fp + FR_IP] = ip;
            i32[fp + FR_SP] = sp - fp;
            exitStatus = EVAL_YIELDED;
            break evalActivation;
          }
          budget = (budget - 1) | 0;
          word = i32[(code + ip) | 0]!;
          ip = (ip + 1) | 0;
          oparg = word >>> 8;
          switch (word & 0xff) {
            case Op.NOP:
            case Op.RESUME:
              break;
            case Op.POP_TOP: {
              rc.decref(i32[--sp] as Ref);
              break;
            }
            case Op.PUSH_NULL:
              i32[sp++] = 0;
              break;
            case Op.COPY: {
              v = i32[sp - oparg]!;
              rc.incref(v as Ref);
              i32[sp++] = v;
              break;
            }
            case Op.SWAP: {
              t = i32[sp - 1]!;
              i32[sp - 1] = i32[sp - oparg]!;
              i32[sp - oparg] = t;
              break;
            }
            case Op.LOAD_CONST: {
              v = i32[consts + oparg]!;
              rc.incref(v as Ref);
              i32[sp++] = v;
              break;
            }
            case Op.LOAD_FAST: {
              v = i32[lp + oparg]!;
              if (v === 0) {
                ops.unboundLocal(rt, codeRef as Ref, oparg);
                break dispatch;
              }
              rc.incref(v as Ref);
              i32[sp++] = v;
              break;
            }
            case Op.STORE_FAST: {
              old = i32[lp + oparg]!;
              i32[lp + oparg] = i32[--sp]!;
              rc.decref(old as Ref);
              break;
            }
            // Superinstructions (compiler/opcodes.ts SUPERINSTRUCTIONS; objects/code.ts writes
            // them over the first of two instructions): the first instruction as its own case
            // does it, then the second, whose word follows, unless the slice's budget is used
            // up (a debugger step is one instruction): the second then runs on its own as the
            // next slice's first. ip passes the second word before its half runs, so an error
            // there is reported at the second instruction.
            case Op.LOAD_FAST__LOAD_FAST:
            case Op.LOAD_FAST__LOAD_CONST:
            case Op.STORE_FAST__LOAD_FAST:
            case Op.STORE_FAST__STORE_FAST:
            case Op.LOAD_CONST__LOAD_FAST: {
              // the first half
              w = word & 0xff;
              if (w === Op.STORE_FAST__LOAD_FAST || w === Op.STORE_FAST__STORE_FAST) {
                old = i32[lp + oparg]!;
                i32[lp + oparg] = i32[--sp]!;
                rc.decref(old as Ref);
              } else {
                v = w === Op.LOAD_CONST__LOAD_FAST ? i32[consts + oparg]! : i32[lp + oparg]!;
                if (v === 0) {
                  ops.unboundLocal(rt, codeRef as Ref, oparg);
                  break dispatch;
                }
                rc.incref(v as Ref);
                i32[sp++] = v;
              }
              if (budget <= 0) break;
              // the second half
              budget--;
              oparg = i32[code + ip++]! >>> 8;
              if (w === Op.STORE_FAST__STORE_FAST) {
                old = i32[lp + oparg]!;
                i32[lp + oparg] = i32[--sp]!;
                rc.decref(old as Ref);
                break;
              }
              v = w === Op.LOAD_FAST__LOAD_CONST ? i32[consts + oparg]! : i32[lp + oparg]!;
              if (v === 0) {
                ops.unboundLocal(rt, codeRef as Ref, oparg);
                break dispatch;
              }
              rc.incref(v as Ref);
              i32[sp++] = v;
              break;
            }
            case Op.DELETE_FAST: {
              old = i32[lp + oparg]!;
              if (old === 0) {
                ops.unboundLocal(rt, codeRef as Ref, oparg);
                break dispatch;
              }
              i32[lp + oparg] = 0;
              rc.decref(old as Ref);
              break;
            }
            case Op.UNARY_NOT: {
              v = i32[sp - 1]!;
              if (v === True) b = 1;
              else if (v === False || v === None) b = 0;
              else {
                b = ops.truth(rt, v as Ref);
                if (b < 0) break dispatch;
              }
              i32[sp - 1] = b ? False : True;
              rc.decref(v as Ref);
              break;
            }
            case Op.UNARY_NEGATIVE:
            case Op.UNARY_POSITIVE:
            case Op.UNARY_INVERT: {
              v = i32[sp - 1]!;
              if ((word & 0xff) === Op.UNARY_NEGATIVE) {
                // -x of a small int (but not the smallest: its negation is a heap int) or of an
                // exact float, here (the generic unaryOp: ~40 ns more per `-x`); a float only
                // the stack holds is negated in place, as BINARY_OP reuses its operands (under
                // --no-gil only this executor's: the biased count's local part is the owner's)
                if ((v & 1) === 1) {
                  if (v !== ((SMALL_MIN << 1) | 1)) {
                    i32[sp - 1] = ((-(v >> 1)) << 1) | 1;
                    break;
                  }
                } else if (i32[v >> 2] === tFloat) {
                  if (i32[(v + OB_REF_LOCAL) >> 2] === 1 && i32[(v + OB_REF_SHARED) >> 2] === 0 &&
                      (!rc.atomic || (i32[(v + OB_FLAGS) >> 2]! & FLAG_OWNER_MASK) === executor)) {
                    f64[(v + FLOAT_VALUE) >> 3] = -f64[(v + FLOAT_VALUE) >> 3]!;
                  } else {
                    i32[sp - 1] = floatNew(rt, -f64[(v + FLOAT_VALUE) >> 3]!);
                    rc.decref(v as Ref);
                  }
                  break;
                }
              }
              r = ops.unary(rt, v as Ref, (word & 0xff) === Op.UNARY_NEGATIVE ? 0 : (word & 0xff) === Op.UNARY_POSITIVE ? 1 : 2);
              if (r === 0) break dispatch;
              i32[sp - 1] = r;
              rc.decref(v as Ref);
              break;
            }
            case Op.BINARY_OP:
            case Op.BINARY_OP__STORE_FAST: {
              b = i32[sp - 1]!;
              a = i32[sp - 2]!;
              // every way to the result sets `res` and leaves this block; the generic way
              // releases the operands itself (the fast ways consume or need not)
              binop: {
                if ((a & b & 1) === 1) {
                  x = a >> 1;
                  y = b >> 1;
                  r = 0;
                  switch (oparg) {
                    case 0: case 13: r = x + y; break;
                    case 10: case 23: r = x - y; break;
                    case 5: case 18:
                      r = x * y;
                      if (r > 9007199254740991 || r < -9007199254740991) {
                        // beyond a double's exact range (|r| < 2**60): the two digits exactly
                        res = intMulSmallWide(rt, x, y);
                        break binop;
                      }
                      break;
                    case 1: case 14: r = x & y; break;
                    case 7: case 20: r = x | y; break;
                    case 12: case 25: r = x ^ y; break;
                    // shifts: exact in doubles up to |x| * 2**22 < 2**52; negative or larger
                    // counts take the general way (its ValueError, its big ints)
                    case 9: case 22: r = y < 0 ? 0.5 : x >> (y > 31 ? 31 : y); break;
                    case 3: case 16: r = y < 0 || y > 22 ? 0.5 : x * (1 << y); break;
                    case 6: case 19:
                      if (y === 0) { r = 0.5; break; }
                      r = x % y;
                      if (r !== 0 && (r ^ y) < 0) r += y;
                      break;
                    case 2: case 15:
                      if (y === 0) { r = 0.5; break; }
                      // truncated, then floored: `Math.floor(x / y)` let V8 speculate on exact
                      // quotients (its feedback from the first divisions) and deopt the whole
                      // loop at the first inexact one; `| 0` is an int32 division, no check
                      r = (x / y) | 0;
                      if ((x ^ y) < 0 && r * y !== x) r--;
                      break;
                    default: r = 0.5;
                  }
                  if (r >= SMALL_MIN && r <= SMALL_MAX && r === (r | 0)) {
                    res = (r << 1) | 1;
                    break binop;
                  }
                  if (r !== 0.5) {
                    // an exact integer beyond the tagged range (|r| < 2**53): a heap int, made
                    // from its two 32-bit digits (objects/int.ts intFromWords: r itself would be
                    // boxed by V8 to be passed)
                    x = r < 0 ? -r : r;
                    y = x | 0;
                    res = intFromWords(rt, y, ((x - (y >>> 0)) / 4294967296) | 0, r < 0);
                    break binop;
                  }
                }
                // floats, and a float with a small int (float.__add__ & co. take the int as its
                // exact double), and small-int true division (correctly rounded: both are
                // exact doubles): `1.0 / n`, `x * 2`, `i / n`. A small int is not counted,
                // and is never the result's object.
                if (((a & 1) === 1 || i32[a >> 2] === tFloat) && ((b & 1) === 1 || i32[b >> 2] === tFloat)
                    && ((a & b & 1) === 0 || oparg === 11 || oparg === 24) && oparg !== 8 && oparg !== 21) {
                  x = (a & 1) === 1 ? a >> 1 : f64[(a + FLOAT_VALUE) >> 3]!;
                  y = (b & 1) === 1 ? b >> 1 : f64[(b + FLOAT_VALUE) >> 3]!;
                  r = NaN;
                  ok = true;
                  switch (oparg) {
                    case 0: case 13: r = x + y; break;
                    case 10: case 23: r = x - y; break;
                    case 5: case 18: r = x * y; break;
                    case 11: case 24: if (y === 0) ok = false; else r = x / y; break;
                    default: ok = false;
                  }
                  if (ok) {
                    m = 0; // the operands this step releases: 1 a, 2 b
                    floatResult: {
                      // a local's float accumulated in place (`s += x`, `x = x * k`), as the int
                      // accumulator below: the next instruction stores the result into the local
                      // that holds a, and a's only other reference is this stack's (not while
                      // id(a) was taken; without the GIL, a is this executor's). No float made
                      // and freed per step.
                      w = i32[code + ip]!;
                      t = w & 0xff;
                      if (t === Op.STORE_FAST || t === Op.STORE_FAST__LOAD_FAST || t === Op.STORE_FAST__STORE_FAST) {
                        d = i32[lp + (w >>> 8)]!;
                        if (d === a && (a & 1) === 0 && i32[(a + OB_REF_LOCAL) >> 2] === 2 && i32[(a + OB_REF_SHARED) >> 2] === 0) {
                          flags = i32[(a + OB_FLAGS) >> 2]!;
                          if ((flags & FLAG_ID_TAKEN) === 0 && (!rc.atomic || (flags & FLAG_OWNER_MASK) === executor)) {
                            // the local's reference dropped: the store writes the result there
                            i32[lp + (w >>> 8)] = 0;
                            i32[(a + OB_REF_LOCAL) >> 2] = 1;
                            f64[(a + FLOAT_VALUE) >> 3] = r;
                            res = a;
                            m = 2;
                            break floatResult;
                          }
                        } else if (d !== 0 && (d & 1) === 0 && i32[d >> 2] === tFloat && i32[(d + OB_REF_LOCAL) >> 2] === 1
                          && i32[(d + OB_REF_SHARED) >> 2] === 0) {
                          // `dx = b1.x - b2.x` over a float only the local holds (so neither
                          // operand): the store would free it just after this made a new one;
                          // the result goes into it instead (not when id() was taken: CPython's
                          // result never has the old one's id, both being alive at once)
                          flags = i32[(d + OB_FLAGS) >> 2]!;
                          if ((flags & FLAG_ID_TAKEN) === 0 && (!rc.atomic || (flags & FLAG_OWNER_MASK) === executor)) {
                            i32[lp + (w >>> 8)] = 0;
                            f64[(d + FLOAT_VALUE) >> 3] = r;
                            res = d;
                            m = 3;
                            break floatResult;
                          }
                        }
                      } else if (t === Op.SWAP && (w >>> 8) === 2 && !noGil && (a & 1) === 0 && i32[(a + OB_REF_LOCAL) >> 2] === 2 && i32[(a + OB_REF_SHARED) >> 2] === 0
                        && ((k = i32[code + ip + 1]!) & 0xff) === Op.STORE_ATTR && (i32[(a + OB_FLAGS) >> 2]! & FLAG_ID_TAKEN) === 0) {
                        // `o.x += y` ([o, a, b] here; SWAP 2 and STORE_ATTR x next): when
                        // STORE_ATTR's inline cache holds for o (a plain instance attribute,
                        // no __setattr__ or descriptor) and o's attribute is a, a's other
                        // reference, a is updated in place and STORE_ATTR stores it over itself
                        owner = i32[sp - 3]!;
                        cw = (i32[(codeRef + CO_CACHE) >> 2]! >> 2) + (ip + 1) * 4;
                        if ((owner & 1) === 0 && i32[cw] === i32[owner >> 2] && i32[cw + 1] === i32[ops.HDR_TYPE_EPOCH_WORD]) {
                          off = i32[cw + 3]!;
                          if (off < 0) e = i32[(owner - off) >> 2] === a ? 1 : -1;
                          else if (off === ops.CACHE_DUNDER_FRAME) e = -1; // a property's setter
                          else {
                            e = cachedDictEntry(i32, i32[(owner + off) >> 2]!, i32[cw + 2]!, i32[names + (k >>> 8)]!);
                            if (e >= 0 && i32[e + 2] !== a) e = -1;
                          }
                          if (e >= 0) {
                            f64[(a + FLOAT_VALUE) >> 3] = r;
                            res = a;
                            m = 2;
                            break floatResult;
                          }
                        }
                      }
                      // the result's object comes first and the value is stored here (a double
                      // passed to a call V8 does not inline is boxed: one JS allocation per op):
                      // an operand whose only reference is the stack's, else a new float
                      if ((a & 1) === 0 && i32[(a + OB_REF_LOCAL) >> 2] === 1 && i32[(a + OB_REF_SHARED) >> 2] === 0) {
                        res = a; // the stack's was a's only reference
                        m = 2;
                      } else if ((b & 1) === 0 && i32[(b + OB_REF_LOCAL) >> 2] === 1 && i32[(b + OB_REF_SHARED) >> 2] === 0) {
                        res = b;
                        m = 1;
                      } else {
                        // a new float from the head of this executor's free list (as BUILD_TUPLE)
                        slot = rt.execRecord + EXR_LOCAL_HEADS + FLOAT_SIZE_CLASS;
                        res = i32[slot]!;
                        if (res !== 0) {
                          i32[slot] = i32[(res >> 2) + 1]!;
                          i32[(res + OB_FLAGS) >> 2] = executor;
                          i32[(res + OB_REF_LOCAL) >> 2] = 1;
                          i32[(res + OB_REF_SHARED) >> 2] = 0;
                          i32[res >> 2] = tFloat;
                        } else {
                          res = floatNew(rt, 0);
                        }
                        m = 3;
                      }
                      f64[(res + FLOAT_VALUE) >> 3] = r;
                    }
                    // the operands released, rc.decref written out (TurboFan had no inlining
                    // budget left for these calls: ~16% of a float expression's time): a count
                    // above 1 drops in place; a float's last reference puts its block back on
                    // this executor's free list, as alloc.ts free does for a block of its own
                    // page (the GIL counter only: the biased one's deaths go through it)
                    for (k = 1; k <= 2; k++) {
                      v = k === 1 ? a : b;
                      if ((m & k) === 0 || (v & 1) === 1) continue; // a small int is not counted
                      c = i32[(v + OB_REF_LOCAL) >> 2]!;
                      if (rc.atomic) {
                        // the biased counter (heap/refcount.ts BiasedRefCounter): the owner's
                        // count drops in place; the rest through it
                        if (c > 1 && c < IMMORTAL_REFCNT && (i32[(v + OB_FLAGS) >> 2]! & FLAG_OWNER_MASK) === executor) i32[(v + OB_REF_LOCAL) >> 2] = c - 1;
                        else rc.decref(v as Ref);
                        continue;
                      }
                      if (c > 1) {
                        if (c < IMMORTAL_REFCNT) i32[(v + OB_REF_LOCAL) >> 2] = c - 1;
                      } else if (c === 1 && ((e = i32[pageTable + ((v >>> PAGE_SHIFT) << 1)]!) & 0xff) === PK_SMALL_OBJ && (e >>> 16) === executor) {
                        i32[(v + OB_REF_LOCAL) >> 2] = 0;
                        i32[v >> 2] = 0;
                        slot = rt.execRecord + EXR_LOCAL_HEADS + ((e >>> 8) & 0xff);
                        i32[(v >> 2) + 1] = i32[slot]!;
                        i32[slot] = v;
                      } else rc.decref(v as Ref);
                    }
                    break binop;
                  }
                }
                if ((a & 1) === 0) {
                  // str + str growing the left operand in place (evalhelpers.ts strAddInPlace)
                  if ((oparg === 0 || oparg === 13) && i32[a >> 2] === rt.tStr) {
                    res = ops.strAddInPlace(rt, fp, names, a as Ref, b as Ref, i32[code + ip]!, noGil);
                    if (res !== 0) break binop;
                  }
                  // a local's int accumulated in place (objects/int.ts intAddIntoFirst; an
                  // accumulator loop then makes and frees no int per step: the classic demo's two
                  // computations under the GIL 0.18 s -> 0.15 s when it came): the next
                  // instruction stores the result back into that local, and nothing else can see
                  // the int (its count is the local's and the stack's; id() never taken, as
                  // CPython's `n += 1` makes a new object; without the GIL, this executor's).
                  // Written out here, not called: V8 inlined the helper this was into the GIL
                  // eval loop but never into the no-GIL one (its compiles spend the inlining
                  // budget elsewhere), ~60 ns a call on the classic demo's `total += n * n`.
                  else if ((oparg === 0 || oparg === 13 || oparg === 10 || oparg === 23) && i32[a >> 2] === rt.tInt) {
                    w = i32[code + ip]!;
                    t = w & 0xff;
                    if ((t === Op.STORE_FAST || t === Op.STORE_FAST__LOAD_FAST || t === Op.STORE_FAST__STORE_FAST)
                      && i32[(a + OB_REF_LOCAL) >> 2] === 2 && i32[(a + OB_REF_SHARED) >> 2] === 0
                      && ((b & 1) === 1 || i32[b >> 2] === rt.tInt)) {
                      flags = i32[(a + OB_FLAGS) >> 2]!;
                      slot = lp + (w >>> 8);
                      if ((flags & FLAG_ID_TAKEN) === 0 && (!rc.atomic || (flags & FLAG_OWNER_MASK) === executor) && i32[slot] === a) {
                        res = intAddIntoFirst(rt, a as Ref, b as Ref, oparg === 10 || oparg === 23);
                        if (res !== 0) {
                          // the local's reference dropped: the store writes the result there
                          i32[slot] = 0;
                          i32[(a + OB_REF_LOCAL) >> 2] = 1;
                          if (res !== a) rc.decref(a as Ref);
                          rc.decref(b as Ref);
                          break binop;
                        }
                      }
                    }
                  }
                }
                if (((a | b) & 1) === 0 && (t = i32[a >> 2]!) === i32[b >> 2] &&
                    (i32[(t + TP_FLAGS) >> 2]! & TPF_HEAPTYPE) !== 0) {
                  // two instances of one class: its operator method, a Python function, runs as
                  // a call from here, its frame pushed on this activation, the operands staying
                  // on this stack until it returns (FRF_BINOP), when the cache names it for the
                  // class (evalhelpers.ts "Dunder frames"), which is filled before the generic way
                  cw = (i32[(codeRef + CO_CACHE) >> 2]! >> 2) + (ip - 1) * 4;
                  if (i32[cw] === t && i32[cw + 1] === i32[ops.HDR_TYPE_EPOCH_WORD] && i32[cw + 3] === ops.CACHE_DUNDER_FRAME
                      && i32[ts + (TS_DEPTH >> 2)]! + 1 < i32[(rt.interp >> 2) + 3]!) {
                    newFp = ops.enterDunderFrame(rt, i32[cw + 2]! as Ref, sp - 2, 2, fp, ip, FRF_BINOP);
                    if (newFp === 0) break dispatch;
                    fp = newFp;
                    codeRef = i32[fp + FR_CODE]!;
                    code = (codeRef >> 2) + CO_INSNS_WORD;
                    consts = (i32[(codeRef + CO_CONSTS) >> 2]! >> 2) + TUPLE_ITEMS_WORD;
                    names = (i32[(codeRef + CO_NAMES) >> 2]! >> 2) + TUPLE_ITEMS_WORD;
                    lp = fp + FRAME_HEADER_WORDS;
                    ip = 0;
                    sp = fp + i32[fp + FR_SP]!;
                    break;
                  }
                  if (ops.binaryOpCacheFill(rt, t, oparg, cw)) {
                    // the cache now names the class's method: this instruction again
                    ip--;
                    budget++;
                    break;
                  }
                }
                res = ops.binary(rt, a as Ref, b as Ref, oparg);
                if (res === 0) break dispatch;
                rc.decref(a as Ref);
                rc.decref(b as Ref);
              }
              sp--;
              // BINARY_OP__STORE_FAST (a superinstruction, as above): the result goes straight
              // into the local
              if ((word & 0xff) === Op.BINARY_OP__STORE_FAST && budget > 0) {
                budget--;
                oparg = i32[code + ip++]! >>> 8;
                old = i32[lp + oparg]!;
                i32[lp + oparg] = res;
                sp--;
                rc.decref(old as Ref);
                break;
              }
              i32[sp - 1] = res;
              break;
            }
            case Op.COMPARE_OP:
            case Op.COMPARE_OP__POP_JUMP_IF_FALSE:
            case Op.COMPARE_OP__POP_JUMP_IF_TRUE: {
              b = i32[sp - 1]!;
              a = i32[sp - 2]!;
              if ((a & b & 1) === 1) {
                switch (oparg) {
                  case 0: holds = a < b; break;
                  case 1: holds = a <= b; break;
                  case 2: holds = a === b; break;
                  case 3: holds = a !== b; break;
                  case 4: holds = a > b; break;
                  default: holds = a >= b; break;
                }
                // the bool, stored before the jump's test: a store the jump makes dead, so that
                // the first push (`return a < b`) after a TurboFan compile of this loop finds
                // V8's type feedback (module comment, "JIT warm-up")
                i32[sp - 2] = holds ? True : False;
                below = sp - 1;
                // COMPARE_OP__POP_JUMP_IF_* (superinstructions, as above): two small ints
                // compared, the jump taken or not, no bool pushed
                if ((word & 0xff) !== Op.COMPARE_OP && budget > 0) {
                  budget--;
                  sp -= 2;
                  w = i32[code + ip++]!;
                  if (holds === ((word & 0xff) === Op.COMPARE_OP__POP_JUMP_IF_TRUE)) ip = w >>> 8;
                  break;
                }
                sp = below;
                break;
              }
              if ((a & 1) === 0 && (b & 1) === 0 && i32[a >> 2] === tFloat && i32[b >> 2] === tFloat) {
                x = f64[(a + FLOAT_VALUE) >> 3]!;
                y = f64[(b + FLOAT_VALUE) >> 3]!;
                switch (oparg) {
                  case 0: holds = x < y; break;
                  case 1: holds = x <= y; break;
                  case 2: holds = x === y; break;
                  case 3: holds = x !== y; break;
                  case 4: holds = x > y; break;
                  default: holds = x >= y; break;
                }
                i32[sp - 2] = holds ? True : False;
                sp--;
                rc.decref(a as Ref);
                rc.decref(b as Ref);
                break;
              }
              if (((a | b) & 1) === 0 && (t = i32[a >> 2]!) === i32[b >> 2] && (i32[(t + TP_FLAGS) >> 2]! & TPF_HEAPTYPE) !== 0) {
                // two instances of one class: its comparison method, a Python function, runs
                // as a call from here (FRF_CMPOP, as BINARY_OP's FRF_BINOP above; two levels
                // of recursion, as CPython's comparison and the frame)
                cw = (i32[(codeRef + CO_CACHE) >> 2]! >> 2) + (ip - 1) * 4;
                if (i32[cw] === t && i32[cw + 1] === i32[ops.HDR_TYPE_EPOCH_WORD] && i32[cw + 3] === ops.CACHE_DUNDER_FRAME
                    && i32[ts + (TS_DEPTH >> 2)]! + 2 < i32[(rt.interp >> 2) + 3]!) {
                  newFp = ops.enterDunderFrame(rt, i32[cw + 2]! as Ref, sp - 2, 2, fp, ip, FRF_CMPOP);
                  if (newFp === 0) break dispatch;
                  fp = newFp;
                  codeRef = i32[fp + FR_CODE]!;
                  code = (codeRef >> 2) + CO_INSNS_WORD;
                  consts = (i32[(codeRef + CO_CONSTS) >> 2]! >> 2) + TUPLE_ITEMS_WORD;
                  names = (i32[(codeRef + CO_NAMES) >> 2]! >> 2) + TUPLE_ITEMS_WORD;
                  lp = fp + FRAME_HEADER_WORDS;
                  ip = 0;
                  sp = fp + i32[fp + FR_SP]!;
                  break;
                }
                if (ops.compareOpCacheFill(rt, t, oparg, cw)) {
                  // the cache now names the class's method: this instruction again
                  ip--;
                  budget++;
                  break;
                }
              }
              r = ops.compare(rt, a as Ref, b as Ref, oparg);
              if (r === 0) break dispatch;
              i32[sp - 2] = r;
              sp--;
              rc.decref(a as Ref);
              rc.decref(b as Ref);
              break;
            }
            case Op.IS_OP: {
              b = i32[--sp]!;
              a = i32[sp - 1]!;
              i32[sp - 1] = (a === b) !== (oparg === 1) ? True : False;
              rc.decref(a as Ref);
              rc.decref(b as Ref);
              break;
            }
            case Op.CONTAINS_OP: {
              b = i32[--sp]!;
              a = i32[sp - 1]!;
              // `key in d`, an exact dict and an exact str key: one lookup that runs no Python code
              // (dict.ts dictGetExactStr; -1: a key only the general lookup's __eq__ can compare)
              if (!noGil && (a & 1) === 0 && (b & 1) === 0 && i32[b >> 2] === rt.tDict && i32[a >> 2] === rt.tStr &&
                  (r = dictGetExactStr(rt, b as Ref, a as Ref)) >= 0) r = r !== 0 ? 1 : 0;
              else r = noGil ? critical.containsLocked(rt, b as Ref, a as Ref) : ops.contains(rt, b as Ref, a as Ref);
              if (r < 0) {
                i32[sp++] = b;
                break dispatch;
              }
              i32[sp - 1] = (r === 1) !== (oparg === 1) ? True : False;
              rc.decref(a as Ref);
              rc.decref(b as Ref);
              break;
            }
            case Op.BINARY_SUBSCR: {
              key = i32[sp - 1]!;
              c = i32[sp - 2]!;
              if (!noGil && (key & 1) === 1 && (c & 1) === 0 && i32[c >> 2] === rt.tList) {
                k = key >> 1;
                n = i32[(c + LIST_SIZE) >> 2]!;
                if (k < 0) k += n;
                if (k >= 0 && k < n) {
                  v = i32[(i32[(c + LIST_ITEMS) >> 2]! >> 2) + k]!;
                  rc.incref(v as Ref);
                  i32[sp - 2] = v;
                  sp--;
                  rc.decref(c as Ref);
                  break;
                }
              } else if ((key & 1) === 1 && (c & 1) === 0 && i32[c >> 2] === rt.tTuple) {
                // an exact tuple and a small int (immutable: no lock without the GIL)
                k = key >> 1;
                n = i32[(c >> 2) + TUPLE_SIZE_WORD]!;
                if (k < 0) k += n;
                if (k >= 0 && k < n) {
                  v = i32[(c >> 2) + TUPLE_ITEMS_WORD + k]!;
                  rc.incref(v as Ref);
                  i32[sp - 2] = v;
                  sp--;
                  rc.decref(c as Ref);
                  break;
                }
              } else if (!noGil && (key & 1) === 0 && (c & 1) === 0 && i32[c >> 2] === rt.tDict && i32[key >> 2] === rt.tStr &&
                         (v = dictGetExactStr(rt, c as Ref, key as Ref)) > 0) {
                // an exact dict and an exact str key that is present (a miss, or a key only the
                // general lookup can compare, takes the generic way: KeyError, __eq__)
                rc.incref(v as Ref);
                i32[sp - 2] = v;
                sp--;
                rc.decref(c as Ref);
                rc.decref(key as Ref);
                break;
              }
              if ((c & 1) === 0 && (i32[(i32[c >> 2]! + TP_FLAGS) >> 2]! & TPF_HEAPTYPE) !== 0) {
                // an instance of a class: a Python __getitem__ runs as a call from here, its frame
                // pushed on this activation (CPython's BINARY_SUBSCR_GETITEM), when the cache names it
                // for c's class (evalhelpers.ts "Dunder frames"), which is filled before the generic way
                cw = (i32[(codeRef + CO_CACHE) >> 2]! >> 2) + (ip - 1) * 4;
                if (i32[cw] === i32[c >> 2] && i32[cw + 1] === i32[ops.HDR_TYPE_EPOCH_WORD] && i32[cw + 3] === ops.CACHE_DUNDER_FRAME
                    && i32[ts + (TS_DEPTH >> 2)]! + 1 < i32[(rt.interp >> 2) + 3]!) {
                  newFp = ops.enterDunderFrame(rt, i32[cw + 2]! as Ref, sp - 2, 2, fp, ip, 0);
                  if (newFp === 0) break dispatch;
                  fp = newFp;
                  codeRef = i32[fp + FR_CODE]!;
                  code = (codeRef >> 2) + CO_INSNS_WORD;
                  consts = (i32[(codeRef + CO_CONSTS) >> 2]! >> 2) + TUPLE_ITEMS_WORD;
                  names = (i32[(codeRef + CO_NAMES) >> 2]! >> 2) + TUPLE_ITEMS_WORD;
                  lp = fp + FRAME_HEADER_WORDS;
                  ip = 0;
                  sp = fp + i32[fp + FR_SP]!;
                  break;
                }
                if (ops.getItemCacheFill(rt, c as Ref, cw)) {
                  // the cache now names the class's __getitem__: this instruction again
                  ip--;
                  budget++;
                  break;
                }
                r = noGil ? critical.subscriptLoad(rt, c as Ref, key as Ref) : ops.getItem(rt, c as Ref, key as Ref);
                if (r === 0) break dispatch;
              } else {
                r = noGil ? critical.subscriptLoad(rt, c as Ref, key as Ref) : ops.getItem(rt, c as Ref, key as Ref);
                if (r === 0) break dispatch;
              }
              i32[sp - 2] = r;
              sp--;
              rc.decref(c as Ref);
              rc.decref(key as Ref);
              break;
            }
            case Op.STORE_SUBSCR: {
              key = i32[sp - 1]!;
              c = i32[sp - 2]!;
              v = i32[sp - 3]!;
              if (!noGil && (key & 1) === 1 && (c & 1) === 0 && i32[c >> 2] === rt.tList) {
                k = key >> 1;
                if (k >= 0 && k < i32[(c + LIST_SIZE) >> 2]!) {
                  slot = (i32[(c + LIST_ITEMS) >> 2]! >> 2) + k;
                  old = i32[slot]!;
                  i32[slot] = v; // the stack's reference moves into the list
                  sp -= 3;
                  rc.decref(old as Ref);
                  rc.decref(c as Ref);
                  break;
                }
              }
              r = noGil ? critical.subscriptStore(rt, c as Ref, key as Ref, v as Ref) : ops.setItem(rt, c as Ref, key as Ref, v as Ref);
              if (r < 0) break dispatch;
              sp -= 3;
              rc.decref(v as Ref);
              rc.decref(c as Ref);
              rc.decref(key as Ref);
              break;
            }
            case Op.DELETE_SUBSCR: {
              key = i32[sp - 1]!;
              c = i32[sp - 2]!;
              if ((noGil ? critical.subscriptStore(rt, c as Ref, key as Ref, NULL) : ops.setItem(rt, c as Ref, key as Ref, NULL)) < 0) break dispatch;
              sp -= 2;
              rc.decref(c as Ref);
              rc.decref(key as Ref);
              break;
            }
            case Op.BUILD_SLICE: {
              if (oparg === 2 && budget > 0 && (i32[code + ip]! & 0xff) === Op.BINARY_SUBSCR) {
                // `seq[lo:hi]`: the slice made and subscripted at once, BINARY_SUBSCR run here
                // (evalhelpers.ts sliceDirect); the bounds are small ints or None, not counted
                c = i32[sp - 3]!;
                r = ops.sliceDirect(rt, c as Ref, i32[sp - 2] as Ref, i32[sp - 1] as Ref, noGil);
                if (r !== 0) {
                  sp -= 2;
                  i32[sp - 1] = r;
                  rc.decref(c as Ref);
                  ip++;
                  budget--;
                  break;
                }
              }
              step = oparg === 3 ? i32[--sp]! : None;
              stop = i32[sp - 1]!;
              start = i32[sp - 2]!;
              s = ops.buildSlice(rt, start as Ref, stop as Ref, step as Ref);
              if (oparg === 3) rc.decref(step as Ref);
              rc.decref(start as Ref);
              rc.decref(stop as Ref);
              i32[sp - 2] = s;
              sp--;
              break;
            }
            case Op.DELETE_NAME: {
              if (ops.deleteName(rt, fp, i32[names + oparg] as Ref) < 0) break dispatch;
              break;
            }
            case Op.LOAD_NAME:
            case Op.LOAD_GLOBAL: {
              if ((word & 0xff) === Op.LOAD_GLOBAL) {
                if ((oparg & 1) === 1) i32[sp++] = 0;
                name = i32[names + (oparg >> 1)]!;
              } else {
                // LOAD_NAME looks in locals, globals, builtins: at module level, where locals
                // is the globals dict, that is LOAD_GLOBAL's lookup, cache included
                name = i32[names + oparg]!;
                if (i32[fp + FR_LOCALS] !== i32[fp + FR_GLOBALS]) {
                  v = ops.loadName(rt, fp, name as Ref);
                  if (v === 0) break dispatch;
                  i32[sp++] = v;
                  break;
                }
              }
              cw = (i32[(codeRef + CO_CACHE) >> 2]! >> 2) + (ip - 1) * 4;
              // the cache hit (evalhelpers.ts loadGlobalMiss fills the cache): [1, keys, entry, 0]
              // found in globals; [2, globals version, builtins keys, entry] in builtins
              tag = i32[cw]!;
              if (tag === 1) {
                k = i32[(i32[fp + FR_GLOBALS]! + DICT_KEYS) >> 2]!;
                if (k === i32[cw + 1]) {
                  e = (k >> 2) + 4 + (1 << i32[k >> 2]!) + i32[cw + 2]! * 3;
                  v = i32[e + 2]!;
                  // v is 0 when a --no-gil writer deleted the entry after the name was read
                  if (i32[e + 1] === name && v !== 0) {
                    rc.incref(v as Ref);
                    i32[sp++] = v;
                    break;
                  }
                }
              } else if (tag === 2 && i32[(i32[fp + FR_GLOBALS]! + DICT_VERSION) >> 2] === i32[cw + 1]) {
                k = i32[(i32[fp + FR_BUILTINS]! + DICT_KEYS) >> 2]!;
                if (k === i32[cw + 2]) {
                  e = (k >> 2) + 4 + (1 << i32[k >> 2]!) + i32[cw + 3]! * 3;
                  v = i32[e + 2]!;
                  // v is 0 when a --no-gil writer deleted the entry after the name was read
                  if (i32[e + 1] === name && v !== 0) {
                    rc.incref(v as Ref);
                    i32[sp++] = v;
                    break;
                  }
                }
              }
              v = ops.loadGlobalMiss(rt, fp, name as Ref, cw);
              if (v === 0) break dispatch;
              i32[sp++] = v;
              break;
            }
            case Op.STORE_NAME:
            case Op.STORE_GLOBAL: {
              v = i32[sp - 1]!;
              name = i32[names + oparg]!;
              d = i32[fp + ((word & 0xff) === Op.STORE_GLOBAL ? FR_GLOBALS : FR_LOCALS)]!;
              if (d === i32[fp + FR_GLOBALS] && !noGil && i32[d >> 2] === rt.tDict) {
                // into the globals dict (a `global` name, or any store at module level; a dict
                // subclass as exec()'s namespace keeps its __setitem__, the slow path): the
                // cache names the entry that holds the name, [1, keys block, entry, 0] as
                // LOAD_GLOBAL's, and the value is replaced in place when that entry of the
                // dict's current keys still holds the name (a stale cache only misses). Not while executors run in parallel: there the dict's lock orders
                // the store against a resize, and the old value's release is deferred.
                //
                // A hit and a miss run the same code but for the miss's call, so that the
                // first hit (the second store of a name) after a TurboFan compile of this loop
                // does not throw it away for want of type feedback (module comment, "JIT
                // warm-up"): `slot` is the entry's value word on a hit, else v's stack slot,
                // whose load and store then leave it as it is.
                cw = (i32[(codeRef + CO_CACHE) >> 2]! >> 2) + (ip - 1) * 4;
                below = sp - 1;
                slot = cachedDictValueWord(i32, d, i32[cw + 2]!, name, below);
                old = i32[slot]!; // a hit: the value replaced; a miss: v
                i32[slot] = v; // a hit: the stack's reference moves into the dict
                if (slot === below && ops.storeGlobalMiss(rt, d as Ref, name as Ref, v as Ref, cw) < 0) break dispatch;
                sp = below;
                rc.decref(old as Ref);
                break;
              } else if (((word & 0xff) === Op.STORE_GLOBAL ? ops.storeGlobal(rt, fp, name as Ref, v as Ref) : ops.storeName(rt, fp, name as Ref, v as Ref)) < 0) {
                break dispatch;
              }
              sp--;
              rc.decref(v as Ref);
              break;
            }
            case Op.DELETE_GLOBAL: {
              if (ops.deleteGlobal(rt, fp, i32[names + oparg] as Ref) < 0) break dispatch;
              break;
            }
            case Op.MAKE_CELL: {
              i32[lp + oparg] = ops.makeCell(rt, i32[lp + oparg] as Ref);
              break;
            }
            case Op.COPY_FREE_VARS: {
              ops.copyFreeVars(rt, fp, oparg);
              break;
            }
            case Op.LOAD_CLOSURE: {
              v = i32[lp + oparg]!;
              rc.incref(v as Ref);
              i32[sp++] = v;
              break;
            }
            case Op.LOAD_DEREF: {
              v = i32[i32[lp + oparg]! + CELL_REF >> 2]!;
              if (v === 0) {
                ops.unboundDeref(rt, codeRef as Ref, oparg);
                break dispatch;
              }
              rc.incref(v as Ref);
              i32[sp++] = v;
              break;
            }
            case Op.LOAD_CLASSDEREF: {
              v = ops.loadClassDeref(rt, fp, codeRef as Ref, oparg);
              if (v === 0) break dispatch;
              i32[sp++] = v;
              break;
            }
            case Op.STORE_DEREF: {
              cell = i32[lp + oparg]!;
              if (noGil) {
                critical.cellSwap(rt, cell, i32[--sp]!); // atomic swap, deferred release (vm/critical.ts)
                break;
              }
              old = i32[(cell + CELL_REF) >> 2]!;
              i32[(cell + CELL_REF) >> 2] = i32[--sp]!;
              rc.decref(old as Ref);
              break;
            }
            case Op.DELETE_DEREF: {
              cell = i32[lp + oparg]!;
              old = i32[(cell + CELL_REF) >> 2]!;
              if (old === 0) {
                ops.unboundDeref(rt, codeRef as Ref, oparg);
                break dispatch;
              }
              if (noGil) critical.cellSwap(rt, cell, 0);
              else {
                i32[(cell + CELL_REF) >> 2] = 0;
                rc.decref(old as Ref);
              }
              break;
            }
            case Op.LOAD_FAST__LOAD_ATTR:
            case Op.LOAD_ATTR: {
              if ((word & 0xff) === Op.LOAD_FAST__LOAD_ATTR) {
                // `obj.attr` of a local (self.x): LOAD_FAST's half, then (same slice) LOAD_ATTR's,
                // one dispatch for both; the LOAD_ATTR word keeps its own cache and position
                v = i32[lp + oparg]!;
                if (v === 0) {
                  ops.unboundLocal(rt, codeRef as Ref, oparg);
                  break dispatch;
                }
                rc.incref(v as Ref);
                i32[sp++] = v;
                if (budget <= 0) break;
                budget--;
                oparg = i32[code + ip++]! >>> 8;
              }
              owner = i32[sp - 1]!;
              name = i32[names + oparg]!;
              cw = (i32[(codeRef + CO_CACHE) >> 2]! >> 2) + (ip - 1) * 4;
              if ((owner & 1) === 0 && ((i32[cw] === i32[owner >> 2] && i32[cw + 1] === i32[ops.HDR_TYPE_EPOCH_WORD]) ||
                  (!noGil && ops.siteCacheSwap(rt, owner as Ref, name as Ref, cw, ops.SITE_LOAD_ATTR)))) {
                // inline cache hit (evalhelpers.ts "Attribute inline caches"): a dict entry,
                // or (negative offset) a __slots__ word, 0 when the slot is empty, or a property
                // whose getter is a Python function
                off = i32[cw + 3]!;
                if (off === ops.CACHE_DUNDER_FRAME) {
                  // the getter runs as a call from here, its frame pushed on this activation
                  // (CPython 3.12's LOAD_ATTR_PROPERTY): owner moves into its argument
                  if (i32[ts + (TS_DEPTH >> 2)]! + 1 < i32[(rt.interp >> 2) + 3]!) {
                    newFp = ops.enterDunderFrame(rt, i32[cw + 2]! as Ref, sp - 1, 1, fp, ip, 0);
                    if (newFp === 0) break dispatch;
                    fp = newFp;
                    codeRef = i32[fp + FR_CODE]!;
                    code = (codeRef >> 2) + CO_INSNS_WORD;
                    consts = (i32[(codeRef + CO_CONSTS) >> 2]! >> 2) + TUPLE_ITEMS_WORD;
                    names = (i32[(codeRef + CO_NAMES) >> 2]! >> 2) + TUPLE_ITEMS_WORD;
                    lp = fp + FRAME_HEADER_WORDS;
                    ip = 0;
                    sp = fp + i32[fp + FR_SP]!;
                    break;
                  }
                  v = 0; // at the recursion limit: the generic way raises RecursionError
                } else if (off > 0) {
                  // dict.ts cachedDictEntry, written out: the entry at the cached index of
                  // the instance dict's keys, if it still holds this name (TurboFan had run
                  // out of inlining budget and called it; with LOAD_FAST__LOAD_ATTR, five
                  // `p.x` 130 -> 110 ns, with the call ~130: measured session 47)
                  v = 0;
                  d = i32[(owner + off) >> 2]!;
                  if (d !== 0) {
                    k = i32[(d + DICT_KEYS) >> 2]! >> 2;
                    idx = i32[cw + 2]!;
                    if (k !== 0 && idx < i32[k + K_NENTRIES]!) {
                      e = k + K_INDEX + (1 << i32[k + K_LOG]!) + idx * 3;
                      if (i32[e + 1] === name) v = i32[e + 2]!;
                    }
                  }
                } else v = off < 0 ? i32[(owner - off) >> 2]! : 0;
                if (v !== 0) {
                  rc.incref(v as Ref);
                  i32[sp - 1] = v;
                  rc.decref(owner as Ref);
                  break;
                }
              }
              r = ops.loadAttrSlow(rt, owner as Ref, name as Ref, cw);
              if (r === 0) break dispatch;
              if (r === ops.CACHE_FILLED) {
                // the cache now names a property's Python getter: this instruction again
                ip--;
                budget++;
                break;
              }
              i32[sp - 1] = r;
              rc.decref(owner as Ref);
              break;
            }
            case Op.LOAD_METHOD: {
              // [owner] -> [meth, owner] or [NULL, attr]
              owner = i32[sp - 1]!;
              name = i32[names + oparg]!;
              cw = (i32[(codeRef + CO_CACHE) >> 2]! >> 2) + (ip - 1) * 4;
              if ((owner & 1) === 0 && ((i32[cw] === i32[owner >> 2] && i32[cw + 1] === i32[ops.HDR_TYPE_EPOCH_WORD]) ||
                  (!noGil && ops.siteCacheSwap(rt, owner as Ref, name as Ref, cw, ops.SITE_LOAD_METHOD)))) {
                // inline cache hit: the method found on the type, unless the instance dict shadows it
                off = i32[cw + 3]!;
                d = off === 0 ? 0 : i32[(owner + off) >> 2]!;
                if (d === 0 || dictLacksInternedStr(i32, d, name) || !ops.dictHasStr(rt, d as Ref, name as Ref)) {
                  m = i32[cw + 2]!;
                  rc.incref(m as Ref);
                  i32[sp - 1] = m;
                  i32[sp++] = owner;
                  break;
                }
              }
              if (ops.loadMethodSlow(rt, owner as Ref, name as Ref, sp - 1, cw) < 0) break dispatch;
              sp++;
              break;
            }
            case Op.STORE_ATTR: {
              owner = i32[sp - 1]!;
              v = i32[sp - 2]!;
              name = i32[names + oparg]!;
              cw = (i32[(codeRef + CO_CACHE) >> 2]! >> 2) + (ip - 1) * 4;
              if ((owner & 1) === 0 && ((i32[cw] === i32[owner >> 2] && i32[cw + 1] === i32[ops.HDR_TYPE_EPOCH_WORD]) ||
                  (!noGil && ops.siteCacheSwap(rt, owner as Ref, name as Ref, cw, ops.SITE_STORE_ATTR)))) {
                off = i32[cw + 3]!;
                if (off === ops.CACHE_DUNDER_FRAME) {
                  // a property whose setter is a Python function: fset(owner, v) runs as a
                  // call from here (evalhelpers.ts "Dunder frames"), its result dropped
                  // (FRF_DISCARD); at the recursion limit, the generic way below raises
                  stored = false;
                  if (i32[ts + (TS_DEPTH >> 2)]! + 1 < i32[(rt.interp >> 2) + 3]!) {
                    i32[sp - 2] = owner; // the arguments' order: [owner, v]
                    i32[sp - 1] = v;
                    newFp = ops.enterDunderFrame(rt, i32[cw + 2]! as Ref, sp - 2, 2, fp, ip, FRF_DISCARD);
                    if (newFp === 0) break dispatch;
                    fp = newFp;
                    codeRef = i32[fp + FR_CODE]!;
                    code = (codeRef >> 2) + CO_INSNS_WORD;
                    consts = (i32[(codeRef + CO_CONSTS) >> 2]! >> 2) + TUPLE_ITEMS_WORD;
                    names = (i32[(codeRef + CO_NAMES) >> 2]! >> 2) + TUPLE_ITEMS_WORD;
                    lp = fp + FRAME_HEADER_WORDS;
                    ip = 0;
                    sp = fp + i32[fp + FR_SP]!;
                    break;
                  }
                } else if (off < 0) {
                  // a __slots__ word: the stack's reference moves in
                  if (noGil) ops.storeSlotShared(rt, owner as Ref, -off, v as Ref);
                  else {
                    old = i32[(owner - off) >> 2]!;
                    i32[(owner - off) >> 2] = v;
                    rc.decref(old as Ref);
                  }
                  stored = true;
                } else if (noGil) {
                  // --no-gil: the same replace, under the dict's lock (vm/critical.ts)
                  stored = critical.storeCachedLocked(rt, i32[(owner + off) >> 2]!, i32[cw + 2]!, name, v);
                } else {
                  // dict.ts cachedDictEntry, written out as in LOAD_ATTR (TurboFan had run out
                  // of inlining budget and called it: ~4% of nbody.py)
                  d = i32[(owner + off) >> 2]!;
                  e = -1;
                  if (d !== 0) {
                    k = i32[(d + DICT_KEYS) >> 2]! >> 2;
                    idx = i32[cw + 2]!;
                    if (k !== 0 && idx < i32[k + K_NENTRIES]!) {
                      e = k + K_INDEX + (1 << i32[k + K_LOG]!) + idx * 3;
                      if (i32[e + 1] !== name) e = -1;
                    }
                  }
                  stored = e >= 0;
                  if (stored) {
                    // replace the value in place: the stack's reference moves into the dict
                    old = i32[e + 2]!;
                    i32[e + 2] = v;
                    rc.decref(old as Ref);
                  } else stored = ops.storeAttrAppend(rt, owner as Ref, off, i32[cw + 2]!, name as Ref, v as Ref);
                }
                if (stored) {
                  sp -= 2;
                  rc.decref(owner as Ref);
                  break;
                }
              }
              k = ops.storeAttrSlow(rt, owner as Ref, name as Ref, v as Ref, cw);
              if (k === ops.CACHE_FILLED) {
                // the cache now names a property's Python setter: this instruction again
                ip--;
                budget++;
                break;
              }
              if (k < 0) break dispatch;
              sp -= 2;
              rc.decref(owner as Ref);
              rc.decref(v as Ref);
              break;
            }
            case Op.DELETE_ATTR: {
              owner = i32[sp - 1]!;
              if (ops.setAttr(rt, owner as Ref, i32[names + oparg] as Ref, NULL) < 0) break dispatch;
              sp--;
              rc.decref(owner as Ref);
              break;
            }
            case Op.BUILD_TUPLE: {
              sp -= oparg;
              if (oparg !== 0 && oparg <= 8) {
                // a small tuple from the head of this executor's free list for its size class
                // (the allocator's own fast path, heap/alloc.ts alloc), its header written as
                // objects/object.ts newObject and heap/gc.ts gcTrack do (the type, immortal,
                // last: the heap walker sees the object only once it is whole); the items move
                slot = rt.execRecord + EXR_LOCAL_HEADS + sizeClassOf(TUPLE_ITEMS + 4 * oparg);
                r = i32[slot]!;
                if (r !== 0) {
                  i32[slot] = i32[(r >> 2) + 1]!;
                  w = r >> 2;
                  i32[w + (OB_FLAGS >> 2)] = executor | FLAG_GC_TRACKED;
                  i32[w + (OB_REF_LOCAL >> 2)] = 1;
                  i32[w + (OB_REF_SHARED >> 2)] = 0;
                  i32[w + TUPLE_SIZE_WORD] = oparg;
                  for (i = 0; i < oparg; i++) i32[w + TUPLE_ITEMS_WORD + i] = i32[sp + i]!;
                  i32[w] = rt.tTuple;
                  i32[rt.execRecord + EXR_GC_COUNT]!++;
                  i32[sp++] = r;
                  break;
                }
              }
              i32[sp] = ops.buildTuple(rt, sp, oparg);
              sp++;
              break;
            }
            case Op.BUILD_LIST: {
              sp -= oparg;
              if (oparg <= 8) {
                // a small list from this executor's free lists (as BUILD_TUPLE): the object
                // and, for items, a raw block of exactly their size (objects/list.ts listNew)
                slot = rt.execRecord + EXR_LOCAL_HEADS + LIST_OBJ_SIZE_CLASS;
                r = i32[slot]!;
                k = oparg === 0 ? 0 : rt.execRecord + EXR_LOCAL_HEADS + RAW_SLOT_BASE + sizeClassOf(4 * oparg);
                if (r !== 0 && (oparg === 0 || (t = i32[k]!) !== 0)) {
                  i32[slot] = i32[(r >> 2) + 1]!;
                  if (oparg === 0) t = 0;
                  else {
                    i32[k] = i32[(t >> 2) + 1]!;
                    for (i = 0; i < oparg; i++) i32[(t >> 2) + i] = i32[sp + i]!;
                  }
                  w = r >> 2;
                  i32[w + (OB_FLAGS >> 2)] = executor | FLAG_GC_TRACKED;
                  i32[w + (OB_REF_LOCAL >> 2)] = 1;
                  i32[w + (OB_REF_SHARED >> 2)] = 0;
                  i32[w + (LIST_SIZE >> 2)] = oparg;
                  i32[w + (LIST_ITEMS >> 2)] = t;
                  i32[w + (LIST_CAP >> 2)] = oparg;
                  i32[w + (LIST_BORN >> 2)] = rt.finalizerSeq++; // the last word (objects/list.ts)
                  i32[w] = rt.tList;
                  i32[rt.execRecord + EXR_GC_COUNT]!++;
                  i32[sp++] = r;
                  break;
                }
              }
              i32[sp] = ops.buildList(rt, sp, oparg);
              sp++;
              break;
            }
            case Op.BUILD_SET: {
              r = ops.buildSet(rt, sp - oparg, oparg);
              if (r === 0) break dispatch;
              sp -= oparg;
              i32[sp++] = r;
              break;
            }
            case Op.BUILD_MAP: {
              r = ops.buildMap(rt, sp - 2 * oparg, oparg);
              if (r === 0) break dispatch;
              sp -= 2 * oparg;
              i32[sp++] = r;
              break;
            }
            case Op.BUILD_CONST_KEY_MAP: {
              r = ops.buildConstKeyMap(rt, sp - oparg - 1, oparg);
              if (r === 0) break dispatch;
              sp -= oparg + 1;
              i32[sp++] = r;
              break;
            }
            case Op.BUILD_STRING: {
              r = ops.buildString(rt, sp - oparg, oparg);
              sp -= oparg;
              i32[sp++] = r;
              break;
            }
            case Op.LIST_APPEND: {
              v = i32[--sp]!;
              l = i32[sp - oparg]!;
              n = i32[(l + LIST_SIZE) >> 2]!;
              if (n < i32[(l + LIST_CAP) >> 2]!) {
                i32[(i32[(l + LIST_ITEMS) >> 2]! >> 2) + n] = v;
                i32[(l + LIST_SIZE) >> 2] = n + 1;
              } else ops.listAppendSteal(rt, l as Ref, v as Ref);
              break;
            }
            case Op.SET_ADD: {
              v = i32[sp - 1]!;
              if (ops.setAdd(rt, i32[sp - 1 - oparg] as Ref, v as Ref) < 0) break dispatch;
              sp--;
              rc.decref(v as Ref);
              break;
            }
            case Op.MAP_ADD: {
              v = i32[sp - 1]!;
              k = i32[sp - 2]!;
              if (ops.setItem(rt, i32[sp - 2 - oparg] as Ref, k as Ref, v as Ref) < 0) break dispatch;
              sp -= 2;
              rc.decref(k as Ref);
              rc.decref(v as Ref);
              break;
            }
            case Op.LIST_EXTEND: {
              v = i32[sp - 1]!;
              if (ops.listExtend(rt, i32[sp - 1 - oparg] as Ref, v as Ref) < 0) break dispatch;
              sp--;
              rc.decref(v as Ref);
              break;
            }
            case Op.SET_UPDATE: {
              v = i32[sp - 1]!;
              if (ops.setUpdate(rt, i32[sp - 1 - oparg] as Ref, v as Ref) < 0) break dispatch;
              sp--;
              rc.decref(v as Ref);
              break;
            }
            case Op.DICT_UPDATE:
            case Op.DICT_MERGE: {
              v = i32[sp - 1]!;
              if (ops.dictUpdate(rt, i32[sp - 1 - oparg] as Ref, v as Ref, (word & 0xff) === Op.DICT_MERGE, i32[sp - 3 - oparg] as Ref) < 0) break dispatch;
              sp--;
              rc.decref(v as Ref);
              break;
            }
            case Op.LIST_TO_TUPLE: {
              l = i32[sp - 1]!;
              i32[sp - 1] = ops.listToTuple(rt, l as Ref);
              rc.decref(l as Ref);
              break;
            }
            case Op.UNPACK_SEQUENCE: {
              seq = i32[sp - 1]!;
              if ((seq & 1) === 0 && i32[seq >> 2] === rt.tTuple && i32[(seq >> 2) + TUPLE_SIZE_WORD] === oparg) {
                // an exact tuple of the right size (immutable: no lock without the GIL)
                w = (seq >> 2) + TUPLE_ITEMS_WORD;
                for (i = 0; i < oparg; i++) {
                  v = i32[w + i]!;
                  rc.incref(v as Ref);
                  i32[sp + oparg - 2 - i] = v;
                }
                sp += oparg - 1;
                rc.decref(seq as Ref);
                break;
              }
              if (ops.unpackSequence(rt, seq as Ref, oparg, sp - 1) < 0) break dispatch;
              sp += oparg - 1;
              rc.decref(seq as Ref);
              break;
            }
            case Op.UNPACK_EX: {
              seq = i32[sp - 1]!;
              n = (oparg & 0xff) + (oparg >> 8) + 1;
              if (ops.unpackEx(rt, seq as Ref, oparg & 0xff, oparg >> 8, sp - 1) < 0) break dispatch;
              sp += n - 1;
              rc.decref(seq as Ref);
              break;
            }
            case Op.GET_ITER: {
              v = i32[sp - 1]!;
              it = ops.getIterStepwise(rt, v as Ref);
              if (it === 0) break dispatch;
              // a range iterator made just now for this loop: FOR_ITER steps it unchecked
              if (it !== v) rangeIterMakePrivate(rt, it as Ref);
              i32[sp - 1] = it;
              rc.decref(v as Ref);
              break;
            }
            case Op.FOR_ITER: {
              below = sp - 1; // the stack once the iterator is popped (the exhausted path's)
              it = i32[below]!;
              itType = i32[it >> 2]!;
              kind = i32[(itType + TP_KIND) >> 2]!;
              // a stack-private range iterator (its IT_AUX2 is the step, objects/iter.ts): only
              // this stack holds it, so a plain store steps it, with or without the GIL. A
              // shared one (step 0 there: `it = iter(range(n))`) takes the generic way below,
              // which steps it atomically when other threads may hold it.
              v = 0;
              if (kind === Kind.RANGE_ITER && (step = i32[(it + IT_AUX2) >> 2]!) !== 0) {
                cur = i32[(it + IT_INDEX) >> 2]!;
                if (step > 0 ? cur < i32[(it + IT_AUX) >> 2]! : cur > i32[(it + IT_AUX) >> 2]!) {
                  i32[(it + IT_INDEX) >> 2] = cur + step;
                  v = (cur << 1) | 1;
                }
              } else if (kind === Kind.LIST_ITER && !noGil) {
                l = i32[(it + IT_SEQ) >> 2]!;
                if (l !== 0) {
                  idx = i32[(it + IT_INDEX) >> 2]!;
                  if (idx < i32[(l + LIST_SIZE) >> 2]!) {
                    v = i32[(i32[(l + LIST_ITEMS) >> 2]! >> 2) + idx]!;
                    rc.incref(v as Ref);
                    idx++;
                  } else idx = 0x3fffffff;
                  // at the end, a position past any list's end, so that an iterator that
                  // outlives the loop stays exhausted when the list grows, as CPython's
                  // (objects/iter.ts exhaust); one store for both ways (a store that
                  // never ran deoptimised the loop at the first end: "JIT warm-up")
                  i32[(it + IT_INDEX) >> 2] = idx;
                }
              } else if (kind === Kind.GENERATOR) {
                genFp = ops.generatorEnter(rt, it as Ref, None);
                if (genFp < 0) break dispatch;
                if (genFp > 0) {
                  i32[fp + FR_IP] = ip - 1; // resume at FOR_ITER: the yielded value arrives on the stack
                  i32[fp + FR_SP] = sp - fp;
                  i32[genFp + FR_BACK] = fp;
                  i32[ts + (TS_FRAME >> 2)] = genFp;
                  i32[ts + (TS_DEPTH >> 2)]!++;
                  fp = genFp;
                  codeRef = i32[fp + FR_CODE]!;
                  code = (codeRef >> 2) + CO_INSNS_WORD;
                  consts = (i32[(codeRef + CO_CONSTS) >> 2]! >> 2) + TUPLE_ITEMS_WORD;
                  names = (i32[(codeRef + CO_NAMES) >> 2]! >> 2) + TUPLE_ITEMS_WORD;
                  lp = fp + FRAME_HEADER_WORDS;
                  ip = i32[fp + FR_IP]!;
                  sp = fp + i32[fp + FR_SP]!;
                  i32[sp++] = None; // the value sent in
                  break;
                }
                // genFp === 0: exhausted
              } else if (kind === Kind.MAP && !noGil && (genFp = ops.callIterEnter(rt, it as Ref, fp, ip, sp)) !== 0) {
                // iter(callable, sentinel) with a Python callable: its frame runs on this
                // activation (vm/frame.ts FRF_CALLITER); RETURN_VALUE or the unwind ends the step
                if (genFp < 0) break dispatch;
                fp = genFp;
                codeRef = i32[fp + FR_CODE]!;
                code = (codeRef >> 2) + CO_INSNS_WORD;
                consts = (i32[(codeRef + CO_CONSTS) >> 2]! >> 2) + TUPLE_ITEMS_WORD;
                names = (i32[(codeRef + CO_NAMES) >> 2]! >> 2) + TUPLE_ITEMS_WORD;
                lp = fp + FRAME_HEADER_WORDS;
                ip = 0;
                sp = fp + i32[fp + FR_SP]!;
                break;
              } else {
                if ((kind === Kind.ENUMERATE || kind === Kind.ZIP || kind === Kind.DICT_ITEMITER) && !noGil && !exactSlices && budget > 0 &&
                    i32[code + ip] === ((2 << 8) | Op.UNPACK_SEQUENCE) && (w = ops.forIterPair(rt, it as Ref, kind, sp)) !== 0) {
                  // `for i, x in enumerate(list)`, `for a, b in zip(list, list)`, `for k, v in
                  // d.items()`: the pair's two items pushed as UNPACK_SEQUENCE 2 would leave
                  // them, that instruction skipped (and counted), no tuple (evalhelpers.ts
                  // forIterPair)
                  sp = w;
                  ip++;
                  budget--;
                  break;
                }
                v = noGil ? critical.iterNextLocked(rt, it as Ref) : ops.iterNext(rt, it as Ref);
                // (the exception word first: read at every step, it has V8's type feedback
                // when a loop first ends)
                if (i32[ts + (TS_CUREXC >> 2)] !== 0 && v === 0) break dispatch;
              }
              // One tail for every iterator kind, so that the first loop's run gives V8 this
              // code's type feedback for all of them. The exhausted path has only moves, and
              // its release is the next value's, so that the first loop to end after a
              // TurboFan compile does not throw the compiled loop away ("insufficient type
              // feedback": module comment, "JIT warm-up").
              if (v !== 0) {
                // the next value: straight into the loop variable when its STORE_FAST comes
                // next (also the first half of a STORE_FAST__* superinstruction, whose second
                // word then runs as itself), not in a debugger's one-instruction slice
                w = i32[code + ip]!;
                t = w & 0xff;
                if ((t === Op.STORE_FAST || t === Op.STORE_FAST__LOAD_FAST || t === Op.STORE_FAST__STORE_FAST) && budget > 0) {
                  budget--;
                  ip++;
                  old = i32[lp + (w >>> 8)]!;
                  i32[lp + (w >>> 8)] = v;
                } else {
                  i32[sp++] = v;
                  old = NULL;
                }
              } else {
                // exhausted: pop the iterator, jump
                sp = below;
                old = it;
                ip = oparg;
              }
              rc.decref(old as Ref);
              break;
            }
            case Op.JUMP_FORWARD:
            case Op.JUMP_BACKWARD:
            case Op.JUMP_BACKWARD_NO_INTERRUPT:
              ip = oparg;
              break;
            case Op.POP_JUMP_IF_FALSE: {
              v = i32[--sp]!;
              if (v === False || v === None) ip = oparg;
              else if (v !== True) {
                b = ops.truth(rt, v as Ref);
                if (b < 0) { sp++; break dispatch; }
                rc.decref(v as Ref);
                if (b === 0) ip = oparg;
              }
              break;
            }
            case Op.POP_JUMP_IF_TRUE: {
              v = i32[--sp]!;
              if (v === True) ip = oparg;
              else if (v !== False && v !== None) {
                b = ops.truth(rt, v as Ref);
                if (b < 0) { sp++; break dispatch; }
                rc.decref(v as Ref);
                if (b === 1) ip = oparg;
              }
              break;
            }
            case Op.POP_JUMP_IF_NONE: {
              v = i32[--sp]!;
              if (v === None) ip = oparg;
              else rc.decref(v as Ref);
              break;
            }
            case Op.POP_JUMP_IF_NOT_NONE: {
              v = i32[--sp]!;
              if (v !== None) {
                ip = oparg;
                rc.decref(v as Ref);
              }
              break;
            }
            case Op.JUMP_IF_FALSE_OR_POP:
            case Op.JUMP_IF_TRUE_OR_POP: {
              v = i32[sp - 1]!;
              if (v === True) b = 1;
              else if (v === False || v === None) b = 0;
              else {
                b = ops.truth(rt, v as Ref);
                if (b < 0) break dispatch;
              }
              if ((b === 1) === ((word & 0xff) === Op.JUMP_IF_TRUE_OR_POP)) ip = oparg;
              else {
                sp--;
                rc.decref(v as Ref);
              }
              break;
            }
            case Op.CALL:
            case Op.CALL_KW: {
              kwnames = 0;
              if ((word & 0xff) === Op.CALL_KW) kwnames = i32[--sp]!;
              base = sp - oparg - 2; // [callable-or-method, NULL-or-self, args...]
              callable = i32[base]!;
              tpcall = 0; // 1: an instance's Python __call__ (a FRF_TPCALL frame, two levels)
              if (callable === 0) {
                callable = i32[base + 1]!;
                if ((callable & 1) === 0 && i32[(i32[callable >> 2]! + TP_KIND) >> 2] === Kind.BOUND_METHOD) {
                  // unpack a bound method into the method form
                  f = i32[(callable + BM_FUNC) >> 2]!;
                  self = i32[(callable + BM_SELF) >> 2]!;
                  rc.incref(f as Ref);
                  rc.incref(self as Ref);
                  i32[base] = f;
                  i32[base + 1] = self;
                  rc.decref(callable as Ref);
                  callable = f;
                  args = base + 1;
                  total = oparg + 1;
                } else if ((callable & 1) === 0 && (i32[(i32[callable >> 2]! + TP_FLAGS) >> 2]! & TPF_HEAPTYPE) !== 0 &&
                           (i32[base] = ops.pythonCallMethod(rt, callable as Ref)) !== 0) {
                  // an instance whose class has a Python __call__ (evalhelpers.ts
                  // pythonCallMethod): the method form [__call__, instance, args...], run
                  // inline below as a function call
                  callable = i32[base]!;
                  rc.incref(callable as Ref);
                  args = base + 1;
                  total = oparg + 1;
                  tpcall = 1;
                } else {
                  args = base + 2;
                  total = oparg;
                }
              } else {
                args = base + 1;
                total = oparg + 1;
              }
              ckind = (callable & 1) === 1 ? Kind.INT : i32[(i32[callable >> 2]! + TP_KIND) >> 2]!;
              inst = 0;
              if (ckind === Kind.TYPE && callable === rt.kindTypes[Kind.SUPER] && total === 0 && kwnames === 0 && budget > 0 &&
                  ((w = i32[code + ip]!) & 0xff) === Op.LOAD_METHOD && (f = ops.superMethod(rt, fp, i32[names + (w >>> 8)]! as Ref)) !== 0) {
                // super().name: the method form [function, self] of the LOAD_METHOD that
                // follows, without the super object (evalhelpers.ts superMethod), both
                // instructions done
                self = initOut[1]!;
                rc.incref(f as Ref);
                rc.incref(self as Ref);
                i32[base] = f;
                i32[base + 1] = self;
                rc.decref(callable as Ref);
                sp = base + 2;
                ip++;
                budget--;
                break;
              }
              if (ckind === Kind.TYPE && args === base + 2 && (inst = allocInstanceForInit(rt, callable as Ref, initOut)) !== 0) {
                // a class whose __new__ is object's and whose __init__ is a Python function
                // (objects/typecall.ts): [NULL, cls, args...] becomes [__init__, instance,
                // args...] and runs as the function call below, in an FRF_INIT frame (two
                // recursion levels, as the type call and the frame in CPython) that returns
                // FR_INIT_SELF. The stack's reference to the class is dropped (the instance
                // holds one); the stack owns the new instance's reference.
                initFn = initOut[0]!;
                rc.incref(initFn as Ref);
                i32[base] = initFn;
                i32[base + 1] = inst;
                rc.decref(callable as Ref);
                callable = initFn;
                args = base + 1;
                total = oparg + 1;
                tpcall = 1;
                ckind = Kind.FUNCTION;
              }
              if (ckind === Kind.FUNCTION) {
                if (i32[ts + (TS_DEPTH >> 2)]! + tpcall >= i32[(rt.interp >> 2) + 3]!) { // sys.getrecursionlimit() (interp.ts IS_RECURSION_LIMIT)
                  raiseRecursion(rt, tpcall !== 0 && i32[ts + (TS_DEPTH >> 2)]! >= rt.recursionLimit);
                  ops.releaseCallArgs(rt, base, sp, kwnames as Ref);
                  sp = base;
                  break dispatch;
                }
                fcode = i32[(callable + FN_CODE) >> 2]!;
                if (kwnames === 0 && (i32[(fcode + CO_FLAGS) >> 2]! & (CO_VARARGS | CO_VARKEYWORDS)) === 0 &&
                    i32[(fcode + CO_KWONLY) >> 2] === 0 &&
                    ((n = i32[(fcode + CO_ARGCOUNT) >> 2]! - total) === 0 ||
                     (n > 0 && (d = i32[(callable + FN_DEFAULTS) >> 2]!) !== 0 && n <= i32[(d >> 2) + TUPLE_SIZE_WORD]!))) {
                  // Fast path: the arguments move from the stack into the new frame, pushed
                  // by bumping the data-stack top (only the header words not written below
                  // and the non-argument locals need zeroing: the value stack is never read
                  // above sp). Stores, not a loop over the header: ~10% of a method call.
                  // The n positional parameters not given take the last n defaults.
                  words = i32[(fcode + CO_FRAMEWORDS) >> 2]!;
                  top = i32[ts + (TS_DS_TOP >> 2)]!;
                  if (top + words <= i32[ts + (TS_DS_END >> 2)]!) {
                    newFp = top;
                    i32[ts + (TS_DS_TOP >> 2)] = top + words;
                    i32[top + FR_LOCALS] = 0;
                    i32[top + FR_IP] = 0;
                    i32[top + FR_FLAGS] = 0;
                    i32[top + FR_INIT_SELF] = 0;
                    i32[top + FR_GEN] = 0;
                    i32[top + FRAME_HEADER_WORDS - 1] = 0;
                    zeroEnd = top + FRAME_HEADER_WORDS + i32[(fcode + CO_NLOCALSPLUS) >> 2]!;
                    for (z = top + FRAME_HEADER_WORDS + total; z < zeroEnd; z++) i32[z] = 0;
                  } else newFp = dataStackPush(rt, words);
                  i32[newFp + FR_CODE] = fcode;
                  i32[newFp + FR_FUNC] = callable; // the stack's reference moves
                  i32[newFp + FR_GLOBALS] = i32[(callable + FN_GLOBALS) >> 2]!;
                  i32[newFp + FR_BUILTINS] = i32[(callable + FN_BUILTINS) >> 2]!;
                  i32[newFp + FR_SP] = FRAME_HEADER_WORDS + i32[(fcode + CO_NLOCALSPLUS) >> 2]!;
                  nlp = newFp + FRAME_HEADER_WORDS;
                  for (i = 0; i < total; i++) i32[nlp + i] = i32[args + i]!;
                  if (n !== 0) {
                    d = (d >> 2) + TUPLE_ITEMS_WORD + i32[(d >> 2) + TUPLE_SIZE_WORD]! - n;
                    for (i = 0; i < n; i++) {
                      v = i32[d + i]!;
                      rc.incref(v as Ref);
                      i32[nlp + total + i] = v;
                    }
                  }
                  if (args !== base + 1) i32[base + 1] = 0; // the NULL slot
                } else {
                  newFp = frameForCall(rt, callable as Ref, args, total, kwnames as Ref);
                  ops.releaseCallArgs(rt, base, sp, kwnames as Ref);
                  if (newFp === 0) {
                    sp = base;
                    break dispatch;
                  }
                }
                sp = base;
                i32[fp + FR_IP] = ip;
                i32[fp + FR_SP] = sp - fp;
                i32[newFp + FR_BACK] = fp;
                if (tpcall !== 0) {
                  if (inst === 0) i32[newFp + FR_FLAGS]! |= FRF_TPCALL;
                  else {
                    // the class call's frame (above): it owns a second reference, its result
                    i32[newFp + FR_FLAGS]! |= FRF_INIT;
                    rc.incref(inst as Ref);
                    i32[newFp + FR_INIT_SELF] = inst;
                  }
                }
                i32[ts + (TS_FRAME >> 2)] = newFp;
                i32[ts + (TS_DEPTH >> 2)]! += 1 + tpcall;
                fp = newFp;
                codeRef = fcode;
                code = (codeRef >> 2) + CO_INSNS_WORD;
                consts = (i32[(codeRef + CO_CONSTS) >> 2]! >> 2) + TUPLE_ITEMS_WORD;
                names = (i32[(codeRef + CO_NAMES) >> 2]! >> 2) + TUPLE_ITEMS_WORD;
                lp = fp + FRAME_HEADER_WORDS;
                ip = 0;
                sp = fp + i32[fp + FR_SP]!;
                break;
              }
              if (ckind === Kind.TYPE && inst === 0 && i32[ts + (TS_CUREXC >> 2)] !== 0) {
                // allocInstanceForInit raised (nothing else in the class-call check above can)
                ops.releaseCallArgs(rt, base, sp, kwnames as Ref);
                sp = base;
                break dispatch;
              }
              i32[fp + FR_IP] = ip;
              i32[fp + FR_SP] = sp - fp;
              // a built-in called at the recursion limit (evalhelpers.ts builtinCallAtRecursionLimit)
              if (i32[ts + (TS_DEPTH >> 2)]! + 1 >= i32[(rt.interp >> 2) + 3]! && ops.builtinCallAtRecursionLimit(rt, callable as Ref, ckind)) {
                ops.releaseCallArgs(rt, base, sp, kwnames as Ref);
                sp = base;
                break dispatch;
              }
              // a module's function has its module as __self__ (not an argument, vm/call.ts)
              if (ckind === Kind.BUILTIN_FUNCTION && ((self = i32[(callable + BF_SELF) >> 2]!) === 0 || i32[(i32[self >> 2]! + TP_KIND) >> 2] === Kind.MODULE)) {
                idx = i32[(callable + BF_INDEX) >> 2]!;
                r = 0;
                if (kwnames === 0 && total !== 0) {
                  // natives.ts INLINE_NATIVES: the common cases here, the rest by the native
                  a = i32[args]!;
                  if (idx === INLINE_NATIVES.len && total === 1) {
                    if ((a & 1) === 0) {
                      t = i32[a >> 2]!;
                      if (t === rt.tList) r = (i32[(a + LIST_SIZE) >> 2]! << 1) | 1;
                      else if (t === rt.tTuple) r = (i32[(a >> 2) + TUPLE_SIZE_WORD]! << 1) | 1;
                      else if (t === rt.tStr) r = (strCodePointLen(rt, a as Ref) << 1) | 1;
                      else if (t === rt.tDict) r = (i32[(a + DICT_USED) >> 2]! << 1) | 1;
                    }
                  } else if (idx === INLINE_NATIVES.isinstance && total === 2) {
                    // a class whose metaclass is type, and x's class is it or a subclass (a
                    // False answer takes the native: x.__class__, tuples of classes)
                    b = i32[args + 1]!;
                    if ((b & 1) === 0 && i32[b >> 2] === rt.tType) {
                      t = (a & 1) === 1 ? rt.tInt : i32[a >> 2]!;
                      if (t === b || isSubtype(rt, t as Ref, b as Ref)) r = True;
                    }
                  }
                }
                if (r === 0) r = noGil ? critical.callNativeLocked(rt, idx, args, total, kwnames as Ref) : callNative(idx, rt, args, total, kwnames as Ref);
              }
              else if (ckind === Kind.BUILTIN_FUNCTION && args === base + 2) {
                // a bound built-in method (random.random, d.get): __self__ is the native's first
                // argument, put in the callable's slot for the call (counted: the stack holds
                // what it shows), then the stack as it was (the release below; a retry)
                rc.incref(self as Ref);
                i32[base + 1] = self;
                r = noGil ? critical.callNativeLocked(rt, i32[(callable + BF_INDEX) >> 2]!, base + 1, total + 1, kwnames as Ref) : callNative(i32[(callable + BF_INDEX) >> 2]!, rt, base + 1, total + 1, kwnames as Ref);
                i32[base + 1] = callable;
                rc.decref(self as Ref);
              }
              else if (ckind === Kind.METHOD_DESCRIPTOR && total > 0 && kwnames === 0 && (i32[args]! & 1) === 0 &&
                       i32[i32[args]! >> 2] === i32[(callable + MD_TYPE) >> 2]) {
                // a built-in method called on an instance of exactly its type (list.append ...)
                idx = i32[(callable + MD_INDEX) >> 2]!;
                if (idx === INLINE_NATIVES.listAppend && total === 2 && !noGil) {
                  listAppend(rt, i32[args] as Ref, i32[args + 1] as Ref);
                  r = None;
                } else r = noGil ? critical.callNativeLocked(rt, idx, args, total, NULL) : callNative(idx, rt, args, total, NULL);
              } else r = callVector(rt, callable as Ref, args, total, kwnames as Ref);
              if (r === RETRY_CALL) {
                // a blocking native parked the thread (vm/blocking.ts): re-execute this CALL
                i32[fp + FR_IP] = ip - 1;
                i32[fp + FR_SP] = sp - fp + (kwnames !== 0 ? 1 : 0);
                budget++; // this instruction re-executes: not counted
                exitStatus = EVAL_BLOCKED;
                break evalActivation;
              }
              if (r === REDIRECT_CALL) {
                // a built-in handed its work to a lib/_iterconsume.py function whose frame it
                // pushed (vm/redirect.ts): the call's stack words released, that frame runs
                // as a Python function called here would, its result the call's
                newFp = takeRedirectFrame(rt);
                ops.releaseCallArgs(rt, base, sp, kwnames as Ref);
                sp = base;
                i32[fp + FR_SP] = sp - fp;
                i32[newFp + FR_BACK] = fp;
                i32[ts + (TS_FRAME >> 2)] = newFp;
                if ((i32[newFp + FR_FLAGS]! & FRF_NO_LEVEL) === 0) i32[ts + (TS_DEPTH >> 2)]!++;
                fp = newFp;
                codeRef = i32[fp + FR_CODE]!;
                code = (codeRef >> 2) + CO_INSNS_WORD;
                consts = (i32[(codeRef + CO_CONSTS) >> 2]! >> 2) + TUPLE_ITEMS_WORD;
                names = (i32[(codeRef + CO_NAMES) >> 2]! >> 2) + TUPLE_ITEMS_WORD;
                lp = fp + FRAME_HEADER_WORDS;
                ip = 0;
                sp = fp + i32[fp + FR_SP]!;
                break;
              }
              if (kwnames === 0 && !noGil) {
                // the call's stack words released here (releaseCallArgs' loop with the GIL
                // build's decref written out: a count above 1 drops in place, the last
                // reference goes through rc.decref)
                for (p = base; p < sp; p++) {
                  v = i32[p]!;
                  if ((v & 1) === 0 && v !== 0) {
                    c = i32[(v + OB_REF_LOCAL) >> 2]!;
                    if (c > 1) {
                      if (c < IMMORTAL_REFCNT) i32[(v + OB_REF_LOCAL) >> 2] = c - 1;
                    } else rc.decref(v as Ref);
                  }
                }
              } else ops.releaseCallArgs(rt, base, sp, kwnames as Ref);
              sp = base;
              if (r === 0) break dispatch;
              i32[sp++] = r;
              if (rt.switchPending && i32[ts + (TS_NESTED >> 2)] === 0) {
                // the call started a thread: end the outermost slice here (Runtime.switchPending)
                i32[fp + FR_IP] = ip;
                i32[fp + FR_SP] = sp - fp;
                exitStatus = EVAL_YIELDED;
                break evalActivation;
              }
              break;
            }
            case Op.CALL_FUNCTION_EX: {
              kwargs = (oparg & 1) === 1 ? i32[--sp]! : 0;
              callargs = i32[sp - 1]!;
              func = i32[sp - 2]!;
              below = i32[sp - 3]!;
              i32[fp + FR_IP] = ip;
              i32[fp + FR_SP] = sp - fp;
              // a Python function: its frame runs inline, as CALL's (evalhelpers.ts frameForCallEx)
              exFp = ops.frameForCallEx(rt, func as Ref, callargs as Ref, kwargs as Ref);
              if (exFp !== -1) {
                rc.decref(kwargs as Ref);
                rc.decref(callargs as Ref);
                rc.decref(func as Ref);
                rc.decref(below as Ref);
                sp -= 3;
                if (exFp === 0) break dispatch;
                i32[fp + FR_SP] = sp - fp;
                i32[exFp + FR_BACK] = fp;
                i32[ts + (TS_FRAME >> 2)] = exFp;
                i32[ts + (TS_DEPTH >> 2)]! += (i32[exFp + FR_FLAGS]! & FRF_TPCALL) === 0 ? 1 : 2;
                fp = exFp;
                codeRef = i32[fp + FR_CODE]!;
                code = (codeRef >> 2) + CO_INSNS_WORD;
                consts = (i32[(codeRef + CO_CONSTS) >> 2]! >> 2) + TUPLE_ITEMS_WORD;
                names = (i32[(codeRef + CO_NAMES) >> 2]! >> 2) + TUPLE_ITEMS_WORD;
                lp = fp + FRAME_HEADER_WORDS;
                ip = 0;
                sp = fp + i32[fp + FR_SP]!;
                break;
              }
              r = ops.callFunctionEx(rt, func as Ref, callargs as Ref, kwargs as Ref);
              if (r === RETRY_CALL) {
                // a blocking built-in parked the thread (call.ts callWithTupleDict, retryable):
                // re-execute this instruction, its operands still on the stack
                i32[fp + FR_IP] = ip - 1;
                i32[fp + FR_SP] = sp - fp + (oparg & 1);
                budget++; // this instruction re-executes: not counted
                exitStatus = EVAL_BLOCKED;
                break evalActivation;
              }
              rc.decref(kwargs as Ref);
              rc.decref(callargs as Ref);
              rc.decref(func as Ref);
              rc.decref(below as Ref);
              sp -= 3;
              if (r === 0) break dispatch;
              i32[sp++] = r;
              if (rt.switchPending && i32[ts + (TS_NESTED >> 2)] === 0) {
                // the call started a thread: end the outermost slice here (Runtime.switchPending)
                i32[fp + FR_IP] = ip;
                i32[fp + FR_SP] = sp - fp;
                exitStatus = EVAL_YIELDED;
                break evalActivation;
              }
              break;
            }
            case Op.MAKE_FUNCTION: {
              sp = ops.makeFunction(rt, fp, sp, oparg);
              break;
            }
            case Op.RETURN_VALUE: {
              retval = i32[--sp]!;
              flags = i32[fp + FR_FLAGS]!;
              if ((flags & FRF_GEN) !== 0) {
                // generator returns: the generator object keeps the finished frame
                i32[fp + FR_SP] = sp - fp;
                ops.generatorReturn(rt, fp);
              } else {
                // release locals (the value stack is empty at a return)
                nlp = i32[(codeRef + CO_NLOCALSPLUS) >> 2]!;
                for (p = lp, end = lp + nlp; p < end; p++) {
                  v = i32[p]!;
                  if (v !== 0) rc.decref(v as Ref);
                }
                rc.decref(i32[fp + FR_FUNC] as Ref);
                lm = i32[fp + FR_LOCALS]!;
                if (lm !== 0) rc.decref(lm as Ref);
              }
              back = i32[fp + FR_BACK]!;
              i32[ts + (TS_FRAME >> 2)] = back;
              i32[ts + (TS_DEPTH >> 2)]! -= (flags & (FRF_TWO_LEVELS | FRF_NO_LEVEL)) === 0 ? 1 : (flags & FRF_NO_LEVEL) !== 0 ? 0 : 2;
              result = retval;
              if ((flags & FRF_INIT) !== 0) {
                self = i32[fp + FR_INIT_SELF]!;
                i32[fp + FR_INIT_SELF] = 0;
                if (retval !== None) {
                  rc.decref(self as Ref);
                  ops.initReturnedNonNone(rt, retval as Ref);
                  rc.decref(retval as Ref);
                  if ((flags & FRF_ENTRY) !== 0) {
                    if ((flags & FRF_GEN) === 0) dataStackPop(rt, fp);
                    exitStatus = EVAL_ERROR;
                    break evalActivation;
                  }
                  if ((flags & FRF_GEN) === 0) dataStackPop(rt, fp);
                  fp = back;
                  codeRef = i32[fp + FR_CODE]!;
                  code = (codeRef >> 2) + CO_INSNS_WORD;
                  consts = (i32[(codeRef + CO_CONSTS) >> 2]! >> 2) + TUPLE_ITEMS_WORD;
                  names = (i32[(codeRef + CO_NAMES) >> 2]! >> 2) + TUPLE_ITEMS_WORD;
                  lp = fp + FRAME_HEADER_WORDS;
                  ip = i32[fp + FR_IP]!;
                  sp = fp + i32[fp + FR_SP]!;
                  break dispatch;
                }
                result = self;
              }
              if ((flags & FRF_GEN) !== 0 && (flags & FRF_ENTRY) === 0) {
                // a generator driven by FOR_ITER/SEND finished: StopIteration semantics
                ops.genStoreReturn(rt, fp, result as Ref);
                result = ops.GEN_DONE;
              } else if ((flags & FRF_GEN) === 0) {
                // pop the frame: a bump down unless it is the first frame of its chunk
                if (fp !== (i32[ts + (TS_DS_CHUNK >> 2)]! >> 2) + DS_CHUNK_HEADER_WORDS) i32[ts + (TS_DS_TOP >> 2)] = fp;
                else dataStackPop(rt, fp);
              }
              if ((flags & FRF_ENTRY) !== 0) {
                exitResult = result;
                exitStatus = EVAL_FINISHED;
                break evalActivation;
              }
              fp = back;
              codeRef = i32[fp + FR_CODE]!;
              code = (codeRef >> 2) + CO_INSNS_WORD;
              consts = (i32[(codeRef + CO_CONSTS) >> 2]! >> 2) + TUPLE_ITEMS_WORD;
              names = (i32[(codeRef + CO_NAMES) >> 2]! >> 2) + TUPLE_ITEMS_WORD;
              lp = fp + FRAME_HEADER_WORDS;
              ip = i32[fp + FR_IP]!;
              sp = fp + i32[fp + FR_SP]!;
              if (result === ops.GEN_DONE) {
                // back in FOR_ITER (re-executed): pop the iterator and jump past the loop
                w = i32[code + ip]!;
                if ((w & 0xff) === Op.FOR_ITER) {
                  it = i32[--sp]!;
                  rc.decref(it as Ref);
                  ip = w >>> 8;
                } else {
                  // SEND: the return value was stored by generatorReturn
                  ip = ops.sendFinished(rt, sp - 2, w >>> 8);
                  sp--;
                }
                break;
              }
              if ((flags & (FRF_DISCARD | FRF_BINOP | FRF_CMPOP | FRF_CALLITER)) === 0) i32[sp++] = result;
              else if ((flags & FRF_DISCARD) !== 0) rc.decref(result as Ref); // a property setter's (STORE_ATTR)
              else if ((flags & FRF_CALLITER) !== 0) {
                // FOR_ITER's inline call of an iter(callable, sentinel) (vm/frame.ts FRF_CALLITER):
                // the iterator is on top; the sentinel ends the loop as FOR_ITER's exhausted path
                result = callIterResult(rt, i32[sp - 1] as Ref, result as Ref);
                if (result !== 0) i32[sp++] = result;
                else if (i32[ts + (TS_CUREXC >> 2)] !== 0) break dispatch;
                else {
                  rc.decref(i32[--sp] as Ref);
                  ip = i32[code + ip - 1]! >>> 8;
                }
              } else {
                // a binary operator's or comparison's method (BINARY_OP, COMPARE_OP): its
                // operands are below on this stack
                sp -= 2;
                a = i32[sp]!;
                b = i32[sp + 1]!;
                if (result === rt.NotImplemented) {
                  rc.decref(result as Ref);
                  if ((flags & FRF_BINOP) !== 0) {
                    ops.binaryOpUnsupported(rt, a as Ref, b as Ref, i32[code + ip - 1]! >>> 8);
                    result = 0;
                  } else result = ops.compareAfterNotImplemented(rt, a as Ref, b as Ref, i32[code + ip - 1]! >>> 8);
                  if (result === 0) {
                    rc.decref(a as Ref);
                    rc.decref(b as Ref);
                    break dispatch;
                  }
                }
                rc.decref(a as Ref);
                rc.decref(b as Ref);
                i32[sp++] = result;
              }
              break;
            }
            case Op.LOAD_BUILD_CLASS: {
              v = ops.loadBuildClass(rt, fp);
              if (v === 0) break dispatch;
              i32[sp++] = v;
              break;
            }
            case Op.SETUP_ANNOTATIONS: {
              if (ops.setupAnnotations(rt, fp) < 0) break dispatch;
              break;
            }
            case Op.RAISE_VARARGS: {
              i32[fp + FR_IP] = ip;
              r = ops.doRaise(rt, sp, oparg);
              sp -= oparg;
              if (r === 1) reraise = true;
              break dispatch;
            }
            case Op.RERAISE: {
              // The handler lookup uses RERAISE's own offset, as CPython's INSTR_OFFSET();
              // the saved lasti under the exception only sets the frame's line in CPython.
              exc = i32[--sp]!;
              ops.restoreRaised(rt, exc as Ref);
              reraise = true;
              break dispatch;
            }
            case Op.PUSH_EXC_INFO: {
              exc = i32[sp - 1]!;
              prev = i32[ts + (TS_EXC_INFO >> 2)]!;
              if (prev === 0) prev = None;
              // a generator's frame counts its open handlers (objects/generator.ts GEN_FLAGS).
              // Its first saves the generator's own state, None, not its resumer's exception
              // that the thread shows meanwhile (generator.ts excStateEnter): CPython saves
              // gi_exc_state. Saved, the resumer's went back into force at the POP_EXCEPT of a
              // later resumption, in another context, and stayed the generator's.
              if ((i32[fp + FR_FLAGS]! & FRF_GEN) !== 0) {
                gen = i32[fp + FR_GEN]!;
                if (i32[(gen + GEN_FLAGS) >> 2]! < GEN_HANDLER_UNIT && prev !== None
                    && prev === i32[(gen + GEN_EXC_PREV) >> 2]!) {
                  rc.decref(prev as Ref); // the thread's count of the resumer's
                  prev = None;
                }
                i32[(gen + GEN_FLAGS) >> 2]! += GEN_HANDLER_UNIT;
              }
              i32[sp - 1] = prev;
              rc.incref(exc as Ref);
              i32[ts + (TS_EXC_INFO >> 2)] = exc;
              i32[sp++] = exc;
              break;
            }
            case Op.POP_EXCEPT: {
              v = i32[--sp]!;
              old = i32[ts + (TS_EXC_INFO >> 2)]!;
              if ((i32[fp + FR_FLAGS]! & FRF_GEN) !== 0) {
                gen = i32[fp + FR_GEN]!;
                i32[(gen + GEN_FLAGS) >> 2]! -= GEN_HANDLER_UNIT;
                // its last handler closed: the thread shows its resumer's exception again
                if (v === None && i32[(gen + GEN_FLAGS) >> 2]! < GEN_HANDLER_UNIT && (prev = i32[(gen + GEN_EXC_PREV) >> 2]!) !== 0) {
                  v = prev;
                  rc.incref(v as Ref);
                }
              }
              i32[ts + (TS_EXC_INFO >> 2)] = v;
              rc.decref(old as Ref);
              break;
            }
            case Op.CHECK_EXC_MATCH: {
              right = i32[sp - 1]!;
              r = ops.checkExcMatch(rt, i32[sp - 2] as Ref, right as Ref);
              if (r < 0) break dispatch;
              i32[sp - 1] = r ? True : False;
              rc.decref(right as Ref);
              break;
            }
            case Op.LOAD_ASSERTION_ERROR: {
              i32[sp++] = rt.exc.AssertionError!;
              break;
            }
            case Op.BEFORE_WITH: {
              mgr = i32[sp - 1]!;
              i32[fp + FR_IP] = ip;
              r = ops.beforeWith(rt, mgr as Ref, sp - 1);
              if (r < 0) break dispatch;
              if (i32[sp] === RETRY_CALL) {
                // __enter__ was a blocking native that parked the thread: re-execute BEFORE_WITH
                rc.decref(i32[sp - 1] as Ref);
                i32[sp - 1] = mgr;
                i32[fp + FR_IP] = ip - 1;
                i32[fp + FR_SP] = sp - fp;
                budget++; // this instruction re-executes: not counted
                exitStatus = EVAL_BLOCKED;
                break evalActivation;
              }
              sp++;
              rc.decref(mgr as Ref);
              break;
            }
            case Op.WITH_EXCEPT_START: {
              r = ops.withExceptStart(rt, i32[sp - 4] as Ref, i32[sp - 1] as Ref);
              if (r === 0) break dispatch;
              i32[sp++] = r;
              break;
            }
            case Op.IMPORT_NAME: {
              fromlist = i32[--sp]!;
              level = i32[sp - 1]!;
              r = ops.importName(rt, fp, i32[names + oparg] as Ref, fromlist as Ref, level as Ref);
              rc.decref(fromlist as Ref);
              if (r === 0) break dispatch;
              i32[sp - 1] = r;
              rc.decref(level as Ref);
              break;
            }
            case Op.IMPORT_FROM: {
              r = ops.importFrom(rt, i32[sp - 1] as Ref, i32[names + oparg] as Ref);
              if (r === 0) break dispatch;
              i32[sp++] = r;
              break;
            }
            case Op.IMPORT_STAR: {
              m = i32[sp - 1]!;
              if (ops.importStar(rt, fp, m as Ref) < 0) break dispatch;
              sp--;
              rc.decref(m as Ref);
              break;
            }
            case Op.FORMAT_VALUE: {
              spec = (oparg & 4) !== 0 ? i32[--sp]! : 0;
              v = i32[sp - 1]!;
              r = ops.formatValue(rt, v as Ref, oparg & 3, spec as Ref);
              rc.decref(spec as Ref);
              if (r === 0) break dispatch;
              i32[sp - 1] = r;
              rc.decref(v as Ref);
              break;
            }
            case Op.PRINT_EXPR: {
              v = i32[--sp]!;
              r = ops.printExpr(rt, v as Ref);
              rc.decref(v as Ref);
              if (r < 0) break dispatch;
              break;
            }
            case Op.RETURN_GENERATOR: {
              i32[fp + FR_IP] = ip;
              i32[fp + FR_SP] = sp - fp;
              flags = i32[fp + FR_FLAGS]!;
              self = 0;
              if ((flags & FRF_INIT) !== 0) {
                // an __init__ with `yield`, called by a class call: the instance is not the
                // generator's to keep (CPython: "__init__() should return None, not 'generator'")
                self = i32[fp + FR_INIT_SELF]!;
                i32[fp + FR_INIT_SELF] = 0;
                i32[fp + FR_FLAGS] = flags & ~FRF_INIT;
              }
              gen = ops.makeGenerator(rt, fp);
              back = i32[fp + FR_BACK]!;
              i32[ts + (TS_FRAME >> 2)] = back;
              i32[ts + (TS_DEPTH >> 2)]! -= (flags & FRF_TWO_LEVELS) === 0 ? 1 : 2;
              dataStackPop(rt, fp);
              if (self !== 0) {
                rc.decref(self as Ref);
                ops.initReturnedNonNone(rt, gen as Ref);
                rc.decref(gen as Ref);
                gen = 0;
              }
              if ((flags & FRF_ENTRY) !== 0) {
                exitResult = gen;
                exitStatus = gen === 0 ? EVAL_ERROR : EVAL_FINISHED;
                break evalActivation;
              }
              fp = back;
              codeRef = i32[fp + FR_CODE]!;
              code = (codeRef >> 2) + CO_INSNS_WORD;
              consts = (i32[(codeRef + CO_CONSTS) >> 2]! >> 2) + TUPLE_ITEMS_WORD;
              names = (i32[(codeRef + CO_NAMES) >> 2]! >> 2) + TUPLE_ITEMS_WORD;
              lp = fp + FRAME_HEADER_WORDS;
              ip = i32[fp + FR_IP]!;
              sp = fp + i32[fp + FR_SP]!;
              if (gen === 0) break dispatch;
              i32[sp++] = gen;
              break;
            }
            case Op.YIELD_VALUE: {
              v = i32[--sp]!;
              i32[fp + FR_IP] = ip;
              i32[fp + FR_SP] = sp - fp;
              flags = i32[fp + FR_FLAGS]!;
              // the frame is unlinked before the generator is marked suspended: with
              // --no-gil another thread may resume it as soon as it is (generatorSuspend)
              back = i32[fp + FR_BACK]!;
              i32[fp + FR_BACK] = 0;
              if ((flags & FRF_ENTRY) !== 0) i32[fp + FR_FLAGS] = flags & ~FRF_ENTRY;
              ops.generatorSuspend(rt, fp);
              i32[ts + (TS_FRAME >> 2)] = back;
              i32[ts + (TS_DEPTH >> 2)]!--;
              if ((flags & FRF_ENTRY) !== 0) {
                exitResult = v;
                exitStatus = EVAL_FINISHED;
                break evalActivation;
              }
              fp = back;
              codeRef = i32[fp + FR_CODE]!;
              code = (codeRef >> 2) + CO_INSNS_WORD;
              consts = (i32[(codeRef + CO_CONSTS) >> 2]! >> 2) + TUPLE_ITEMS_WORD;
              names = (i32[(codeRef + CO_NAMES) >> 2]! >> 2) + TUPLE_ITEMS_WORD;
              lp = fp + FRAME_HEADER_WORDS;
              ip = i32[fp + FR_IP]!;
              sp = fp + i32[fp + FR_SP]!;
              // resumed at FOR_ITER or SEND: skip it, the value is the next item
              w = i32[code + ip]!;
              if ((w & 0xff) === Op.SEND) {
                old = i32[sp - 1]!;
                i32[sp - 1] = v; // replace the sent value with the yielded one
                rc.decref(old as Ref);
              } else i32[sp++] = v;
              ip++;
              break;
            }
            case Op.GET_YIELD_FROM_ITER: {
              v = i32[sp - 1]!;
              it = ops.getYieldFromIter(rt, v as Ref);
              if (it === 0) break dispatch;
              i32[sp - 1] = it;
              rc.decref(v as Ref);
              break;
            }
            case Op.SEND: {
              v = i32[sp - 1]!;
              recv = i32[sp - 2]!;
              kindR = (recv & 1) === 1 ? Kind.INT : i32[(i32[recv >> 2]! + TP_KIND) >> 2]!;
              if (kindR === Kind.GENERATOR || kindR === Kind.COROUTINE) {
                genFp = ops.generatorEnter(rt, recv as Ref, v as Ref);
                if (genFp < 0) break dispatch;
                if (genFp > 0) {
                  i32[fp + FR_IP] = ip - 1;
                  i32[fp + FR_SP] = sp - fp;
                  i32[genFp + FR_BACK] = fp;
                  i32[ts + (TS_FRAME >> 2)] = genFp;
                  i32[ts + (TS_DEPTH >> 2)]!++;
                  fp = genFp;
                  codeRef = i32[fp + FR_CODE]!;
                  code = (codeRef >> 2) + CO_INSNS_WORD;
                  consts = (i32[(codeRef + CO_CONSTS) >> 2]! >> 2) + TUPLE_ITEMS_WORD;
                  names = (i32[(codeRef + CO_NAMES) >> 2]! >> 2) + TUPLE_ITEMS_WORD;
                  lp = fp + FRAME_HEADER_WORDS;
                  ip = i32[fp + FR_IP]!;
                  sp = fp + i32[fp + FR_SP]!;
                  rc.incref(v as Ref);
                  i32[sp++] = v;
                  break;
                }
                ip = ops.sendFinished(rt, sp - 2, oparg);
                sp--;
                break;
              }
              r = isAwaitableKind(kindR) ? coro.awaitableSend(rt, recv as Ref, v as Ref) : ops.sendOther(rt, recv as Ref, v as Ref);
              if (r === 0) {
                if (i32[ts + (TS_CUREXC >> 2)] !== 0 && !ops.takeStopIteration(rt, sp - 2)) break dispatch;
                rc.decref(v as Ref);
                sp--;
                ip = oparg;
                break;
              }
              i32[sp - 1] = r;
              rc.decref(v as Ref);
              break;
            }
            case Op.CLEANUP_THROW: {
              exc = i32[sp - 1]!;
              if (!ops.isStopIteration(rt, exc as Ref)) {
                sp--;
                ops.restoreRaised(rt, exc as Ref);
                reraise = true;
                break dispatch;
              }
              value = ops.stopIterationValue(rt, exc as Ref);
              rc.decref(i32[sp - 1] as Ref);
              rc.decref(i32[sp - 2] as Ref);
              rc.decref(i32[sp - 3] as Ref);
              sp -= 3;
              i32[sp++] = value;
              break;
            }
            // ---- coroutines (objects/coroutine.ts)
            case Op.GET_AWAITABLE: {
              v = i32[sp - 1]!;
              it = coro.getAwaitable(rt, v as Ref, oparg);
              if (it === 0) break dispatch;
              i32[sp - 1] = it;
              rc.decref(v as Ref);
              break;
            }
            case Op.GET_AITER: {
              v = i32[sp - 1]!;
              it = coro.getAIter(rt, v as Ref);
              if (it === 0) break dispatch;
              i32[sp - 1] = it;
              rc.decref(v as Ref);
              break;
            }
            case Op.GET_ANEXT: {
              aw = coro.getANext(rt, i32[sp - 1] as Ref);
              if (aw === 0) break dispatch;
              i32[sp++] = aw;
              break;
            }
            case Op.END_ASYNC_FOR: {
              exc = i32[--sp]!;
              if (coro.isStopAsyncIteration(rt, exc as Ref)) {
                rc.decref(exc as Ref);
                rc.decref(i32[--sp] as Ref);
                break;
              }
              ops.restoreRaised(rt, exc as Ref);
              reraise = true;
              break dispatch;
            }
            case Op.BEFORE_ASYNC_WITH: {
              mgr = i32[sp - 1]!;
              if (ops.beforeWith(rt, mgr as Ref, sp - 1, true) < 0) break dispatch;
              sp++;
              rc.decref(mgr as Ref);
              break;
            }
            case Op.ASYNC_GEN_WRAP:
              coro.asyncGenWrap(rt, fp);
              break;
            default:
              ops.unsupportedOpcode(rt, word & 0xff);
              break dispatch;
          }
        }
      } catch (e) {
        if (!(e instanceof HeapExhausted) && !isJSAllocationFailure(e)) {
          i32[fp + FR_IP] = ip;
          i32[fp + FR_SP] = sp - fp;
          throw e;
        }
        ops.raiseMemoryError(rt);
        reraise = false;
      }

      // ------------------------------------------------------------ unwind
      exc = i32[ts + (TS_CUREXC >> 2)]!;
      if (exc === 0) {
        raiseTypeError(rt, 'error return without exception set');
        continue;
      }
      if (!reraise) ops.tracebackHere(rt, exc as Ref, codeRef as Ref, ip - 1);
      reraise = false;
      for (;;) {
        e = ops.findHandler(rt, codeRef as Ref, ip - 1);
        if (e >= 0) {
          nlp = i32[(codeRef + CO_NLOCALSPLUS) >> 2]!;
          target = lp + nlp + i32[e + 3]!;
          while (sp > target) rc.decref(i32[--sp] as Ref);
          if (i32[e + 4] !== 0) i32[sp++] = ((ip - 1) << 1) | 1;
          i32[sp++] = i32[ts + (TS_CUREXC >> 2)]!;
          i32[ts + (TS_CUREXC >> 2)] = 0;
          ip = i32[e + 2]!;
          break;
        }
        // no handler: the frame is done
        flags = i32[fp + FR_FLAGS]!;
        i32[fp + FR_SP] = sp - fp;
        if ((flags & FRF_GEN) !== 0) ops.generatorFailed(rt, fp);
        else ops.frameReleaseIntoTraceback(rt, fp);
        if ((flags & FRF_INIT) !== 0) {
          rc.decref(i32[fp + FR_INIT_SELF] as Ref);
          i32[fp + FR_INIT_SELF] = 0;
        }
        back = i32[fp + FR_BACK]!;
        i32[ts + (TS_FRAME >> 2)] = back;
        i32[ts + (TS_DEPTH >> 2)]! -= (flags & (FRF_TWO_LEVELS | FRF_NO_LEVEL)) === 0 ? 1 : (flags & FRF_NO_LEVEL) !== 0 ? 0 : 2;
        if ((flags & FRF_GEN) === 0) dataStackPop(rt, fp);
        if ((flags & FRF_ENTRY) !== 0) {
          exitStatus = EVAL_ERROR;
          break evalActivation;
        }
        fp = back;
        codeRef = i32[fp + FR_CODE]!;
        code = (codeRef >> 2) + CO_INSNS_WORD;
        consts = (i32[(codeRef + CO_CONSTS) >> 2]! >> 2) + TUPLE_ITEMS_WORD;
        names = (i32[(codeRef + CO_NAMES) >> 2]! >> 2) + TUPLE_ITEMS_WORD;
        lp = fp + FRAME_HEADER_WORDS;
        ip = i32[fp + FR_IP]!;
        sp = fp + i32[fp + FR_SP]!;
        if ((flags & FRF_GEN) !== 0) {
          // the generator raised into FOR_ITER / SEND: StopIteration from inside becomes RuntimeError (PEP 479)
          ops.genRaisedIntoCaller(rt);
          if ((i32[code + ip]! & 0xff) === Op.FOR_ITER || (i32[code + ip]! & 0xff) === Op.SEND) ip++;
        } else if ((flags & FRF_CALLITER) !== 0 && callIterStopped(rt, i32[sp - 1] as Ref)) {
          // StopIteration out of an iter(callable, sentinel)'s inline call ends its loop:
          // pop the iterator, jump past the loop (FOR_ITER's operand), run on
          rc.decref(i32[--sp] as Ref);
          ip = i32[code + ip - 1]! >>> 8;
          break;
        }
        ops.tracebackHere(rt, i32[ts + (TS_CUREXC >> 2)] as Ref, codeRef as Ref, ip - 1);
      }
    }
    // The one exit (see the module comment, "JIT warm-up"): every way out shares these
    // instructions' type feedback, which the first slice of a run gives them (run.ts
    // FIRST_SLICE); the result word is written on every exit, with its own value unless the
    // activation finished.
    countInstructions(i32, ts, startBudget - budget);
    i32[ts + (TS_RESULT >> 2)] = exitStatus === EVAL_FINISHED ? exitResult : i32[ts + (TS_RESULT >> 2)]!;
    return exitStatus;
  };
}

/** Adds the instructions run by one evalLoop call to the thread's exact counter. */
function countInstructions(i32: Int32Array, ts: number, n: number): void {
  if (n <= 0) return;
  const lo = (i32[ts + (TS_INSTR_LO >> 2)]! >>> 0) + n;
  i32[ts + (TS_INSTR_LO >> 2)] = lo | 0;
  if (lo > 0xffffffff) i32[ts + (TS_INSTR_HI >> 2)]!++;
}

registerEvalLoop(evalLoop);
registerGeneratorEval(evalLoop);

export { FR_GEN, FR_LOCALS, CO_EXC_WORD, CO_NEXC, exceptionNewFromString };
