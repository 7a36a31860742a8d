/*
 * Exact accounting output: the clock every executor uses, the `--trace FILE` writer and
 * the `--stats` table (issue 5 item 5).
 *
 * ---------------------------------------------------------------- the clock
 * Timestamps are ns since the run's start (f64, exact integers up to 104 days). Measured
 * on this machine (Node 20.20, a loaded 2-core EPYC): process.hrtime() ~145 ns a call
 * (it allocates a 2-element array), performance.now() ~190 ns, process.hrtime.bigint()
 * ~200 ns (~390 ns once converted to a Number: BigInt allocation). process.hrtime() is
 * the cheapest, has ns resolution, and reads CLOCK_MONOTONIC, which is the same in every
 * worker: no per-worker calibration (performance.now() has a per-worker timeOrigin, and
 * calibrating it against hrtime was off by milliseconds on this loaded machine when the
 * thread was preempted between the two reads). The clock is read only at slice
 * boundaries and state changes, never per instruction.
 *
 * ---------------------------------------------------------------- --trace FILE format
 * JSON Lines: one object per line, UTF-8. Every line has
 *   "seq"  global sequence number (Atomics counter in the heap; a total order of events
 *          consistent with the GIL: sort by seq for a timeline)
 *   "ts"   ns since the run started (the scheduler was set up, before worker start-up;
 *          integer)
 *   "ex"   executor id (0..W-1, W = the spare executor of a --workers 1 run; -1 = the
 *          supervisor, i.e. the main JS thread)
 *   "ev"   the event kind, below
 *   "tid"  the Python thread (scheduler tid, 1 = main thread), when the event is about one
 * Lines are buffered per executor and appended (O_APPEND, whole lines) in chunks, so the
 * file is NOT in seq order: readers sort by seq. Events:
 *   {"ev":"start","workers":W,"gil":true,"switch_interval":N}        supervisor, first
 *   {"ev":"go"}   supervisor: every executor is up (worker start-up ends; --stats wall
 *                 time and wait times count from here)
 *   {"ev":"thread","tid":T,"name":"Thread-1 (f)","daemon":false}        a thread was created
 *   {"ev":"state","tid":T,"from":"runnable","to":"running"}            every status change;
 *      to "blocked"/"blocking" adds "wait":"lock"|"sleep"|"join"|... and "obj":N (heap
 *      offset of the wait object, 0 if none) and "deadline_ns":D when timed; from
 *      "running" adds "instr":N (instructions run in the slice); to "runnable" from
 *      "blocked" adds "timeout":true when the deadline ended the block
 *   {"ev":"gil_take","tid":T,"wait_ns":W}       executor ex took the GIL word to run T;
 *      W = ns it waited (spinning and sleeping); "handover":true when another executor held
 *      it last (a hand-over between OS threads)
 *   {"ev":"gil_drop","tid":T,"why":"switch"|"block"|"finish"|"idle"|"exit"}
 *      executor ex released the GIL after running T ("switch": the slice ended and another
 *      executor was waiting; the dropper then waits until someone else has taken it;
 *      "spare": the spare executor's one slice ended)
 *   "nested":true on state / gil_* events: a slice boundary inside a nested eval loop
 *      (native code calling back into Python, vm/nested-slices.ts): the thread stays on
 *      its executor (pinned), shown running -> runnable -> running without a queue trip
 *   {"ev":"deadlock"}                         the executor that found every thread blocked
 *   {"ev":"interrupt"}                        supervisor: SIGINT received
 *   {"ev":"exit","code":C,"state":"done"|"deadlock"|"fatal"|"aborted"}  supervisor, last
 * Thread switches on one executor (the GIL stays with it, no gil_* event) show as a
 * running->runnable event of one thread followed by runnable->running of the next. A
 * lone runnable thread runs consecutive slices without any event (no state change).
 * No-GIL mode has no gil_* events.
 *
 * ---------------------------------------------------------------- --stats
 * `formatStatsTable` renders the per-thread counters of the sched records and the
 * per-executor counters of the scheduler control block; the supervisor prints it to
 * stderr at exit. Columns are documented above the function.
 */
import * as fs from 'node:fs';

/** A monotonic ns clock with the same time base in every JS thread of one run. */
export class Clock {
  private readonly startSeconds: number;
  private readonly startNanos: number;

  /** `startNs`: process.hrtime.bigint() at the run's start (the supervisor's reading). */
  constructor(readonly startNs: bigint) {
    this.startSeconds = Number(startNs / 1_000_000_000n);
    this.startNanos = Number(startNs % 1_000_000_000n);
  }

  /** ns since the run's start. */
  now(): number {
    const t = process.hrtime();
    return (t[0] - this.startSeconds) * 1e9 + (t[1] - this.startNanos);
  }
}

const TRACE_FLUSH_BYTES = 64 * 1024;

/**
 * One JS thread's trace writer. Events are strings appended to a buffer flushed with
 * fs.writeSync (works from any worker at once; process.stdout would be relayed through the
 * main thread's event loop) when it passes 64 KiB and at flush().
 */
export class Tracer {
  private chunks: string[] = [];
  private bytes = 0;
  private readonly fd: number;

  /**
   * `seqWord`: i32 index of the heap word counting events (Scheduler.traceSeqWord); each
   * event takes the next number with Atomics.add. `executor`: -1 for the supervisor.
   */
  constructor(
    path: string,
    private readonly executor: number,
    private readonly i32: Int32Array,
    private readonly seqWord: number,
    truncate = false,
  ) {
    // Every writer appends (O_APPEND): whole-line chunks from several threads never
    // overwrite each other. The supervisor truncates the file first.
    if (truncate) fs.writeFileSync(path, '');
    this.fd = fs.openSync(path, 'a');
  }

  /** Emits one event; `fields` is either '' or a JSON fragment starting with ','. */
  event(ts: number, ev: string, tid: number, fields: string): void {
    const line =
      `{"seq":${Atomics.add(this.i32, this.seqWord, 1)},"ts":${Math.round(ts)},"ex":${this.executor},"ev":"${ev}"` +
      (tid > 0 ? `,"tid":${tid}` : '') +
      fields +
      '}\n';
    this.chunks.push(line);
    this.bytes += line.length;
    if (this.bytes >= TRACE_FLUSH_BYTES) this.flush();
  }

  flush(): void {
    if (this.chunks.length === 0) return;
    const text = this.chunks.join('');
    this.chunks = [];
    this.bytes = 0;
    fs.writeSync(this.fd, text);
  }

  close(): void {
    this.flush();
    fs.closeSync(this.fd);
  }
}

/** One parsed trace line (tests, compare/timeline tools). */
export interface TraceEvent {
  seq: number;
  ts: number;
  ex: number;
  ev: string;
  tid?: number;
  [field: string]: unknown;
}

/** Reads a trace file into events sorted by seq. */
export function readTrace(path: string): TraceEvent[] {
  const text = fs.readFileSync(path, 'utf8');
  const events: TraceEvent[] = [];
  for (const line of text.split('\n')) if (line !== '') events.push(JSON.parse(line) as TraceEvent);
  events.sort((a, b) => a.seq - b.seq);
  return events;
}

// ---------------------------------------------------------------- --stats table

export interface ThreadStats {
  tid: number;
  name: string;
  daemon: boolean;
  status: string;
  instructions: number;
  slices: number;
  gilAcquisitions: number;
  holdNs: number;
  waitNs: number;
  blockedNs: number;
}

export interface ExecutorStats {
  executor: number;
  slices: number;
  gilTakes: number;
  handovers: number;
  gilWaitNs: number;
  busyNs: number;
  idleNs: number;
}

export interface RunStats {
  gil: boolean;
  workers: number;
  switchInterval: number;
  /** Wall time from the executors' release to the end of the run. */
  wallNs: number;
  /** Worker start-up before that (not in wallNs). */
  startupNs: number;
  threads: ThreadStats[];
  executors: ExecutorStats[];
}

function ms(ns: number): string {
  return (ns / 1e6).toFixed(3);
}

function int(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

function table(header: string[], rows: string[][], leftColumns: number): string {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c]!.length)));
  const line = (cells: string[]): string =>
    cells
      .map((cell, c) => (c < leftColumns ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!)))
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.map(line)].join('\n') + '\n';
}

/**
 * The --stats table. Per thread: instructions executed, slices run, GIL acquisitions
 * (times the thread got the GIL after another thread had it), ms holding the GIL
 * (running; in no-GIL mode "run ms"), ms waiting for it (runnable but not running: queued
 * or its executor waiting for the GIL word), ms blocked, final status. Per executor:
 * slices, GIL takes (acquisitions of the GIL word), hand-overs (takes after another
 * executor held it), ms waiting for the GIL word, ms running slices, ms idle (asleep on
 * the run queue).
 */
export function formatStatsTable(stats: RunStats): string {
  let out =
    `gilvm stats: ${stats.gil ? 'GIL' : 'no GIL'}, ${stats.workers} executor${stats.workers === 1 ? '' : 's'}, ` +
    `switch interval ${int(stats.switchInterval)} instructions, wall ${ms(stats.wallNs)} ms ` +
    `(+ ${ms(stats.startupNs)} ms executor start-up)\n`;
  const holdTitle = stats.gil ? 'hold ms' : 'run ms';
  const totals = { instr: 0, slices: 0, acq: 0, hold: 0, wait: 0, blocked: 0 };
  const threadRows = stats.threads.map((t) => {
    totals.instr += t.instructions;
    totals.slices += t.slices;
    totals.acq += t.gilAcquisitions;
    totals.hold += t.holdNs;
    totals.wait += t.waitNs;
    totals.blocked += t.blockedNs;
    return [
      String(t.tid),
      t.name + (t.daemon ? ' (daemon)' : ''),
      int(t.instructions),
      int(t.slices),
      int(t.gilAcquisitions),
      ms(t.holdNs),
      ms(t.waitNs),
      ms(t.blockedNs),
      t.status,
    ];
  });
  threadRows.push([
    '',
    'total',
    int(totals.instr),
    int(totals.slices),
    int(totals.acq),
    ms(totals.hold),
    ms(totals.wait),
    ms(totals.blocked),
    '',
  ]);
  out += table(
    ['tid', 'thread', 'instructions', 'slices', 'GIL acq', holdTitle, 'wait ms', 'blocked ms', 'status'],
    threadRows,
    2,
  );
  out += table(
    ['executor', 'slices', 'GIL takes', 'hand-overs', 'GIL wait ms', 'busy ms', 'idle ms'],
    stats.executors.map((e) => [
      e.executor >= stats.workers ? `${e.executor} (spare)` : String(e.executor),
      int(e.slices),
      int(e.gilTakes),
      int(e.handovers),
      ms(e.gilWaitNs),
      ms(e.busyNs),
      ms(e.idleNs),
    ]),
    1,
  );
  return out;
}

/** JSON string literal for a trace field. */
export function jsonString(text: string): string {
  return JSON.stringify(text);
}
