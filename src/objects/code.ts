/*
 * code: the heap copy of a compiler CodeObject (compiler/code.ts). Immortal.
 *
 *   byte 16 CO_ARGCOUNT     20 CO_POSONLY   24 CO_KWONLY    28 CO_FLAGS
 *        32 CO_STACKSIZE    36 CO_NLOCALSPLUS                40 CO_NINSNS
 *        44 CO_CONSTS (tuple)  48 CO_NAMES (tuple of interned str)
 *        52 CO_LPNAMES (tuple of interned str: localsplus names)
 *        56 CO_FILENAME  60 CO_NAME  64 CO_QUALNAME  68 CO_FIRSTLINENO
 *        72 CO_NEXC (exception-table rows)   76 CO_EXC_WORD  80 CO_POS_WORD  84 CO_KINDS_WORD
 *           (word offsets from the object's first word of: the exception table, the
 *            positions, the localsplus kinds)
 *        88 CO_FRAMEWORDS   words a frame of this code needs (header + locals + stack)
 *        92 CO_CACHE        raw block: 4 cache words per instruction (LOAD_GLOBAL's inline
 *                           cache, vm/evalhelpers.ts loadGlobalMiss); never freed (code
 *                           objects are immortal)
 *        96 CO_INSNS  the instructions, one word each (opcode | oparg << 8), quickened
 *           (the first of some pairs is a superinstruction: `quicken` below), then
 *           exception table  5 words per row: start, end, target, depth, lasti
 *           positions        4 words per instruction: line, col, end line, end col
 *           kinds            1 word per localsplus slot (CO_FAST_* bits)
 *
 * Everything the loop needs is read through the one i32 view: `code = (ref >> 2) + 24`
 * is the instruction base; constants and names are tuples whose items it indexes.
 */
import { bytesNew } from './bytes.js';
import type { Ref } from '../heap/layout.js';
import type { CodeObject, Const } from '../compiler/code.js';
import type { Runtime } from '../vm/runtime.js';
import { newObject } from './object.js';
import { tupleNew, tupleSetItemSteal } from './tuple.js';
import { intFromBigint } from './int.js';
import { floatNew } from './float.js';
import { internJS } from './intern.js';
import { FRAME_HEADER_WORDS } from '../vm/frame.js';
import { frozensetFromRefs } from './set.js';
import { setCanonicalOrder } from './setorder.js';
import { dictEntryKey, dictNextEntry, dictSize } from './dict.js';
import { decref, incref } from '../vm/refs.js';
import { allocRaw } from '../heap/alloc.js';
import { HeapExhausted } from '../vm/runtime.js';
import { OPCODE, OPCODE_COUNT, SUPERINSTRUCTIONS } from '../compiler/opcodes.js';

export const CO_ARGCOUNT = 16;
export const CO_POSONLY = 20;
export const CO_KWONLY = 24;
export const CO_FLAGS = 28;
export const CO_STACKSIZE = 32;
export const CO_NLOCALSPLUS = 36;
export const CO_NINSNS = 40;
export const CO_CONSTS = 44;
export const CO_NAMES = 48;
export const CO_LPNAMES = 52;
export const CO_FILENAME = 56;
export const CO_NAME = 60;
export const CO_QUALNAME = 64;
export const CO_FIRSTLINENO = 68;
export const CO_NEXC = 72;
export const CO_EXC_WORD = 76;
export const CO_POS_WORD = 80;
export const CO_KINDS_WORD = 84;
export const CO_FRAMEWORDS = 88;
export const CO_CACHE = 92;
export const CO_INSNS = 96;
export const CO_INSNS_WORD = 24;

function immortal(rt: Runtime, ref: Ref): Ref {
  rt.rc.makeImmortal(ref);
  return ref;
}

/** Converts a compile-time constant into an immortal heap object. */
export function loadConst(rt: Runtime, c: Const): Ref {
  switch (c.type) {
    case 'int': return immortal(rt, intFromBigint(rt, c.value));
    case 'float': return immortal(rt, floatNew(rt, c.value));
    case 'str': return internJS(rt, c.value);
    case 'bool': return c.value ? rt.True : rt.False;
    case 'None': return rt.None;
    case 'Ellipsis': return rt.Ellipsis;
    case 'bytes': return immortal(rt, bytesNew(rt, c.value));
    case 'tuple': {
      const t = tupleNew(rt, c.items.length);
      c.items.forEach((item, i) => tupleSetItemSteal(rt, t, i, loadConst(rt, item)));
      return immortal(rt, t);
    }
    case 'frozenset': return immortal(rt, frozensetConstant(rt, c.items.map((item) => loadConst(rt, item))));
    case 'code': return loadCode(rt, c.value);
  }
}

function tupleOfNames(rt: Runtime, names: readonly string[]): Ref {
  const t = tupleNew(rt, names.length);
  names.forEach((n, i) => tupleSetItemSteal(rt, t, i, internJS(rt, n)));
  return immortal(rt, t);
}

/** (first opcode << 8 | second opcode) -> its superinstruction (compiler/opcodes.ts
 * SUPERINSTRUCTIONS). Code, not state. */
const SUPERINSTRUCTION_OF: ReadonlyMap<number, number> = new Map(
  SUPERINSTRUCTIONS.map((row, i) => [(OPCODE[row.first] << 8) | OPCODE[row.second], OPCODE_COUNT + i]),
);

/**
 * CPython 3.11's _PyCode_Quicken, superinstructions only: the first instruction of each
 * listed pair becomes the pair's superinstruction (its oparg kept), the second stays as it
 * is (a jump to it runs it alone). Pairs may chain: in LOAD_FAST x3 the first two become
 * heads, the original opcodes decide.
 */
function quicken(i32: Int32Array, base: number, n: number): void {
  let prev = n > 0 ? i32[base]! & 0xff : 0;
  for (let i = 1; i < n; i++) {
    const op = i32[base + i]! & 0xff;
    const superOp = SUPERINSTRUCTION_OF.get((prev << 8) | op);
    if (superOp !== undefined) i32[base + i - 1] = (i32[base + i - 1]! & ~0xff) | superOp;
    prev = op;
  }
}

/** Copies a CodeObject (and, recursively, its constants) into the heap. Immortal ref. */
export function loadCode(rt: Runtime, co: CodeObject): Ref {
  const ninsns = co.code.length;
  const nlp = co.localsplusnames.length;
  const nexc = co.exceptiontable.length;
  const excWord = CO_INSNS_WORD + ninsns;
  const posWord = excWord + nexc * 5;
  const kindsWord = posWord + ninsns * 4;
  const totalWords = kindsWord + nlp;
  const ref = newObject(rt, rt.kindTypes[18 /* Kind.CODE */]!, totalWords * 4);
  immortal(rt, ref);
  const i32 = rt.i32;
  const w = ref >> 2;
  i32[w + (CO_ARGCOUNT >> 2)] = co.argcount;
  i32[w + (CO_POSONLY >> 2)] = co.posonlyargcount;
  i32[w + (CO_KWONLY >> 2)] = co.kwonlyargcount;
  i32[w + (CO_FLAGS >> 2)] = co.flags;
  i32[w + (CO_STACKSIZE >> 2)] = co.stacksize;
  i32[w + (CO_NLOCALSPLUS >> 2)] = nlp;
  i32[w + (CO_NINSNS >> 2)] = ninsns;
  i32[w + (CO_FIRSTLINENO >> 2)] = co.firstlineno;
  i32[w + (CO_NEXC >> 2)] = nexc;
  i32[w + (CO_EXC_WORD >> 2)] = excWord;
  i32[w + (CO_POS_WORD >> 2)] = posWord;
  i32[w + (CO_KINDS_WORD >> 2)] = kindsWord;
  i32[w + (CO_FRAMEWORDS >> 2)] = FRAME_HEADER_WORDS + nlp + co.stacksize + 1;
  for (let i = 0; i < ninsns; i++) i32[w + CO_INSNS_WORD + i] = co.code[i]! | 0;
  quicken(i32, w + CO_INSNS_WORD, ninsns);
  const cache = allocRaw(rt.heap, Math.max(1, ninsns) * 16);
  if (cache === 0) throw new HeapExhausted(ninsns * 16);
  i32.fill(0, cache >> 2, (cache >> 2) + ninsns * 4);
  i32[w + (CO_CACHE >> 2)] = cache;
  co.exceptiontable.forEach((e, i) => {
    const b = w + excWord + i * 5;
    i32[b] = e.start;
    i32[b + 1] = e.end;
    i32[b + 2] = e.target;
    i32[b + 3] = e.depth;
    i32[b + 4] = e.lasti ? 1 : 0;
  });
  for (let i = 0; i < ninsns * 4; i++) i32[w + posWord + i] = co.positions[i] ?? -1;
  for (let i = 0; i < nlp; i++) i32[w + kindsWord + i] = co.localspluskinds[i]!;
  // Names first (interning), then constants (which may recurse into nested code).
  i32[w + (CO_NAMES >> 2)] = tupleOfNames(rt, co.names);
  i32[w + (CO_LPNAMES >> 2)] = tupleOfNames(rt, co.localsplusnames);
  i32[w + (CO_FILENAME >> 2)] = internJS(rt, co.filename);
  i32[w + (CO_NAME >> 2)] = internJS(rt, co.name);
  i32[w + (CO_QUALNAME >> 2)] = internJS(rt, co.qualname);
  const consts = tupleNew(rt, co.consts.length);
  i32[w + (CO_CONSTS >> 2)] = consts;
  co.consts.forEach((c, i) => tupleSetItemSteal(rt, consts, i, loadConst(rt, c)));
  immortal(rt, consts);
  return ref;
}

/** The source line of instruction `index` (-1 if unknown). */
export function codeLineAt(rt: Runtime, code: Ref, index: number): number {
  const i32 = rt.i32;
  const w = code >> 2;
  if (index < 0 || index >= i32[w + (CO_NINSNS >> 2)]!) return -1;
  return i32[w + i32[w + (CO_POS_WORD >> 2)]! + index * 4]!;
}

/**
 * A frozenset constant as CPython's compiler makes it: built from the display's items, then
 * rebuilt from its own iteration order (compile.c merge_consts_recursive recreates every
 * frozenset constant that way), which is what fixes the slot order a program sees when it
 * prints `{100, 200, 300, 400, 500}` (objects/setorder.ts).
 */
function frozensetConstant(rt: Runtime, items: Ref[]): Ref {
  const first = frozensetFromRefs(rt, items);
  if (dictSize(rt, first) < 2) return first;
  setCanonicalOrder(rt, first);
  const ordered: Ref[] = [];
  for (let ix = dictNextEntry(rt, first, 0); ix >= 0; ix = dictNextEntry(rt, first, ix + 1)) {
    const item = dictEntryKey(rt, first, ix);
    incref(rt, item);
    ordered.push(item);
  }
  decref(rt, first);
  return frozensetFromRefs(rt, ordered);
}
