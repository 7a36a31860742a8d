/*
 * The interactive REPL: `gilvm` with no script on a terminal, `gilvm -i` (and `gilvm -i
 * FILE.py` / `gilvm -i -c CODE`, which run the script first and then go on in its
 * globals, as `python3 -i` does). Owns: reading lines (terminal or pipe), deciding when an
 * input is complete, running each input in one persistent interpreter, and what the user
 * sees (prompts, echo, tracebacks, SyntaxErrors, exit).
 *
 * What the user sees, matched against `python3 -i` 3.11 on the same input:
 *  - Prompts `>>> ` and `... `. On a terminal they are node:readline's (stdout, or stderr
 *    when stdout is not a terminal; with line editing and history); on a pipe they are
 *    written to stderr, as python3 -i does, and EOF prints a newline on stderr. The
 *    program's buffered stdout is flushed before each prompt.
 *  - Banner: one line on stderr, only on a terminal (`gilvm 0.1.0 (Python 3.11 subset) —
 *    GIL enabled`). Choice: python3 -i also prints its banner on a pipe; we do not, so a
 *    piped session's stderr holds only prompts and errors.
 *  - Expression statements echo their repr and set builtins `_` (the compiler's 'single'
 *    mode: PRINT_EXPR). Exceptions print a traceback with `File "<stdin>", line N, in
 *    <module>` (no source line: <stdin> cannot be re-read) and the session goes on;
 *    SyntaxErrors likewise. SystemExit (exit(), quit(), sys.exit()) ends the session with
 *    its code; EOF (Ctrl-D) ends it with 0. Ctrl-C at a prompt prints `KeyboardInterrupt`
 *    and a fresh prompt; Ctrl-C while code runs (terminal only) raises KeyboardInterrupt
 *    at the next outermost slice boundary (the loop yields to the event loop between
 *    slices so that the SIGINT handler can run; output is flushed there too). Not seen
 *    while the JS thread is blocked: a single-threaded time.sleep sleeps in place
 *    (vm/threads.ts sleepNative), so its Ctrl-C counts only if code runs on afterwards.
 *    While threads run, the supervisor's own SIGINT handler interrupts the main thread.
 *  - `exit` and `quit` are installed in builtins when missing (CPython's site module puts
 *    them there): objects whose repr is `Use exit() or Ctrl-D (i.e. EOF) to exit` and whose
 *    call raises SystemExit(code).
 *  - With -i, the script's SystemExit does not end the session: it is printed as a
 *    traceback, as python3 -i does; its SyntaxError is printed and the REPL starts.
 *
 * Completeness (compileInput): CPython's REPL tokenizes as it reads and asks for another
 * line while the statement is unfinished. Rebuilt here from whole-buffer parses:
 *  - the buffer parses and is a simple statement line: complete (run it);
 *  - it parses and is a compound statement (if/for/def/class/@decorator...): more lines,
 *    until an empty line ends the block (a line of spaces does not: CPython reads on);
 *    a compound statement followed by another statement is CPython's `invalid syntax`;
 *  - the lexer stopped at EOF inside a bracket, a triple-quoted string or after a
 *    backslash: more lines (an empty line does not end these);
 *  - another error: if appending a probe line (`in`, which can continue nothing) moves the
 *    error, the error was at the end of the input ("expected an indented block", a
 *    decorator waiting for its def, `try:` waiting for `except`): more lines, unless the
 *    user just entered an empty line; otherwise it is a real SyntaxError, reported at once
 *    as CPython does (`1 +`, `for x in y` without a colon).
 *  - a line of only blanks or a comment at the `>>>` prompt: nothing to run.
 *  - at EOF a pending buffer is compiled as it stands (blocks end, brackets do not).
 *
 * Threads: a Runtime is single-threaded until the program starts a thread; then the run
 * switches to the scheduler (vm/threads.ts, the main JS thread becomes the supervisor and
 * the Python main thread goes on a worker executor). The scheduler's run is one-shot: it
 * ends when the last non-daemon thread ends. So an input that starts a thread (or makes a
 * blocking call that needs the scheduler) runs until the input's code and every
 * non-daemon thread it started are done, then the prompt comes back: output of the threads
 * appears, join() works, but the prompt does not return while a thread started at it is
 * still running, and a daemon thread is abandoned when the input's run ends. To let a
 * later input start threads again, the session continues with a fresh Runtime view of the
 * same heap (`freshRuntimeView`): vm/threads.ts keys its per-Runtime mode in a WeakMap, so
 * the new view starts in single-threaded mode and formats a new scheduler when needed.
 * A SystemExit raised by an input that started threads does not end the session (the
 * scheduler reports only an exit code, which does not tell SystemExit from a traceback).
 *
 * Module-level state: none (a ReplSession holds the interpreter and the line source).
 */
import { writeSync } from 'node:fs';
import * as tty from 'node:tty';
import { resolve } from 'node:path';
import * as readline from 'node:readline';
import type * as A from '../frontend/ast.js';
import type { CodeObject } from '../compiler/code.js';
import { parseInteractive } from '../frontend/parse.js';
import { compileInteractive } from '../compiler/compiler.js';
import { compileSource } from '../compiler/compile-source.js';
import { PySyntaxError, formatSyntaxError } from '../frontend/errors.js';
import type { Ref } from '../heap/layout.js';
import { parseHeapSize } from '../heap/memory.js';
import { createInterpreter } from '../vm/interp.js';
import { Runtime, HeapExhausted } from '../vm/runtime.js';
import { evalLoop, EVAL_ERROR, EVAL_FINISHED, EVAL_YIELDED } from '../vm/eval.js';
import { EVAL_BLOCKED } from '../vm/blocking.js';
import { runScheduled, setThreadRunOptions, threadsPending, type ThreadRunOptions } from '../vm/threads.js';
import { RunState } from '../vm/scheduler.js';
import { TS_RESULT } from '../vm/threadstate.js';
import { stdinReadLine } from '../vm/stdin.js';
import { outputFlush, outputWrite } from '../vm/output.js';
import { decref } from '../vm/refs.js';
import { currentError, fetchError } from '../vm/errors.js';
import { formatException } from '../vm/traceback.js';
import { exitCodeOfSystemExit, EXIT_INTERNAL_ERROR, raiseKeyboardInterrupt, sleepOnEventLoop } from '../vm/run.js';
import { gcSafePoint } from '../objects/gcsupport.js';
import { gcIsEnabled } from '../modules/gc.js';
import { deallocObject } from '../objects/dealloc.js';
import { loadCode } from '../objects/code.js';
import { dictNew, dictSetItem, dictGetStr } from '../objects/dict.js';
import { internJS } from '../objects/intern.js';
import { isSubtype } from '../objects/type.js';
import { typeOf } from '../objects/object.js';
import { moduleNew } from '../objects/method.js';
import type { RunOptions } from './run-command.js';
import { pushModuleFrame } from '../vm/call.js';

export const PS1 = '>>> ';
export const PS2 = '... ';
export const STDIN_NAME = '<stdin>';
const VERSION = '0.1.0';

// ---------------------------------------------------------------- completeness

/** What to do with the lines typed so far. */
export type InputState =
  | { state: 'empty' }
  | { state: 'more' }
  | { state: 'ready'; code: CodeObject }
  | { state: 'error'; error: PySyntaxError };

const COMPOUND: ReadonlySet<string> = new Set([
  'FunctionDef', 'AsyncFunctionDef', 'ClassDef', 'For', 'AsyncFor', 'While', 'If', 'With', 'AsyncWith', 'Try',
]);

/** The lexer stopped at the end of the text: the input goes on whatever comes next. */
function lexerWantsMore(e: PySyntaxError): boolean {
  return / was never closed$/.test(e.msg) || e.msg.startsWith('unterminated triple-quoted string literal') ||
    e.msg === 'unexpected EOF while parsing';
}

/** A line that can continue no statement: where a parse error moves to it, the input was unfinished. */
const PROBE_LINE = 'in\n';

/**
 * Inside an open bracket CPython's parser fails as soon as a token is wrong (`f(1 2` is
 * an error at once, not a continuation): the bracket is closed by a probe and an error
 * that lies before the probe is reported. The bracket stack comes from a light scan
 * (strings and comments skipped); a wrong scan only makes the probe fail on its own line.
 */
function earlierErrorInBrackets(source: string, nlines: number, filename: string): InputState | null {
  const open: string[] = [];
  const closer: Record<string, string> = { '(': ')', '[': ']', '{': '}' };
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (ch === '#') {
      while (i < source.length && source[i] !== '\n') i++;
    } else if (ch === '"' || ch === "'") {
      const quote = source.startsWith(ch.repeat(3), i) ? ch.repeat(3) : ch;
      for (i += quote.length; i < source.length && !source.startsWith(quote, i); i++) {
        if (source[i] === '\\') i++;
        else if (quote.length === 1 && source[i] === '\n') break;
      }
      if (i >= source.length) return null;
      i += quote.length - 1;
    } else if (ch in closer) {
      open.push(closer[ch]!);
    } else if (ch === ')' || ch === ']' || ch === '}') {
      open.pop();
    }
  }
  if (open.length === 0) return null;
  try {
    parseInteractive(source + open.reverse().join('') + '\n', filename);
    return null;
  } catch (e) {
    if (!(e instanceof PySyntaxError)) throw e;
    if (e.lineno > nlines || lexerWantsMore(e)) return null;
    return { state: 'error', error: e };
  }
}

/**
 * True when the parse error of `source` (`known`, or found here) is at its very end: the
 * parse with a probe line appended fails elsewhere (or not at all).
 */
function errorAtEnd(source: string, filename: string, known?: PySyntaxError): boolean {
  let e = known;
  if (e === undefined) {
    try {
      parseInteractive(source, filename);
      return false;
    } catch (err) {
      if (!(err instanceof PySyntaxError)) throw err;
      e = err;
    }
  }
  if (e.lineno > source.split('\n').length - 1) return true;
  try {
    parseInteractive(source + PROBE_LINE, filename);
    return true;
  } catch (e2) {
    if (!(e2 instanceof PySyntaxError)) throw e2;
    return e2.lineno !== e.lineno || e2.offset !== e.offset || e2.msg !== e.msg;
  }
}

/**
 * Decides whether `lines` (the lines typed for one input, without line breaks) form a
 * complete statement (compiled), need more lines, are nothing, or are a SyntaxError (see
 * the module comment). `atEof`: no more lines will come; compile what there is.
 */
export function compileInput(lines: readonly string[], atEof = false, filename = STDIN_NAME): InputState {
  if (lines.length === 1 && /^\s*(#.*)?$/.test(lines[0]!)) return { state: 'empty' };
  const source = lines.join('\n') + '\n';
  const blockEnded = atEof || (lines.length > 1 && lines[lines.length - 1] === '');
  let tree: A.Interactive;
  try {
    tree = parseInteractive(source, filename);
  } catch (e) {
    if (!(e instanceof PySyntaxError)) throw e;
    if (atEof) return { state: 'error', error: e };
    if (lexerWantsMore(e)) return earlierErrorInBrackets(source, lines.length, filename) ?? { state: 'more' };
    if (blockEnded) {
      // CPython's tokenizer read the empty line before failing: an error that waited for
      // more input is reported there, with the empty line as its text
      const before = lines.slice(0, -1);
      if (!atEof && before.length > 0 && errorAtEnd(before.join('\n') + '\n', filename)) {
        return {
          state: 'error',
          error: new PySyntaxError(e.kind, e.msg, filename, lines.length, 1, '', lines.length, 2),
        };
      }
      return { state: 'error', error: e };
    }
    if (e.lineno > lines.length || errorAtEnd(source, filename, e)) return { state: 'more' };
    return { state: 'error', error: e };
  }
  const body = tree.body;
  if (body.length > 1 && COMPOUND.has(body[0]!.kind)) {
    // CPython fails at the first token of the statement after the block
    const next = body[1]!;
    const text = lines[next.lineno - 1] ?? null;
    const token = /^(?:[\p{L}\p{Nl}_][\p{L}\p{N}_]*|\d[\w.]*|\S)/u.exec(text?.slice(next.col_offset) ?? '');
    const width = token === null ? 1 : token[0].length;
    return {
      state: 'error',
      error: new PySyntaxError('SyntaxError', 'invalid syntax', filename, next.lineno, next.col_offset + 1, text,
        next.lineno, next.col_offset + 1 + width),
    };
  }
  if (body.length > 0 && COMPOUND.has(body[0]!.kind) && !blockEnded) return { state: 'more' };
  try {
    return { state: 'ready', code: compileInteractive(tree, filename, source) };
  } catch (e) {
    // the compiler's errors ('return' outside function...) are printed by CPython without
    // the source line: it looks the line up in the file, and <stdin> cannot be re-read
    if (e instanceof PySyntaxError) {
      return { state: 'error', error: new PySyntaxError(e.kind, e.msg, e.filename, e.lineno, e.offset, null, e.end_lineno, e.end_offset) };
    }
    throw e;
  }
}

// ---------------------------------------------------------------- reading lines

/** A line, or EOF, or Ctrl-C at the prompt. */
type ReadResult = { kind: 'line'; text: string; eofTerminated: boolean } | { kind: 'eof' } | { kind: 'interrupt' };

interface LineSource {
  readonly terminal: boolean;
  /** Where the prompts go (EOF's newline too). */
  readonly output: NodeJS.WriteStream;
  read(prompt: string): ReadResult | Promise<ReadResult>;
  close(): void;
}

/**
 * stdin is a pipe or a file: lines are read synchronously through the interpreter's stdin
 * buffer (vm/stdin.ts), the one input() and sys.stdin read, so a program reading stdin gets
 * the next line and the prompt after it the line after that. Prompts go to stderr.
 */
class PipedLines implements LineSource {
  readonly terminal = false;
  readonly output = process.stderr;
  private eof = false;

  constructor(private readonly readLine: () => string) {}

  read(prompt: string): ReadResult {
    writeSync(2, prompt);
    if (this.eof) return { kind: 'eof' };
    const line = this.readLine();
    if (line.endsWith('\n')) return { kind: 'line', text: stripCR(line.slice(0, -1)), eofTerminated: false };
    this.eof = true;
    if (line === '') return { kind: 'eof' };
    return { kind: 'line', text: stripCR(line), eofTerminated: true };
  }

  close(): void {}
}

function stripCR(s: string): string {
  return s.endsWith('\r') ? s.slice(0, -1) : s;
}

/**
 * stdin is a terminal: node:readline, one interface per prompt (history carried over), on
 * a tty.ReadStream of its own that is destroyed after the line: between prompts nothing
 * reads the terminal and it is back in cooked mode, so Ctrl-C while code runs is a real
 * SIGINT and input() (a synchronous read of fd 0) gets what is typed. (process.stdin
 * would keep reading into its buffer even when paused.) Lines that arrived together (a
 * paste) are queued for the next prompts (readline has echoed them already: they show
 * without their prompts); a pasted partial line is put back in the next prompt. So a
 * pasted line meant for an input() call made by an earlier pasted line is run as code
 * instead (CPython's readline leaves it in the terminal for input()).
 */
class TerminalLines implements LineSource {
  readonly terminal = true;
  /** Where prompts and the echo go: stdout, or stderr when stdout is not a terminal (as CPython). */
  readonly output: NodeJS.WriteStream = tty.isatty(1) ? process.stdout : process.stderr;
  private history: string[] = [];
  private readonly queued: string[] = [];
  private partial = '';

  read(prompt: string): Promise<ReadResult> | ReadResult {
    const next = this.queued.shift();
    if (next !== undefined) return { kind: 'line', text: next, eofTerminated: false }; // readline echoed it
    return new Promise((done) => {
      const input = new tty.ReadStream(0);
      const rl = readline.createInterface({
        input, output: this.output, terminal: true, history: this.history, historySize: 1000, prompt,
      });
      let settled = false;
      const finish = (r: ReadResult): void => {
        if (settled) return;
        settled = true;
        const state = rl as unknown as { history?: string[]; line?: string };
        if (Array.isArray(state.history)) this.history = state.history.slice();
        this.partial = r.kind === 'line' && typeof state.line === 'string' ? state.line : '';
        rl.close();
        input.destroy();
        done(r);
      };
      // the lines of one chunk (a paste) are emitted together: answer after all of them
      let first: string | null = null;
      rl.on('line', (text) => {
        if (first !== null || settled) {
          this.queued.push(text);
          return;
        }
        first = text;
        setImmediate(() => finish({ kind: 'line', text, eofTerminated: false }));
      });
      rl.on('SIGINT', () => {
        this.output.write('\n');
        finish({ kind: 'interrupt' });
      });
      rl.on('close', () => {
        if (first === null) finish({ kind: 'eof' });
      });
      rl.prompt();
      if (this.partial !== '') rl.write(this.partial);
      this.partial = '';
    });
  }

  close(): void {}
}

// ---------------------------------------------------------------- the session

/** How one piece of code ended: go on, or leave the session with this exit code. */
type Outcome = { end: false } | { end: true; exitCode: number };
const GO_ON: Outcome = { end: false };

/** One yield to the event loop (lets a SIGINT handler run between slices). */
function turnEventLoop(): Promise<void> {
  return new Promise((r) => setImmediate(r));
}

/**
 * A new Runtime object over the same heap, with the same caches (see the module comment,
 * "Threads"): what per-Runtime JS state other modules keep in WeakMaps (the thread mode,
 * the cycle collector's scratch) starts afresh; everything in the heap is kept.
 */
function freshRuntimeView(rt: Runtime): Runtime {
  const view = Object.assign(Object.create(Object.getPrototypeOf(rt) as object) as Runtime, rt);
  view.rc.setDeallocator((ref) => deallocObject(view, ref));
  view.rc.setLeafTypes([view.tInt, view.tFloat, view.tStr]);
  return view;
}

export class ReplSession {
  private rt: Runtime;
  private readonly globals: Ref;
  private interrupted = false;
  private readonly slice = 20_000;

  constructor(
    argv: string[],
    private readonly threadOptions: ThreadRunOptions,
    maxHeap: number | undefined,
    file: string | null,
    /** Terminal sessions: flush output and turn the event loop between slices. */
    private readonly yieldBetweenSlices: boolean,
  ) {
    const rt = createInterpreter({ maxHeap, argv, noGil: threadOptions.noGil === true });
    this.rt = rt;
    rt.sourceCache.set(STDIN_NAME, null);
    const globals = dictNew(rt);
    dictSetItem(rt, globals, rt.names.__name__, internJS(rt, '__main__'));
    dictSetItem(rt, globals, rt.names.__builtins__, dictGetStr(rt, rt.modules, rt.names.builtins));
    if (file !== null) dictSetItem(rt, globals, rt.names.__file__, internJS(rt, file));
    dictSetItem(rt, globals, rt.names.__doc__, rt.None);
    const main = moduleNew(rt, internJS(rt, '__main__'), globals);
    dictSetItem(rt, rt.modules, internJS(rt, '__main__'), main);
    decref(rt, main);
    this.globals = globals;
    setThreadRunOptions(rt, threadOptions);
  }

  /** Ctrl-C while code runs (terminal sessions): KeyboardInterrupt at the next slice boundary. */
  requestInterrupt(): void {
    this.interrupted = true;
  }

  /** Flushes the program's buffered stdout (before a prompt). */
  flush(): void {
    outputFlush(this.rt);
  }

  /** The next line of piped standard input, read through the buffer input() reads. */
  readStdinLine(): string {
    return stdinReadLine(this.rt);
  }

  writeStderr(text: string): void {
    outputWrite(this.rt, 2, text);
  }

  /** CPython's site builtins exit() and quit() (Quitter objects, with their repr). */
  installQuitters(): void {
    const rt = this.rt;
    const source = [
      'class Quitter(object):',
      '    def __init__(self, name, eof):',
      '        self.name = name',
      '        self.eof = eof',
      '    def __repr__(self):',
      "        return 'Use %s() or %s to exit' % (self.name, self.eof)",
      '    def __call__(self, code=None):',
      '        raise SystemExit(code)',
      'import builtins',
      "builtins.exit = Quitter('exit', 'Ctrl-D (i.e. EOF)')",
      "builtins.quit = Quitter('quit', 'Ctrl-D (i.e. EOF)')",
      '',
    ].join('\n');
    const ns = dictNew(rt);
    dictSetItem(rt, ns, rt.names.__name__, internJS(rt, '_sitebuiltins'));
    dictSetItem(rt, ns, rt.names.__builtins__, dictGetStr(rt, rt.modules, rt.names.builtins));
    const status = this.runFrameOnce(compileSource(source, '<_sitebuiltins>'), ns);
    if (status !== EVAL_FINISHED) throw new Error('could not install exit() and quit()');
    decref(rt, ns);
  }

  /** Runs code synchronously to its end (no threads, no interrupts): setup code only. */
  private runFrameOnce(code: CodeObject, globals: Ref): number {
    this.pushFrame(code, globals);
    let status = evalLoop(this.rt, this.slice);
    while (status === EVAL_YIELDED) status = evalLoop(this.rt, this.slice);
    if (status === EVAL_FINISHED) this.dropResult();
    return status;
  }

  private pushFrame(code: CodeObject, globals: Ref): void {
    const rt = this.rt;
    const codeRef = loadCode(rt, code);
    pushModuleFrame(rt, codeRef as Ref, globals, true);
  }

  private dropResult(): void {
    const i32 = this.rt.i32;
    decref(this.rt, i32[(this.rt.ts + TS_RESULT) >> 2]! as Ref);
    i32[(this.rt.ts + TS_RESULT) >> 2] = 0;
  }

  /**
   * Runs one input (or the -i script) in the session's globals. `exitOnSystemExit`: false
   * for the -i script (its SystemExit is printed as a traceback).
   */
  async execute(code: CodeObject, exitOnSystemExit = true): Promise<Outcome> {
    const rt = this.rt;
    this.interrupted = false;
    this.pushFrame(code, this.globals);
    // a terminal session sleeps on the event loop, where Ctrl-C ends a time.sleep at once
    rt.eventLoopSleeps = this.yieldBetweenSlices;
    let status: number;
    try {
      status = evalLoop(rt, this.slice);
      while ((status === EVAL_YIELDED || status === EVAL_BLOCKED) && !threadsPending(rt)) {
        if (status === EVAL_BLOCKED) {
          if (!rt.eventLoopSleeps) throw new Error('a native blocked outside scheduler mode');
          await sleepOnEventLoop(rt, () => this.interrupted);
        }
        status = await this.nextSlice();
      }
    } finally {
      rt.eventLoopSleeps = false;
      rt.sleepFrame = 0;
    }
    let outcome = GO_ON;
    if (status === EVAL_FINISHED) this.dropResult();
    else if (status === EVAL_ERROR) outcome = this.reportError(exitOnSystemExit);
    if (!threadsPending(rt)) return outcome;
    // The input started a thread: the scheduler runs it, this input's rest and every
    // other thread until the last non-daemon thread is done (module comment, "Threads").
    const mainRunning = status === EVAL_YIELDED || status === EVAL_BLOCKED;
    const { outcome: run, mainExit } = await runScheduled(rt, !mainRunning, outcome.end ? outcome.exitCode : 0);
    this.rt = freshRuntimeView(rt);
    setThreadRunOptions(this.rt, this.threadOptions);
    this.interrupted = false;
    if (run.state === RunState.ABORTED) return { end: true, exitCode: 130 }; // a second Ctrl-C (supervisor.ts noted it)
    if (run.state === RunState.FATAL) return { end: true, exitCode: EXIT_INTERNAL_ERROR };
    void mainExit; // tracebacks were printed by the executor; SystemExit cannot be told apart
    return outcome;
  }

  /** The next slice of an input: KeyboardInterrupt first after a Ctrl-C. */
  private async nextSlice(): Promise<number> {
    const rt = this.rt;
    if (gcIsEnabled(rt)) gcSafePoint(rt);
    if (this.yieldBetweenSlices) {
      // a terminal session: output shows while a long input runs (CPython's stdout is
      // line-buffered on a terminal), and a SIGINT handler gets its turn
      outputFlush(rt);
      await turnEventLoop();
    }
    if (!this.interrupted) return evalLoop(rt, this.slice);
    this.interrupted = false;
    raiseKeyboardInterrupt(rt);
    return evalLoop(rt, this.slice, true);
  }

  /** The input raised: SystemExit ends the session, anything else is printed. */
  private reportError(exitOnSystemExit: boolean): Outcome {
    const rt = this.rt;
    const exc = currentError(rt);
    if (exitOnSystemExit && isSubtype(rt, typeOf(rt, exc), rt.exc.SystemExit!)) {
      const exitCode = exitCodeOfSystemExit(rt, exc);
      decref(rt, fetchError(rt));
      return { end: true, exitCode };
    }
    outputFlush(rt);
    const report = formatException(rt, exc);
    decref(rt, fetchError(rt));
    outputWrite(rt, 2, report);
    return GO_ON;
  }

  printSyntaxError(e: PySyntaxError): void {
    outputFlush(this.rt);
    outputWrite(this.rt, 2, formatSyntaxError(e));
  }
}

// ---------------------------------------------------------------- the loop

/** Reads, compiles and runs inputs until EOF or SystemExit; returns the exit code. */
async function interact(session: ReplSession, lines: LineSource): Promise<number> {
  let buffer: string[] = [];
  for (;;) {
    session.flush();
    const r = await lines.read(buffer.length === 0 ? PS1 : PS2);
    if (r.kind === 'interrupt') {
      session.writeStderr('KeyboardInterrupt\n');
      buffer = [];
      continue;
    }
    let state: InputState;
    if (r.kind === 'eof') {
      // CPython: a newline, then the pending input compiled as it stands
      if (lines.terminal) lines.output.write('\n');
      else writeSync(2, '\n');
      if (buffer.length === 0) return 0;
      state = compileInput(buffer, true);
      buffer = [];
    } else {
      buffer.push(r.text);
      // a last line without its line break: CPython asks for more, then meets EOF
      state = r.eofTerminated ? { state: 'more' } : compileInput(buffer);
    }
    switch (state.state) {
      case 'more':
        continue;
      case 'empty':
        buffer = [];
        continue;
      case 'error':
        buffer = [];
        session.printSyntaxError(state.error);
        continue;
      case 'ready': {
        buffer = [];
        const outcome = await session.execute(state.code);
        if (outcome.end) return outcome.exitCode;
      }
    }
  }
}

/**
 * `gilvm` without a script on a terminal, and `gilvm -i [FILE | -c CODE] [args]` (a
 * terminal or not). (`gilvm < x.py` without -i runs stdin as a script: run-command.ts.)
 */
export async function replCommand(file: string | undefined, args: string[], opts: RunOptions): Promise<number> {
  const terminal = tty.isatty(0);
  const threads: ThreadRunOptions = {
    workers: opts.workers,
    switchInterval: opts.switchInterval,
    stats: opts.stats === true,
    tracePath: opts.trace !== undefined ? resolve(opts.trace) : null,
    noGil: opts.gil === false,
  };
  const maxHeap = opts.maxHeap !== undefined ? parseHeapSize(opts.maxHeap) : undefined;
  if (opts.checkRefs === true || opts.heapReport !== undefined) {
    process.stderr.write('gilvm: --check-refs and --heap-report are not available in the interactive REPL\n');
    return 2;
  }
  let script: { code: CodeObject } | { error: PySyntaxError } | null = null;
  let argv: string[];
  let scriptFile: string | null = null;
  if (opts.c !== undefined) {
    argv = ['-c', ...(file !== undefined ? [file, ...args] : args)];
    script = compileScript(opts.c, '<string>');
  } else if (file !== undefined) {
    const { readScript, scriptAbsolutePath } = await import('./source.js');
    const source = readScript(file);
    scriptFile = scriptAbsolutePath(file);
    argv = [file, ...args];
    script = compileScript(source, scriptFile);
  } else {
    argv = [''];
  }
  const session = new ReplSession(argv, threads, maxHeap, scriptFile, terminal);
  const onSigint = (): void => session.requestInterrupt();
  if (terminal) process.on('SIGINT', onSigint);
  const lines: LineSource = terminal ? new TerminalLines() : new PipedLines(() => session.readStdinLine());
  try {
    session.installQuitters();
    if (script !== null) {
      if ('error' in script) session.printSyntaxError(script.error);
      else {
        const outcome = await session.execute(script.code, false);
        if (outcome.end) return outcome.exitCode; // the threaded run was aborted or failed
      }
    }
    if (terminal) process.stderr.write(`gilvm ${VERSION} (Python 3.11 subset) \u2014 GIL ${opts.gil === false ? 'disabled' : 'enabled'}\n`);
    const exitCode = await interact(session, lines);
    session.flush();
    return exitCode;
  } catch (e) {
    if (e instanceof HeapExhausted) throw new Error('out of memory outside the interpreter loop');
    throw e;
  } finally {
    if (terminal) process.off('SIGINT', onSigint);
    lines.close();
  }
}

function compileScript(source: string, filename: string): { code: CodeObject } | { error: PySyntaxError } {
  try {
    return { code: compileSource(source, filename) };
  } catch (e) {
    if (e instanceof PySyntaxError) return { error: e };
    throw e;
  }
}
