/*
 * The entry of a multiprocessing child (a worker_thread started by modules/_multiprocessing.ts
 * `start`): a fresh interpreter, with its own heap and its own GIL, that runs
 *
 *     import _multiprocessing
 *     _multiprocessing.child_bootstrap()._child_main()
 *
 * as its main module: child_bootstrap runs lib/multiprocessing.py (compiled by the parent)
 * and returns it; its _child_main, called from Python so that the target runs in the
 * outermost eval loop (a child may start threads), runs the script (also precompiled) as `__mp_main__` (also
 * sys.modules['__main__'], so imports find modules beside the script), unpickles the Process object
 * and runs it, and exits with its exit code. The options of the parent's gilvm command
 * (--no-gil, --workers, --switch-interval, --check-refs) are the child's.
 *
 * The exit code is written to the process record in the arena before the worker ends
 * (the parent's join reads it there: the parent's event loop, which would deliver the
 * Worker 'exit' event, does not turn while Python runs).
 *
 * process.pid / process.ppid are overridden in this isolate (os.getpid() differs in
 * children, as with real processes); no other state.
 */
import { workerData } from 'node:worker_threads';
import { writeSync } from 'node:fs';
import type { ChildInfo } from '../modules/_multiprocessing.js';
import { Arena } from './mp-arena.js';

const info = workerData as ChildInfo;
Object.defineProperty(process, 'pid', { value: info.pid, configurable: true, enumerable: true });
Object.defineProperty(process, 'ppid', { value: info.ppid, configurable: true, enumerable: true });
const arena = new Arena(info.sab, info.base);

function finish(code: number): void {
  arena.setExited(info.record, code);
  process.exit(code);
}

// The native function table is filled as modules are evaluated: load the CLI's module graph
// first (as runner-entry.ts does), so that the table is the same as in the executors this
// child may start, which compare it with its own.
// Literal specifiers, so that the bundle (scripts/bundle.mjs) resolves them, and no top-level
// await (the bundle is CommonJS, for V8's code cache): the child's work is runChild.
async function runChild(): Promise<void> {
  try {
    await import('../cli/main.js');
    const mp = await import('../modules/_multiprocessing.js');
    const { compileSource } = await import('../compiler/compile-source.js');
    const { runMain, EXIT_INTERNAL_ERROR } = await import('./run.js');
    mp.setChildInfo(info);
    const code = compileSource('import _multiprocessing\n_multiprocessing.child_bootstrap()._child_main()\n', '<string>');
    const result = runMain(code, {
      argv: info.argv,
      checkRefs: info.options.checkRefs === true,
      maxHeap: info.options.maxHeap,
      threads: { noGil: info.options.noGil === true, workers: info.options.workers, switchInterval: info.options.switchInterval },
    });
    if (typeof result === 'number') finish(result);
    else {
      // threaded: Python runs on executors, which cannot end this isolate; the parent's
      // terminate() request (a Pool's end) is honoured here, on this isolate's event loop
      const poll = setInterval(() => {
        if (arena.terminateRequested(info.record)) finish(-15);
      }, 20);
      poll.unref();
      result.then(finish, () => finish(EXIT_INTERNAL_ERROR));
    }
  } catch (e) {
    writeSync(2, `gilvm: internal error in a child process: ${e instanceof Error ? e.message : String(e)}\n`);
    finish(70);
  }
}

void runChild();
