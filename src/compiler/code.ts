/*
 * Code objects: the compiler's output and the VM's input.
 *
 * A CodeObject is compile-time data (a plain JS object); the VM copies what it needs into
 * the heap when it loads a module (DESIGN.md: run-time Python objects live in the heap).
 * `dis` prints it, the assembler builds it, and `dis(source) == dis(asm(dis --asm(source)))`
 * is the test that the two agree.
 *
 * Instruction format (one 32-bit word per instruction, in `code: Uint32Array`):
 *
 *     31                         8 7        0
 *    +----------------------------+----------+
 *    |           oparg (24)       |  opcode  |
 *    +----------------------------+----------+
 *
 * 24 bits of argument make EXTENDED_ARG unnecessary. Offsets (in `dis`, jump arguments,
 * the exception table and the line table) are instruction indexes, not bytes. Jump
 * arguments are absolute instruction indexes.
 *
 * Local variables follow CPython 3.11's "localsplus" layout: one index space for
 * arguments, locals, cells and free variables, so LOAD_FAST, LOAD_DEREF, LOAD_CLOSURE,
 * MAKE_CELL all index the same frame slots. `localspluskinds[i]` says which kind slot i is
 * (an argument that is also a cell is one slot with both LOCAL and CELL bits, and MAKE_CELL
 * wraps it at function entry).
 *
 * Exception handling uses CPython 3.11's exception table (zero-cost: nothing runs on
 * entering a `try`), not a block stack. Why: frames live in the heap and every thread
 * and generator carries them; a table keeps frames smaller (no block stack to store,
 * copy and save at each yield), makes `try` free on the fast path, and matches what
 * CPython 3.11's `dis` shows, so our listings read like CPython's.
 */
import type { ConstantValue } from '../frontend/ast.js';

/** A constant in a code object's pool. Tuples of constants (folded by the compiler,
 * keyword-name tuples for CALL_KW) and nested code objects are constants too. */
export type Const =
  | ConstantValue
  | { type: 'tuple'; items: Const[] }
  | { type: 'frozenset'; items: Const[] }
  | { type: 'code'; value: CodeObject };

/** One row of the exception table: instructions [start, end) jump to `target` with the
 * value stack cut to `depth` items (then, if `lasti`, the offset of the raising
 * instruction pushed), then the exception pushed. */
export interface ExceptionTableEntry {
  start: number;
  end: number;
  target: number;
  depth: number;
  lasti: boolean;
}

/** Kinds of localsplus slots (CPython's CO_FAST_* values). */
export const CO_FAST_LOCAL = 0x20;
export const CO_FAST_CELL = 0x40;
export const CO_FAST_FREE = 0x80;

/** Code flags (CPython's values). */
export const CO_OPTIMIZED = 0x0001;
export const CO_NEWLOCALS = 0x0002;
export const CO_VARARGS = 0x0004;
export const CO_VARKEYWORDS = 0x0008;
export const CO_NESTED = 0x0010;
export const CO_GENERATOR = 0x0020;
export const CO_NOFREE = 0x0040;
export const CO_COROUTINE = 0x0080;
export const CO_ITERABLE_COROUTINE = 0x0100;
export const CO_ASYNC_GENERATOR = 0x0200;

export interface CodeObject {
  /** `<module>`, the function name, `<lambda>`, `<listcomp>`, `<genexpr>` ... */
  name: string;
  qualname: string;
  filename: string;
  firstlineno: number;
  argcount: number;
  posonlyargcount: number;
  kwonlyargcount: number;
  flags: number;
  /** Maximum depth of the value stack, computed by the compiler (or the assembler). */
  stacksize: number;
  /** One word per instruction: opcode | oparg << 8. */
  code: Uint32Array;
  consts: Const[];
  /** Global, attribute and import names, indexed by *_NAME, *_GLOBAL, *_ATTR opargs. */
  names: string[];
  /** Arguments first (positional, keyword-only, *args, **kwargs), then other locals, then
   * cells that are not arguments, then free variables. */
  localsplusnames: string[];
  /** CO_FAST_* bits, one per localsplus slot. */
  localspluskinds: Uint8Array;
  exceptiontable: ExceptionTableEntry[];
  /** Source position of each instruction: lineno, col_offset, end_lineno, end_col_offset,
   * four Int32s per instruction (-1 where unknown, as CPython's `co_positions`). */
  positions: Int32Array;
}

export function codeLine(code: CodeObject, index: number): number {
  return code.positions[index * 4];
}

export function varnames(code: CodeObject): string[] {
  return code.localsplusnames.filter((_, i) => code.localspluskinds[i] & CO_FAST_LOCAL);
}

export function cellvars(code: CodeObject): string[] {
  return code.localsplusnames.filter((_, i) => code.localspluskinds[i] & CO_FAST_CELL);
}

export function freevars(code: CodeObject): string[] {
  return code.localsplusnames.filter((_, i) => code.localspluskinds[i] & CO_FAST_FREE);
}
