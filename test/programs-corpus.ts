// The language corpus (shared by programs.test.ts and programs-b.test.ts, each a shard
// of it): every test/programs/X.py runs under `gilvm run --check-refs` (cwd
// test/programs, relative file name, empty stdin, as scripts/gen_expected.py ran CPython)
// and must print CPython's stdout exactly, the same last line of stderr and exit with the
// same code, with no leaked object.
//
// test/programs/xfail.txt lists the programs gilvm does not pass yet, one name a line with
// the reason. Each of those is asserted to still FAIL, so a program that starts passing
// must leave the list: the list is an honest, checked account of what is missing.
// Options for a program go in a leading comment: `# gilvm: --workers 1 --switch-interval 100`.
// No-GIL (issue 6): every thread_*.py program, and every program with a leading
// `# gilvm-nogil: OPTIONS` comment, runs a second time with `--no-gil` (plus OPTIONS, or
// `--workers 2` for thread programs without the comment) and must give the same result.
//
// Where the runs happen. A program that cannot start a process, read stdin, signal or end
// the process (screened by its source: IN_PROCESS_EXCLUDED) runs in the shard's corpus
// runner (scripts/corpus-runner.ts): one Node process that runs programs one after another
// through the CLI's own run path (runCommand), each in a fresh interpreter, its output
// read from the files that are that process's fds 1 and 2. That spares most runs a Node
// start-up and a cold JIT (the corpus took ~9 of the suite's ~12 minutes on 2 cores, ~1,500
// runs at ~0.2 s of start-up each). Every other program, and any run the runner cannot give
// the CLI's outcome for (it says why; see its header), runs as a `gilvm` process.
// GILVM_TEST_SPAWN=1 runs the whole corpus as processes.
import { fork, spawnSync, type ChildProcess } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { constants, tmpdir } from 'node:os';
import { afterAll, describe, expect, it } from 'vitest';

const DIR = 'test/programs';
const BIN = resolve('bin/gilvm.js');
const RUNNER = resolve('dist/scripts/corpus-runner.js');

interface Outcome {
  stdout: string;
  lastErrLine: string;
  exit: number;
}

function programOptions(source: string): string[] {
  const m = /^# gilvm: (.*)$/m.exec(source.split('\n').slice(0, 5).join('\n'));
  return m ? m[1].trim().split(/\s+/) : [];
}

/** The options of the program's --no-gil run, or null when it has none. */
function nogilOptions(file: string, source: string): string[] | null {
  const m = /^# gilvm-nogil:(.*)$/m.exec(source.split('\n').slice(0, 5).join('\n'));
  if (m) return ['--no-gil', ...m[1].trim().split(/\s+/).filter((o) => o.length > 0)];
  return file.startsWith('thread_') ? ['--no-gil', '--workers', '2'] : null;
}

/**
 * V8 flags for the corpus runs (GILVM_TEST_NODE_FLAGS='' for none): a later tier-up
 * (--interrupt-budget, V8 11.3's default 132 KB) spares most of these short programs the
 * TurboFan compiles of the eval loop (70-170 ms of a background thread each, often
 * repeated after "insufficient type feedback" deopts) that they end before using: ~15% less
 * CPU over the corpus on a 2-core machine running two test workers. JIT timing only; the
 * same code runs (npm run bench keeps V8's defaults, which suit long programs better).
 */
const NODE_FLAGS = (process.env['GILVM_TEST_NODE_FLAGS'] ?? '--interrupt-budget=1000000').split(/\s+/).filter((f) => f.length > 0);

function lastLine(text: string): string {
  const lines = text.split('\n').filter((l) => l.length > 0);
  return lines.length ? lines[lines.length - 1] : '';
}

/**
 * The corpus runs' environment: the test process's, with a thread dump 50 s into a run (10 s
 * before the timeout kills it), less NODE_EXTRA_CA_CERTS (gilvm makes no
 * TLS connections, and Node 20 reads and parses that certificate file at every start: ~40
 * ms a run where the variable is set, over the corpus's ~1,700 runs), with CPython's hash
 * seed.
 */
const CORPUS_ENV: NodeJS.ProcessEnv = { ...process.env, PYTHONHASHSEED: '0', GILVM_DUMP_AFTER_MS: '50000' };
delete CORPUS_ENV['NODE_EXTRA_CA_CERTS'];

/** The gilvm options of the program's run (before `--check-refs` and the file). */
function runOptions(file: string, source: string, nogil: boolean): string[] {
  return nogil ? nogilOptions(file, source) ?? [] : programOptions(source);
}

function runGilvm(file: string, options: string[], nogil: boolean): Outcome {
  const stdinFile = join(DIR, file.replace(/\.py$/, '.stdin'));
  const r = spawnSync(process.execPath, [...NODE_FLAGS, BIN, 'run', '--check-refs', ...options, file], {
    cwd: DIR,
    input: existsSync(stdinFile) ? readFileSync(stdinFile) : '',
    encoding: 'utf8',
    timeout: 60_000,
    env: CORPUS_ENV,
  });
  // a run ended by a signal counts as Python's subprocess reports it: -signal number
  const exit = r.status ?? (r.signal ? -(constants.signals[r.signal] ?? 1) : -1);
  // a run killed at the timeout: its whole stderr, with the thread dump the supervisor
  // printed at 50 s (GILVM_DUMP_AFTER_MS), goes to the test log
  if ((r.error as NodeJS.ErrnoException | undefined)?.code === 'ETIMEDOUT') console.error(`${file}${nogil ? ' --no-gil' : ''}: killed by ${r.signal}; stderr:\n${r.stderr ?? ''}`);
  return { stdout: r.stdout ?? '', lastErrLine: lastLine(r.stderr ?? ''), exit };
}

/**
 * A program whose source names any of these runs as a process: child processes, signals
 * and Ctrl-C, stdin, and ending the process from inside (os._exit, faulthandler), which
 * the corpus runner cannot host for one program among many.
 */
const IN_PROCESS_EXCLUDED = /\b(?:multiprocessing|subprocess|signal|interrupt_main|KeyboardInterrupt|stdin|input|_exit|kill|fork|faulthandler)\b/;

/** Whether the corpus runner may run the program. */
function runsInProcess(file: string, source: string): boolean {
  if (process.env['GILVM_TEST_SPAWN'] === '1') return false;
  return !IN_PROCESS_EXCLUDED.test(source) && !existsSync(join(DIR, file.replace(/\.py$/, '.stdin')));
}

/** Runs of one runner process before it is replaced (a bound on what a long-lived process accumulates). */
const RUNS_PER_RUNNER = 300;

/** The shard's corpus runner (scripts/corpus-runner.ts): started at the first request, replaced after RUNS_PER_RUNNER runs or a failure. */
class CorpusRunner {
  private child: ChildProcess | null = null;
  private runs = 0;
  private nextId = 1;
  private readonly outputDir = mkdtempSync(join(tmpdir(), 'gilvm-corpus-'));

  /** The program's outcome, or null when it must run as a process (the runner said why, or failed). */
  async run(file: string, options: string[]): Promise<Outcome | null> {
    if (this.child === null || this.runs >= RUNS_PER_RUNNER) this.start();
    const child = this.child!;
    this.runs++;
    const id = this.nextId++;
    const reply = await new Promise<Record<string, unknown> | null>((settle) => {
      const timer = setTimeout(() => done(null), 60_000);
      const onMessage = (message: Record<string, unknown>): void => {
        if (message['id'] === id) done(message);
      };
      const onExit = (): void => done(null);
      function done(value: Record<string, unknown> | null): void {
        clearTimeout(timer);
        child.off('message', onMessage);
        child.off('exit', onExit);
        settle(value);
      }
      child.on('message', onMessage);
      child.on('exit', onExit);
      child.send({ id, file, options });
    });
    if (reply === null || typeof reply['fallback'] === 'string') {
      if (reply === null) this.stop(); // it died or hung: the next request starts another
      return null;
    }
    return { stdout: String(reply['stdout']), lastErrLine: lastLine(String(reply['stderr'])), exit: Number(reply['exit']) };
  }

  stop(): void {
    this.child?.kill('SIGKILL');
    this.child = null;
  }

  close(): void {
    this.stop();
    rmSync(this.outputDir, { recursive: true, force: true });
  }

  private start(): void {
    this.stop();
    // fds 1 and 2 are files: a program's output is what its run appended to them
    const outPath = join(this.outputDir, 'stdout');
    const errPath = join(this.outputDir, 'stderr');
    const out = openSync(outPath, 'a');
    const err = openSync(errPath, 'a');
    this.child = fork(RUNNER, [outPath, errPath], { cwd: DIR, env: CORPUS_ENV, execArgv: [], stdio: ['ignore', out, err, 'ipc'] });
    closeSync(out);
    closeSync(err);
    this.runs = 0;
  }
}

const runner = new CorpusRunner();

/** The program's outcome: from the corpus runner when it can run it, else from a `gilvm` process. */
async function runProgram(file: string, nogil = false): Promise<Outcome> {
  const source = readFileSync(join(DIR, file), 'utf8');
  const options = runOptions(file, source, nogil);
  const outcome = runsInProcess(file, source) ? await runner.run(file, options) : null;
  return outcome ?? runGilvm(file, options, nogil);
}

function expected(base: string): Outcome {
  return {
    stdout: readFileSync(join(DIR, `${base}.out`), 'utf8'),
    lastErrLine: lastLine(readFileSync(join(DIR, `${base}.err`), 'utf8')),
    exit: Number(readFileSync(join(DIR, `${base}.exit`), 'utf8').trim()),
  };
}

function readXfail(): Map<string, string> {
  const path = join(DIR, 'xfail.txt');
  const list = new Map<string, string>();
  if (!existsSync(path)) return list;
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const m = /^\s*([\w.]+\.py)\s*(?:#\s*(.*))?$/.exec(line);
    if (m) list.set(m[1], m[2] ?? '');
  }
  return list;
}

const programs = readdirSync(DIR).filter((f) => f.endsWith('.py') && !f.startsWith('mod_')).sort();
const xfail = readXfail();

/**
 * Defines the tests of shard `shard` (0-based) of `shards`: every shards-th program from
 * the shard-th. One vitest file per shard (programs.test.ts, programs-b.test.ts), so that
 * the corpus, the bulk of the suite, runs on both cores of a CI machine.
 */
export function defineProgramTests(shard: number, shards: number): void {
  describe(`test/programs against CPython 3.11 (shard ${shard + 1} of ${shards})`, () => {
    afterAll(() => runner.close());
    if (shard === 0) {
      it('the corpus and the xfail list agree', () => {
        expect(programs.length).toBeGreaterThanOrEqual(80);
        for (const name of xfail.keys()) expect(programs).toContain(name);
      });
    }
    programs.forEach((file, index) => {
      if (index % shards !== shard) return;
      const base = file.slice(0, -3);
      if (xfail.has(file)) {
        it(`${file} (expected to fail: ${xfail.get(file)})`, async () => {
          expect(await runProgram(file)).not.toEqual(expected(base));
        });
      } else {
        it(file, async () => {
          expect(await runProgram(file)).toEqual(expected(base));
        });
        if (nogilOptions(file, readFileSync(join(DIR, file), 'utf8')) !== null) {
          it(`${file} --no-gil`, async () => {
            expect(await runProgram(file, true)).toEqual(expected(base));
          });
        }
      }
    });
  });
}
