/*
 * Reading the process's standard input (fd 0) synchronously: input(), sys.stdin (lib/_io.py's
 * stdin object, through _os._stdin_readline / _os._stdin_read) and the REPL's piped lines.
 *
 * Bytes are read ahead in chunks into one buffer in the heap (a raw block recorded in the
 * heap header: HDR_STDIN_BUF, the unread bytes from HDR_STDIN_POS to HDR_STDIN_END), not in
 * this module: executors are separate isolates, and a thread that reads the next line on
 * another executor must get the bytes that were read ahead for the last one. Under the GIL
 * only the holder reads; with --no-gil (rt.rc.atomic) every read runs under the spin lock
 * HDR_STDIN_LOCK (0 free, executor + 1 held). The read blocks with the GIL held, as before:
 * a program whose threads compute while another waits at input() is outside what this
 * covers. A terminal is read a byte at a time (what the line discipline gives is one line
 * anyway, and nothing typed ahead is taken from the REPL's own reader). Lines are decoded
 * as UTF-8, a line at a time (a multi-byte character never straddles a '\n').
 * End of input is not sticky: a terminal's Ctrl-D ends one read, the next one reads again.
 */
import { readSync } from 'node:fs';
import { isatty } from 'node:tty';
import { allocRaw } from '../heap/alloc.js';
import { HDR_STDIN_BUF, HDR_STDIN_END, HDR_STDIN_LOCK, HDR_STDIN_POS } from '../heap/memory.js';
import type { Runtime } from './runtime.js';
import { takeSpinLock } from './output.js';

const STDIN_CHUNK_BYTES = 1 << 16;
const BUF_WORD = HDR_STDIN_BUF >> 2;
const POS_WORD = HDR_STDIN_POS >> 2;
const END_WORD = HDR_STDIN_END >> 2;
const LOCK_WORD = HDR_STDIN_LOCK >> 2;

let stdinIsTerminal: boolean | null = null;
const chunk = Buffer.alloc(STDIN_CHUNK_BYTES);
// keeps a leading U+FEFF, as CPython's utf-8 stdin does (the WHATWG default drops it)
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });

/** Reads what fd 0 has (at most `max` bytes) into `chunk`: the count, 0 at end of input. */
function readSome(max: number): number {
  for (;;) {
    try {
      return readSync(0, chunk, 0, max, null);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') continue;
      if (code === 'EOF') return 0;
      throw e;
    }
  }
}

/** Refills the empty heap buffer from fd 0: false at end of input. */
function refill(rt: Runtime): boolean {
  const i32 = rt.i32;
  let buf = i32[BUF_WORD]!;
  if (buf === 0) {
    buf = allocRaw(rt.heap, STDIN_CHUNK_BYTES);
    i32[BUF_WORD] = buf;
  }
  stdinIsTerminal ??= isatty(0);
  const n = readSome(stdinIsTerminal ? 1 : STDIN_CHUNK_BYTES);
  if (n === 0) return false;
  rt.u8.set(chunk.subarray(0, n), buf);
  i32[POS_WORD] = 0;
  i32[END_WORD] = n;
  return true;
}

/** Appends buffered bytes to `parts` up to and including the first '\n' (all of them with
 * `toNewline` false); true when a '\n' ended it. */
function takeBuffered(rt: Runtime, parts: Uint8Array[], toNewline: boolean): boolean {
  const i32 = rt.i32;
  const buf = i32[BUF_WORD]!;
  const pos = i32[POS_WORD]!;
  const end = i32[END_WORD]!;
  if (pos >= end) return false;
  const bytes = rt.u8.subarray(buf + pos, buf + end);
  const nl = toNewline ? bytes.indexOf(10) : -1;
  const take = nl < 0 ? bytes.length : nl + 1;
  parts.push(bytes.slice(0, take));
  i32[POS_WORD] = pos + take;
  return nl >= 0;
}

function decode(parts: Uint8Array[]): string {
  if (parts.length === 1) return decoder.decode(parts[0]);
  return Buffer.concat(parts).toString('utf8');
}

function withStdinLock<T>(rt: Runtime, read: () => T): T {
  if (!rt.rc.atomic) return read();
  takeSpinLock(rt, LOCK_WORD);
  try {
    return read();
  } finally {
    Atomics.store(rt.i32, LOCK_WORD, 0);
  }
}

/**
 * The next line of standard input with its '\n' (as file.readline()), '' at end of input.
 * A final line without '\n' comes back as it is.
 */
export function stdinReadLine(rt: Runtime): string {
  return withStdinLock(rt, () => {
    const parts: Uint8Array[] = [];
    while (!takeBuffered(rt, parts, true)) {
      if (!refill(rt)) break;
    }
    return decode(parts);
  });
}

/** The rest of standard input ('' at end of input). */
export function stdinReadAll(rt: Runtime): string {
  return withStdinLock(rt, () => {
    const parts: Uint8Array[] = [];
    takeBuffered(rt, parts, false);
    for (;;) {
      const n = readSome(STDIN_CHUNK_BYTES);
      if (n === 0) break;
      parts.push(Uint8Array.prototype.slice.call(chunk, 0, n)); // a copy (Buffer.slice is a view)
    }
    return parts.length === 0 ? '' : decode(parts);
  });
}
