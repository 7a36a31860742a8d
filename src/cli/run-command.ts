/*
 * `gilvm [run] FILE.py [args]`, `gilvm run FILE.pyasm` and `gilvm -c CODE`: compile the
 * script (SyntaxError as CPython prints it, exit 1), or assemble a .pyasm file (its error
 * as `gilvm asm` prints it, exit 1), and hand the code to the VM.
 */
import { resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import { isatty } from 'node:tty';
import { compileSource } from '../compiler/compile-source.js';
import { readScript, scriptAbsolutePath } from './source.js';
import { reportError } from './main.js';
import { runMain } from '../vm/run.js';
import { prestartWorkersFor } from '../vm/threads.js';
import { writeHeapReport } from '../vm/heapreport.js';
import { parseHeapSize } from '../heap/memory.js';
import type { CodeObject } from '../compiler/code.js';
import type { ThreadRunOptions } from '../vm/threads.js';

export interface RunOptions {
  c?: string;
  gil?: boolean;
  workers?: number;
  switchInterval?: number;
  stats?: boolean;
  trace?: string;
  statsJson?: string;
  checkRefs?: boolean;
  maxHeap?: string;
  heapReport?: string;
  /** -i: inspect interactively after running the script (the REPL, cli/repl.ts). */
  i?: boolean;
  /** -u: stdout unbuffered (vm/output.ts), through PYTHONUNBUFFERED as CPython's children see it. */
  u?: boolean;
}

/** Options the CLI knows but the VM does not honour yet: refused rather than ignored. */
function unsupportedOptions(opts: RunOptions): string[] {
  void opts; // --no-gil is honoured since issue 6 (vm/nogil.ts)
  return [];
}

/** An import line of the script that names threading or concurrent(.futures): its
 * executors' workers start before it is compiled (vm/threads.ts prestartWorkersFor). */
const IMPORTS_THREADING = /^[ \t]*(?:import|from)[ \t].*\b(?:threading|concurrent)\b/m;

/** A call of sys.setrecursionlimit: a raised limit moves the run onto the executors
 * (vm/threads.ts recursionLimitRaised), whose workers then start before it is compiled. */
const RAISES_RECURSION_LIMIT = /\bsetrecursionlimit\s*\(/;

export function runCommand(file: string | undefined, args: string[], opts: RunOptions): number | Promise<number> {
  if (opts.u === true) process.env.PYTHONUNBUFFERED = '1';
  if (opts.i === true) {
    // -i: run the script (if any), then the interactive REPL in its globals (cli/repl.ts)
    return import('./repl.js').then(({ replCommand }) => replCommand(file, args, opts)).catch((e: unknown) => reportError(e));
  }
  try {
    let source: string;
    let filename: string;
    if (opts.c !== undefined) {
      source = opts.c;
      filename = '<string>';
      if (file !== undefined) args = [file, ...args];
    } else if (file !== undefined && file !== '-') {
      source = readScript(file);
      filename = scriptAbsolutePath(file);
    } else if (file === '-' || (file === undefined && !isatty(0))) {
      // `gilvm -`, or no script and stdin is not a terminal: stdin is the script, as for
      // `python3 - < x.py` (sys.argv[0] '-') and `python3 < x.py` (sys.argv[0] '')
      source = readFileSync(0, 'utf8');
      filename = '<stdin>';
      file = file === '-' ? '-' : '';
    } else {
      // no script on a terminal: the interactive REPL (cli/repl.ts)
      return import('./repl.js').then(({ replCommand }) => replCommand(file, args, opts)).catch((e: unknown) => reportError(e));
    }
    const unsupported = unsupportedOptions(opts);
    if (unsupported.length > 0) {
      process.stderr.write(`gilvm: ${unsupported.join(', ')}: not available yet in this build (see the issues)\n`);
      return 2;
    }
    const threadOptions = {
      workers: opts.workers,
      switchInterval: opts.switchInterval,
      stats: opts.stats === true,
      tracePath: opts.trace !== undefined ? resolve(opts.trace) : null,
      noGil: opts.gil === false,
      prestart: true,
      statsJsonPath: opts.statsJson !== undefined ? resolve(opts.statsJson) : null,
      deepRecursionOnExecutors: true,
    };
    if (IMPORTS_THREADING.test(source) || RAISES_RECURSION_LIMIT.test(source)) prestartWorkersFor(threadOptions);
    const argv = opts.c !== undefined ? ['-c', ...args] : [file as string, ...args];
    if (opts.c === undefined && filename.endsWith('.pyasm')) {
      // textual assembly (`gilvm dis --asm`): the assembler is loaded only for it (main.ts)
      const text = source;
      return import('../compiler/asm.js').then(({ assemble, AsmError }) => {
        let code: CodeObject;
        try {
          code = assemble(text, filename);
        } catch (e) {
          if (!(e instanceof AsmError)) throw e;
          process.stderr.write(`${e.message}\n`);
          return 1;
        }
        return runCode(code, argv, opts, threadOptions);
      }).catch((e: unknown) => reportError(e));
    }
    // a program piped on stdin is parsed as CPython parses a file (it reads it through a FILE*)
    const code = compileSource(source, filename, undefined, filename === '<stdin>' ? 'file' : undefined);
    return runCode(code, argv, opts, threadOptions);
  } catch (e) {
    return reportError(e);
  }
}

/** Runs compiled (or assembled) code as the program: its exit code, or a promise of it. */
function runCode(code: CodeObject, argv: string[], opts: RunOptions, threadOptions: ThreadRunOptions): number | Promise<number> {
  try {
    const result = runMain(code, {
      argv,
      maxHeap: opts.maxHeap !== undefined ? parseHeapSize(opts.maxHeap) : undefined,
      checkRefs: opts.checkRefs === true,
      interruptible: true,
      onExit: opts.heapReport !== undefined ? ((path) => (rt) => writeHeapReport(rt, path))(resolve(opts.heapReport)) : undefined,
      threads: threadOptions,
    });
    if (typeof result === 'number') return result;
    // The program started threads: the run goes on asynchronously (worker executors, this
    // thread the supervisor); the caller awaits the exit code (main.ts).
    return result.then(
      (code) => code,
      (e: unknown) => reportError(e),
    );
  } catch (e) {
    return reportError(e);
  }
}
