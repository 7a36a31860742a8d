/*
 * The thread's data stack: frames and scratch argument areas, pushed and popped LIFO in
 * chunks of raw heap blocks (CPython 3.11's _PyThreadState_PushFrame). Pushing is a bump
 * of TS_DS_TOP; a new chunk is taken when the current one is full and given back when
 * its first frame is popped.
 */
import type { Ref } from '../heap/layout.js';
import { allocRaw, free } from '../heap/alloc.js';
import { HeapExhausted, type Runtime } from './runtime.js';
import { DS_CHUNK_HEADER_WORDS, DS_CHUNK_MIN_BYTES, TS_DS_CHUNK, TS_DS_END, TS_DS_TOP } from './threadstate.js';

/**
 * Reserves `words` words, the first `zeroed` of them (default: all) zeroed; returns the word
 * index of the first. A frame zeroes its header and locals only: its value stack is never
 * read above the stack pointer (as the eval loop's inline call pushes frames).
 */
export function dataStackPush(rt: Runtime, words: number, zeroed: number = words): number {
  const i32 = rt.i32;
  const ts = rt.ts >> 2;
  const top = i32[ts + (TS_DS_TOP >> 2)]!;
  if (top + words <= i32[ts + (TS_DS_END >> 2)]!) {
    i32[ts + (TS_DS_TOP >> 2)] = top + words;
    if (zeroed < 64) for (let i = top, end = top + zeroed; i < end; i++) i32[i] = 0;
    else i32.fill(0, top, top + zeroed);
    return top;
  }
  const bytes = Math.max(DS_CHUNK_MIN_BYTES, (words + DS_CHUNK_HEADER_WORDS) * 4);
  const chunk = allocRaw(rt.heap, bytes);
  if (chunk === 0) throw new HeapExhausted(bytes);
  const cw = chunk >> 2;
  i32[cw] = i32[ts + (TS_DS_CHUNK >> 2)]!;
  i32[cw + 1] = top;
  i32[ts + (TS_DS_CHUNK >> 2)] = chunk;
  const start = cw + DS_CHUNK_HEADER_WORDS;
  i32[ts + (TS_DS_END >> 2)] = cw + (bytes >> 2);
  i32[ts + (TS_DS_TOP >> 2)] = start + words;
  i32.fill(0, start, start + zeroed);
  return start;
}

/** Pops everything from word index `base` up (base = a value dataStackPush returned). */
export function dataStackPop(rt: Runtime, base: number): void {
  const i32 = rt.i32;
  const ts = rt.ts >> 2;
  const chunk = i32[ts + (TS_DS_CHUNK >> 2)]!;
  const cw = chunk >> 2;
  // base 0: pushed (0 words) before the thread had a chunk; its first chunk stays, empty
  if (base === 0) base = chunk === 0 ? 0 : cw + DS_CHUNK_HEADER_WORDS;
  if (base === cw + DS_CHUNK_HEADER_WORDS && i32[cw] !== 0) {
    const prev = i32[cw]!;
    i32[ts + (TS_DS_CHUNK >> 2)] = prev;
    i32[ts + (TS_DS_TOP >> 2)] = i32[cw + 1]!;
    i32[ts + (TS_DS_END >> 2)] = (prev >> 2) + (blockWords(rt, prev));
    free(rt.heap, chunk as Ref);
    return;
  }
  i32[ts + (TS_DS_TOP >> 2)] = base;
}

function blockWords(rt: Runtime, chunk: number): number {
  // The first chunk's and later chunks' sizes are recorded by the allocator.
  return rt.heap ? blockSizeOf(rt, chunk) >> 2 : 0;
}

import { blockSize } from '../heap/alloc.js';
function blockSizeOf(rt: Runtime, chunk: number): number {
  return blockSize(rt.heap, chunk as Ref);
}
