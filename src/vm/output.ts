/*
 * Buffered standard output (DESIGN.md "Threads": output goes through one buffer in the
 * heap, flushed with fs.writeSync, so any executor can write and lines never interleave).
 *
 * The buffer is a raw heap block recorded in the heap header (HDR_OUTPUT_BUF, length in
 * HDR_OUTPUT_LEN): UTF-8 bytes. `outputWrite(rt, 1, s)` appends (flushing first when the
 * text does not fit); stderr (fd 2) is written at once after flushing stdout, so the
 * relative order of the two streams is kept. `outputFlush` runs at exit, on
 * print(flush=True) / sys.stdout.flush(), and before reading stdin. The lock word
 * HDR_OUTPUT_LOCK: under the GIL only the holder writes, so no lock is taken; with --no-gil
 * (rt.rc.atomic) executors write in parallel and every append / flush runs under this spin
 * lock (0 free, executor + 1 held; a writeSync inside is the longest section), so the
 * buffer is never corrupted and one outputWrite's text is never split by another's.
 *
 * When stdout is flushed besides those points follows CPython's TextIOWrapper: with
 * PYTHONUNBUFFERED set (non-empty; `gilvm -u` sets it) after every write, as CPython's
 * write_through stdout; on a terminal at every write that holds a newline (line
 * buffering); else only when the buffer is full. It matters where other processes write
 * to the same file: a multiprocessing child's lines appear among the parent's in the order
 * they were printed, and a Pool worker's prints are out before the pool terminates it.
 * The mode is read from the process once, at the first write (`stdoutMode`): the CLI sets
 * the variable for -u before the run starts, and executor workers and multiprocessing
 * children inherit the environment.
 *
 * A closed pipe (`gilvm prog.py | head -1`): a write to stdout that fails with EPIPE makes
 * outputWrite / outputFlush return false, and print, sys.stdout.write and flush raise
 * `BrokenPipeError: [Errno 32] Broken pipe` (raiseBrokenPipe), as CPython's do; so a
 * program printing in a loop ends instead of running on. What happens to the text that
 * failed follows CPython (flushUnlocked); when the flush at exit fails, the run reports
 * CPython's "Exception ignored in: <_io.TextIOWrapper name='<stdout>' ...>" and exits 120
 * (vm/run.ts finishRun). stderr's EPIPE is ignored.
 */
import { writeSync } from 'node:fs';
import { isatty } from 'node:tty';
import { allocRaw } from '../heap/alloc.js';
import { HDR_OUTPUT_BUF, HDR_OUTPUT_LEN, HDR_OUTPUT_LOCK } from '../heap/memory.js';
import type { Runtime } from './runtime.js';

export const OUTPUT_BUFFER_BYTES = 1 << 16;

const encoder = new TextEncoder();

/** stdout's buffer (allocated at the first write), or 0 when the heap has no room for it:
 * the program's first print came after it exhausted the heap. The text is then written
 * unbuffered (writeUnlocked); a 0 taken as the buffer wrote over the heap's header. */
function buffer(rt: Runtime): number {
  const i32 = rt.i32;
  let buf = i32[HDR_OUTPUT_BUF >> 2]!;
  if (buf === 0) {
    buf = allocRaw(rt.heap, OUTPUT_BUFFER_BYTES);
    if (buf === 0) return 0;
    i32[HDR_OUTPUT_BUF >> 2] = buf;
    i32[HDR_OUTPUT_LEN >> 2] = 0;
  }
  return buf;
}

/** Writes all of bytes to fd; false when the reader has gone: EPIPE, or ECONNRESET when
 * stdout is a socket (a Node parent's 'pipe' stdio is a socketpair, whose write fails so
 * when the reader closed with data unread: was an internal error, 1 run in ~100 loaded). */
function writeAll(fd: number, bytes: Uint8Array): boolean {
  let off = 0;
  while (off < bytes.length) {
    try {
      off += writeSync(fd, bytes, off, bytes.length - off);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') continue;
      if (code === 'EPIPE' || code === 'ECONNRESET') return false;
      throw e;
    }
  }
  return true;
}

/**
 * Writes the buffer out; false on EPIPE. The text is then kept only for an explicit flush
 * of a buffered stdout (`keep`), as CPython's BufferedWriter keeps it when flush() fails
 * (so the exit's flush fails again: status 120) and loses it when a write that had to
 * empty a full buffer fails (the program's traceback, status 1).
 */
function flushUnlocked(rt: Runtime, keep = false): boolean {
  const i32 = rt.i32;
  const buf = i32[HDR_OUTPUT_BUF >> 2]!;
  const len = i32[HDR_OUTPUT_LEN >> 2]!;
  if (buf === 0 || len === 0) return true;
  const copy = new Uint8Array(len);
  copy.set(rt.u8.subarray(buf, buf + len));
  i32[HDR_OUTPUT_LEN >> 2] = 0;
  if (writeAll(1, copy)) return true;
  if (keep) i32[HDR_OUTPUT_LEN >> 2] = len;
  return false;
}

const BLOCK_BUFFERED = 0;
const LINE_BUFFERED = 1;
const UNBUFFERED = 2;
/** The stdout mode (above), -1 until the first write reads it: a cache of this process's
 * environment and fd 1, not program state. */
let stdoutModeCache = -1;

function stdoutMode(): number {
  if (stdoutModeCache < 0) {
    const unbuffered = process.env.PYTHONUNBUFFERED;
    stdoutModeCache = unbuffered !== undefined && unbuffered !== '' ? UNBUFFERED : isatty(1) ? LINE_BUFFERED : BLOCK_BUFFERED;
  }
  return stdoutModeCache;
}

/** The longest text appendAscii copies: beyond it TextEncoder's per-call cost is small
 * against the copy. */
const ASCII_COPY_MAX = 512;

/**
 * Appends s to stdout's buffer when it is all ASCII and fits: true if it did. A print's
 * text is nearly always short ASCII, and TextEncoder.encode (a new array per call, then a
 * copy) cost ~500 ns a call, 15-35x CPython's print. A non-ASCII unit leaves the
 * buffer's length unchanged (the bytes copied before it are not counted) for the caller's
 * encoder.
 */
function appendAscii(rt: Runtime, s: string): boolean {
  const n = s.length;
  const buf = buffer(rt);
  if (buf === 0) return false;
  const i32 = rt.i32;
  const len = i32[HDR_OUTPUT_LEN >> 2]!;
  if (len + n > OUTPUT_BUFFER_BYTES) return false;
  const u8 = rt.u8;
  const at = buf + len;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80) return false;
    u8[at + i] = c;
  }
  i32[HDR_OUTPUT_LEN >> 2] = len + n;
  return true;
}

/** Appends to stdout's buffer or writes to stderr; false: stdout's reader has gone. */
function writeUnlocked(rt: Runtime, fd: number, s: string): boolean {
  if (rt.capture !== null) {
    if (fd === 1) rt.capture.out += s;
    else rt.capture.err += s;
    return true;
  }
  if (fd === 1 && s.length <= ASCII_COPY_MAX && appendAscii(rt, s)) return afterAppend(rt, s.includes('\n'));
  const bytes = encoder.encode(s);
  if (fd !== 1) {
    flushUnlocked(rt, true); // stdout's text first (kept if its reader has gone, as CPython's)
    writeAll(fd, bytes);
    return true;
  }
  const buf = buffer(rt);
  if (buf === 0) return writeAll(1, bytes); // no room for a buffer: unbuffered
  const i32 = rt.i32;
  let len = i32[HDR_OUTPUT_LEN >> 2]!;
  if (len + bytes.length > OUTPUT_BUFFER_BYTES) {
    if (!flushUnlocked(rt)) return false;
    len = 0;
    if (bytes.length > OUTPUT_BUFFER_BYTES) return writeAll(1, bytes);
  }
  rt.u8.set(bytes, buf + len);
  i32[HDR_OUTPUT_LEN >> 2] = len + bytes.length;
  return afterAppend(rt, s.includes('\n'));
}

/** After text went into stdout's buffer: the flush its mode asks for (unbuffered: always;
 * a terminal: when the text held a newline); false when stdout's reader has gone. */
function afterAppend(rt: Runtime, newline: boolean): boolean {
  const mode = stdoutMode();
  if (mode !== BLOCK_BUFFERED && (mode === UNBUFFERED || newline)) return flushUnlocked(rt);
  return true;
}

/** Drops what stdout's buffer holds (after the exit's flush failed: reported once). */
export function outputDiscard(rt: Runtime): void {
  rt.i32[HDR_OUTPUT_LEN >> 2] = 0;
}

const OUTPUT_LOCK_WORD = HDR_OUTPUT_LOCK >> 2;
const spinSleepCell = new Int32Array(new SharedArrayBuffer(4));

/**
 * Takes the heap spin lock at i32 index `word` (0 free, executor + 1 held): spins, giving
 * the core away (a 0 ms wait on a private cell) every 100 tries. For short sections that
 * may include a system call (this module's writes, vm/stdin.ts's reads); released with
 * Atomics.store(word, 0).
 */
export function takeSpinLock(rt: Runtime, word: number): void {
  const i32 = rt.i32;
  for (let spins = 0; Atomics.compareExchange(i32, word, 0, rt.executor + 1) !== 0; spins++) {
    if (spins > 100) {
      Atomics.wait(spinSleepCell, 0, 0, 0);
      spins = 0;
    }
  }
}

function lockOutput(rt: Runtime): void {
  takeSpinLock(rt, OUTPUT_LOCK_WORD);
}

/** Writes stdout's buffer out; false when its reader has gone (see the module comment). */
export function outputFlush(rt: Runtime): boolean {
  const keep = stdoutMode() !== UNBUFFERED;
  if (!rt.rc.atomic) return flushUnlocked(rt, keep);
  lockOutput(rt);
  try {
    return flushUnlocked(rt, keep);
  } finally {
    Atomics.store(rt.i32, OUTPUT_LOCK_WORD, 0);
  }
}

/** Writes the concatenation of parts to fd as one write (print's line: its arguments,
 * separators and end), without building the joined string when they are short ASCII
 * text for stdout's buffer. */
export function outputWriteParts(rt: Runtime, fd: number, parts: readonly string[]): boolean {
  return writeLocked(rt, fd, parts);
}

/**
 * Writes raw bytes to fd (sys.stdout.buffer.write, sys.stderr.buffer.write), after the
 * text written to stdout before them (its buffer goes out first); false when the reader has
 * gone. A captured run (tests) gets them as UTF-8 text.
 */
export function outputWriteBytes(rt: Runtime, fd: number, bytes: Uint8Array): boolean {
  if (rt.capture !== null) return outputWrite(rt, fd, Buffer.from(bytes).toString('utf8'));
  if (rt.rc.atomic) lockOutput(rt);
  try {
    if (fd === 1 && !flushUnlocked(rt, stdoutMode() !== UNBUFFERED)) return false;
    return writeAll(fd, bytes);
  } finally {
    if (rt.rc.atomic) Atomics.store(rt.i32, OUTPUT_LOCK_WORD, 0);
  }
}

/** Writes s to fd (1: through the buffer); false when stdout's reader has gone. */
export function outputWrite(rt: Runtime, fd: number, s: string): boolean {
  return writeLocked(rt, fd, s);
}

/** A write of outputWrite's or outputWriteParts's text, under the output lock with --no-gil. */
function writeLocked(rt: Runtime, fd: number, text: string | readonly string[]): boolean {
  if (!rt.rc.atomic) return typeof text === 'string' ? writeUnlocked(rt, fd, text) : writePartsUnlocked(rt, fd, text);
  lockOutput(rt);
  try {
    return typeof text === 'string' ? writeUnlocked(rt, fd, text) : writePartsUnlocked(rt, fd, text);
  } finally {
    Atomics.store(rt.i32, OUTPUT_LOCK_WORD, 0);
  }
}

function writePartsUnlocked(rt: Runtime, fd: number, parts: readonly string[]): boolean {
  if (fd === 1 && rt.capture === null) {
    const start = rt.i32[HDR_OUTPUT_LEN >> 2]!;
    let newline = false;
    let i = 0;
    for (; i < parts.length; i++) {
      const part = parts[i]!;
      if (part.length > ASCII_COPY_MAX || !appendAscii(rt, part)) break;
      if (!newline && part.includes('\n')) newline = true;
    }
    if (i === parts.length) return afterAppend(rt, newline);
    rt.i32[HDR_OUTPUT_LEN >> 2] = start; // not all of it: the whole text by the general path
  }
  return writeUnlocked(rt, fd, parts.join(''));
}
