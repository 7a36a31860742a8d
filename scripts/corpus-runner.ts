/*
 * The test corpus's in-process runner (test/programs-corpus.ts starts one per vitest
 * worker with child_process.fork): it runs test/programs/*.py one after another in this
 * one Node process, each through the CLI's own run path (cli/run-command.ts runCommand:
 * a fresh interpreter, its own heap and sys.modules, executors for its threads) with
 * --check-refs, so that the corpus does not pay a Node start-up and a cold main-thread JIT
 * per program (~1,500 runs).
 *
 * fds 1 and 2 of this process are files the harness opened (their paths are argv[2] and
 * argv[3]): a program's stdout and stderr are what its run appended to them, whoever wrote
 * it (the main thread, an executor, a compile-time warning).
 *
 * Per request (a process message { id, file, options }), with the working directory
 * test/programs: the command line `run --check-refs OPTIONS FILE`, read by the CLI's own
 * commander program (cli/main.ts buildProgram), and the run action's runCommand awaited (a
 * threaded run ends when its executors have); then { id, stdout, stderr, exit }. Between two runs the
 * working directory and the environment are put back, executors pre-started for a
 * program that never started a thread are ended, and process_time's record of the
 * executors' threads starts again (vm/cpuclock.ts resetProcessClock).
 *
 * It replies { id, fallback: why } instead, and the harness runs that program as a `gilvm`
 * process, when it cannot give the CLI's outcome: -u (stdout's buffering mode is read
 * once per process, vm/output.ts), a command line the CLI refuses, an uncaught
 * KeyboardInterrupt (the CLI then ends itself by SIGINT), or a failure of its own. The
 * harness screens out beforehand the programs that start processes, read stdin, signal or
 * end the process (programs-corpus.ts IN_PROCESS_EXCLUDED).
 */
import { closeSync, existsSync, fstatSync, openSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { RunOptions } from '../src/cli/run-command.js';

interface Entry {
  runCommand: typeof import('../src/cli/run-command.js').runCommand;
  buildProgram: typeof import('../src/cli/main.js').buildProgram;
  discardPrestartedExecutors: typeof import('../src/vm/supervisor.js').discardPrestartedExecutors;
  resetProcessClock: typeof import('../src/vm/cpuclock.js').resetProcessClock;
}

/** The CLI's code as `gilvm` runs it: from the bundle (scripts/bundle.mjs exports these
 * for this runner; its executors then start from the bundle too), else from dist/src. */
async function loadEntry(): Promise<Entry> {
  const loader = new URL('../bundle/load.cjs', import.meta.url);
  if (existsSync(loader)) return (createRequire(import.meta.url)(loader.pathname) as { loadBundle(): Entry }).loadBundle();
  const [{ runCommand }, { buildProgram }, { discardPrestartedExecutors }, { resetProcessClock }] = await Promise.all([
    import('../src/cli/run-command.js'), import('../src/cli/main.js'), import('../src/vm/supervisor.js'), import('../src/vm/cpuclock.js'),
  ]);
  return { runCommand, buildProgram, discardPrestartedExecutors, resetProcessClock };
}

const { runCommand, buildProgram, discardPrestartedExecutors, resetProcessClock } = await loadEntry();
const commander = await import('commander');

interface RunRequest {
  id: number;
  file: string;
  /** The run's gilvm options (`# gilvm: ...`, `--no-gil ...`). */
  options: string[];
}

type RunReply =
  | { id: number; stdout: string; stderr: string; exit: number }
  | { id: number; fallback: string };

const EXIT_INTERRUPTED = 130;
const [stdoutPath, stderrPath] = process.argv.slice(2) as [string, string];

/** The run action's options for `run --check-refs OPTIONS FILE`, as the CLI reads that
 * command line; null when it refuses it (a usage error, exit 2) or reads another script or
 * script arguments out of it (OPTIONS that are not all options: the process would run
 * something else, so the run is left to one). */
async function parseOptions(file: string, options: string[]): Promise<RunOptions | null> {
  let parsed: RunOptions | null = null;
  const program = buildProgram(commander, () => undefined, (parsedFile, parsedArgs, opts) => {
    if (parsedFile === file && parsedArgs.length === 0) parsed = opts;
    return 0;
  });
  try {
    await program.parseAsync(['run', '--check-refs', ...options, file], { from: 'user' });
  } catch {
    return null;
  }
  return parsed;
}

/** What was appended to the file at `path` from byte `start` on, as text. */
function readFrom(path: string, start: number): string {
  const fd = openSync(path, 'r');
  try {
    const length = fstatSync(fd).size - start;
    if (length <= 0) return '';
    const bytes = Buffer.alloc(length);
    let done = 0;
    while (done < length) {
      const n = readSync(fd, bytes, done, length - done, start + done);
      if (n === 0) break;
      done += n;
    }
    return bytes.subarray(0, done).toString('utf8');
  } finally {
    closeSync(fd);
  }
}

/** Puts process.env back as it was before a run (os.environ's writes go through to it). */
function restoreEnvironment(before: NodeJS.ProcessEnv): void {
  const now = process.env;
  for (const key of Object.keys(now)) if (!(key in before)) delete now[key];
  for (const [key, value] of Object.entries(before)) if (now[key] !== value) now[key] = value;
}

async function runOne(request: RunRequest): Promise<RunReply> {
  const { id, file } = request;
  const options = await parseOptions(file, request.options);
  if (options === null || options.u === true) return { id, fallback: `options ${request.options.join(' ')}` };
  const cwd = process.cwd();
  const env = { ...process.env };
  const outStart = fstatSync(1).size;
  const errStart = fstatSync(2).size;
  let exit: number;
  try {
    exit = await runCommand(file, [], options);
  } finally {
    if (process.cwd() !== cwd) process.chdir(cwd);
    restoreEnvironment(env);
    await discardPrestartedExecutors();
    resetProcessClock();
  }
  if (exit === EXIT_INTERRUPTED) return { id, fallback: 'KeyboardInterrupt' };
  return { id, stdout: readFrom(stdoutPath, outStart), stderr: readFrom(stderrPath, errStart), exit };
}

process.on('message', (message: RunRequest) => {
  void runOne(message).then(
    (reply) => process.send!(reply),
    (e: unknown) => process.send!({ id: message.id, fallback: `runner: ${e instanceof Error ? e.message : String(e)}` }),
  );
});
