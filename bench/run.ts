/*
 * `npm run bench`: runs gilvm and python3 on the same work in one run and prints the
 * figures and ratios. Speed is measured here, never in tests.
 *   1. Front end: compiling a generated 20,000-line program (target: at most 3x CPython).
 *   2. VM (issue 4): bench/programs/*.py under gilvm and python3, outputs compared, table of
 *      times and ratios, geometric mean, start-up; heap bytes per object kind.
 *   3. Threads and the GIL (issue 5), on the interpreter (gil-interp.ts): the classic demo
 *      threaded vs sequential with 2 workers, GIL hand-over latency between two executors,
 *      the single-thread cost of the GIL checks.
 *   4. No-GIL (issue 6, nogil-bench.ts): the classic demo's speedup without the GIL, and the
 *      single-thread overhead of --no-gil on the VM programs.
 *
 * Options (after `npm run bench --`):
 *   --only fib,nbody   run only these VM programs (names of bench/programs/*.py)
 *   --repeat N         best of N runs per program (default 3)
 *   --skip-compile     leave out the front-end section
 * A section that throws prints its error and the others still run; the exit code is 1 then.
 */
import { formatVmBench, listPrograms, printHeapReport, runVmBench } from './vm-bench.js';

interface BenchArgs {
  only?: string[];
  repeat: number;
  skipCompile: boolean;
}

const USAGE = 'usage: npm run bench -- [--only NAME,NAME...] [--repeat N] [--skip-compile]';

function parseArgs(argv: string[]): BenchArgs {
  const args: BenchArgs = { repeat: 3, skipCompile: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const eq = arg.indexOf('=');
    const flag = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    const inlineValue = arg.startsWith('--') && eq > 0 ? arg.slice(eq + 1) : undefined;
    const value = (): string => {
      const v = inlineValue ?? argv[++i];
      if (v === undefined || v === '') throw new UsageError(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case '--only': {
        args.only = value().split(',').map((s) => s.trim().replace(/\.py$/, '')).filter((s) => s !== '');
        const known = listPrograms();
        const unknown = args.only.filter((n) => !known.includes(n));
        if (unknown.length > 0) throw new UsageError(`unknown program(s) ${unknown.join(', ')}; have ${known.join(', ')}`);
        break;
      }
      case '--repeat': {
        const n = Number(value());
        if (!Number.isInteger(n) || n < 1) throw new UsageError('--repeat needs a positive integer');
        args.repeat = n;
        break;
      }
      case '--skip-compile':
        args.skipCompile = true;
        break;
      case '--help':
      case '-h':
        process.stdout.write(`${USAGE}\nprograms: ${listPrograms().join(', ')}\n`);
        process.exit(0);
      default:
        throw new UsageError(`unknown option '${arg}'`);
    }
  }
  return args;
}

class UsageError extends Error {}

async function compileSection(): Promise<void> {
  // Imported here so that a front end that does not load (mid-edit) costs only this section.
  const { runCompileBench } = await import('./compile-bench.js');
  const c = runCompileBench();
  const ratio = c.gilvmSeconds / c.cpythonSeconds;
  process.stdout.write('Front end: compile a generated program (best of 3)\n');
  process.stdout.write(`  lines            ${c.lines}\n`);
  process.stdout.write(`  gilvm            ${(c.gilvmSeconds * 1000).toFixed(1)} ms  (${Math.round(c.lines / c.gilvmSeconds).toLocaleString('en-US')} lines/s)\n`);
  process.stdout.write(`  python3 compile  ${(c.cpythonSeconds * 1000).toFixed(1)} ms  (${Math.round(c.lines / c.cpythonSeconds).toLocaleString('en-US')} lines/s)\n`);
  process.stdout.write(`  ratio            ${ratio.toFixed(2)}x CPython's time (target <= 3x)\n`);
}

function vmSection(args: BenchArgs): void {
  const progress = process.stderr.isTTY
    ? (what: string) => process.stderr.write(`\r\x1b[K  running ${what} ...`)
    : undefined;
  const options: Parameters<typeof runVmBench>[0] = { repeat: args.repeat };
  if (args.only !== undefined) options.only = args.only;
  if (progress !== undefined) options.onProgress = progress;
  const result = runVmBench(options);
  if (progress !== undefined) process.stderr.write('\r\x1b[K');
  process.stdout.write(formatVmBench(result));
}

/**
 * Issue 5 figures, measured on the interpreter running on the executors
 * (bench/gil-interp.ts, programs in bench/gil/): the classic demo threaded vs sequential
 * with --workers 2, the GIL hand-over latency between two executors from a --trace, and
 * the single-thread cost of the GIL machinery.
 */
async function gilSection(args: BenchArgs): Promise<void> {
  const { runInterpGilBench, formatInterpGilBench } = await import('./gil-interp.js');
  const tty = process.stderr.isTTY;
  const r = runInterpGilBench({
    onProgress: tty ? (what) => process.stderr.write(`\r\x1b[K  GIL: ${what}...`) : undefined,
    ...(args.only === undefined ? {} : { only: args.only }),
  });
  if (tty) process.stderr.write('\r\x1b[K');
  process.stdout.write(formatInterpGilBench(r));
}

/** Issue 6 figures (bench/nogil-bench.ts): the classic demo with and without the GIL, and
 * the single-thread overhead of --no-gil on the VM programs. */
async function noGilSection(args: BenchArgs): Promise<void> {
  const { runNoGilBench, formatNoGilBench } = await import('./nogil-bench.js');
  const tty = process.stderr.isTTY;
  const options: Parameters<typeof runNoGilBench>[0] = { repeat: args.repeat };
  if (args.only !== undefined) options.only = args.only;
  if (tty) options.onProgress = (what) => process.stderr.write(`\r\x1b[K  ${what}...`);
  const r = runNoGilBench(options);
  if (tty) process.stderr.write('\r\x1b[K');
  process.stdout.write(formatNoGilBench(r));
}

async function section(name: string, body: () => void | Promise<void>): Promise<boolean> {
  try {
    await body();
    return true;
  } catch (e) {
    process.stdout.write(`${name}: the benchmark itself failed: ${e instanceof Error ? e.message : String(e)}\n`);
    return false;
  } finally {
    process.stdout.write('\n');
  }
}

async function main(): Promise<void> {
  // `npm run bench | head` closes stdout early: stop quietly instead of a JS stack.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
  let args: BenchArgs;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    process.stderr.write(`bench: ${e.message}\n${USAGE}\n`);
    process.exitCode = 2;
    return;
  }
  let ok = true;
  if (!args.skipCompile) ok = (await section('Front end', compileSection)) && ok;
  ok = (await section('VM', () => vmSection(args))) && ok;
  ok = (await section('Heap', () => printHeapReport())) && ok;
  ok = (await section('Threads and the GIL', () => gilSection(args))) && ok;
  ok = (await section('No-GIL mode', () => noGilSection(args))) && ok;
  if (!ok) process.exitCode = 1;
}

await main();
