/*
 * The `gilvm` command line: argument parsing (commander) and dispatch to the subcommands,
 * plus the last-resort report of internal errors.
 *
 *   gilvm [run] FILE.py [args...]    run a script (also FILE.pyasm)
 *   gilvm -c CODE [args...]          run a string
 *   gilvm [-i [FILE | -c CODE]]      the interactive REPL (cli/repl.ts); -i runs the script first
 *   gilvm dis FILE.py [--asm]        CPython-style disassembly, or the textual assembly
 *   gilvm asm FILE.pyasm             assemble and print the disassembly
 *   gilvm compare FILE.py [args]     the script with and without the GIL, side by side
 *
 * Exit codes follow CPython: 1 for a syntax error or an uncaught exception, 2 for a file
 * that cannot be opened or bad usage, 70 (EX_SOFTWARE) for a fault inside gilvm, which is
 * reported as `gilvm: internal error: <what>` and never as a raw JS stack unless
 * GILVM_DEBUG=1.
 *
 * Start-up (every test program and every script pays it; measured with --cpu-prof):
 *  - `dis` and `asm` are loaded by dynamic import when one of them runs: they pull in the
 *    assembler and ohm-js (~85-105 ms of module loading), which a run never needs.
 *  - commander itself (~15-25 ms to load and build the program) is loaded only when the
 *    command line is not a plain run. plainRunInvocation recognises the plain shapes
 *    (`[run] [--check-refs] [-c CODE] [FILE [ARGS...]]`) and returns exactly what commander
 *    would hand the run action (test/cli/main.test.ts compares the two on every shape);
 *    anything else (another option, a subcommand, help, an error) goes through commander.
 *  - The program is parsed with parseAsync (the dis/asm actions are async); a synchronous
 *    action such as `run` still executes at once inside it. A threaded run returns a
 *    promise of its exit code (the supervisor's run): main awaits it, then sets
 *    process.exitCode.
 */
import type { Command } from 'commander';
import { runCommand, type RunOptions } from './run-command.js';
import type { CompareOptions } from './compare-command.js';
import { ScriptOpenError } from './source.js';
import { PySyntaxError, formatSyntaxError } from '../frontend/errors.js';
import { heapSizeProblem, parseHeapSize } from '../heap/memory.js';
import { accessSync, constants as fsConstants, statSync } from 'node:fs';
import { dirname, resolve as resolvePath } from 'node:path';

/** Why a file an option writes (--trace, --stats-json, --heap-report) cannot be written, or
 * null: checked before the run, so that a bad path is a usage error (exit 2) and not an
 * internal error after the program has run. Nothing is created here. */
function outputPathProblem(path: string): string | null {
  const full = resolvePath(path);
  try {
    if (statSync(full).isDirectory()) return `${full} is a directory`;
    accessSync(full, fsConstants.W_OK);
    return null;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') return `cannot write ${full}`;
  }
  try {
    const dir = dirname(full);
    if (!statSync(dir).isDirectory()) return `${dir} is not a directory`;
    accessSync(dir, fsConstants.W_OK);
    return null;
  } catch {
    return `cannot create ${full}: its directory does not exist or is not writable`;
  }
}

/** The smallest --max-heap a run accepts: an interpreter's own start takes ~1.5 MB, and a
 * heap exhausted while it starts failed as an internal error (or, at ~1.2 MB, hung with its
 * lock word overwritten). Below it the option is a usage error (exit 2). */
const MIN_INTERPRETER_HEAP = 2 << 20;

import { EXIT_INTERNAL_ERROR, endsBySigint } from '../vm/exit-codes.js';
export { EXIT_INTERNAL_ERROR };

type Commander = typeof import('commander');

/** The run action's arguments, as commander passes them. */
export interface RunInvocation {
  file: string | undefined;
  args: string[];
  opts: RunOptions;
}

/** Names commander treats as a subcommand when they come first (`help` is implicit). */
const COMMAND_NAMES: ReadonlySet<string> = new Set(['run', 'dis', 'asm', 'debug', 'compare', 'help']);

/**
 * The run action's arguments for a plain run command line, or null when commander must
 * decide (any other option, a subcommand, an option value starting with '-', a repeated
 * option). Options are only read before the script; what follows it is the script's.
 */
export function plainRunInvocation(argv: readonly string[]): RunInvocation | null {
  const explicitRun = argv[0] === 'run';
  let i = explicitRun ? 1 : 0;
  const opts: RunOptions = { gil: true };
  for (; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('-')) break;
    if (arg === '--check-refs' && opts.checkRefs === undefined) {
      opts.checkRefs = true;
    } else if (arg === '-c' && opts.c === undefined) {
      const code = argv[i + 1];
      if (code === undefined || code.startsWith('-') || (!explicitRun && COMMAND_NAMES.has(code))) return null;
      opts.c = code;
      i++;
      // as python3 -c: everything after the code is the program's (sys.argv[1:]), '-x' too
      i++;
      break;
    } else {
      return null;
    }
  }
  const file = argv[i];
  if (file === undefined) return opts.c === undefined ? null : { file: undefined, args: [], opts };
  if (!explicitRun && COMMAND_NAMES.has(file)) return null;
  return { file, args: argv.slice(i + 1), opts };
}

/** The run options that take a value (the next argument). */
const RUN_VALUE_OPTIONS: ReadonlySet<string> = new Set(['--workers', '--switch-interval', '--trace', '--stats-json', '--max-heap', '--heap-report']);

/**
 * The command line with '--' after a run's `-c CODE` when arguments follow it, so that
 * commander hands them all to the program as python3 does (`gilvm --no-gil -c CODE -x`:
 * sys.argv is ['-c', '-x']; commander read -x as an option of gilvm's), and with `run`
 * named before run options followed by a script with arguments.
 */
export function endOptionsAfterCode(argv: readonly string[]): string[] {
  let i = argv[0] === 'run' ? 1 : 0;
  for (; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') break;
    if (!arg.startsWith('-')) {
      // the script after run options, with arguments: named `run`, because the default
      // command's dispatch takes a '-h' / '--help' anywhere for gilvm's own help
      // (`gilvm --no-gil x.py -h`: sys.argv is ['x.py', '-h'], as `gilvm x.py -h`)
      if (i > 0 && argv[0] !== 'run' && i + 1 < argv.length && !COMMAND_NAMES.has(arg)) return ['run', ...argv];
      break;
    }
    if (RUN_VALUE_OPTIONS.has(arg)) i++;
    else if (arg === '-c' || (arg.startsWith('-c') && arg.length > 2)) {
      const rest = arg === '-c' ? i + 2 : i + 1;
      if (rest >= argv.length) return [...argv];
      // named: the default command's dispatch would take a '-h' after the '--' for help
      const run = argv[0] === 'run' ? [] : ['run'];
      return [...run, ...argv.slice(0, rest), '--', ...argv.slice(rest)];
    }
  }
  return [...argv];
}

/** The whole command line; `onRun` runs a script (its return value is the exit code). */
export function buildProgram(
  { Command, InvalidArgumentError }: Commander,
  setExit: (code: number) => void,
  onRun: (file: string | undefined, args: string[], opts: RunOptions) => number | Promise<number> = runCommand,
): Command {
  // A bad option value is a usage error (commander's "error: option ... argument ... is
  // invalid", exit 2), not a fault of gilvm's
  const usage = <T>(check: (value: string) => T) => (value: string): T => {
    try {
      return check(value);
    } catch (e) {
      throw new InvalidArgumentError(e instanceof Error ? e.message : String(e));
    }
  };
  const parsePositiveInt = usage(positiveInt);
  const parseWorkerList = usage((value) => value.split(',').map((part) => positiveInt(part.trim())));
  const checkOutputPath = usage((value) => {
    const problem = outputPathProblem(value);
    if (problem !== null) throw new Error(problem);
    return value;
  });
  const checkHeapSize = usage((value) => {
    const bytes = parseHeapSize(value);
    const problem = heapSizeProblem(bytes) ?? (bytes < MIN_INTERPRETER_HEAP ? `max heap too small: ${bytes} bytes, an interpreter needs 2M` : null);
    if (problem !== null) throw new Error(`expected a size such as 256M or 2G (${problem})`);
    return value;
  });
  const program = new Command('gilvm')
    .description('A bytecode VM for a Python subset that makes the GIL something you can run, step, switch off and measure.')
    .enablePositionalOptions()
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });

  program
    .command('run', { isDefault: true })
    .description('run a Python script (the default command: `gilvm FILE.py` = `gilvm run FILE.py`)')
    .argument('[file]', 'the script (.py, or .pyasm assembly)')
    .argument('[args...]', 'arguments for the script (sys.argv[1:])')
    .option('-c <code>', 'run CODE instead of a file')
    .option('-i', 'inspect interactively after running the script (with no script: the REPL)')
    .option('-u', 'unbuffered stdout, as python3 -u (sets PYTHONUNBUFFERED for the run and its children)')
    .option('--no-gil', 'run threads in parallel without the global interpreter lock')
    .option('--workers <n>', 'number of executors (OS threads)', parsePositiveInt)
    .option('--switch-interval <n>', 'instructions per GIL time slice', parsePositiveInt)
    .option('--stats', 'print per-thread GIL statistics to stderr at exit')
    .option('--trace <file>', 'write GIL hand-overs and thread state changes as JSON lines', checkOutputPath)
    .option('--stats-json <file>', 'at exit, write the --stats figures, wall and CPU time as JSON (gilvm compare reads it)', checkOutputPath)
    .option('--check-refs', 'at exit, report every live object and exit 70 on a leak')
    .option('--max-heap <size>', 'heap limit, e.g. 256M or 2G (MemoryError beyond it)', checkHeapSize)
    .option('--heap-report <file>', 'at exit, write the live objects by type (count, bytes) as JSON', checkOutputPath)
    .passThroughOptions()
    .action(async (file: string | undefined, args: string[], opts: RunOptions) => {
      setExit(await onRun(file, args, opts));
    });

  program
    .command('dis')
    .description('disassemble a script: every code object, in CPython 3.11 dis layout')
    .argument('<file>', 'a .py file')
    .option('--asm', 'print textual assembly (readable by `gilvm asm`) instead')
    .action(async (file: string, opts: { asm?: boolean }) => {
      const { disCommand } = await import('./dis-command.js');
      setExit(disCommand(file, opts.asm === true));
    });

  program
    .command('debug')
    .description('step through a script\'s bytecode: breakpoints, threads and the GIL (type help inside)')
    .argument('<file>', 'a .py file')
    .option('--no-gil', 'debug without the global interpreter lock (threads interleaved, no holder)')
    .option('--workers <n>', 'number of executors (shown; the debugger runs every thread itself)', parsePositiveInt)
    .option('--switch-interval <n>', 'instructions per GIL time slice', parsePositiveInt)
    .action(async (file: string, opts: { gil?: boolean; workers?: number; switchInterval?: number }) => {
      const { debugCommand } = await import('./debug-command.js');
      setExit(await debugCommand(file, opts));
    });

  program
    .command('compare')
    .description('run a script with the GIL and without it, check the outputs agree, and compare the figures side by side')
    .argument('<file>', 'a .py file')
    .argument('[args...]', 'arguments for the script (sys.argv[1:])')
    .option('--workers <list>', 'executor counts to compare, e.g. 1,2,4 (default: the number of cores)', parseWorkerList)
    .option('--switch-interval <n>', 'instructions per GIL time slice', parsePositiveInt)
    .option('--repeat <n>', 'runs per configuration; the fastest is shown', parsePositiveInt)
    .action(async (file: string, args: string[], opts: CompareOptions) => {
      const { compareCommand } = await import('./compare-command.js');
      setExit(await compareCommand(file, args, opts));
    });

  program
    .command('asm')
    .description('assemble a .pyasm file and print its disassembly')
    .argument('<file>', 'a .pyasm file')
    .action(async (file: string) => {
      const { asmCommand } = await import('./dis-command.js');
      setExit(asmCommand(file));
    });

  return program;
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`expected a positive integer, got '${value}'`);
  return n;
}

/** Prints the errors every command shares and returns the exit code. */
export function reportError(e: unknown): number {
  if (e instanceof PySyntaxError) {
    process.stderr.write(formatSyntaxError(e));
    return 1;
  }
  if (e instanceof ScriptOpenError) {
    process.stderr.write(e.message + '\n');
    return e.exitCode;
  }
  return reportInternalError(e);
}

export function reportInternalError(e: unknown): number {
  const what = e instanceof Error ? `${e.name === 'Error' ? '' : e.name + ': '}${e.message}` : String(e);
  process.stderr.write(`gilvm: internal error: ${what}\n`);
  if (process.env.GILVM_DEBUG === '1' && e instanceof Error && e.stack) process.stderr.write(e.stack + '\n');
  else process.stderr.write('gilvm: (set GILVM_DEBUG=1 to see the JS stack; please report this bug)\n');
  return EXIT_INTERNAL_ERROR;
}

export async function main(argv: string[]): Promise<void> {
  const setExit = (code: number): void => {
    process.exitCode = code;
    // an uncaught KeyboardInterrupt: CPython ends by SIGINT (the shell shows 130; Python's
    // subprocess, returncode -2); the program's output is already written (writeSync)
    if (endsBySigint(code)) {
      process.once('exit', () => {
        process.removeAllListeners('SIGINT');
        process.kill(process.pid, 'SIGINT');
      });
    }
  };
  const plain = plainRunInvocation(argv);
  if (plain !== null) {
    try {
      setExit(await runCommand(plain.file, plain.args, plain.opts));
    } catch (e) {
      setExit(reportError(e));
    }
    return;
  }
  const commander = await import('commander');
  try {
    await buildProgram(commander, setExit).parseAsync(endOptionsAfterCode(argv), { from: 'user' });
  } catch (e) {
    if (e instanceof commander.CommanderError) {
      setExit(e.exitCode === 0 ? 0 : 2);
    } else {
      setExit(reportError(e));
    }
  }
}
