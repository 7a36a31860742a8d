/*
 * GIL benchmarks on the interpreter (issue 5 "Speed"): `gilvm run` child processes on the
 * programs of bench/gil/, numbers only (bench/run.ts formats them). Every figure comes
 * from the real interpreter running on the executors (worker_threads), not from a
 * synthetic slice runner.
 *
 *   classic    bench/gil/classic.py with --workers 2: the classic demo's two computations
 *              one after the other in the main thread, and in two threads, both timed
 *              inside the program (time.perf_counter) once the run is on the executors,
 *              so worker start-up is in neither; best of CLASSIC_REPEAT (5) inside each process
 *              (the first repetitions include the JIT warm-up), best over `classicRuns`
 *              processes; the first repetition's ratio is reported too. Ratio threaded / sequential (target <= 1.10;
 *              CPython 3.11 shows about 1.0). Worker start-up is reported apart, from the
 *              --stats header of the same runs.
 *   handover   bench/gil/handover.py (two threads pinned to their executors inside sum() of a
 *              generator: the only case where the GIL moves between executors, since the
 *              holder otherwise runs the queued threads itself) with --workers 2
 *              --switch-interval S --trace: for every
 *              `gil_take` event with "handover":true, the time since the preceding
 *              `gil_drop` (by seq) of another executor: ns from a holder's drop at a slice
 *              end to the other executor running with the GIL. Median and mean over all
 *              hand-overs of the run, and their count.
 *   checks     single-thread cost of the GIL machinery against the VM issue's figures: each
 *              program of bench/programs (the VM suite) imported by bench/gil/single.py,
 *              `plain` (no thread ever started: the main JS thread runs the loop, no GIL, as
 *              in the VM figures) against `thread` (an empty thread started and joined first,
 *              so the same program runs on an executor under the GIL with its slice-end
 *              checks, accounting and nested-loop slice checks, no other thread alive),
 *              --workers 1. Alternating pairs of processes, the best wall and CPU time of
 *              each side timed around the import (start-up in neither); the figure is the
 *              geometric mean over the programs of thread / plain, minus 1 (target < 3%).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface InterpClassicResult {
  runs: number;
  sequentialS: number;
  threadedS: number;
  ratio: number;
  /** Median worker start-up (ms) of those runs, from --stats. */
  startupMs: number;
  resultsAgree: boolean;
  /** Median over the runs of the first repetition's threaded / sequential (JIT warm-up included). */
  firstRatio: number;
}

export interface InterpHandoverResult {
  switchInterval: number;
  handovers: number;
  medianNs: number;
  meanNs: number;
  /** The slowest 10% start at this latency. */
  p90Ns: number;
}

export interface InterpCheckProgram {
  program: string;
  /** Best over the pairs, of the program's exec alone (seconds; compiled before, untimed). */
  plainWallS: number;
  threadWallS: number;
  plainCpuS: number;
  threadCpuS: number;
  /** Best over the pairs: one more compile of the program after the exec, on the main JS
   * thread (plain) and on the executor (thread: a worker isolate's first compile). */
  plainCompileS: number;
  threadCompileS: number;
}

export interface InterpCheckResult {
  pairs: number;
  programs: InterpCheckProgram[];
  /** Geometric mean over the programs of thread / plain best wall time, minus 1, in %. */
  wallPercent: number;
  /** The same for CPU time. */
  cpuPercent: number;
  /** Median over the programs of threadCompileS - plainCompileS (seconds): the executor's
   * cold front end, not part of the check cost. */
  coldCompileS: number;
}

export interface InterpGilBenchResult {
  loadAverage: number;
  classic: InterpClassicResult;
  handover: InterpHandoverResult;
  checks: InterpCheckResult;
}

export interface InterpGilBenchOptions {
  root?: string;
  classicRuns?: number;
  handoverSwitchInterval?: number;
  checkPairs?: number;
  /** Only these programs of bench/programs for the check cost. */
  only?: string[];
  onProgress?: (what: string) => void;
}

function repoRoot(): string {
  // dist/bench/gil-interp.js or bench/gil-interp.ts
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 3; i++) {
    try {
      readFileSync(join(dir, 'package.json'));
      return dir;
    } catch {
      dir = resolve(dir, '..');
    }
  }
  return process.cwd();
}

function gilvm(root: string, args: string[]): { stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [join(root, 'bin', 'gilvm.js'), 'run', ...args], {
    cwd: root,
    encoding: 'utf8',
    timeout: 600_000,
    maxBuffer: 64 << 20,
  });
  if (r.status !== 0) {
    const last = (r.stderr ?? '').trim().split('\n').pop() ?? '';
    throw new Error(`gilvm ${args.join(' ')} failed (exit ${String(r.status ?? r.signal)}): ${last}`);
  }
  return { stdout: r.stdout, stderr: r.stderr };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const n = s.length;
  return n === 0 ? NaN : n % 2 === 1 ? s[n >> 1]! : (s[n / 2 - 1]! + s[n / 2]!) / 2;
}

/** The "(+ X ms executor start-up)" of a --stats header. */
function startupOf(stderr: string): number {
  const m = /\(\+ ([\d.]+) ms executor start-up\)/.exec(stderr);
  return m === null ? NaN : Number(m[1]);
}

/**
 * Repetitions inside each classic.py process: the first ones include the JIT warm-up of
 * each executor's V8 isolate (the second executor's evalLoop is optimised only once it ran
 * for a while), so the best of 5 is the steady state; the first repetition's ratio is
 * reported beside it.
 */
const CLASSIC_REPEAT = 5;

function measureClassic(root: string, runs: number): InterpClassicResult {
  let seq = Infinity;
  let thr = Infinity;
  let agree = true;
  const startups: number[] = [];
  const firsts: number[] = [];
  for (let i = 0; i < runs; i++) {
    const r = gilvm(root, ['--workers', '2', '--stats', join('bench', 'gil', 'classic.py'), String(CLASSIC_REPEAT)]);
    const [s, t, ok, fs, ft] = r.stdout.trim().split(' ');
    firsts.push(Number(ft) / Number(fs));
    seq = Math.min(seq, Number(s));
    thr = Math.min(thr, Number(t));
    agree = agree && ok === 'True';
    startups.push(startupOf(r.stderr));
  }
  return { runs, sequentialS: seq, threadedS: thr, ratio: thr / seq, startupMs: median(startups), resultsAgree: agree, firstRatio: median(firsts) };
}

interface TraceEvent {
  seq: number;
  ts: number;
  ex: number;
  ev: string;
  handover?: boolean;
  nested?: boolean;
}

function measureHandover(root: string, switchInterval: number): InterpHandoverResult {
  const dir = mkdtempSync(join(tmpdir(), 'gilvm-bench-'));
  const path = join(dir, 'trace.jsonl');
  try {
    gilvm(root, ['--workers', '2', '--switch-interval', String(switchInterval), '--trace', path, join('bench', 'gil', 'handover.py')]);
    const events = readFileSync(path, 'utf8')
      .split('\n')
      .filter((l) => l.length > 0)
      .map((l) => JSON.parse(l) as TraceEvent)
      .filter((e) => e.ev === 'gil_take' || e.ev === 'gil_drop')
      .sort((a, b) => a.seq - b.seq);
    const latencies: number[] = [];
    let lastDrop: TraceEvent | null = null;
    for (const e of events) {
      if (e.ev === 'gil_drop') lastDrop = e;
      else if (e.handover === true && lastDrop !== null && lastDrop.ex !== e.ex) {
        latencies.push(e.ts - lastDrop.ts);
        lastDrop = null;
      }
    }
    const sorted = latencies.sort((a, b) => a - b);
    const mean = sorted.reduce((s, x) => s + x, 0) / Math.max(1, sorted.length);
    return {
      switchInterval,
      handovers: sorted.length,
      medianNs: Math.round(median(sorted)),
      meanNs: Math.round(mean),
      p90Ns: Math.round(sorted[Math.floor(sorted.length * 0.9)] ?? NaN),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function measureChecks(root: string, pairs: number, only: string[] | undefined): InterpCheckResult {
  const programs = readdirSync(join(root, 'bench', 'programs'))
    .filter((f) => f.endsWith('.py'))
    .map((f) => f.slice(0, -3))
    .filter((name) => only === undefined || only.includes(name))
    .sort();
  const perProgram: InterpCheckProgram[] = [];
  for (const program of programs) {
    let plainWall = Infinity;
    let plainCpu = Infinity;
    let threadWall = Infinity;
    let threadCpu = Infinity;
    let plainCompile = Infinity;
    let threadCompile = Infinity;
    for (let i = 0; i < pairs; i++) {
      const plain = gilvm(root, [join('bench', 'gil', 'single.py'), 'plain', program]).stdout.trim().split('\n');
      const thread = gilvm(root, ['--workers', '1', join('bench', 'gil', 'single.py'), 'thread', program]).stdout.trim().split('\n');
      const [pw, pc, pcomp] = plain.pop()!.split(' ').map(Number);
      const [tw, tc, tcomp] = thread.pop()!.split(' ').map(Number);
      if (plain.join('\n') !== thread.join('\n')) throw new Error(`single.py ${program}: outputs differ`);
      plainWall = Math.min(plainWall, pw!);
      plainCpu = Math.min(plainCpu, pc!);
      threadWall = Math.min(threadWall, tw!);
      threadCpu = Math.min(threadCpu, tc!);
      plainCompile = Math.min(plainCompile, pcomp!);
      threadCompile = Math.min(threadCompile, tcomp!);
    }
    perProgram.push({
      program,
      plainWallS: plainWall,
      threadWallS: threadWall,
      plainCpuS: plainCpu,
      threadCpuS: threadCpu,
      plainCompileS: plainCompile,
      threadCompileS: threadCompile,
    });
  }
  const geomean = (xs: number[]): number => Math.exp(xs.reduce((s, x) => s + Math.log(x), 0) / xs.length);
  const wallRatios = perProgram.map((p) => p.threadWallS / p.plainWallS);
  const cpuRatios = perProgram.map((p) => p.threadCpuS / p.plainCpuS);
  return {
    pairs,
    programs: perProgram,
    wallPercent: (geomean(wallRatios) - 1) * 100,
    cpuPercent: (geomean(cpuRatios) - 1) * 100,
    coldCompileS: median(perProgram.map((p) => p.threadCompileS - p.plainCompileS)),
  };
}

export function runInterpGilBench(options: InterpGilBenchOptions = {}): InterpGilBenchResult {
  const root = options.root ?? repoRoot();
  const progress = options.onProgress ?? ((): void => {});
  const loadAverage = loadavg()[0]!;
  progress('classic demo');
  const classic = measureClassic(root, options.classicRuns ?? 3);
  progress('hand-over latency');
  const handover = measureHandover(root, options.handoverSwitchInterval ?? 10_000);
  progress('GIL check cost');
  const checks = measureChecks(root, options.checkPairs ?? 2, options.only);
  return { loadAverage, classic, handover, checks };
}

/** The lines `npm run bench` prints for these figures. */
export function formatInterpGilBench(r: InterpGilBenchResult): string {
  const us = (ns: number): string => `${(ns / 1000).toFixed(1)} us`;
  const sign = (x: number): string => `${x >= 0 ? '+' : ''}${x.toFixed(1)}%`;
  const k = r.classic;
  const h = r.handover;
  const c = r.checks;
  return (
    `Threads and the GIL (issue 5; the interpreter on worker executors; load average ${r.loadAverage.toFixed(1)})\n` +
    `  classic demo, 2 threads x sum(n*n) over range(1,000,000), --workers 2: sequential ${k.sequentialS.toFixed(3)} s, ` +
    `threaded ${k.threadedS.toFixed(3)} s, threaded / sequential ${k.ratio.toFixed(2)}x (target <= 1.10x; best of ${k.runs} runs x ${CLASSIC_REPEAT}; ` +
    `first repetition, JIT warm-up included: ${k.firstRatio.toFixed(2)}x, median)` +
    `${k.resultsAgree ? '' : ' RESULTS DIFFER'}\n` +
    `  executor start-up (not in the times above): ${k.startupMs.toFixed(0)} ms (median)\n` +
    `  GIL hand-over between two executors (switch interval ${h.switchInterval.toLocaleString('en-US')}, from --trace): ` +
    `median ${us(h.medianNs)} = ${h.medianNs.toLocaleString('en-US')} ns, mean ${us(h.meanNs)}, 90th percentile ${us(h.p90Ns)} (${h.handovers} hand-overs)\n` +
    `  single-thread cost of the GIL checks, over the VM suite (bench/programs, each compiled first, then run by bench/gil/single.py, ` +
    `best of ${c.pairs} alternating pairs): ${sign(c.wallPercent)} wall time, ${sign(c.cpuPercent)} CPU time, ` +
    `geometric mean of on an executor under the GIL / on the main thread without one (target < 3%)\n` +
    c.programs
      .map(
        (p) =>
          `    ${p.program.padEnd(14)} ${p.plainWallS.toFixed(3)} s -> ${p.threadWallS.toFixed(3)} s ` +
          `${sign((p.threadWallS / p.plainWallS - 1) * 100)} wall, CPU ${sign((p.threadCpuS / p.plainCpuS - 1) * 100)}\n`,
      )
      .join('') +
    `  not in the figure above: an executor's first compile (a worker isolate's cold front end) took ` +
    `${(c.coldCompileS * 1000).toFixed(1)} ms more than the same compile on the main thread (median over the programs)\n`
  );
}
