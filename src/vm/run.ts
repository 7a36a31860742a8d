/*
 * Running a program: the API the CLI calls.
 *
 *   runCode(code, options) -> { exitCode, stdout?, stderr? }
 *   runMain(code, options) -> exit code (output to fds 1 and 2)
 *
 * Creates an interpreter (vm/interp.ts), loads the module's CodeObject into the heap,
 * pushes the module frame (FRF_ENTRY) on the main thread's data stack and calls the eval
 * loop with a budget of `sliceInstructions` until it finishes: the place where the
 * threads issue's scheduler will sit. Exit codes as CPython: 0, 1 for an uncaught
 * exception (traceback on stderr), SystemExit's code, and 70 for an internal fault
 * (`gilvm: internal error: <what>` plus the Python traceback where it happened; the JS
 * stack only with GILVM_DEBUG=1).
 *
 * The CLI's runs are `interruptible`: between two slices, once every ~20 ms, the run turns
 * the event loop so that a SIGINT handler runs, and Ctrl-C raises KeyboardInterrupt in a
 * single-threaded program as in a threaded one (where the supervisor handles it).
 *
 * Between two slices the loop is at a safe point (no native half-way through its work, no
 * JS activation holding a borrowed ref): the automatic cycle collection runs there
 * (objects/gcsupport.ts gcSafePoint), so slices are short (20,000 instructions by default).
 * Collections are not automatic inside nested loops (native code calling Python).
 *
 * --check-refs (`checkRefs`): after the program ended and its output was flushed (and
 * after `onExit`, which tests use to inspect or tamper with the heap), the interpreter is
 * torn down (vm/interp.ts finalizeInterpreter: module dicts, sys.modules, thread state,
 * final collections) and every object still live that is not immortal is a leak:
 *   gilvm: --check-refs: N objects leaked:
 *     TYPE: COUNT            (one line per type, sorted by type name)
 * on stderr, and the exit code becomes 70 (EXIT_INTERNAL_ERROR). A clean run prints
 * nothing more and keeps the program's exit code. No audit after an internal error (the
 * heap is not in a state that can be torn down).
 */
import type { Ref } from '../heap/layout.js';
import type { CodeObject } from '../compiler/code.js';
import { createInterpreter, finalizeInterpreter } from './interp.js';
import { setScriptPath } from '../modules/sys.js';
import { gcSafePoint, leakReport } from '../objects/gcsupport.js';
import { gcIsEnabled } from '../modules/gc.js';
import type { Runtime } from './runtime.js';
import { HeapExhausted } from './runtime.js';
import { evalLoop, EVAL_ERROR, EVAL_FINISHED, EVAL_YIELDED } from './eval.js';
import { EVAL_BLOCKED } from './blocking.js';
import { runScheduled, setThreadRunOptions, startMainEpilogue, threadsPending, type ThreadRunOptions } from './threads.js';
import { RunState } from './scheduler.js';
import { DEFAULT_SWITCH_INTERVAL } from './switch-interval.js';
import { formatStatsTable, type RunStats } from './stats.js';
import { writeFileSync } from 'node:fs';
import { FR_CODE, FR_IP, FR_BACK } from './frame.js';
import { TS_FRAME, TS_RESULT, TS_CUREXC } from './threadstate.js';
import { outputDiscard, outputFlush, outputWrite } from './output.js';
import { decref } from './refs.js';
import { clearError, currentError, fetchError, setRaised } from './errors.js';
import { exitCodeOfSystemExit, reportUncaughtException, runUnraisable } from './traceback.js';
/** Re-exported for the REPL (cli/repl.ts). */
export { exitCodeOfSystemExit };
import { clearMainAtExit } from '../objects/finalizer.js';
import { terminateDaemonChildren } from '../modules/_multiprocessing.js';
import { runAtexitCallbacks } from '../modules/atexit-native.js';
import { loadCode, CO_FILENAME, CO_NAME, codeLineAt } from '../objects/code.js';
import { dictNew, dictSetItem, dictGetStr } from '../objects/dict.js';
import { internJS } from '../objects/intern.js';
import { strToJS } from '../objects/str.js';
import { isSubtype } from '../objects/type.js';
import { kindOf, typeOf } from '../objects/object.js';
import { getAttr, isTrue } from '../objects/abstract.js';
import { call0 } from './call.js';
import { MOD_DICT } from '../objects/method.js';
import { Kind } from '../objects/kinds.js';
import { exceptionNewNoArgs } from '../objects/exceptions.js';

import { EXIT_INTERNAL_ERROR, noteUnhandledKeyboardInterrupt } from './exit-codes.js';
export { EXIT_INTERNAL_ERROR };

export interface RunOptions {
  argv?: string[];
  /** Heap limit in bytes (--max-heap). */
  maxHeap?: number;
  /** Capture output in the result instead of writing to fds 1 and 2 (tests). */
  capture?: boolean;
  /** Instructions per eval-loop call (the future switch interval). */
  sliceInstructions?: number;
  recursionLimit?: number;
  /** Called with the runtime after the program ended (tests: heap audits), before --check-refs's teardown. */
  onExit?: (rt: Runtime) => void;
  /** --check-refs: tear down, collect, report live non-immortal objects, exit 70 if any. */
  checkRefs?: boolean;
  /** The CLI's runs: Ctrl-C raises KeyboardInterrupt in a single-threaded program too (runInterruptible). */
  interruptible?: boolean;
  /** Threads (issue 5): --workers, --switch-interval, --stats, --trace. */
  threads?: ThreadRunOptions;
  /**
   * A forked multiprocessing child (vm/mp-child.ts): run on this Runtime, attached to a copy
   * of the parent's heap (vm/fork.ts), in a namespace of its own: sys.modules['__main__'] and
   * sys.path stay the parent's. Its end is os._exit's: no __main__ teardown, no __del__ at
   * exit and no --check-refs audit (the parent's other frames are never unwound in the copy).
   */
  forked?: Runtime;
}

export interface RunResult {
  exitCode: number;
  stdout: string;
  stderr: string;
  /** Instructions executed by the main thread. */
  instructions: number;
  /** With checkRefs: the leaked objects (total and [type name, count] sorted by name). */
  leaks?: { total: number; byType: [string, number][] };
}

/** The Python stack of the thread, innermost last, for internal-error reports. */
function pythonStack(rt: Runtime): string {
  const i32 = rt.i32;
  const entries: string[] = [];
  for (let fp = i32[(rt.ts + TS_FRAME) >> 2]!; fp !== 0; fp = i32[fp + FR_BACK]!) {
    const code = i32[fp + FR_CODE] as Ref;
    const line = codeLineAt(rt, code, i32[fp + FR_IP]! - 1);
    entries.push(`  File "${strToJS(rt, i32[(code + CO_FILENAME) >> 2] as Ref)}", line ${line}, in ${strToJS(rt, i32[(code + CO_NAME) >> 2] as Ref)}\n`);
  }
  if (entries.length === 0) return '';
  return 'Traceback (most recent call last):\n' + entries.reverse().join('');
}

/** A single-threaded run that is interruptible turns the event loop at least this often. */
const TURN_EVENT_LOOP_MS = 20;
/** The longest wait on a timer while a time.sleep runs (runInterruptible): how late a Ctrl-C may be seen. */
const SLEEP_STEP_MS = 50;

/** What a run carries from its first slice to its end. */
interface MainRun {
  rt: Runtime;
  options: RunOptions;
  slice: number;
  startedNs: number;
  startedCpu: NodeJS.CpuUsage;
  globals: Ref;
  status: number;
  /** A SIGINT came since the last slice (interruptible runs). */
  interrupted: boolean;
}

/**
 * Runs a module's code object. Single-threaded programs finish synchronously, unless
 * `interruptible` (the CLI: the run turns the event loop every ~20 ms so that Ctrl-C
 * raises KeyboardInterrupt); a program that starts a thread continues on the executors.
 * Either way the result is then a promise.
 */
export function runProgram(code: CodeObject, options: RunOptions = {}): RunResult | Promise<RunResult> {
  const rt = options.forked ?? createInterpreter({ maxHeap: options.maxHeap, argv: options.argv, recursionLimit: options.recursionLimit, noGil: options.threads?.noGil === true });
  if (options.capture) rt.capture = { out: '', err: '' };
  const run: MainRun = {
    rt, options, slice: options.sliceInstructions ?? 20_000,
    startedNs: Number(process.hrtime.bigint()), startedCpu: process.cpuUsage(), globals: 0 as Ref, status: EVAL_FINISHED, interrupted: false,
  };
  // installed before the first slice: with no listener, a SIGINT would kill the process
  const onSigint = (): void => {
    run.interrupted = true;
  };
  if (options.interruptible) {
    process.on('SIGINT', onSigint);
    // before the first slice, which may run on to the program's first time.sleep: a
    // blocking sleep there never saw a Ctrl-C (runInterruptible clears it at the end)
    rt.eventLoopSleeps = true;
  }
  // _thread.interrupt_main(): as a SIGINT, and the slice ends after that call (eval.ts)
  rt.onInterruptMain = (): void => {
    run.interrupted = true;
    rt.switchPending = true;
  };
  try {
    startMain(run, code);
    if (options.interruptible) return runInterruptible(run, onSigint);
    // Single-threaded until the program starts a thread: then the switch to the scheduler
    // happens at this outermost slice boundary (vm/threads.ts).
    while (mainGoesOn(run)) run.status = nextMainSlice(run, takeInterrupted(run));
  } catch (e) {
    process.off('SIGINT', onSigint);
    rt.eventLoopSleeps = false;
    return finishRun(rt, options, reportInternalError(rt, e), true);
  }
  return endMain(run);
}

/**
 * The first slice's budget: one instruction, so the slice ends at the module's first switch
 * point (its first call or loop, a few instructions in). The eval loop's exit and its
 * slice-end test then have V8 type feedback before V8 first optimises the loop; without it,
 * the first slice end or the first return of a nested activation after that compile threw
 * the optimised loop away (a deopt for insufficient feedback, and a recompile of tens of
 * milliseconds while the loop ran in V8's interpreter). Nothing a program can see: slices
 * are the scheduler's, and no thread runs yet.
 */
const FIRST_SLICE = 1;

/** Loads the module, makes __main__ and runs the first slice. */
function startMain(run: MainRun, code: CodeObject): void {
  const rt = run.rt;
  const codeRef = loadCode(rt, code);
  const globals = dictNew(rt);
  run.globals = globals;
  // CPython's names, in its order (dir(), list(globals())): __loader__ and __spec__ are None
  // here (gilvm has no importlib), __annotations__ the module's annotations dict
  dictSetItem(rt, globals, rt.names.__name__, internJS(rt, '__main__'));
  dictSetItem(rt, globals, rt.names.__doc__, rt.None);
  dictSetItem(rt, globals, internJS(rt, '__package__'), rt.None);
  dictSetItem(rt, globals, internJS(rt, '__loader__'), rt.None);
  dictSetItem(rt, globals, internJS(rt, '__spec__'), rt.None);
  const annotations = dictNew(rt);
  dictSetItem(rt, globals, rt.names.__annotations__, annotations);
  decref(rt, annotations);
  dictSetItem(rt, globals, rt.names.__builtins__, dictGetStr(rt, rt.modules, rt.names.builtins));
  // `-c CODE` runs without a __file__, as in CPython (a script, and stdin as '<stdin>', have one)
  if (code.filename !== '<string>') {
    dictSetItem(rt, globals, rt.names.__file__, internJS(rt, code.filename));
    dictSetItem(rt, globals, internJS(rt, '__cached__'), rt.None);
  }
  if (run.options.forked === undefined) {
    const main = moduleFor(rt, globals);
    dictSetItem(rt, rt.modules, internJS(rt, '__main__'), main);
    decref(rt, main);
    if (!code.filename.startsWith('<')) setScriptPath(rt, code.filename);
  }
  pushModuleFrame(rt, codeRef as Ref, globals, true);
  setThreadRunOptions(rt, run.options.threads ?? {});
  run.status = evalLoop(rt, FIRST_SLICE);
}

/** The main thread has more to run on this JS thread (it has not ended nor started a thread). */
function mainGoesOn(run: MainRun): boolean {
  return (run.status === EVAL_YIELDED || run.status === EVAL_BLOCKED) && !threadsPending(run.rt);
}

/** Whether an interrupt came since the last slice (clearing it). */
function takeInterrupted(run: MainRun): boolean {
  const interrupted = run.interrupted;
  run.interrupted = false;
  return interrupted;
}

/** One more slice of the single-threaded run, from a safe point; `interrupt`: Ctrl-C came. */
function nextMainSlice(run: MainRun, interrupt: boolean): number {
  const rt = run.rt;
  // set only by interrupt_main's hook here: no thread is pending (mainGoesOn)
  rt.switchPending = false;
  if (run.status === EVAL_BLOCKED && !rt.eventLoopSleeps) throw new Error('a native blocked outside scheduler mode');
  if (gcIsEnabled(rt)) gcSafePoint(rt);
  if (!interrupt) return evalLoop(rt, run.slice);
  raiseKeyboardInterrupt(rt);
  return evalLoop(rt, run.slice, true);
}

/**
 * Ctrl-C between two slices: KeyboardInterrupt raised at the instruction about to run
 * (the unwind's lasti is FR_IP - 1), so its line is the traceback's and its handler
 * catches it, as in CPython. The REPL does the same (cli/repl.ts).
 */
export function raiseKeyboardInterrupt(rt: Runtime): void {
  const fp = rt.i32[(rt.ts + TS_FRAME) >> 2]!;
  if (fp !== 0) rt.i32[fp + FR_IP]!++;
  setRaised(rt, exceptionNewNoArgs(rt, rt.exc.KeyboardInterrupt!));
}

/**
 * The CLI's single-threaded run: slices as above, and between two of them, once every
 * TURN_EVENT_LOOP_MS of wall time, one turn of the event loop, so that a SIGINT handler
 * runs (a JS thread running the eval loop never sees a signal otherwise). A Ctrl-C
 * becomes a KeyboardInterrupt at the next slice boundary. A native that blocks this JS
 * thread (time.sleep, input) delays it until it returns.
 */
async function runInterruptible(run: MainRun, onSigint: () => void): Promise<RunResult> {
  const rt = run.rt;
  rt.eventLoopSleeps = true;
  try {
    let lastTurn = Date.now();
    while (mainGoesOn(run)) {
      if (run.status === EVAL_BLOCKED) {
        await sleepOnEventLoop(rt, () => run.interrupted);
        lastTurn = Date.now();
      } else if (Date.now() - lastTurn >= TURN_EVENT_LOOP_MS) {
        await new Promise((resume) => setImmediate(resume));
        lastTurn = Date.now();
      }
      const interrupt = run.interrupted;
      run.interrupted = false;
      run.status = nextMainSlice(run, interrupt);
    }
  } catch (e) {
    return finishRun(run.rt, run.options, reportInternalError(run.rt, e), true);
  } finally {
    rt.eventLoopSleeps = false;
    rt.sleepFrame = 0;
    process.off('SIGINT', onSigint); // the scheduler's supervisor has its own from here on
  }
  return endMain(run);
}

/**
 * A time.sleep that returned "blocked" (modules/time.ts, with Runtime.eventLoopSleeps): its
 * CALL runs again once the deadline has passed, waited for here on the event loop in short
 * steps so that a Ctrl-C (`interrupted()`) ends it at once; then the sleep is forgotten, and
 * the caller raises KeyboardInterrupt at the call.
 */
export async function sleepOnEventLoop(rt: Runtime, interrupted: () => boolean): Promise<void> {
  for (;;) {
    if (interrupted()) {
      rt.sleepFrame = 0;
      return;
    }
    const leftMs = (rt.sleepUntil - Number(process.hrtime.bigint())) / 1e6;
    if (leftMs <= 0) return;
    await new Promise((resume) => setTimeout(resume, Math.min(leftMs, SLEEP_STEP_MS)));
  }
}

/** After the single-threaded part: its outcome, then the threads' run if it started any. */
function endMain(run: MainRun): RunResult | Promise<RunResult> {
  const { rt, options, startedNs, startedCpu, status } = run;
  rt.onInterruptMain = null;
  let exitCode = 0;
  let threaded = false;
  let mainStillRunning = false;
  try {
    if (threadsPending(rt)) {
      threaded = true;
      mainStillRunning = status === EVAL_YIELDED || status === EVAL_BLOCKED;
    }
    const i32 = rt.i32;
    if (status === EVAL_FINISHED) {
      decref(rt, i32[(rt.ts + TS_RESULT) >> 2]!);
      i32[(rt.ts + TS_RESULT) >> 2] = 0;
    } else if (status === EVAL_ERROR) {
      const exc = currentError(rt);
      if (isSubtype(rt, typeOf(rt, exc), rt.exc.SystemExit!)) {
        exitCode = exitCodeOfSystemExit(rt, exc);
        decref(rt, fetchError(rt));
      } else {
        // an uncaught KeyboardInterrupt ends the process as CPython's does: status 130 (its
        // run_eval_code_obj compares the exact type: a subclass exits with 1)
        const interrupted = typeOf(rt, exc) === rt.exc.KeyboardInterrupt!;
        const owned = fetchError(rt);
        const hookExit = reportUncaughtException(rt, owned); // through sys.excepthook (vm/traceback.ts)
        decref(rt, owned);
        exitCode = hookExit ?? (interrupted ? 130 : 1);
        if (interrupted && (hookExit ?? null) === null) noteUnhandledKeyboardInterrupt();
      }
    }
    if (!threaded) decref(rt, run.globals);
  } catch (e) {
    return finishRun(rt, options, reportInternalError(rt, e), true);
  }
  if (threaded) {
    if (options.capture) throw new Error('a program that starts threads needs runMain (output to fds 1 and 2)');
    // its atexit callbacks run on in the threads' run (vm/threads.ts startMainEpilogue)
    if (!mainStillRunning) {
      try {
        mainStillRunning = startMainEpilogue(rt);
      } catch (e) {
        return finishRun(rt, options, reportInternalError(rt, e), true);
      }
    }
    return runScheduled(rt, !mainStillRunning, exitCode).then(
      ({ outcome, mainExit, osExit }) => {
        decref(rt, run.globals);
        const code = outcome.state === RunState.DONE ? mainExit : outcome.exitCode;
        if (options.threads?.statsJsonPath) writeStatsJson(options.threads.statsJsonPath, outcome.stats, code, startedNs, startedCpu);
        // os._exit in a thread: the process ends now, nothing torn down (no __del__, no audit)
        if (osExit) return finishRun(rt, { ...options, checkRefs: false }, code, true);
        return finishRun(rt, options, code, false);
      },
      (e: unknown) => {
        let report = `gilvm: internal error: ${e instanceof Error ? e.message : String(e)}\n`;
        if (process.env.GILVM_DEBUG === '1' && e instanceof Error && e.stack) report += e.stack + '\n';
        outputWrite(rt, 2, report);
        return finishRun(rt, options, EXIT_INTERNAL_ERROR, true);
      },
    );
  }
  if (options.threads?.stats || options.threads?.statsJsonPath) {
    // no thread was started: the table has the main thread alone, run on the main JS thread
    outputFlush(rt);
    const instructions = (rt.i32[(rt.ts + 60) >> 2]! >>> 0) * 4294967296 + (rt.i32[(rt.ts + 56) >> 2]! >>> 0);
    const wallNs = Number(process.hrtime.bigint()) - startedNs;
    const stats: RunStats = {
      gil: options.threads.noGil !== true, workers: 1, switchInterval: options.threads.switchInterval ?? DEFAULT_SWITCH_INTERVAL, wallNs, startupNs: 0,
      threads: [{ tid: 1, name: 'MainThread', daemon: false, status: 'finished', instructions, slices: 1, gilAcquisitions: 1, holdNs: wallNs, waitNs: 0, blockedNs: 0 }],
      executors: [{ executor: 0, slices: 1, gilTakes: 1, handovers: 0, gilWaitNs: 0, busyNs: wallNs, idleNs: 0 }],
    };
    if (options.threads.stats) outputWrite(rt, 2, formatStatsTable(stats));
    if (options.threads.statsJsonPath) writeStatsJson(options.threads.statsJsonPath, stats, exitCode, startedNs, startedCpu);
  }
  if (options.threads?.tracePath) {
    // no thread was started: the trace has the run's start, the main thread and the exit
    const end = Math.round(Number(process.hrtime.bigint()) - startedNs);
    const si = options.threads.switchInterval ?? DEFAULT_SWITCH_INTERVAL;
    writeFileSync(options.threads.tracePath,
      `{"seq":0,"ts":0,"ex":-1,"ev":"start","workers":0,"gil":true,"switch_interval":${si}}\n` +
      `{"seq":1,"ts":0,"ex":-1,"ev":"thread","tid":1,"name":"MainThread","daemon":false}\n` +
      `{"seq":2,"ts":${end},"ex":-1,"ev":"exit","code":${exitCode},"state":"done"}\n`);
  }
  return finishRun(rt, options, exitCode, false);
}

/** A fault inside the VM: `gilvm: internal error: <what>` and the Python stack; the exit code. */
function reportInternalError(rt: Runtime, e: unknown): number {
  let what: string;
  if (e instanceof HeapExhausted) what = 'out of memory outside the interpreter loop';
  else if (e instanceof RangeError && /call stack/.test(e.message)) what = 'JS stack exhausted';
  else what = e instanceof Error ? `${e.name === 'Error' ? '' : e.name + ': '}${e.message}` : String(e);
  let stack = '';
  try {
    stack = pythonStack(rt);
  } catch {
    stack = '';
  }
  try {
    outputFlush(rt);
  } catch {
    // the buffer itself may be what failed
  }
  let report = `gilvm: internal error: ${what}\n${stack}`;
  if (process.env.GILVM_DEBUG === '1' && e instanceof Error && e.stack) report += e.stack + '\n';
  outputWrite(rt, 2, report);
  return EXIT_INTERNAL_ERROR;
}

/**
 * --stats-json FILE: `{ exitCode, programWallNs, cpuUserUs, cpuSystemUs, stats }`, where
 * programWallNs and the CPU times cover the whole program (from its first instruction,
 * single-threaded part included, to the end of its run; not gilvm's own start-up) and
 * `stats` is the --stats table's RunStats. gilvm compare reads it.
 */
function writeStatsJson(path: string, stats: RunStats, exitCode: number, startedNs: number, startedCpu: NodeJS.CpuUsage): void {
  const cpu = process.cpuUsage(startedCpu);
  const programWallNs = Number(process.hrtime.bigint()) - startedNs;
  writeFileSync(path, JSON.stringify({ exitCode, programWallNs, cpuUserUs: cpu.user, cpuSystemUs: cpu.system, stats }) + '\n');
}

/**
 * CPython's flush_std_files at shutdown, for a sys.stdout / sys.stderr the program replaced
 * (the interpreter's own streams are flushed by outputFlush): unless its `closed` is true,
 * its flush() is called; stdout's failure is reported as unraisable ("Exception ignored
 * in: <repr>" and the error), stderr's dropped. False when either failed: the process then
 * exits 120, as CPython's Py_FinalizeEx failing.
 */
function flushReplacedStdFiles(rt: Runtime): boolean {
  const sysMod = dictGetStr(rt, rt.modules, rt.names.sys);
  if (sysMod === 0 || kindOf(rt, sysMod) !== Kind.MODULE) return true;
  const sysDict = rt.i32[(sysMod + MOD_DICT) >> 2] as Ref;
  let ok = true;
  for (const [name, original] of [[rt.names.stdout, rt.names.__stdout__], [internJS(rt, 'stderr'), rt.names.__stderr__]] as const) {
    const stream = dictGetStr(rt, sysDict, name);
    if (stream === 0 || stream === rt.None || stream === dictGetStr(rt, sysDict, original)) continue;
    const closed = getAttr(rt, stream, internJS(rt, 'closed'));
    if (closed === 0) clearError(rt);
    else {
      const isClosed = isTrue(rt, closed);
      decref(rt, closed);
      if (isClosed < 0) clearError(rt);
      if (isClosed === 1) continue;
    }
    let failed = false;
    const flush = (): boolean => {
      const f = getAttr(rt, stream, rt.names.flush);
      const r = f === 0 ? 0 : call0(rt, f);
      if (f !== 0) decref(rt, f);
      if (r === 0) {
        failed = true;
        return false;
      }
      decref(rt, r);
      return true;
    };
    if (name === rt.names.stdout) runUnraisable(rt, stream, '<object repr() failed>', flush);
    else if (!flush()) clearError(rt);
    if (failed) ok = false;
  }
  return ok;
}

/** Output flush, onExit, --check-refs audit: the end of every run. */
function finishRun(rt: Runtime, options: RunOptions, exitCode: number, internalError: boolean): RunResult {
  if (options.forked !== undefined) {
    // os._exit: the output flushed, nothing torn down (RunOptions.forked)
    outputFlush(rt);
    options = { ...options, checkRefs: false };
  } else if (!internalError) {
    try {
      runAtexitCallbacks(rt); // atexit.register's callbacks (modules/atexit-native.ts)
    } catch {
      // the program's own outcome stands
    }
    terminateDaemonChildren(rt); // multiprocessing's exit handler (modules/_multiprocessing.ts)
    try {
      clearMainAtExit(rt); // __del__ of what __main__ still holds (objects/finalizer.ts)
    } catch {
      // the program's own outcome stands
    }
  }
  if (options.forked === undefined && !internalError && !flushReplacedStdFiles(rt) && exitCode !== EXIT_INTERNAL_ERROR) exitCode = 120;
  if (!outputFlush(rt)) {
    // stdout's reader has gone with text still buffered: CPython's shutdown report and status
    outputDiscard(rt);
    outputWrite(rt, 2, "Exception ignored in: <_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>\nBrokenPipeError: [Errno 32] Broken pipe\n");
    if (exitCode !== EXIT_INTERNAL_ERROR) exitCode = 120;
  }
  if (options.onExit) options.onExit(rt);
  let leaks: RunResult['leaks'];
  if (options.checkRefs && !internalError) {
    try {
      finalizeInterpreter(rt);
      leaks = leakReport(rt);
      if (leaks.total > 0) {
        const lines = leaks.byType.map(([name, count]) => `  ${name}: ${count}\n`).join('');
        outputWrite(rt, 2, `gilvm: --check-refs: ${leaks.total} objects leaked:\n${lines}`);
        exitCode = EXIT_INTERNAL_ERROR;
      }
    } catch (e) {
      let report = `gilvm: internal error: during --check-refs teardown: ${e instanceof Error ? e.message : String(e)}\n`;
      if (process.env.GILVM_DEBUG === '1' && e instanceof Error && e.stack) report += e.stack + '\n';
      outputWrite(rt, 2, report);
      exitCode = EXIT_INTERNAL_ERROR;
    }
    outputFlush(rt);
  }
  void TS_CUREXC;
  const lo = rt.i32[(rt.ts + 56) >> 2]! >>> 0;
  const hi = rt.i32[(rt.ts + 60) >> 2]! >>> 0;
  return {
    exitCode,
    stdout: rt.capture?.out ?? '',
    stderr: rt.capture?.err ?? '',
    instructions: hi * 4294967296 + lo,
    leaks,
  };
}

/** runProgram for single-threaded programs (tests capture output); threads need runMain. */
export function runCode(code: CodeObject, options: RunOptions = {}): RunResult {
  const r = runProgram(code, options);
  if (r instanceof Promise) throw new Error('runCode: the program started threads; use runMain');
  return r;
}

/**
 * Runs a module code object with output on fds 1/2; returns the exit code, or a promise
 * of it when the program started threads (the run continues on worker executors).
 */
export function runMain(code: CodeObject, options: RunOptions = {}): number | Promise<number> {
  const r = runProgram(code, { ...options, capture: false });
  return r instanceof Promise ? r.then((x) => x.exitCode) : r.exitCode;
}

import { moduleNew } from '../objects/method.js';
import { pushModuleFrame } from './call.js';
function moduleFor(rt: Runtime, globals: Ref): Ref {
  return moduleNew(rt, internJS(rt, '__main__'), globals);
}
