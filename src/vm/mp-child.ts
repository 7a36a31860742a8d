/*
 * The entry of a multiprocessing child (a worker_thread started by modules/_multiprocessing.ts
 * `start`): a forked process, as CPython 3.11 makes children on Linux. Its interpreter is a
 * copy of the parent's (vm/fork.ts adoptForkedHeap: the parent's heap copied at start(),
 * with its own GIL, and the thread that called start() as its only thread), so the target,
 * its arguments and every global are the parent's objects as they were at start(): nothing
 * is pickled on the way in. It runs
 *
 *     import multiprocessing
 *     multiprocessing._fork_child_main()
 *
 * in a namespace of its own (run.ts RunOptions.forked: sys.modules['__main__'] stays the
 * parent's), which calls the Process object's _bootstrap() and exits with its exit code.
 * The options of the parent's gilvm command (--no-gil, --workers, --switch-interval) are
 * the child's; --check-refs audits the parent only (a forked child ends as os._exit does).
 *
 * The exit code is written to the process record in the arena before the worker ends
 * (the parent's join reads it there: the parent's event loop, which would deliver the
 * Worker 'exit' event, does not turn while Python runs).
 *
 * process.pid and os.getppid()'s answer are overridden in this isolate (os.getpid() differs in
 * children, as with real processes); no other state.
 */
import { workerData } from 'node:worker_threads';
import { writeSync } from 'node:fs';
import type { ChildInfo } from '../modules/_multiprocessing.js';
import { Arena } from './mp-arena.js';
import { setParentPid } from '../modules/os.js';

const info = workerData as ChildInfo;
Object.defineProperty(process, 'pid', { value: info.pid, configurable: true, enumerable: true });
setParentPid(info.ppid); // (process.ppid ignores defineProperty)
const arena = new Arena(info.sab, info.base, info.record);

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
    const { adoptForkedHeap } = await import('./fork.js');
    const { nativesFingerprint } = await import('./threads.js');
    const fork = info.fork!;
    // the copied heap's native functions are indexes into the parent's native table
    const mine = nativesFingerprint();
    if (mine.count !== fork.natives.count || mine.names !== fork.natives.names) {
      throw new Error(`the child's native function table differs from the parent's (${mine.count} vs ${fork.natives.count})`);
    }
    mp.setChildInfo(info);
    const rt = adoptForkedHeap(fork.heap, fork.runtime, fork.noGil);
    // the arena is the root's; the executors this child may start get both through its
    // snapshot (vm/threads.ts runtimeSnapshot), without the heap copy
    const inherited: ChildInfo = { ...info };
    delete inherited.fork;
    Object.assign(rt, { mpRoot: { sab: info.sab, base: info.base }, mpChildInfo: inherited });
    const code = compileSource('import multiprocessing\nmultiprocessing._fork_child_main()\n', '<string>');
    const result = runMain(code, {
      forked: rt,
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
