/*
 * `gilvm compare FILE.py [args] [--workers 1,2] [--switch-interval N] [--repeat N]`
 * (issue 6 item 6): the same script under the GIL and without it, side by side.
 *
 * For each executor count W (default: the number of cores) it runs the script twice, with
 * the GIL and with --no-gil, each in a child `gilvm run --stats-json FILE` (a fresh process
 * per run: no JIT or heap state carried from one run to the next, and the runs never
 * compete for the cores because they run one after the other). The child's JSON has the
 * program's wall and CPU time (from its first instruction to its end: gilvm's own
 * start-up is not in it) and the --stats figures (vm/run.ts writeStatsJson).
 *
 * Printed on stdout:
 *   - the first run's output (the program's own stdout, as it printed it);
 *   - whether the outputs and exit codes agree; where they differ, the differing lines
 *     (the first 6 per run) with a note when they differ only in numbers (timings, or a
 *     racy counter: both are the point of the comparison, so it is shown, not hidden);
 *   - a table with one column per run: exit code, wall, CPU, CPU/wall (cores busy),
 *     speedup over the first GIL run, instructions, instructions per second, hand-overs,
 *     GIL wait (all threads);
 *   - per thread: ms holding the GIL (no GIL: running) / ms waiting for it, per run.
 * A progress line on stderr while runs are going (rewritten in place on a terminal, one
 * line per run otherwise).
 *
 * Exit code: 0 when every run ended with the first run's exit code, 1 otherwise (a run
 * that crashed or failed differently), 2 for bad usage (a missing file).
 */
import { spawn } from 'node:child_process';
import { isatty } from 'node:tty';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RunStats } from '../vm/stats.js';

export interface CompareOptions {
  workers?: number[];
  switchInterval?: number;
  repeat?: number;
}

/** One configuration's result (the fastest of its repeats). */
interface RunResult {
  label: string;
  gil: boolean;
  workers: number;
  exitCode: number;
  stdout: string;
  stderr: string;
  /** From the child's --stats-json; null when the run ended without writing it. */
  report: StatsReport | null;
}

/** The child's --stats-json (vm/run.ts writeStatsJson). */
interface StatsReport {
  exitCode: number;
  programWallNs: number;
  cpuUserUs: number;
  cpuSystemUs: number;
  stats: RunStats;
}

/** bin/gilvm.js of this installation: the first ancestor of this module that has it. */
function gilvmBin(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, 'bin', 'gilvm.js');
    if (existsSync(candidate) && existsSync(join(dir, 'package.json'))) return candidate;
    const parent = dirname(dir);
    if (parent === dir) throw new Error('cannot find bin/gilvm.js above ' + fileURLToPath(import.meta.url));
    dir = parent;
  }
}

class Progress {
  private readonly tty = process.stderr.isTTY === true;
  private timer: NodeJS.Timeout | null = null;

  start(text: string): void {
    const started = Date.now();
    if (!this.tty) {
      process.stderr.write(`gilvm compare: ${text}...\n`);
      return;
    }
    const draw = (): void => {
      process.stderr.write(`\r\x1b[Kgilvm compare: ${text}... ${((Date.now() - started) / 1000).toFixed(1)} s`);
    };
    draw();
    this.timer = setInterval(draw, 100);
  }

  stop(): void {
    if (this.timer !== null) clearInterval(this.timer);
    this.timer = null;
    if (this.tty) process.stderr.write('\r\x1b[K');
  }
}

/**
 * The compare command's standard input, read once and given to every run (a script that
 * calls input() sees the same lines in each): null on a terminal, where the runs get none,
 * as before (an interactive session cannot be replayed).
 */
function stdinForRuns(): Buffer | null {
  if (isatty(0)) return null;
  try {
    return readFileSync(0);
  } catch {
    return null; // closed, or a non-blocking descriptor with nothing to read
  }
}

function runOnce(bin: string, file: string, args: string[], gil: boolean, workers: number, switchInterval: number | undefined, jsonPath: string, input: Buffer | null): Promise<RunResult> {
  const argv = [bin, 'run', '--stats-json', jsonPath, '--workers', String(workers)];
  if (!gil) argv.push('--no-gil');
  if (switchInterval !== undefined) argv.push('--switch-interval', String(switchInterval));
  argv.push(file, ...args);
  rmSync(jsonPath, { force: true });
  return new Promise((resolvePromise) => {
    const child = spawn(process.execPath, argv, { stdio: [input === null ? 'ignore' : 'pipe', 'pipe', 'pipe'] });
    if (input !== null) {
      child.stdin!.on('error', () => undefined); // a run that exits without reading it all
      child.stdin!.end(input);
    }
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout!.on('data', (b: Buffer) => out.push(b));
    child.stderr!.on('data', (b: Buffer) => err.push(b));
    child.on('close', (code, signal) => {
      let report: StatsReport | null = null;
      try {
        report = JSON.parse(readFileSync(jsonPath, 'utf8')) as StatsReport;
      } catch {
        report = null;
      }
      resolvePromise({
        label: `${gil ? 'GIL' : 'no GIL'}, ${workers} worker${workers === 1 ? '' : 's'}`,
        gil,
        workers,
        exitCode: code ?? (signal === 'SIGINT' ? 130 : 1),
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
        report,
      });
    });
  });
}

const NUMBER = /[-+]?\d[\d_,]*(?:\.\d+)?(?:[eE][-+]?\d+)?/g;

/** The lines of `other` that differ from `base` (by index), the first `limit` of them. */
function differingLines(base: string, other: string, limit: number): { count: number; shown: string[]; onlyNumbers: boolean } {
  const a = base.split('\n');
  const b = other.split('\n');
  const n = Math.max(a.length, b.length);
  let count = 0;
  let onlyNumbers = true;
  const shown: string[] = [];
  for (let i = 0; i < n; i++) {
    const x = a[i];
    const y = b[i];
    if (x === y) continue;
    count++;
    if (x === undefined || y === undefined || x.replace(NUMBER, '#') !== y.replace(NUMBER, '#')) onlyNumbers = false;
    if (shown.length < limit) shown.push(`  line ${i + 1}: ${x === undefined ? '(none)' : JSON.stringify(x)}  vs  ${y === undefined ? '(none)' : JSON.stringify(y)}`);
  }
  return { count, shown, onlyNumbers };
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? '').length)));
  const line = (cells: string[]): string =>
    cells.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ').trimEnd();
  return [line(header), ...rows.map(line)].join('\n') + '\n';
}

const fmtInt = (n: number): string => Math.round(n).toLocaleString('en-US');
const fmtMs = (ns: number): string => (ns / 1e6).toFixed(1);

function figures(runs: RunResult[]): string {
  const base = runs.find((r) => r.gil && r.report !== null)?.report ?? null;
  const rows: [string, (r: StatsReport) => string][] = [
    ['wall s', (r) => (r.programWallNs / 1e9).toFixed(3)],
    ['CPU s', (r) => ((r.cpuUserUs + r.cpuSystemUs) / 1e6).toFixed(3)],
    ['CPU / wall (cores busy)', (r) => ((r.cpuUserUs + r.cpuSystemUs) * 1000 / r.programWallNs).toFixed(2)],
    ['speedup over the GIL', (r) => (base === null ? '-' : (base.programWallNs / r.programWallNs).toFixed(2) + 'x')],
    ['threads', (r) => String(r.stats.threads.length)],
    ['instructions', (r) => fmtInt(r.stats.threads.reduce((s, t) => s + t.instructions, 0))],
    ['M instructions / s', (r) => (r.stats.threads.reduce((s, t) => s + t.instructions, 0) / (r.programWallNs / 1e3)).toFixed(1)],
    ['slices', (r) => fmtInt(r.stats.executors.reduce((s, e) => s + e.slices, 0))],
    ['GIL hand-overs', (r) => (r.stats.gil ? fmtInt(r.stats.executors.reduce((s, e) => s + e.handovers, 0)) : '-')],
    ['GIL wait ms (all threads)', (r) => (r.stats.gil ? fmtMs(r.stats.threads.reduce((s, t) => s + t.waitNs, 0)) : '-')],
    ['executor start-up ms', (r) => fmtMs(r.stats.startupNs)],
  ];
  let out = table(
    ['', ...runs.map((r) => r.label)],
    [
      ['exit code', ...runs.map((r) => String(r.exitCode))],
      ...rows.map(([name, get]) => [name, ...runs.map((r) => (r.report === null ? '-' : get(r.report)))]),
    ],
  );
  // per thread, matched by tid (the same program creates its threads in the same order)
  const tids = new Map<number, string>();
  for (const r of runs) for (const t of r.report?.stats.threads ?? []) if (!tids.has(t.tid)) tids.set(t.tid, t.name);
  if (tids.size > 0) {
    out += '\nper thread: ms holding the GIL (no GIL: running) / ms waiting for it\n';
    out += table(
      ['thread', ...runs.map((r) => r.label)],
      [...tids].map(([tid, name]) => [
        `${tid} ${name}`,
        ...runs.map((r) => {
          const t = r.report?.stats.threads.find((x) => x.tid === tid);
          return t === undefined ? '-' : `${fmtMs(t.holdNs)} / ${fmtMs(t.waitNs)}`;
        }),
      ]),
    );
  }
  return out;
}

export async function compareCommand(file: string, args: string[], opts: CompareOptions): Promise<number> {
  if (!existsSync(file)) {
    process.stderr.write(`gilvm compare: can't open file '${resolve(file)}': [Errno 2] No such file or directory\n`);
    return 2;
  }
  const bin = gilvmBin();
  const input = stdinForRuns();
  const workerCounts = opts.workers ?? [Math.max(1, availableParallelism())];
  const repeat = opts.repeat ?? 1;
  const configs: { gil: boolean; workers: number }[] = [];
  for (const w of workerCounts) configs.push({ gil: true, workers: w }, { gil: false, workers: w });
  const dir = mkdtempSync(join(tmpdir(), 'gilvm-compare-'));
  const progress = new Progress();
  const runs: RunResult[] = [];
  const onSigint = (): void => {
    progress.stop();
    rmSync(dir, { recursive: true, force: true });
    process.exit(130);
  };
  process.on('SIGINT', onSigint);
  try {
    let k = 0;
    for (const config of configs) {
      let best: RunResult | null = null;
      for (let rep = 0; rep < repeat; rep++) {
        k++;
        const label = `${config.gil ? 'GIL' : 'no GIL'}, ${config.workers} worker${config.workers === 1 ? '' : 's'}`;
        progress.start(`run ${k}/${configs.length * repeat}: ${label}${repeat > 1 ? ` (${rep + 1}/${repeat})` : ''}`);
        const r = await runOnce(bin, file, args, config.gil, config.workers, opts.switchInterval, join(dir, `run${k}.json`), input);
        progress.stop();
        if (best === null || (r.report !== null && (best.report === null || r.report.programWallNs < best.report.programWallNs))) best = r;
      }
      runs.push(best!);
    }
  } finally {
    process.off('SIGINT', onSigint);
    rmSync(dir, { recursive: true, force: true });
  }

  const first = runs[0]!;
  let out = `gilvm compare ${file}${args.length > 0 ? ' ' + args.join(' ') : ''}: ${runs.length} runs, ${availableParallelism()} cores\n\n`;
  out += `output (${first.label}):\n`;
  out += first.stdout.length === 0 ? '  (none)\n' : first.stdout.replace(/\n$/, '').split('\n').map((l) => `  ${l}`).join('\n') + '\n';
  out += '\n';
  let failed = false;
  const differing: string[] = [];
  for (const r of runs.slice(1)) {
    if (r.exitCode !== first.exitCode) {
      failed = true;
      differing.push(`${r.label}: exit code ${r.exitCode} (${first.label}: ${first.exitCode})`);
      const tail = r.stderr.trimEnd().split('\n').slice(-5);
      for (const line of tail) if (line.length > 0) differing.push(`  stderr: ${line}`);
    }
    const d = differingLines(first.stdout, r.stdout, 6);
    if (d.count > 0) {
      differing.push(`${r.label}: ${d.count} line${d.count === 1 ? ' differs' : 's differ'}${d.onlyNumbers ? ' (only in numbers: timings, or a race)' : ''}`);
      differing.push(...d.shown);
    }
  }
  if (first.exitCode !== 0 && first.stderr.length > 0) {
    out += `${first.label} exited with code ${first.exitCode}:\n`;
    for (const line of first.stderr.trimEnd().split('\n').slice(-5)) out += `  stderr: ${line}\n`;
    out += '\n';
  }
  out += differing.length === 0 ? `outputs: the same in every run (exit code ${first.exitCode})\n` : `outputs differ from the first run:\n${differing.join('\n')}\n`;
  out += '\n' + figures(runs);
  process.stdout.write(out);
  return failed ? 1 : 0;
}
