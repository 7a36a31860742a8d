/*
 * `gilvm [run] FILE.py [args]` and `gilvm -c CODE`: compile the script (SyntaxError as
 * CPython prints it, exit 1) and hand the code to the VM.
 */
import { resolve } from 'node:path';
import { compileSource } from '../compiler/compile-source.js';
import { readScript } from './source.js';
import { reportError } from './main.js';
import { runMain } from '../vm/run.js';
import { writeHeapReport } from '../vm/heapreport.js';
import { parseHeapSize } from '../heap/memory.js';

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
}

/** Options the CLI knows but the VM does not honour yet: refused rather than ignored. */
function unsupportedOptions(opts: RunOptions): string[] {
  void opts; // --no-gil is honoured since issue 6 (vm/nogil.ts)
  return [];
}

export function runCommand(file: string | undefined, args: string[], opts: RunOptions): number | Promise<number> {
  try {
    let source: string;
    let filename: string;
    if (opts.c !== undefined) {
      source = opts.c;
      filename = '<string>';
      if (file !== undefined) args = [file, ...args];
    } else if (file !== undefined) {
      source = readScript(file);
      filename = resolve(file);
    } else {
      process.stderr.write('gilvm: the interactive REPL is not available yet; give a script or -c CODE\n');
      return 2;
    }
    const unsupported = unsupportedOptions(opts);
    if (unsupported.length > 0) {
      process.stderr.write(`gilvm: ${unsupported.join(', ')}: not available yet in this build (see the issues)\n`);
      return 2;
    }
    const code = compileSource(source, filename);
    const argv = opts.c !== undefined ? ['-c', ...args] : [file as string, ...args];
    const result = runMain(code, {
      argv,
      maxHeap: opts.maxHeap !== undefined ? parseHeapSize(opts.maxHeap) : undefined,
      checkRefs: opts.checkRefs === true,
      onExit: opts.heapReport !== undefined ? ((path) => (rt) => writeHeapReport(rt, path))(resolve(opts.heapReport)) : undefined,
      threads: {
        workers: opts.workers,
        switchInterval: opts.switchInterval,
        stats: opts.stats === true,
        tracePath: opts.trace !== undefined ? resolve(opts.trace) : null,
        noGil: opts.gil === false,
        prestart: true,
        statsJsonPath: opts.statsJson !== undefined ? resolve(opts.statsJson) : null,
      },
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
