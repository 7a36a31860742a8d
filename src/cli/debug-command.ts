/*
 * `gilvm debug FILE.py [--no-gil] [--workers W] [--switch-interval N]` (issue 7): the
 * terminal side of the bytecode debugger (the engine is vm/debugger.ts).
 *
 * Input: node:readline. On a terminal: the `(gilvm) ` prompt, line editing and history.
 * When stdin is not a terminal (a script, a test: `printf 'si\nq\n' | gilvm debug x.py`)
 * no prompt is drawn by readline; instead every command is echoed after the prompt, so a
 * transcript reads like a terminal session. Commands run one at a time, in order; lines
 * that arrive while one runs wait in a queue. An empty line repeats the previous command.
 * End of input (Ctrl-D, end of the script) quits like `q`.
 *
 * Ctrl-C: while a command runs the program (step, next, continue...), it asks the engine
 * to stop at the next instruction (the engine returns to the event loop every few
 * thousand instructions, where the signal is seen); at the prompt it only prints a hint.
 *
 * Output: the debugger's own text and the program's output both go to fds 1 and 2 with
 * writeSync, the program's buffered output first, so they appear in the order they were
 * produced. Paths are shown as given on the command line, so transcripts are stable.
 * Exit code: 0 when the session was quit; 1 or 2 for a script that cannot be compiled or
 * opened (as `gilvm run`).
 */
import { writeSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { compileSource } from '../compiler/compile-source.js';
import { readScript } from './source.js';
import { reportError } from './main.js';
import { Debugger } from '../vm/debugger.js';

export interface DebugCommandOptions {
  gil?: boolean;
  workers?: number;
  switchInterval?: number;
}

const PROMPT = '(gilvm) ';

export async function debugCommand(file: string, opts: DebugCommandOptions): Promise<number> {
  let dbg: Debugger;
  try {
    const source = readScript(file);
    const code = compileSource(source, file);
    dbg = new Debugger(code, {
      file,
      source,
      noGil: opts.gil === false,
      workers: opts.workers,
      switchInterval: opts.switchInterval,
    });
  } catch (e) {
    return reportError(e);
  }
  const interactive = process.stdin.isTTY === true;
  const write = (text: string): void => {
    dbg.flush();
    if (text !== '') writeSync(1, text);
  };
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: interactive, prompt: PROMPT, historySize: 1000 });
  const queue: string[] = [];
  let closed = false;
  let wake: (() => void) | null = null;
  let busy = false;
  const notify = (): void => {
    const w = wake;
    wake = null;
    w?.();
  };
  rl.on('line', (line) => {
    queue.push(line);
    notify();
  });
  rl.on('close', () => {
    closed = true;
    notify();
  });
  const onInterrupt = (): void => {
    if (busy) dbg.interruptRequested = true;
    else {
      write('\n(Ctrl-C: type q to quit)\n');
      if (interactive) rl.prompt();
    }
  };
  rl.on('SIGINT', onInterrupt);
  process.on('SIGINT', onInterrupt);

  try {
    write(`gilvm debug: ${file}${opts.gil === false ? ' (--no-gil)' : ''}; type help for the commands\n`);
    try {
      write(dbg.start());
    } catch (e) {
      return reportError(e);
    }
    let previous = '';
    for (;;) {
      if (interactive) rl.prompt();
      while (queue.length === 0 && !closed) await new Promise<void>((resolve) => (wake = resolve));
      if (queue.length === 0) {
        if (!interactive) write(`${PROMPT}\n`);
        break;
      }
      const raw = queue.shift()!;
      if (!interactive) write(`${PROMPT}${raw}\n`);
      const line = raw.trim() === '' ? previous : raw;
      if (line.trim() !== '') previous = line;
      busy = true;
      let result: { output: string; quit: boolean };
      try {
        result = await dbg.execute(line);
      } catch (e) {
        return reportError(e);
      } finally {
        busy = false;
      }
      write(result.output);
      if (result.quit) break;
    }
    return 0;
  } finally {
    process.off('SIGINT', onInterrupt);
    rl.close();
  }
}
