/*
 * VM benchmark (issue 4): runs every program of bench/programs/ under `node bin/gilvm.js run`
 * and under `python3` in the same run, checks that their stdouts are identical, and reports
 * wall times, ratios and their geometric mean; also the start-up cost of each
 * (`-c pass`) and, once gilvm has `--heap-report`, the heap bytes used per object kind.
 *
 * Choices:
 * - Wall time of the whole child process (process.hrtime around spawnSync), best of N,
 *   alternating python3 and gilvm within each repetition so a load spike on the machine
 *   hits both. Start-up is measured separately and NOT subtracted from the program times.
 * - A program counts as correct only if gilvm exits 0 and its stdout equals python3's byte
 *   for byte. A failure (non-zero exit, signal, timeout) or a mismatch is reported in its
 *   row and the program is left out of the geometric mean; the mean says how many programs
 *   it covers. After the first bad gilvm run of a program, gilvm is not run on it again
 *   (saves minutes while the VM is incomplete); python3's time is still best of N.
 * - gilvm may be missing or stale (dist/ not built): that is reported per program as a
 *   failure, never as a crash of the runner.
 * - Paths are found from the repository root (the directory holding package.json), so this
 *   file works both from bench/ (tsx, vitest) and compiled into dist/bench/.
 * No module-level mutable state.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The CPython the programs are compared with: `python3`'s own executable (sys.executable),
 * resolved once, so that a version manager's launcher in front of it (pyenv's shim is a
 * shell script: ~250 ms per start here, against ~75 ms for CPython itself) is not counted
 * as CPython's time. Falls back to `python3` if it cannot be asked.
 */
export const PYTHON = ((): string => {
  const r = spawnSync('python3', ['-c', 'import sys; print(sys.executable)'], { encoding: 'utf8' });
  const path = r.status === 0 ? r.stdout.trim() : '';
  return path !== '' && existsSync(path) ? path : 'python3';
})();

/** The targets from issue 4 ("Speed and memory"). */
export const VM_TARGETS = {
  geomeanRatio: 2.5,
  worstRatio: 4,
  startupSeconds: 0.1,
} as const;

export interface VmBenchOptions {
  /** Program names (file names without .py) to run; all when undefined. */
  only?: string[];
  /** Best of this many runs per program (default 3). */
  repeat?: number;
  /** A gilvm run is killed after max(minTimeoutSeconds, timeoutFactor x python3's time). */
  timeoutFactor?: number;
  minTimeoutSeconds?: number;
  /** Called before each program starts (progress line). */
  onProgress?: (message: string) => void;
}

export interface VmBenchRow {
  name: string;
  /** Best wall time under gilvm; null when gilvm failed or its output differed. */
  gilvmSeconds: number | null;
  cpythonSeconds: number;
  /** gilvmSeconds / cpythonSeconds; null when the program did not run correctly. */
  ratio: number | null;
  /** 'ok', 'MISMATCH', 'FAILED (exit N)', 'FAILED (signal S)' or 'TIMEOUT (> N s)'. */
  status: string;
  /** For a failure: the last line of gilvm's stderr; for a mismatch: the first differing line. */
  detail?: string;
}

export interface StartupResult {
  gilvmSeconds: number;
  cpythonSeconds: number;
  /** `node -e 0` on the same machine and environment: the part of gilvm's start that is
   * Node's own (NODE_OPTIONS, NODE_EXTRA_CA_CERTS and the like are paid here too). */
  nodeSeconds: number;
  /** 'ok' or a failure status as in VmBenchRow (the time is reported either way). */
  gilvmStatus: string;
}

export interface VmBenchResult {
  rows: VmBenchRow[];
  startup: StartupResult;
  /** Geometric mean of the ratios of the rows with status 'ok'; null when there are none. */
  geomean: number | null;
  /** How many rows the geometric mean covers. */
  geomeanCount: number;
  repeat: number;
  /** A warning to print above the table (dist/ older than src/, machine busy), if any. */
  warnings: string[];
}

/**
 * The directory holding gilvm's package.json: searched upwards from this file (works from
 * bench/ and dist/bench/), then from the current directory (a build elsewhere, e.g. /tmp).
 */
export function repoRoot(): string {
  const found = findGilvmRoot(dirname(fileURLToPath(import.meta.url))) ?? findGilvmRoot(process.cwd());
  if (found === null) throw new Error('cannot find the gilvm repository root (run from inside it)');
  return found;
}

function findGilvmRoot(start: string): string | null {
  for (let dir = start; ; dir = dirname(dir)) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg)) {
      try {
        if ((JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'gilvm') return dir;
      } catch {
        // not ours: keep walking up
      }
    }
    if (dirname(dir) === dir) return null;
  }
}

export function programsDir(root = repoRoot()): string {
  return join(root, 'bench', 'programs');
}

/** Program names (without .py), sorted. */
export function listPrograms(dir = programsDir()): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.py'))
    .map((f) => f.slice(0, -3))
    .sort();
}

export function geometricMean(values: number[]): number | null {
  if (values.length === 0) return null;
  return Math.exp(values.reduce((sum, v) => sum + Math.log(v), 0) / values.length);
}

interface TimedRun {
  seconds: number;
  exitCode: number | null;
  signal: string | null;
  timedOut: boolean;
  stdout: string;
  stderr: string;
}

function timedRun(command: string, args: string[], cwd: string, timeoutSeconds?: number): TimedRun {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'pipe'],
    ...(timeoutSeconds !== undefined ? { timeout: Math.ceil(timeoutSeconds * 1000), killSignal: 'SIGKILL' as const } : {}),
  });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const timedOut = r.error !== undefined && (r.error as NodeJS.ErrnoException).code === 'ETIMEDOUT';
  return {
    seconds,
    exitCode: r.status,
    signal: r.signal,
    timedOut,
    stdout: r.stdout ?? '',
    stderr: (r.stderr ?? '') + (r.error !== undefined && !timedOut ? `${r.error.message}\n` : ''),
  };
}

function failureStatus(run: TimedRun, timeoutSeconds?: number): string | null {
  if (run.timedOut) return `TIMEOUT (> ${Math.round(timeoutSeconds ?? 0)} s)`;
  if (run.signal !== null) return `FAILED (signal ${run.signal})`;
  if (run.exitCode !== 0) return `FAILED (exit ${run.exitCode ?? '?'})`;
  return null;
}

function lastLine(text: string): string {
  const lines = text.split('\n').map((l) => l.trimEnd()).filter((l) => l !== '');
  return lines.length === 0 ? '' : lines[lines.length - 1]!;
}

function firstDifference(expected: string, actual: string): string {
  const e = expected.split('\n');
  const a = actual.split('\n');
  for (let i = 0; i < Math.max(e.length, a.length); i++) {
    if (e[i] !== a[i]) {
      return `line ${i + 1}: python3 ${JSON.stringify(e[i] ?? '<end>')}, gilvm ${JSON.stringify(a[i] ?? '<end>')}`;
    }
  }
  return 'outputs differ';
}

function gilvmCommand(root: string): { command: string; prefix: string[] } {
  return { command: process.execPath, prefix: [join(root, 'bin', 'gilvm.js')] };
}

/** `gilvm -c pass` and `python3 -c pass`, best of `repeat`. */
export function measureStartup(repeat = 5, root = repoRoot()): StartupResult {
  const gilvm = gilvmCommand(root);
  let gilvmBest = Infinity;
  let cpythonBest = Infinity;
  let nodeBest = Infinity;
  let gilvmStatus = 'ok';
  for (let r = 0; r < repeat; r++) {
    const py = timedRun(PYTHON, ['-c', 'pass'], root, 30);
    cpythonBest = Math.min(cpythonBest, py.seconds);
    nodeBest = Math.min(nodeBest, timedRun(process.execPath, ['-e', '0'], root, 30).seconds);
    const g = timedRun(gilvm.command, [...gilvm.prefix, '-c', 'pass'], root, 30);
    gilvmBest = Math.min(gilvmBest, g.seconds);
    const bad = failureStatus(g, 30) ?? (g.stdout !== py.stdout ? 'MISMATCH' : null);
    if (bad !== null) gilvmStatus = bad;
  }
  return { gilvmSeconds: gilvmBest, cpythonSeconds: cpythonBest, nodeSeconds: nodeBest, gilvmStatus };
}

/** Runs one program under both interpreters, alternating, best of `repeat`. */
export function benchProgram(name: string, options: VmBenchOptions = {}, root = repoRoot()): VmBenchRow {
  const repeat = options.repeat ?? 3;
  const timeoutFactor = options.timeoutFactor ?? 25;
  const minTimeout = options.minTimeoutSeconds ?? 30;
  const file = join(programsDir(root), `${name}.py`);
  const gilvm = gilvmCommand(root);

  let cpythonBest = Infinity;
  let gilvmBest = Infinity;
  let expected: string | null = null;
  let status = 'ok';
  let detail: string | undefined;
  for (let r = 0; r < repeat; r++) {
    const py = timedRun(PYTHON, [file], root);
    if (py.exitCode !== 0) {
      throw new Error(`python3 ${name}.py failed (exit ${py.exitCode ?? py.signal}): ${lastLine(py.stderr)}`);
    }
    if (expected === null) expected = py.stdout;
    else if (py.stdout !== expected) throw new Error(`python3 ${name}.py is not deterministic: its output changed between runs`);
    cpythonBest = Math.min(cpythonBest, py.seconds);

    if (status !== 'ok') continue; // gilvm already failed on this program: do not pay for it again
    const timeout = Math.max(minTimeout, timeoutFactor * py.seconds);
    const g = timedRun(gilvm.command, [...gilvm.prefix, 'run', file], root, timeout);
    const bad = failureStatus(g, timeout);
    if (bad !== null) {
      status = bad;
      detail = lastLine(g.stderr) || undefined;
    } else if (g.stdout !== expected) {
      status = 'MISMATCH';
      detail = firstDifference(expected, g.stdout);
    } else {
      gilvmBest = Math.min(gilvmBest, g.seconds);
    }
  }
  const ok = status === 'ok';
  const row: VmBenchRow = {
    name,
    gilvmSeconds: ok ? gilvmBest : null,
    cpythonSeconds: cpythonBest,
    ratio: ok ? gilvmBest / cpythonBest : null,
    status,
  };
  if (detail !== undefined) row.detail = detail;
  return row;
}

/** Newest modification time (ms) of the .ts files under dir. */
function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(path));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

function buildWarnings(root: string): string[] {
  const warnings: string[] = [];
  const cli = join(root, 'dist', 'src', 'cli', 'main.js');
  if (!existsSync(cli)) {
    warnings.push('dist/src/cli/main.js is missing: gilvm is not built (npm run build); every gilvm run will fail.');
  } else if (existsSync(join(root, 'src')) && newestMtime(join(root, 'src')) > statSync(cli).mtimeMs) {
    warnings.push('dist/ is older than src/: gilvm\'s figures are for the last build, not the current sources.');
  }
  const load = loadavg()[0]!;
  const cores = availableParallelism();
  if (load > cores) {
    warnings.push(`the machine is busy (load average ${load.toFixed(1)} on ${cores} cores): wall times are inflated and noisy.`);
  }
  return warnings;
}

/** The whole VM benchmark: start-up, then every (selected) program. */
export function runVmBench(options: VmBenchOptions = {}): VmBenchResult {
  const root = repoRoot();
  const repeat = options.repeat ?? 3;
  const all = listPrograms(programsDir(root));
  let names = all;
  if (options.only !== undefined) {
    const unknown = options.only.filter((n) => !all.includes(n));
    if (unknown.length > 0) throw new Error(`unknown program(s): ${unknown.join(', ')} (have: ${all.join(', ')})`);
    names = all.filter((n) => options.only!.includes(n));
  }
  const warnings = buildWarnings(root);

  options.onProgress?.('start-up (-c pass)');
  const startup = measureStartup(Math.max(repeat, 5), root);
  const rows: VmBenchRow[] = [];
  for (const name of names) {
    options.onProgress?.(name);
    rows.push(benchProgram(name, { ...options, repeat }, root));
  }
  const ratios = rows.filter((r) => r.status === 'ok' && r.ratio !== null).map((r) => r.ratio!);
  return { rows, startup, geomean: geometricMean(ratios), geomeanCount: ratios.length, repeat, warnings };
}

function fmtSeconds(s: number | null): string {
  return s === null ? '-' : s.toFixed(3);
}

/** The VM section of `npm run bench` as text: table, geometric mean, start-up, targets. */
export function formatVmBench(result: VmBenchResult): string {
  const out: string[] = [];
  out.push(`VM: bench/programs under gilvm and python3 (wall time, best of ${result.repeat}, alternating)`);
  for (const w of result.warnings) out.push(`  warning: ${w}`);
  const header = ['program', 'gilvm s', 'python3 s', 'ratio', 'status'];
  const body = result.rows.map((r) => [
    r.name,
    fmtSeconds(r.gilvmSeconds),
    fmtSeconds(r.cpythonSeconds),
    r.ratio === null ? '-' : `${r.ratio.toFixed(2)}x`,
    r.status,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i]!.length)));
  const line = (cells: string[]): string =>
    '  ' + cells.map((c, i) => (i === 0 || i === cells.length - 1 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ').trimEnd();
  out.push(line(header));
  out.push('  ' + widths.map((w) => '-'.repeat(w)).join('-|-'));
  for (const row of body) out.push(line(row));

  const total = result.rows.length;
  const gm = result.geomean;
  out.push(
    gm === null
      ? `  geometric mean   - (no program ran correctly under gilvm; 0 of ${total})`
      : `  geometric mean   ${gm.toFixed(2)}x CPython's time over ${result.geomeanCount} of ${total} programs`,
  );
  const worst = result.rows.filter((r) => r.ratio !== null).sort((a, b) => b.ratio! - a.ratio!)[0];
  const s = result.startup;
  out.push(
    `  start-up (-c pass)  gilvm ${(s.gilvmSeconds * 1000).toFixed(1)} ms${s.gilvmStatus === 'ok' ? '' : ` (${s.gilvmStatus})`}, ` +
      `python3 ${(s.cpythonSeconds * 1000).toFixed(1)} ms, node -e 0 ${(s.nodeSeconds * 1000).toFixed(1)} ms ` +
      `(best of ${Math.max(result.repeat, 5)}; not subtracted above)`,
  );
  const targets: [string, string][] = [
    [
      `geometric mean <= ${VM_TARGETS.geomeanRatio}x`,
      gm === null
        ? 'not measured'
        : verdict(gm <= VM_TARGETS.geomeanRatio, `${gm.toFixed(2)}x`) +
          (result.geomeanCount < total ? ` (only ${result.geomeanCount} of ${total} programs ran)` : ''),
    ],
    [
      `no program worse than ${VM_TARGETS.worstRatio}x`,
      worst === undefined ? 'not measured' : verdict(worst.ratio! <= VM_TARGETS.worstRatio, `worst ${worst.name} ${worst.ratio!.toFixed(2)}x`),
    ],
    [
      `start-up < ${VM_TARGETS.startupSeconds * 1000} ms`,
      s.gilvmStatus !== 'ok'
        ? `not measured (gilvm -c pass: ${s.gilvmStatus})`
        : verdict(s.gilvmSeconds < VM_TARGETS.startupSeconds, `${(s.gilvmSeconds * 1000).toFixed(1)} ms`),
    ],
  ];
  const labelWidth = Math.max(...targets.map(([label]) => label.length));
  out.push('  targets (issue 4):');
  for (const [label, figure] of targets) out.push(`    ${label.padEnd(labelWidth)}  ${figure}`);

  const problems = result.rows.filter((r) => r.detail !== undefined);
  if (problems.length > 0) {
    out.push('  failures:');
    for (const r of problems) out.push(`    ${r.name}: ${r.status}: ${truncate(r.detail!, 160)}`);
  }
  return out.join('\n') + '\n';
}

function verdict(met: boolean, figure: string): string {
  return `${figure}  ${met ? 'met' : 'NOT MET'}`;
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : text.slice(0, max - 3) + '...';
}

/*
 * Heap bytes per object kind.
 *
 * `gilvm run --heap-report OUT.json FILE.py` is to write, when the program ends (before the
 * final teardown, after a last cycle collection), the heap use per object kind as JSON:
 *
 *   { "kinds": [ { "type": "int", "count": 12, "bytes": 384 },
 *                { "type": "dict", "count": 3, "bytes": 1152 }, ... ],
 *     "peakBytes": 1048576,      // optional: the high-water mark of allocated bytes
 *     "heapBytes": 4194304 }     // optional: the size of the SharedArrayBuffer at exit
 *
 * "type" is the Python type name (or an internal kind such as "frame" or "code"), "count"
 * the number of live objects of that kind, "bytes" the bytes their blocks occupy (size-class
 * rounding included). Until the flag exists, the section prints "(not available yet)".
 */
export interface HeapKind {
  type: string;
  count: number;
  bytes: number;
}

export interface HeapReport {
  kinds: HeapKind[];
  peakBytes?: number;
  heapBytes?: number;
}

/** Reads and checks a --heap-report JSON file; throws with a readable message if malformed. */
export function readHeapReport(path: string): HeapReport {
  const data = JSON.parse(readFileSync(path, 'utf8')) as unknown;
  const kinds = (data as { kinds?: unknown }).kinds;
  if (!Array.isArray(kinds)) throw new Error(`${path}: expected {"kinds": [...]}`);
  for (const k of kinds as unknown[]) {
    const kind = k as Partial<HeapKind>;
    if (typeof kind.type !== 'string' || typeof kind.count !== 'number' || typeof kind.bytes !== 'number') {
      throw new Error(`${path}: each kind needs "type" (string), "count" and "bytes" (numbers)`);
    }
  }
  return data as HeapReport;
}

/** The "Heap bytes per object kind" section text from a --heap-report JSON file. */
export function formatHeapReport(report: HeapReport, title: string): string {
  const out: string[] = [`Heap bytes per object kind (${title})`];
  const kinds = [...report.kinds].sort((a, b) => b.bytes - a.bytes || a.type.localeCompare(b.type));
  const width = Math.max('total'.length, ...kinds.map((k) => k.type.length));
  out.push(`  ${'kind'.padEnd(width)} | ${'count'.padStart(10)} | ${'bytes'.padStart(12)} | bytes/object`);
  for (const k of kinds) {
    const per = k.count > 0 ? (k.bytes / k.count).toFixed(1) : '-';
    out.push(`  ${k.type.padEnd(width)} | ${String(k.count).padStart(10)} | ${String(k.bytes).padStart(12)} | ${per}`);
  }
  const totalBytes = kinds.reduce((s, k) => s + k.bytes, 0);
  const totalCount = kinds.reduce((s, k) => s + k.count, 0);
  out.push(`  ${'total'.padEnd(width)} | ${String(totalCount).padStart(10)} | ${String(totalBytes).padStart(12)} |`);
  if (report.peakBytes !== undefined) out.push(`  peak allocated bytes: ${report.peakBytes}`);
  if (report.heapBytes !== undefined) out.push(`  heap size at exit:    ${report.heapBytes}`);
  return out.join('\n') + '\n';
}

/** Prints the heap section from an existing JSON file (the hook for callers that ran gilvm themselves). */
export function printHeapReportFromFile(path: string, title = path): void {
  process.stdout.write(formatHeapReport(readHeapReport(path), title));
}

/**
 * Runs `gilvm run --heap-report TMP.json bench/programs/<program>.py` and returns the heap
 * section, or the section with "(not available yet)" when gilvm does not list the flag in
 * `gilvm run --help`, and a failure line when the run fails or writes no valid report.
 */
export function heapReportSection(program = 'objects'): string {
  const root = repoRoot();
  const title = `Heap bytes per object kind (gilvm run --heap-report, ${program}.py)`;
  const gilvm = gilvmCommand(root);
  const help = timedRun(gilvm.command, [...gilvm.prefix, 'run', '--help'], root, 30);
  if (help.exitCode !== 0 || !help.stdout.includes('--heap-report')) return `${title}\n  (not available yet)\n`;
  const dir = mkdtempSync(join(tmpdir(), 'gilvm-heap-'));
  try {
    const json = join(dir, 'heap.json');
    const run = timedRun(gilvm.command, [...gilvm.prefix, 'run', '--heap-report', json, join(programsDir(root), `${program}.py`)], root, 300);
    const bad = failureStatus(run, 300);
    if (bad !== null) return `${title}\n  ${bad}: ${truncate(lastLine(run.stderr), 160)}\n`;
    if (!existsSync(json)) return `${title}\n  FAILED: gilvm wrote no report to ${json}\n`;
    try {
      return formatHeapReport(readHeapReport(json), `gilvm run --heap-report, ${program}.py`);
    } catch (e) {
      return `${title}\n  FAILED: ${e instanceof Error ? e.message : String(e)}\n`;
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Prints the heap section (see heapReportSection). */
export function printHeapReport(program = 'objects'): void {
  process.stdout.write(heapReportSection(program));
}
