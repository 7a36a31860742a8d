/*
 * Reading the process's standard input (fd 0) synchronously: input() and sys.stdin
 * (lib/_io.py's stdin object, through _os._stdin_readline / _os._stdin_read).
 *
 * Lines are read one byte at a time and nothing is read ahead: executors are separate
 * isolates (each with its own copy of this module), so a read-ahead buffer here would hide
 * bytes from a thread that runs on another executor. read() to the end reads in chunks
 * (nothing is left to hide). Bytes are decoded as UTF-8 per line or per read. No state.
 */
import { readSync } from 'node:fs';

/** One byte from fd 0 into `b`: 1, or 0 at end of input. */
function readByte(b: Buffer): number {
  for (;;) {
    try {
      return readSync(0, b, 0, 1, null);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') continue;
      if (code === 'EOF') return 0;
      throw e;
    }
  }
}

/**
 * The next line of standard input with its '\n' (as file.readline()), '' at end of input.
 * A final line without '\n' comes back as it is.
 */
export function stdinReadLine(): string {
  const bytes: number[] = [];
  const b = Buffer.alloc(1);
  while (readByte(b) === 1) {
    bytes.push(b[0]!);
    if (b[0] === 10) break;
  }
  return Buffer.from(bytes).toString('utf8');
}

/** The rest of standard input ('' at end of input). */
export function stdinReadAll(): string {
  const chunks: Buffer[] = [];
  const chunk = Buffer.alloc(65536);
  for (;;) {
    let n: number;
    try {
      n = readSync(0, chunk, 0, chunk.length, null);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') continue;
      if (code === 'EOF') break;
      throw e;
    }
    if (n === 0) break;
    chunks.push(Buffer.from(chunk.subarray(0, n)));
  }
  return Buffer.concat(chunks).toString('utf8');
}
