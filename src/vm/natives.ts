/*
 * The per-process table of native (JS) functions that built-in function objects point at.
 *
 * A built-in function, a method descriptor (`list.append`) or a slot wrapper is a heap
 * object holding an INDEX into this table, never a JS closure: the heap can then be shared
 * with worker threads, which import the same modules in the same order and so build the
 * very same table. The table is code, not state: it is filled once at import time (the
 * one module-level mutable structure of the VM, allowed because every executor derives
 * the identical table from the identical module graph) and never changes afterwards.
 *
 * Calling convention (CPython's vectorcall): `fn(rt, args, nargs, kwnames)`
 *   args     i32 index into the heap of the first argument (arguments are consecutive
 *            words: on the caller's value stack, or in a scratch area of the thread's
 *            data stack). For a method descriptor, args[0] is self.
 *   nargs    number of words at args, keyword values included.
 *   kwnames  NULL, or a tuple of str: the last len(kwnames) words are keyword arguments.
 * Arguments are borrowed. The result is a new reference, or NULL (0) with the exception
 * set in the thread state (vm/errors.ts).
 */
import type { Ref } from '../heap/layout.js';
import type { Runtime } from './runtime.js';

export type NativeFn = (rt: Runtime, args: number, nargs: number, kwnames: Ref) => Ref;

export interface NativeEntry {
  /** The Python-visible name (`append`, `print`). */
  readonly name: string;
  readonly fn: NativeFn;
}

/** Every native function of the process, by index. Append-only, filled at import time. */
export const NATIVE_TABLE: NativeEntry[] = [];

/**
 * The natives that the eval loop's CALL runs inline in their common cases (vm/eval.ts; as
 * CPython 3.11's CALL_NO_KW_LEN, CALL_NO_KW_ISINSTANCE, CALL_NO_KW_LIST_APPEND): len(x) of
 * a list, tuple, dict or str, isinstance(x, C) when x's class is C or a subclass of it, and
 * list.append. Their indexes, set by modules/builtins.ts where it defines them (-1 before).
 */
export const INLINE_NATIVES = { len: -1, isinstance: -1, listAppend: -1 };

/**
 * Calls native `index` (NATIVE_TABLE[index].fn(rt, args, nargs, kwnames)). The eval loop's
 * CALL makes its native calls through here, so that the call of the table's function is one
 * call site, shared by every caller, whose V8 feedback turns megamorphic at the second
 * native the program calls. Each of CALL's own sites, monomorphic (a sole native called
 * there before TurboFan compiled the loop) made V8 compile that native in and then throw the
 * compiled loop away at the first call of another one ("wrong call target": vm/eval.ts,
 * module comment, "JIT warm-up").
 */
export function callNative(index: number, rt: Runtime, args: number, nargs: number, kwnames: Ref): Ref {
  return NATIVE_TABLE[index]!.fn(rt, args, nargs, kwnames);
}

/** Adds a native function to the table; returns its index (stored in heap objects). */
export function defineNative(name: string, fn: NativeFn): number {
  NATIVE_TABLE.push({ name, fn });
  return NATIVE_TABLE.length - 1;
}
