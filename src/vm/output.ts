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
 */
import { writeSync } from 'node:fs';
import { allocRaw } from '../heap/alloc.js';
import { HDR_OUTPUT_BUF, HDR_OUTPUT_LEN, HDR_OUTPUT_LOCK } from '../heap/memory.js';
import type { Runtime } from './runtime.js';

export const OUTPUT_BUFFER_BYTES = 1 << 16;

const encoder = new TextEncoder();

function buffer(rt: Runtime): number {
  const i32 = rt.i32;
  let buf = i32[HDR_OUTPUT_BUF >> 2]!;
  if (buf === 0) {
    buf = allocRaw(rt.heap, OUTPUT_BUFFER_BYTES);
    i32[HDR_OUTPUT_BUF >> 2] = buf;
    i32[HDR_OUTPUT_LEN >> 2] = 0;
  }
  return buf;
}

function writeAll(fd: number, bytes: Uint8Array): void {
  let off = 0;
  while (off < bytes.length) {
    try {
      off += writeSync(fd, bytes, off, bytes.length - off);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EAGAIN') continue;
      if ((e as NodeJS.ErrnoException).code === 'EPIPE') return;
      throw e;
    }
  }
}

function flushUnlocked(rt: Runtime): void {
  const i32 = rt.i32;
  const buf = i32[HDR_OUTPUT_BUF >> 2]!;
  const len = i32[HDR_OUTPUT_LEN >> 2]!;
  if (buf === 0 || len === 0) return;
  const copy = new Uint8Array(len);
  copy.set(rt.u8.subarray(buf, buf + len));
  i32[HDR_OUTPUT_LEN >> 2] = 0;
  writeAll(1, copy);
}

function writeUnlocked(rt: Runtime, fd: number, s: string): void {
  if (rt.capture !== null) {
    if (fd === 1) rt.capture.out += s;
    else rt.capture.err += s;
    return;
  }
  const bytes = encoder.encode(s);
  if (fd !== 1) {
    flushUnlocked(rt);
    writeAll(fd, bytes);
    return;
  }
  const buf = buffer(rt);
  const i32 = rt.i32;
  let len = i32[HDR_OUTPUT_LEN >> 2]!;
  if (len + bytes.length > OUTPUT_BUFFER_BYTES) {
    flushUnlocked(rt);
    len = 0;
    if (bytes.length > OUTPUT_BUFFER_BYTES) {
      writeAll(1, bytes);
      return;
    }
  }
  rt.u8.set(bytes, buf + len);
  i32[HDR_OUTPUT_LEN >> 2] = len + bytes.length;
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

export function outputFlush(rt: Runtime): void {
  if (!rt.rc.atomic) {
    flushUnlocked(rt);
    return;
  }
  lockOutput(rt);
  try {
    flushUnlocked(rt);
  } finally {
    Atomics.store(rt.i32, OUTPUT_LOCK_WORD, 0);
  }
}

export function outputWrite(rt: Runtime, fd: number, s: string): void {
  if (!rt.rc.atomic) {
    writeUnlocked(rt, fd, s);
    return;
  }
  lockOutput(rt);
  try {
    writeUnlocked(rt, fd, s);
  } finally {
    Atomics.store(rt.i32, OUTPUT_LOCK_WORD, 0);
  }
}
