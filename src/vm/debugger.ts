/*
 * `gilvm debug` (issue 7): the debugger engine. It owns the program's execution while a
 * session runs; src/cli/debug-command.ts owns the terminal (readline, prompt, Ctrl-C).
 *
 * Execution model (the choice this file is built on):
 *   The debugger drives every Python thread itself, on the main JS thread, one
 *   instruction at a time (evalLoop / runSlice with a budget of 1). No worker_thread is
 *   started, so a session replays exactly the same way every time, whatever --workers
 *   says (it is shown, not used): the same determinism `--workers 1` gives a normal run.
 *   - Before the program starts a thread it runs like run.ts's single-threaded mode.
 *   - The first Thread.start() switches the VM to scheduler mode (vm/threads.ts); the
 *     debugger then calls threads.ts enterDebugExecutor and becomes the run's only
 *     executor: it pops the run queue's head, runs it instruction by instruction for a
 *     slice of `switch interval` instructions (sys.setswitchinterval is honoured at every
 *     slice start), then requeues it at the tail; a thread that blocks (lock, join, sleep,
 *     queue) is parked, one that ends is finished, exactly as executor.ts does.
 *   - GIL mode: the thread whose slice runs is the GIL holder; the runnable threads in the
 *     queue are its waiters; a slice end that gives the CPU to another thread is a
 *     hand-over, printed as `[GIL: A (tid 1) -> B (tid 2): ...]` while stepping (and
 *     counted while continuing).
 *   - --no-gil: there is no holder and no hand-over. A real run would execute threads in
 *     parallel on several OS threads; the debugger interleaves them on one, round-robin,
 *     one slice each (use --switch-interval 1 for instruction-level interleaving). That is
 *     one legal interleaving of a parallel run, not a simulation of its timing.
 *   - Nested eval loops (native code calling Python: sorted(key=...), generators driven
 *     by a builtin, __repr__...) run to their end inside one instruction of the caller.
 *   - Timers (time.sleep, timeouts): when no thread is runnable the debugger sleeps until
 *     the nearest deadline, as an idle executor would.
 *
 * Stops and positions: a thread is "at" the instruction its top frame will execute next
 * (FR_IP). A line event for a thread is reached when that instruction, in the frame the
 * thread last executed in, is on another source line or jumps backwards; or when a call
 * enters a new frame at a line start (a return into the middle of the caller's line is
 * not one: the next line of the caller is). RESUME is never a stopping point; `step` and
 * `next` stop only in the debugged file (the built-in modules written in Python, such as
 * threading, have no source here: `stepi` still enters them). `step` stops at the next
 * line event of the focused thread, `next` at the next one at the same or an outer frame
 * depth, `finish` when the current frame has returned, `stepi` after one instruction of
 * the focused thread; other threads run meanwhile as the scheduler says. Breakpoints
 * (file lines) stop any thread at a line event there and move the focus to it.
 * Watchpoints compare a name's value after every instruction (identity, and the repr for
 * mutable built-in containers).
 *
 * `p EXPR` runs Python code: the expression is compiled in 'eval' mode for its errors,
 * then run as module code in a fresh frame on the focused thread's stack (nested eval
 * loop), with the frame's globals and a fresh dict of its locals (so assignments do not
 * write back, as pdb in a function frame); the thread's instruction counter is restored
 * afterwards so the statistics count only the program.
 *
 * No module-level mutable state: a Debugger instance holds the session.
 */
import { writeSync } from 'node:fs';
import { NULL, type Ref } from '../heap/layout.js';
import type { CodeObject } from '../compiler/code.js';
import { compileSource } from '../compiler/compile-source.js';
import { disassembleOne, formatInstruction } from '../compiler/dis.js';
import { parseExpression } from '../frontend/parse.js';
import { PySyntaxError } from '../frontend/errors.js';
import { Op } from '../compiler/opcode-enum.generated.js';
import type { Runtime } from './runtime.js';
import { createInterpreter } from './interp.js';
import { evalLoop, EVAL_ERROR, EVAL_FINISHED, EVAL_YIELDED } from './eval.js';
import { EVAL_BLOCKED } from './blocking.js';
import { enterDebugExecutor, extOf, EX_EXIT, setThreadRunOptions, threadsPending, type DebugExecutor } from './threads.js';
import { RunState } from './scheduler.js';
import { SliceStatus } from './executor.js';
import { SR_NEXT, SR_WAIT_KIND, THREAD_STATUS_NAMES, WAIT_KIND_NAMES, ThreadStatus } from './sched-record.js';
import { HDR_RUNQ_HEAD } from '../heap/memory.js';
import { dataStackPush } from './datastack.js';
import { runFrameNested } from './call.js';
import {
  FR_BACK, FR_BUILTINS, FR_CODE, FR_FLAGS, FR_GLOBALS, FR_IP, FR_LOCALS, FR_SP, FRAME_HEADER_WORDS, FRF_ENTRY,
  FRF_GEN, FRF_INIT,
} from './frame.js';
import { TS_CUREXC, TS_FRAME, TS_INSTR_HI, TS_INSTR_LO, TS_RESULT } from './threadstate.js';
import { outputFlush, outputWrite } from './output.js';
import { currentError, fetchError } from './errors.js';
import { exitCodeOfSystemExit, formatException, formatExceptionOnly } from './traceback.js';
import {
  loadCode, codeLineAt, CO_FILENAME, CO_FIRSTLINENO, CO_FRAMEWORDS, CO_INSNS_WORD, CO_KINDS_WORD, CO_LPNAMES, CO_NAME,
  CO_NINSNS, CO_NLOCALSPLUS, CO_QUALNAME,
} from '../objects/code.js';
import { dictNew, dictSetItem, dictGetStr, dictNextEntry, dictEntryKey, dictEntryValue } from '../objects/dict.js';
import { internJS } from '../objects/intern.js';
import { strToJS } from '../objects/str.js';
import { reprJS } from '../objects/abstract.js';
import { isSubtype } from '../objects/type.js';
import { kindOf, typeOf } from '../objects/object.js';
import { Kind } from '../objects/kinds.js';
import { moduleNew } from '../objects/method.js';
import { tupleItem } from '../objects/tuple.js';
import { CELL_REF } from '../objects/function.js';
import { CO_FAST_CELL, CO_FAST_FREE } from '../compiler/code.js';
import { gcSafePoint } from '../objects/gcsupport.js';
import { gcIsEnabled } from '../modules/gc.js';
import { pushModuleFrame } from './call.js';

export interface DebugOptions {
  /** The script's path as given on the command line (shown in every position). */
  file: string;
  source: string;
  noGil?: boolean;
  workers?: number;
  switchInterval?: number;
  /** Where the debugger's own text goes (default: fd 1, after the program's output). */
  write?: (text: string) => void;
}

interface Breakpoint {
  id: number;
  line: number;
  temporary: boolean;
  hits: number;
}

interface Watch {
  id: number;
  name: string;
  /** Thread (tid) and frame (fp) of a local; 0/0 for a global. */
  tid: number;
  fp: number;
  code: number;
  slot: number;
  last: { ref: Ref; repr: string };
}

/** Where a thread stands (for line events). */
interface Position {
  fp: number;
  ip: number;
  line: number;
}

type StepKind = 'stepi' | 'step' | 'next' | 'finish' | 'continue';

const DEBUG_VALUE_NAME = '__gilvm_debug_value__';
/** Instructions between two visits to the event loop (where Ctrl-C is seen). */
const YIELD_EVERY = 20_000;
/** Instructions per step of a `continue` with no breakpoint or watchpoint set. */
const FREE_RUN_BUDGET = 1000;
/** tick(): nothing ran, every thread waits for a timer. */
const IDLE = -1;
/** Longest sleep between two looks at Ctrl-C while every thread waits for a timer. */
const IDLE_WAIT_MS = 50;
const REPR_LIMIT = 200;

export class Debugger {
  readonly rt: Runtime;
  private readonly out: (text: string) => void;
  private readonly lines: string[];
  private readonly codeObjects = new Map<string, CodeObject>();
  private readonly linesWithCode = new Set<number>();
  private readonly mainTs: Ref;
  private readonly globals: Ref;
  private exec: DebugExecutor | null = null;
  /** The record whose slice runs now (threads phase), 0 between slices. */
  private running: Ref = 0 as Ref;
  private sliceUsed = 0;
  private sliceBudget = 0;
  /** The thread the stepping commands follow (tid). */
  focus = 1;
  private finished = false;
  exitCode = 0;
  private readonly positions = new Map<number, Position>();
  private readonly breakpoints: Breakpoint[] = [];
  /** The program's source calls breakpoint(): `continue` then runs one instruction per
   * step, so that it stops right after the call (sys.breakpointhook sets rt.breakpointState.hit). */
  private readonly mayCallBreakpoint: boolean;
  private readonly watches: Watch[] = [];
  private nextBreakId = 1;
  private handovers = 0;
  private lastHandover = '';
  /** Why the last slice ended (the reason shown with the next hand-over). */
  private lastSliceEnd = '';
  private lastHolder: Ref = 0 as Ref;
  /** Set by Ctrl-C (debug-command.ts): the running command stops at the next instruction. */
  interruptRequested = false;
  private quietHandovers = false;
  private handoversWhileQuiet = 0;
  private lastListed = 0;
  /** The run ended in a deadlock: the threads' frames are intact and can be inspected. */
  private postMortem = false;

  constructor(module: CodeObject, private readonly options: DebugOptions) {
    this.out = options.write ?? ((text) => void writeSync(1, text));
    this.lines = options.source.split(/\r\n|\r|\n/);
    if (this.lines.length > 0 && this.lines[this.lines.length - 1] === '') this.lines.pop();
    this.indexCode(module);
    const rt = createInterpreter({ argv: [options.file] });
    this.rt = rt;
    rt.exactSlices = true; // a step is one instruction (vm/eval.ts, "Where a slice ends")
    rt.breakpointState.debugger = true;
    this.mayCallBreakpoint = /\bbreakpoint\s*\(/.test(options.source);
    const codeRef = loadCode(rt, module);
    const globals = dictNew(rt);
    dictSetItem(rt, globals, rt.names.__name__, internJS(rt, '__main__'));
    dictSetItem(rt, globals, rt.names.__builtins__, dictGetStr(rt, rt.modules, rt.names.builtins));
    dictSetItem(rt, globals, rt.names.__file__, internJS(rt, options.file));
    dictSetItem(rt, globals, rt.names.__doc__, rt.None);
    const main = moduleNew(rt, internJS(rt, '__main__'), globals);
    dictSetItem(rt, rt.modules, internJS(rt, '__main__'), main);
    rt.rc.decref(main);
    this.globals = globals;
    pushModuleFrame(rt, codeRef as Ref, globals, true);
    this.mainTs = rt.ts;
    setThreadRunOptions(rt, { workers: options.workers, switchInterval: options.switchInterval, noGil: options.noGil === true });
  }

  private indexCode(code: CodeObject): void {
    this.codeObjects.set(`${code.qualname}@${code.firstlineno}#${code.code.length}`, code);
    for (let i = 0; i < code.code.length; i++) {
      const line = code.positions[i * 4]!;
      if (line > 0 && (code.code[i]! & 0xff) !== Op.RESUME) this.linesWithCode.add(line);
    }
    for (const c of code.consts) if (c.type === 'code') this.indexCode(c.value);
  }

  private say(text: string): void {
    outputFlush(this.rt);
    this.out(text);
  }

  // ------------------------------------------------------------ threads and frames

  private get threaded(): boolean {
    return this.exec !== null;
  }

  private get noGil(): boolean {
    return this.options.noGil === true;
  }

  /** Every thread the debugger knows: [tid, record (0 before threads), thread state]. */
  private threadList(): { tid: number; record: Ref; ts: number }[] {
    if (this.exec === null) return [{ tid: 1, record: 0 as Ref, ts: this.finished ? 0 : this.mainTs }];
    const sched = this.exec.sched;
    return sched.threads().map((t) => ({ tid: sched.tid(t), record: t, ts: sched.threadState(t) }));
  }

  private threadByTid(tid: number): { tid: number; record: Ref; ts: number } | null {
    return this.threadList().find((t) => t.tid === tid) ?? null;
  }

  private threadName(tid: number): string {
    if (this.exec === null) return 'MainThread';
    const t = this.exec.sched.threadByTid(tid);
    return t === 0 ? '?' : this.exec.sched.threadName(t);
  }

  private who(t: Ref): string {
    const sched = this.exec!.sched;
    return `${sched.threadName(t)} (tid ${sched.tid(t)})`;
  }

  private topFrame(ts: number): number {
    return ts === 0 ? 0 : this.rt.i32[(ts + TS_FRAME) >> 2]!;
  }

  private depth(ts: number): number {
    let n = 0;
    for (let fp = this.topFrame(ts); fp !== 0; fp = this.rt.i32[fp + FR_BACK]!) n++;
    return n;
  }

  private position(ts: number): Position | null {
    const fp = this.topFrame(ts);
    if (fp === 0) return null;
    const i32 = this.rt.i32;
    const ip = i32[fp + FR_IP]!;
    return { fp, ip, line: codeLineAt(this.rt, i32[fp + FR_CODE] as Ref, ip) };
  }

  private opAt(fp: number, ip: number): number {
    const i32 = this.rt.i32;
    const code = i32[fp + FR_CODE]!;
    if (ip >= i32[(code + CO_NINSNS) >> 2]!) return -1;
    return i32[(code >> 2) + CO_INSNS_WORD + ip]! & 0xff;
  }

  /** Is `now` a line event after `before` (see the module comment)? */
  private isLineEvent(before: Position | undefined, now: Position): boolean {
    if (now.line <= 0 || this.opAt(now.fp, now.ip) === Op.RESUME) return false;
    if (before !== undefined && before.fp === now.fp) return before.line !== now.line || now.ip < before.ip;
    // another frame: a call entering its first line is one; a return into the middle of
    // the caller's line (or a generator resumed mid-line) is not
    const code = this.rt.i32[now.fp + FR_CODE] as Ref;
    return now.ip === 0 || codeLineAt(this.rt, code, now.ip - 1) !== now.line || this.opAt(now.fp, now.ip - 1) === Op.RESUME;
  }

  private codeName(code: Ref): string {
    return strToJS(this.rt, this.rt.i32[(code + CO_NAME) >> 2] as Ref);
  }

  private codeObjectOf(code: Ref): CodeObject | undefined {
    const i32 = this.rt.i32;
    const key = `${strToJS(this.rt, i32[(code + CO_QUALNAME) >> 2] as Ref)}@${i32[(code + CO_FIRSTLINENO) >> 2]}#${i32[(code + CO_NINSNS) >> 2]}`;
    return this.codeObjects.get(key);
  }

  private sourceLine(line: number): string {
    return (this.lines[line - 1] ?? '').trim();
  }

  /** pdb's two lines for a frame: `> file(line)name()` and `-> source`. */
  private frameLines(fp: number, marker: string): string {
    const i32 = this.rt.i32;
    const code = i32[fp + FR_CODE] as Ref;
    let line = codeLineAt(this.rt, code, i32[fp + FR_IP]!);
    if (line <= 0) line = codeLineAt(this.rt, code, i32[fp + FR_IP]! - 1);
    const file = strToJS(this.rt, i32[(code + CO_FILENAME) >> 2] as Ref);
    const text = file === this.options.file ? this.sourceLine(line) : '(source not available)';
    return `${marker} ${file}(${line})${this.codeName(code)}()\n-> ${text}\n`;
  }

  private focusTs(): number {
    return this.threadByTid(this.focus)?.ts ?? 0;
  }

  /** The stop report: position of the focused thread (and its next instruction for stepi). */
  private where(withInstruction: boolean): string {
    const ts = this.focusTs();
    const fp = this.topFrame(ts);
    const tag = this.threaded ? ` [thread ${this.focus} ${this.threadName(this.focus)}]` : '';
    if (fp === 0) return `(thread ${this.focus} ${this.threadName(this.focus)} has no Python frame)\n`;
    let text = this.frameLines(fp, '>');
    if (tag) text = text.replace('\n', `${tag}\n`);
    if (withInstruction) {
      const co = this.codeObjectOf(this.rt.i32[fp + FR_CODE] as Ref);
      const ip = this.rt.i32[fp + FR_IP]!;
      if (co !== undefined && ip < co.code.length) text += formatInstruction(co, ip, { linenoWidth: 0, current: true }) + '\n';
    }
    this.lastListed = 0;
    return text;
  }

  // ------------------------------------------------------------ running

  /** Run until the first real instruction (past RESUME): the session's first stop. */
  start(): string {
    const ts = this.mainTs;
    for (let n = 0; n < 4; n++) {
      const p = this.position(ts);
      if (p === null || this.opAt(p.fp, p.ip) !== Op.RESUME) break;
      this.tick();
    }
    const p = this.position(ts);
    if (p !== null) this.positions.set(1, p);
    return this.where(false);
  }

  /**
   * One instruction of the machine: the thread whose slice runs (threads phase) or the
   * main thread. Returns the tid that executed, 0 when the program is over, IDLE when
   * every thread waits for a timer and nothing ran (after a short sleep).
   */
  private tick(budget = 1): number {
    if (this.finished) return 0;
    if (this.exec === null) return this.tickSingle(budget);
    return this.tickThreaded(budget);
  }

  private tickSingle(budget: number): number {
    const rt = this.rt;
    const status = evalLoop(rt, budget);
    if (threadsPending(rt)) {
      // the program started a thread: the debugger becomes the run's only executor
      this.exec = enterDebugExecutor(rt);
      const sched = this.exec.sched;
      const main = sched.mainThread;
      if (status === EVAL_FINISHED || status === EVAL_ERROR) {
        this.endMainSingle(status);
        const now = sched.now();
        sched.popRunnable(now);
        sched.finish(main, now, 0, this.exitCode !== 0);
        this.finished = false;
        this.rt.i32[(extOf(sched, main) + EX_EXIT) >> 2] = this.exitCode;
      } else {
        // main is the run queue's head: its slice goes on
        this.running = sched.popRunnable(sched.now());
        sched.current = this.running;
        this.sliceUsed = 0;
        this.sliceBudget = sched.switchInterval;
        sched.noteGilThread(this.running);
        this.lastHolder = this.running;
      }
      return 1;
    }
    if (status === EVAL_YIELDED) {
      if (gcIsEnabled(rt)) gcSafePoint(rt);
      return 1;
    }
    if (status === EVAL_BLOCKED) throw new Error('a native blocked outside scheduler mode');
    this.endMainSingle(status);
    return 1;
  }

  /** The main thread's code ended before any thread was started (run.ts's reporting). */
  private endMainSingle(status: number): void {
    const rt = this.rt;
    this.finished = true;
    if (status === EVAL_FINISHED) {
      rt.rc.decref(rt.i32[(rt.ts + TS_RESULT) >> 2] as Ref);
      rt.i32[(rt.ts + TS_RESULT) >> 2] = 0;
      this.exitCode = 0;
      return;
    }
    const exc = currentError(rt);
    if (isSubtype(rt, typeOf(rt, exc), rt.exc.SystemExit!)) {
      this.exitCode = exitCodeOfSystemExit(rt, exc);
    } else {
      outputFlush(rt);
      outputWrite(rt, 2, formatException(rt, exc));
      this.exitCode = 1;
    }
    rt.rc.decref(fetchError(rt));
  }

  private tickThreaded(budget: number): number {
    const sched = this.exec!.sched;
    const runner = this.exec!.runner;
    if (sched.runState !== RunState.RUNNING) return this.runOver();
    while (this.running === 0) {
      if (!this.pickNext()) {
        const now = sched.now();
        const decision = sched.idleDecision(now);
        if (decision.kind === 'stop') return this.runOver();
        if (decision.kind === 'wait') {
          // every thread waits for a timer: sleep a little, then let run() see Ctrl-C
          sched.idleWait({ ...decision, timeoutMs: Math.min(decision.timeoutMs, IDLE_WAIT_MS) });
          return IDLE;
        }
      }
    }
    const t = this.running;
    const tid = sched.tid(t);
    sched.current = t;
    const status = runner.runSlice(t, Math.max(1, Math.min(budget, this.sliceBudget - this.sliceUsed)));
    this.sliceUsed += runner.lastInstructions;
    switch (status) {
      case SliceStatus.YIELDED:
        if (this.sliceUsed >= this.sliceBudget) this.endSlice(t, 'slice');
        break;
      case SliceStatus.BLOCKED:
        this.endSlice(t, 'blocked');
        break;
      default:
        this.endSlice(t, status === SliceStatus.ERROR ? 'died' : 'finished');
    }
    if (sched.runState !== RunState.RUNNING) this.runOver();
    return tid;
  }

  /** Pops the next runnable thread; prints the hand-over. False when the queue is empty. */
  private pickNext(): boolean {
    const sched = this.exec!.sched;
    const t = sched.popRunnable(sched.now());
    if (t === 0) return false;
    this.running = t;
    sched.current = t;
    this.sliceUsed = 0;
    this.sliceBudget = sched.switchInterval;
    const switched = sched.noteGilThread(t);
    if (switched) sched.countGilAcquisition(t);
    if (this.lastHolder !== 0 && this.lastHolder !== t) {
      this.handovers++;
      this.lastHandover = `${this.who(this.lastHolder)} -> ${this.who(t)}: ${this.lastSliceEnd}`;
      if (this.quietHandovers) this.handoversWhileQuiet++;
      else this.say(`[${this.noGil ? 'switch' : 'GIL'}: ${this.lastHandover}]\n`);
    }
    this.lastHolder = t;
    return true;
  }

  private endSlice(t: Ref, why: 'slice' | 'blocked' | 'finished' | 'died'): void {
    const sched = this.exec!.sched;
    const now = sched.now();
    const n = this.sliceUsed;
    sched.accountSlice(t, now, now, n, false);
    const name = sched.threadName(t);
    if (why === 'slice') {
      sched.requeue(t, now, n);
      this.lastSliceEnd = `${name}'s slice of ${n} instructions ended`;
    } else if (why === 'blocked') {
      const kind = WAIT_KIND_NAMES[this.rt.i32[(t + SR_WAIT_KIND) >> 2]!] ?? 'other';
      sched.park(t, now, n);
      this.lastSliceEnd = `${name} blocked (${kind}) after ${n} instructions`;
    } else {
      sched.finish(t, now, n, why === 'died');
      this.lastSliceEnd = `${name} ${why === 'died' ? 'died of an exception' : 'finished'}`;
    }
    this.running = 0 as Ref;
    sched.current = 0 as Ref;
    // hand the slice on at once when someone is waiting, so the hand-over shows now
    if (sched.runState === RunState.RUNNING) this.pickNext();
  }

  private runOver(): number {
    if (this.finished) return 0;
    const sched = this.exec!.sched;
    this.finished = true;
    const state = sched.runState;
    if (state === RunState.DEADLOCK) {
      const blocked = sched.threads().map((t) => sched.describeThread(t)).filter((i) => i.status === 'blocked');
      outputFlush(this.rt);
      outputWrite(this.rt, 2, this.exec!.deadlockReport(blocked));
      this.exitCode = 1;
      this.postMortem = true;
    } else {
      this.exitCode = this.rt.i32[(extOf(sched, sched.mainThread) + EX_EXIT) >> 2]!;
    }
    return 0;
  }

  /** Runs the machine for a stepping command; returns the stop report. */
  async run(kind: StepKind): Promise<string> {
    if (this.finished) return 'The program is not running.\n';
    const startTs = this.focusTs();
    const startDepth = this.depth(startTs);
    // finish shows the value a function returned (not for __init__ called by a class, nor a generator)
    const startFlags = startTs !== 0 && this.topFrame(startTs) !== 0 ? this.rt.i32[this.topFrame(startTs) + FR_FLAGS]! : 0;
    if (kind !== 'stepi' && this.threaded === false && startTs === 0) return 'The program is not running.\n';
    this.interruptRequested = false;
    this.quietHandovers = kind === 'continue';
    this.handoversWhileQuiet = 0;
    let report = '';
    let ticks = 0;
    let withInstruction = kind === 'stepi';
    try {
      for (;;) {
        // `continue` with nothing to watch for runs the program in bigger steps
        const free = kind === 'continue' && this.breakpoints.length === 0 && this.watches.length === 0 && !this.mayCallBreakpoint;
        const tid = this.tick(free ? FREE_RUN_BUDGET : 1);
        if (tid === 0 || this.finished) {
          report += this.finishedReport();
          return report;
        }
        if (tid === IDLE) {
          await new Promise<void>((resolve) => setImmediate(resolve));
          if (this.interruptRequested) {
            this.interruptRequested = false;
            report += 'Program interrupted (Ctrl-C).\n';
            break;
          }
          continue;
        }
        // where each thread stands now: line events, breakpoints, watches
        const thread = this.threadByTid(tid);
        const pos = thread !== null ? this.position(thread.ts) : null;
        const before = this.positions.get(tid);
        let lineEvent = false;
        if (pos === null) this.positions.delete(tid);
        else {
          lineEvent = this.isLineEvent(before, pos);
          if (pos.line > 0 && this.opAt(pos.fp, pos.ip) !== Op.RESUME) this.positions.set(tid, pos);
        }
        if (this.rt.breakpointState.hit) {
          this.rt.breakpointState.hit = false;
          this.switchFocus(tid, () => (report += `[Switching to thread ${tid} (${this.threadName(tid)})]\n`));
          report += 'breakpoint() called\n';
          break;
        }
        const watchHit = this.checkWatches();
        if (watchHit !== '') {
          this.switchFocus(tid, () => (report += `[Switching to thread ${tid} (${this.threadName(tid)})]\n`));
          report += watchHit;
          break;
        }
        if (lineEvent && kind !== 'stepi' && pos !== null) {
          const bp = this.breakpoints.find((b) => b.line === pos.line && this.isMainFile(pos.fp));
          if (bp !== undefined) {
            bp.hits++;
            this.switchFocus(tid, () => (report += `[Switching to thread ${tid} (${this.threadName(tid)})]\n`));
            if (bp.temporary) {
              this.breakpoints.splice(this.breakpoints.indexOf(bp), 1);
              report += `Temporary breakpoint ${bp.id} hit\n`;
            } else report += `Breakpoint ${bp.id} hit\n`;
            break;
          }
        }
        const focusTs = this.focusTs();
        if (this.focusEnded(focusTs)) {
          // the focused thread ended: the focus moves to the thread that runs now
          const ended = this.focus;
          report += `[thread ${ended} (${this.threadName(ended)}) finished]\n`;
          this.focus = this.aliveThread();
          withInstruction = false;
          if (kind !== 'continue' || this.focus === ended) break;
          continue;
        }
        // step and next stop only in the debugged file (not in built-in modules written in Python)
        const inFile = lineEvent && pos !== null && this.isMainFile(pos.fp);
        if (tid === this.focus) {
          if (kind === 'stepi') break;
          if (kind === 'step' && inFile) break;
          if (kind === 'next' && inFile && this.depth(focusTs) <= startDepth) break;
          if (kind === 'finish' && this.depth(focusTs) < startDepth) {
            if ((startFlags & (FRF_INIT | FRF_GEN | FRF_ENTRY)) === 0) report += this.returnValue(focusTs);
            break;
          }
        }
        ticks += free ? FREE_RUN_BUDGET : 1;
        if (ticks >= YIELD_EVERY) {
          ticks = 0;
          await new Promise<void>((resolve) => setImmediate(resolve));
        }
        if (this.interruptRequested) {
          this.interruptRequested = false;
          report += 'Program interrupted (Ctrl-C).\n';
          break;
        }
      }
    } finally {
      this.quietHandovers = false;
    }
    if (this.handoversWhileQuiet > 0) {
      const what = this.noGil ? 'thread switch' : 'GIL hand-over';
      const n = this.handoversWhileQuiet;
      report = `(${n} ${what}${n === 1 ? '' : n > 1 && this.noGil ? 'es' : 's'} while running; the last: ${this.lastHandover})\n` + report;
    }
    return report + this.where(withInstruction);
  }

  private focusEnded(focusTs: number): boolean {
    if (this.exec === null) return this.topFrame(focusTs) === 0;
    const t = this.exec.sched.threadByTid(this.focus);
    return t === 0 || focusTs === 0 || this.exec.sched.status(t) === ThreadStatus.FINISHED;
  }

  /** After the focused thread ended: the thread running now, else the first one alive. */
  private aliveThread(): number {
    const exec = this.exec;
    if (exec === null) return this.focus;
    if (this.running !== 0) return exec.sched.tid(this.running);
    for (const t of exec.sched.threads()) {
      if (exec.sched.isAlive(t) && exec.sched.threadState(t) !== 0) return exec.sched.tid(t);
    }
    return this.focus;
  }

  private switchFocus(tid: number, announce: () => void): void {
    if (tid !== this.focus) {
      this.focus = tid;
      announce();
    }
  }

  private isMainFile(fp: number): boolean {
    const code = this.rt.i32[fp + FR_CODE] as Ref;
    return strToJS(this.rt, this.rt.i32[(code + CO_FILENAME) >> 2] as Ref) === this.options.file;
  }

  private returnValue(ts: number): string {
    const fp = this.topFrame(ts);
    if (fp === 0) return '';
    const i32 = this.rt.i32;
    const base = FRAME_HEADER_WORDS + i32[(i32[fp + FR_CODE]! + CO_NLOCALSPLUS) >> 2]!;
    const sp = i32[fp + FR_SP]!;
    if (sp <= base) return '';
    return `Value returned: ${this.safeRepr(i32[fp + sp - 1] as Ref, ts)}\n`;
  }

  private finishedReport(): string {
    if (this.postMortem) return `[deadlock: the program cannot go on (exit code ${this.exitCode}); bt, thread N, p, locals still work]\n`;
    return `[program exited with code ${this.exitCode}]\n`;
  }

  // ------------------------------------------------------------ values

  /** repr(v) on the focused thread, or a placeholder; never leaves an exception set. */
  private safeRepr(v: Ref, ts: number, limit = Infinity): string {
    if (v === 0) return '<NULL>';
    const rt = this.rt;
    const saved = rt.ts;
    if (ts !== 0) rt.ts = ts as Ref;
    else if (rt.ts === 0) rt.ts = this.mainTs; // the last thread that ran has ended
    const lo = rt.i32[(rt.ts + TS_INSTR_LO) >> 2]!;
    const hi = rt.i32[(rt.ts + TS_INSTR_HI) >> 2]!;
    let s: string | null;
    try {
      s = reprJS(rt, v);
      if (s === null) {
        const exc = fetchError(rt);
        s = `<repr failed: ${formatExceptionOnly(rt, exc)}>`;
        rt.rc.decref(exc);
      }
    } finally {
      rt.i32[(rt.ts + TS_INSTR_LO) >> 2] = lo;
      rt.i32[(rt.ts + TS_INSTR_HI) >> 2] = hi;
      rt.ts = saved;
    }
    return s.length > limit ? s.slice(0, limit - 3) + '...' : s;
  }

  /** The local variables of frame fp (fast locals and cells), or its locals dict. */
  private frameLocals(fp: number): [string, Ref][] {
    const rt = this.rt;
    const i32 = rt.i32;
    const out: [string, Ref][] = [];
    const locals = i32[fp + FR_LOCALS]! as Ref;
    if (locals !== 0) {
      for (let ix = dictNextEntry(rt, locals, 0); ix >= 0; ix = dictNextEntry(rt, locals, ix + 1)) {
        const k = dictEntryKey(rt, locals, ix);
        if (kindOf(rt, k) === Kind.STR) out.push([strToJS(rt, k), dictEntryValue(rt, locals, ix)]);
      }
      return out;
    }
    const code = i32[fp + FR_CODE]!;
    const n = i32[(code + CO_NLOCALSPLUS) >> 2]!;
    const names = i32[(code + CO_LPNAMES) >> 2] as Ref;
    const kinds = (code >> 2) + i32[(code + CO_KINDS_WORD) >> 2]!;
    for (let k = 0; k < n; k++) {
      let v = i32[fp + FRAME_HEADER_WORDS + k]! as Ref;
      if (v === 0) continue;
      if ((i32[kinds + k]! & (CO_FAST_CELL | CO_FAST_FREE)) !== 0 && kindOf(rt, v) === Kind.CELL) {
        v = i32[(v + CELL_REF) >> 2] as Ref;
        if (v === 0) continue;
      }
      out.push([strToJS(rt, tupleItem(rt, names, k)), v]);
    }
    return out;
  }

  private globalsOf(fp: number): Ref {
    return fp === 0 ? this.globals : (this.rt.i32[fp + FR_GLOBALS] as Ref);
  }

  /** `p EXPR`: the repr of the value, or `*** Error: message`. */
  evaluate(expr: string): string {
    const rt = this.rt;
    let code: CodeObject;
    try {
      parseExpression(expr, '<stdin>'); // its errors, with the user's columns
      code = compileSource(`${DEBUG_VALUE_NAME} = (${expr}\n)\n`, '<stdin>');
    } catch (e) {
      if (e instanceof PySyntaxError) return `*** ${e.kind}: ${e.msg}\n`;
      throw e;
    }
    const codeRef = loadCode(rt, code);
    const thread = this.threadByTid(this.focus);
    const ts = thread !== null && thread.ts !== 0 ? thread.ts : this.mainTs;
    const fp = this.topFrame(ts);
    const locals = dictNew(rt);
    if (fp !== 0) for (const [name, v] of this.frameLocals(fp)) dictSetItem(rt, locals, internJS(rt, name), v);
    const globals = this.globalsOf(fp);
    const saved = rt.ts;
    const sched = this.exec?.sched;
    const savedCurrent = sched?.current ?? (0 as Ref);
    rt.ts = ts as Ref;
    if (sched !== undefined && thread !== null) sched.current = thread.record;
    const i32 = rt.i32;
    const lo = i32[(rt.ts + TS_INSTR_LO) >> 2]!;
    const hi = i32[(rt.ts + TS_INSTR_HI) >> 2]!;
    let result: string;
    try {
      const frame = dataStackPush(rt, i32[(codeRef + CO_FRAMEWORDS) >> 2]!);
      i32[frame + FR_CODE] = codeRef;
      i32[frame + FR_GLOBALS] = globals;
      i32[frame + FR_BUILTINS] = fp !== 0 ? i32[fp + FR_BUILTINS]! : rt.builtins;
      rt.rc.incref(locals);
      i32[frame + FR_LOCALS] = locals;
      i32[frame + FR_SP] = FRAME_HEADER_WORDS + i32[(codeRef + CO_NLOCALSPLUS) >> 2]!;
      const r = runFrameNested(rt, frame);
      if (r === NULL) {
        const exc = fetchError(rt);
        result = `*** ${formatExceptionOnly(rt, exc)}\n`;
        rt.rc.decref(exc);
      } else {
        rt.rc.decref(r);
        const v = dictGetStr(rt, locals, internJS(rt, DEBUG_VALUE_NAME));
        result = (v === NULL ? 'None' : this.safeRepr(v, rt.ts)) + '\n';
      }
    } finally {
      i32[(rt.ts + TS_INSTR_LO) >> 2] = lo;
      i32[(rt.ts + TS_INSTR_HI) >> 2] = hi;
      if (i32[(rt.ts + TS_CUREXC) >> 2] !== 0) rt.rc.decref(fetchError(rt));
      rt.ts = saved;
      if (sched !== undefined) sched.current = savedCurrent;
      rt.rc.decref(locals);
    }
    return result;
  }

  // ------------------------------------------------------------ watchpoints

  private lookupWatch(w: Watch): Ref | null {
    const rt = this.rt;
    if (w.fp !== 0) {
      const thread = this.threadByTid(w.tid);
      if (thread === null || !this.frameOnChain(thread.ts, w.fp) || rt.i32[w.fp + FR_CODE] !== w.code) return null;
      let v = rt.i32[w.fp + FRAME_HEADER_WORDS + w.slot]! as Ref;
      if (v !== 0 && kindOf(rt, v) === Kind.CELL) v = rt.i32[(v + CELL_REF) >> 2] as Ref;
      return v;
    }
    const g = dictGetStr(rt, this.globals, internJS(rt, w.name));
    return g === NULL ? (0 as Ref) : g;
  }

  private frameOnChain(ts: number, fp: number): boolean {
    for (let f = this.topFrame(ts); f !== 0; f = this.rt.i32[f + FR_BACK]!) if (f === fp) return true;
    return false;
  }

  private watchValue(ref: Ref): { ref: Ref; repr: string } {
    if (ref === 0) return { ref, repr: '<unbound>' };
    return { ref, repr: this.safeRepr(ref, this.focusTs(), REPR_LIMIT) };
  }

  private checkWatches(): string {
    let report = '';
    for (const w of [...this.watches]) {
      const ref = this.lookupWatch(w);
      if (ref === null) {
        this.watches.splice(this.watches.indexOf(w), 1);
        report += `Watchpoint ${w.id} deleted because the frame of '${w.name}' returned.\n`;
        continue;
      }
      const k = ref === 0 || (ref & 1) === 1 ? -1 : kindOf(this.rt, ref);
      const mutable = k === Kind.LIST || k === Kind.DICT || k === Kind.SET;
      if (ref === w.last.ref && !mutable) continue;
      const now = this.watchValue(ref);
      if (now.repr === w.last.repr && (ref === w.last.ref || (ref & 1) === 1)) {
        w.last = now;
        continue;
      }
      report += `Watchpoint ${w.id}: ${w.name}\nOld value = ${w.last.repr}\nNew value = ${now.repr}\n`;
      w.last = now;
    }
    return report;
  }

  private addWatch(name: string): string {
    if (!/^[A-Za-z_][A-Za-z_0-9]*$/.test(name)) return '*** usage: watch NAME (a variable name)\n';
    const rt = this.rt;
    const thread = this.threadByTid(this.focus);
    const fp = this.topFrame(thread?.ts ?? 0);
    const w: Watch = { id: this.nextBreakId++, name, tid: 0, fp: 0, code: 0, slot: 0, last: { ref: 0 as Ref, repr: '' } };
    if (fp !== 0 && rt.i32[fp + FR_LOCALS] === 0) {
      const code = rt.i32[fp + FR_CODE]!;
      const names = rt.i32[(code + CO_LPNAMES) >> 2] as Ref;
      const n = rt.i32[(code + CO_NLOCALSPLUS) >> 2]!;
      for (let k = 0; k < n; k++) {
        if (strToJS(rt, tupleItem(rt, names, k)) === name) {
          Object.assign(w, { tid: this.focus, fp, code, slot: k });
          break;
        }
      }
    }
    w.last = this.watchValue(this.lookupWatch(w) ?? (0 as Ref));
    this.watches.push(w);
    return `Watchpoint ${w.id}: ${name} (${w.fp !== 0 ? `local of ${this.codeName(rt.i32[fp + FR_CODE] as Ref)}()` : 'global'}) = ${w.last.repr}\n`;
  }

  // ------------------------------------------------------------ listings

  private listSource(center: number): string {
    const ts = this.focusTs();
    const fp = this.topFrame(ts);
    const current = fp !== 0 && this.isMainFile(fp) ? (this.position(ts)?.line ?? -1) : -1;
    const first = Math.max(1, center - 5);
    const last = Math.min(this.lines.length, first + 10);
    if (first > this.lines.length) return '[EOF]\n';
    const breaks = new Set(this.breakpoints.map((b) => b.line));
    let out = '';
    for (let n = first; n <= last; n++) {
      let s = String(n).padStart(3);
      if (s.length < 4) s += ' ';
      s += breaks.has(n) ? 'B' : ' ';
      if (n === current) s += '->';
      out += `${s}\t${this.lines[n - 1]}\n`;
    }
    this.lastListed = last;
    return out;
  }

  private backtrace(): string {
    const ts = this.focusTs();
    const frames: number[] = [];
    for (let fp = this.topFrame(ts); fp !== 0; fp = this.rt.i32[fp + FR_BACK]!) frames.push(fp);
    if (frames.length === 0) return '(no Python frame)\n';
    return frames.reverse().map((fp, i) => this.frameLines(fp, i === frames.length - 1 ? '>' : ' ')).join('');
  }

  private valueStack(): string {
    const ts = this.focusTs();
    const fp = this.topFrame(ts);
    if (fp === 0) return '(no Python frame)\n';
    const i32 = this.rt.i32;
    const base = FRAME_HEADER_WORDS + i32[(i32[fp + FR_CODE]! + CO_NLOCALSPLUS) >> 2]!;
    const sp = i32[fp + FR_SP]!;
    if (sp <= base) return '(the value stack is empty)\n';
    let out = '';
    for (let k = sp - 1; k >= base; k--) {
      out += `${k === sp - 1 ? 'top' : '   '} [${k - base}] ${this.safeRepr(i32[fp + k] as Ref, ts, REPR_LIMIT)}\n`;
    }
    return out;
  }

  private threadsTable(): string {
    const rows: string[][] = [['', 'Id', 'Name', 'State', 'Instructions', 'Slices', 'GIL']];
    const exec = this.exec;
    const i32 = this.rt.i32;
    for (const t of this.threadList()) {
      let state: string;
      let instructions: number;
      let slices: number;
      let gil: string;
      if (exec === null) {
        state = this.finished ? 'finished' : 'running';
        instructions = (i32[(this.mainTs + TS_INSTR_HI) >> 2]! >>> 0) * 4294967296 + (i32[(this.mainTs + TS_INSTR_LO) >> 2]! >>> 0);
        slices = 1;
        gil = this.finished || this.noGil ? '-' : 'holder';
      } else {
        const sched = exec.sched;
        const st = sched.threadStats(t.record);
        const status = sched.status(t.record);
        state = THREAD_STATUS_NAMES[status]!;
        if (status === ThreadStatus.BLOCKED || status === ThreadStatus.BLOCKING) state += ` (${WAIT_KIND_NAMES[i32[(t.record + SR_WAIT_KIND) >> 2]!]})`;
        instructions = t.ts !== 0 ? (i32[(t.ts + TS_INSTR_HI) >> 2]! >>> 0) * 4294967296 + (i32[(t.ts + TS_INSTR_LO) >> 2]! >>> 0) : st.instructions;
        slices = st.slices + (t.record === this.running ? 1 : 0);
        gil = this.noGil ? '-' : t.record === this.running ? 'holder' : status === ThreadStatus.RUNNABLE ? 'waiting' : '-';
      }
      rows.push([t.tid === this.focus ? '*' : '', String(t.tid), this.threadName(t.tid), state, String(instructions), String(slices), gil]);
    }
    const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
    return rows.map((r) => r.map((cell, c) => cell.padEnd(widths[c]!)).join('  ').trimEnd() + '\n').join('');
  }

  private gilReport(): string {
    const exec = this.exec;
    const si = exec !== null ? exec.sched.switchInterval : this.rt.i32[(this.rt.interp >> 2) + 14]!;
    if (this.noGil) {
      return `no GIL (--no-gil): no holder, no hand-overs.\n` +
        `The debugger interleaves the runnable threads on one OS thread, round-robin, one slice of ${si} instructions each\n` +
        `(a real --no-gil run executes them in parallel on ${this.options.workers ?? 'all the'} executors).\n` +
        (exec !== null ? `thread switches so far: ${this.handovers}\n` : '');
    }
    if (this.finished) return 'The program is not running (no GIL holder).\n';
    if (exec === null) {
      return `GIL holder: MainThread (tid 1), the only thread (no hand-over until a second thread starts)\nswitch interval: ${si} instructions\n`;
    }
    const sched = exec.sched;
    const waiting: string[] = [];
    for (let t = this.rt.i32[HDR_RUNQ_HEAD >> 2]!; t !== 0; t = this.rt.i32[(t + SR_NEXT) >> 2]!) waiting.push(this.who(t as Ref));
    const blocked = sched.threads().filter((t) => {
      const s = sched.status(t);
      return s === ThreadStatus.BLOCKED || s === ThreadStatus.BLOCKING;
    }).map((t) => `${this.who(t)} on ${WAIT_KIND_NAMES[this.rt.i32[(t + SR_WAIT_KIND) >> 2]!]}`);
    let out = this.running !== 0
      ? `GIL holder: ${this.who(this.running)}, ${this.sliceUsed} of ${this.sliceBudget} instructions of its slice used\n`
      : 'GIL holder: none (between slices)\n';
    out += `waiting for the GIL: ${waiting.length > 0 ? waiting.join(', ') : 'none'}\n`;
    if (blocked.length > 0) out += `blocked (not waiting for the GIL): ${blocked.join(', ')}\n`;
    out += `hand-overs so far: ${this.handovers}${this.handovers > 0 ? ` (last: ${this.lastHandover})` : ''}\n`;
    out += `switch interval: ${si} instructions\n`;
    return out;
  }

  // ------------------------------------------------------------ breakpoints

  private addBreakpoint(arg: string, temporary: boolean): string {
    if (arg === '') {
      if (this.breakpoints.length === 0 && this.watches.length === 0) return 'No breakpoints.\n';
      let out = '';
      for (const b of this.breakpoints) out += `${b.id}  ${b.temporary ? 'tbreak' : 'break '} at ${this.options.file}:${b.line}  (hit ${b.hits} time${b.hits === 1 ? '' : 's'})\n`;
      for (const w of this.watches) out += `${w.id}  watch  ${w.name}\n`;
      return out;
    }
    let line: number;
    let spec = arg;
    if (/:\d+$/.test(arg)) {
      const file = arg.slice(0, arg.lastIndexOf(':'));
      if (file !== this.options.file) return `*** breakpoints can only be set in ${this.options.file}\n`;
      spec = arg.slice(arg.lastIndexOf(':') + 1);
    }
    if (/^\d+$/.test(spec)) {
      line = Number(spec);
      if (line < 1 || line > this.lines.length) return `*** line ${line} is out of range (${this.options.file} has ${this.lines.length} lines)\n`;
      if (!this.linesWithCode.has(line)) return `*** line ${line} has no code (blank, comment or continuation line)\n`;
    } else if (/^[A-Za-z_][A-Za-z_0-9.]*$/.test(arg)) {
      const co = [...this.codeObjects.values()].find((c) => c.qualname === arg || c.name === arg);
      if (co === undefined || co.name === '<module>') return `*** no function named '${arg}'\n`;
      let found = -1;
      for (let i = 0; i < co.code.length && found < 0; i++) {
        if ((co.code[i]! & 0xff) !== Op.RESUME && co.positions[i * 4]! > 0) found = co.positions[i * 4]!;
      }
      if (found < 0) return `*** function '${arg}' has no code\n`;
      line = found;
    } else {
      return `*** usage: break LINE | FUNCTION\n`;
    }
    const b: Breakpoint = { id: this.nextBreakId++, line, temporary, hits: 0 };
    this.breakpoints.push(b);
    return `${temporary ? 'Temporary breakpoint' : 'Breakpoint'} ${b.id} at ${this.options.file}:${line}\n`;
  }

  private deleteBreakpoints(arg: string): string {
    if (arg === '') {
      const n = this.breakpoints.length + this.watches.length;
      this.breakpoints.length = 0;
      this.watches.length = 0;
      return `Deleted all breakpoints and watchpoints (${n}).\n`;
    }
    let out = '';
    for (const word of arg.split(/\s+/)) {
      const id = Number(word);
      const bi = this.breakpoints.findIndex((b) => b.id === id);
      const wi = this.watches.findIndex((w) => w.id === id);
      if (bi >= 0) {
        this.breakpoints.splice(bi, 1);
        out += `Deleted breakpoint ${id}\n`;
      } else if (wi >= 0) {
        this.watches.splice(wi, 1);
        out += `Deleted watchpoint ${id}\n`;
      } else out += `*** no breakpoint number ${word}\n`;
    }
    return out;
  }

  // ------------------------------------------------------------ commands

  /**
   * Runs one command line; returns its output and whether the session goes on. The
   * empty-line repetition is the caller's (it knows the previous line).
   */
  async execute(line: string): Promise<{ output: string; quit: boolean }> {
    const trimmed = line.trim();
    const space = trimmed.search(/\s/);
    const cmd = space < 0 ? trimmed : trimmed.slice(0, space);
    const arg = space < 0 ? '' : trimmed.slice(space + 1).trim();
    const done = (output: string): { output: string; quit: boolean } => ({ output, quit: false });
    const noArgs = (name: string): string | null => (arg !== '' ? `*** ${name} takes no argument\n` : null);
    const needsProgram = (): string | null => (this.finished && !this.postMortem ? 'The program is not running.\n' : null);
    switch (cmd) {
      case '':
        return done('');
      case 'si':
      case 'stepi':
        return done(noArgs(cmd) ?? (await this.run('stepi')));
      case 's':
      case 'step':
        return done(noArgs(cmd) ?? (await this.run('step')));
      case 'n':
      case 'next':
        return done(noArgs(cmd) ?? (await this.run('next')));
      case 'c':
      case 'cont':
      case 'continue':
        return done(noArgs(cmd) ?? (await this.run('continue')));
      case 'finish':
        return done(noArgs(cmd) ?? (await this.run('finish')));
      case 'b':
      case 'break':
        return done(this.addBreakpoint(arg, false));
      case 'tb':
      case 'tbreak':
        return done(arg === '' ? '*** usage: tbreak LINE | FUNCTION\n' : this.addBreakpoint(arg, true));
      case 'd':
      case 'delete':
      case 'clear':
        return done(this.deleteBreakpoints(arg));
      case 'l':
      case 'list': {
        if (arg !== '') {
          if (!/^\d+$/.test(arg)) return done('*** usage: list [LINE]\n');
          return done(this.listSource(Number(arg)));
        }
        if (this.lastListed > 0) return done(this.listSource(this.lastListed + 6));
        const p = this.position(this.focusTs());
        return done(this.listSource(p !== null && p.line > 0 ? p.line : 1));
      }
      case 'dis': {
        const bad = noArgs(cmd) ?? needsProgram();
        if (bad !== null) return done(bad);
        const fp = this.topFrame(this.focusTs());
        if (fp === 0) return done('(no Python frame)\n');
        const co = this.codeObjectOf(this.rt.i32[fp + FR_CODE] as Ref);
        if (co === undefined) return done('*** no disassembly for this code object\n');
        return done(disassembleOne(co, this.rt.i32[fp + FR_IP]!));
      }
      case 'stack':
        return done(noArgs(cmd) ?? needsProgram() ?? this.valueStack());
      case 'p':
      case 'print':
        if (arg === '') return done('*** usage: p EXPRESSION\n');
        return done(needsProgram() ?? this.evaluate(arg));
      case 'locals': {
        const bad = noArgs(cmd) ?? needsProgram();
        if (bad !== null) return done(bad);
        const ts = this.focusTs();
        const fp = this.topFrame(ts);
        if (fp === 0) return done('(no Python frame)\n');
        if (this.rt.i32[fp + FR_LOCALS] !== 0 && this.rt.i32[fp + FR_LOCALS] === this.rt.i32[fp + FR_GLOBALS]) {
          return done(this.namesListing(this.userGlobals(fp), ts) || '(module level: locals are the globals; none defined yet)\n');
        }
        return done(this.namesListing(this.frameLocals(fp), ts) || '(no local variables)\n');
      }
      case 'globals': {
        const bad = noArgs(cmd) ?? needsProgram();
        if (bad !== null) return done(bad);
        const ts = this.focusTs();
        return done(this.namesListing(this.userGlobals(this.topFrame(ts)), ts) || '(no global variables)\n');
      }
      case 'bt':
      case 'where':
      case 'w':
        return done(noArgs(cmd) ?? needsProgram() ?? this.backtrace());
      case 'threads':
        return done(noArgs(cmd) ?? this.threadsTable());
      case 'thread': {
        if (arg === '') return done(`[Current thread is ${this.focus} (${this.threadName(this.focus)})]\n`);
        const tid = Number(arg);
        const t = /^\d+$/.test(arg) ? this.threadByTid(tid) : null;
        if (t === null) return done(`*** no thread ${arg} (see threads)\n`);
        if (this.exec !== null && this.exec.sched.status(t.record) === ThreadStatus.FINISHED) return done(`*** thread ${tid} has finished\n`);
        this.focus = tid;
        this.lastListed = 0;
        return done(`[Switching to thread ${tid} (${this.threadName(tid)})]\n` + (this.topFrame(t.ts) !== 0 ? this.where(false) : '(not started yet)\n'));
      }
      case 'gil':
        return done(noArgs(cmd) ?? this.gilReport());
      case 'watch':
        if (arg === '') return done('*** usage: watch NAME\n');
        return done(needsProgram() ?? this.addWatch(arg));
      case 'h':
      case 'help':
        return done(HELP);
      case 'q':
      case 'quit':
      case 'exit':
        return { output: '', quit: true };
      default:
        return done(`*** Unknown command '${cmd}' (type help for the list)\n`);
    }
  }

  private userGlobals(fp: number): [string, Ref][] {
    const rt = this.rt;
    const g = this.globalsOf(fp);
    const out: [string, Ref][] = [];
    for (let ix = dictNextEntry(rt, g, 0); ix >= 0; ix = dictNextEntry(rt, g, ix + 1)) {
      const k = dictEntryKey(rt, g, ix);
      if (kindOf(rt, k) !== Kind.STR) continue;
      const name = strToJS(rt, k);
      if (name.startsWith('__') && name.endsWith('__')) continue;
      out.push([name, dictEntryValue(rt, g, ix)]);
    }
    return out;
  }

  private namesListing(entries: [string, Ref][], ts: number): string {
    return entries.map(([name, v]) => `${name} = ${this.safeRepr(v, ts, REPR_LIMIT)}\n`).join('');
  }

  /** Writes the program's buffered output (before the debugger prints anything). */
  flush(): void {
    outputFlush(this.rt);
  }

  get isFinished(): boolean {
    return this.finished;
  }
}


export const HELP = `Commands (one-letter forms as in pdb; an empty line repeats the last command):
  si, stepi          run one bytecode instruction of the current thread
  s, step            run to the next source line, stepping into calls
  n, next            run to the next source line in this function (over calls)
  finish             run until the current function returns
  c, continue        run until a breakpoint, a watchpoint, Ctrl-C or the end
  b, break [LINE|FUNC]   set a breakpoint (no argument: list them)
  tb, tbreak LINE|FUNC   set a one-time breakpoint
  delete [N...]      delete breakpoints / watchpoints (all without N)
  watch NAME         stop when the value of variable NAME changes
  l, list [LINE]     source around the current line (again: the next lines)
  dis                disassemble the current code object, --> at the next instruction
  stack              the value stack of the current frame (top first)
  p EXPR             evaluate a Python expression in the current frame
  locals, globals    the variables of the current frame / module
  bt, where          the stack of the current thread
  threads            every thread: id, name, state, GIL, instructions and slices
  thread [N]         show / switch the current thread (the one stepping follows)
  gil                the GIL holder, its waiters and the hand-overs so far
  h, help            this text;   q, quit   leave the debugger
How threads run here: the debugger runs every thread itself on one OS thread, one
instruction at a time, so a session replays identically every time (--workers is not
used). Under the GIL the thread whose slice runs holds it; when its slice of
--switch-interval instructions ends (or it blocks or finishes) the next runnable thread
takes over and the hand-over is shown. With --no-gil there is no holder: threads that a
real run would execute in parallel are interleaved round-robin, one slice each.
Other threads keep running while you step the current one; Ctrl-C stops the program at
the next instruction.
`;
