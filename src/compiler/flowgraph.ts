/*
 * The control-flow graph between the compiler and the code object: basic blocks of
 * instructions with jump targets as block references, and the passes CPython 3.11 runs on
 * them (Python/compile.c, `assemble` and below), in the same order so that the final
 * instruction sequence, exception table and stack size are CPython's:
 *
 *   insert prefix (COPY_FREE_VARS, MAKE_CELL, RETURN_GENERATOR/POP_TOP)
 *   -> optimize_cfg (peephole per block: constant conditional jumps, `is None` jumps,
 *      tuple folding, BUILD_TUPLE/UNPACK_SEQUENCE, jump threading, PUSH_NULL+LOAD_GLOBAL;
 *      extend blocks that jump to small exit blocks; drop unreachable blocks; drop
 *      jumps to the next block)
 *   -> duplicate exits without line number -> trim trailing unused consts
 *   -> propagate line numbers -> guarantee a line for exits
 *   -> stack depth -> label exception targets -> SETUP_x/POP_BLOCK become NOPs
 *   -> remove NOPs that carry no new line -> resolve JUMP to JUMP_FORWARD/JUMP_BACKWARD
 *   -> lay out, with absolute instruction-index targets, the exception table, positions.
 *
 * Pseudo-instructions (numbers >= PSEUDO_BASE, never in a code object): SETUP_FINALLY,
 * SETUP_CLEANUP, SETUP_WITH and POP_BLOCK describe try-regions (as in CPython 3.11; they
 * become exception-table rows), JUMP / JUMP_NO_INTERRUPT are resolved by direction.
 * gilvm has one POP_JUMP_IF_x per condition (no forward/backward pair): targets are
 * absolute. Words hold 24-bit args, so there is no EXTENDED_ARG.
 *
 * Stack depth: generator code objects start at depth 1 (the value sent by the first
 * send(), popped by the POP_TOP after RETURN_GENERATOR), as CPython; exception handlers
 * start at the depth recorded by their SETUP_x plus the pushed exception (and lasti for
 * SETUP_CLEANUP; SETUP_WITH's depth includes the __exit__ and the result of __enter__).
 *
 * Speed: every Instr has one shape (newInstr), jump-ness and stack effects come from tables
 * (EFFECT_MEMO is the one piece of module-level mutable state: a cache of a pure function),
 * blocks are compacted in place, and the passes allocate nothing per instruction.
 */
import { OPCODE, OPCODE_TABLE, opcodeInfo, stackEffect } from './opcodes.js';
import type { Const, ExceptionTableEntry } from './code.js';

export const PSEUDO_BASE = 256;
export const SETUP_FINALLY = PSEUDO_BASE + 0;
export const SETUP_CLEANUP = PSEUDO_BASE + 1;
export const SETUP_WITH = PSEUDO_BASE + 2;
export const POP_BLOCK = PSEUDO_BASE + 3;
export const JUMP = PSEUDO_BASE + 4;
export const JUMP_NO_INTERRUPT = PSEUDO_BASE + 5;

const PSEUDO_NAMES = ['SETUP_FINALLY', 'SETUP_CLEANUP', 'SETUP_WITH', 'POP_BLOCK', 'JUMP', 'JUMP_NO_INTERRUPT'];

/** lineno, col_offset, end_lineno, end_col_offset; lineno -1 = no location. */
export type Loc = readonly [number, number, number, number];
export const NO_LOCATION: Loc = [-1, -1, -1, -1];

export interface Instr {
  op: number;
  arg: number;
  target: Block | null;
  loc: Loc;
  /** Handler block for this instruction (set by labelExceptionTargets). */
  except: Block | null;
}

/** A new instruction. Every Instr is made here (or by copyInstr) so that all share one
 * object shape, which keeps the passes below monomorphic. */
export function newInstr(op: number, arg: number, target: Block | null, loc: Loc): Instr {
  return { op, arg, target, loc, except: null };
}

function copyInstr(ins: Instr): Instr {
  return { op: ins.op, arg: ins.arg, target: ins.target, loc: ins.loc, except: ins.except };
}

export class Block {
  instrs: Instr[] = [];
  /** Next block in layout order (fallthrough successor). */
  next: Block | null = null;
  /** Ends with return/raise/reraise. */
  exit = false;
  visited = false;
  predecessors = 0;
  startDepth = -1;
  preserveLasti = false;
  offset = 0;
  exceptStack: Block[] | null = null;
  /** Position for the block's first instruction if that one is artificial (set for the
   * block after a yield-from loop). */
  entryLoc: Loc | null = null;
  constructor(readonly id: number) {}

  last(): Instr | undefined {
    const n = this.instrs.length;
    return n === 0 ? undefined : this.instrs[n - 1];
  }
}

export function opName(op: number): string {
  return op >= PSEUDO_BASE ? PSEUDO_NAMES[op - PSEUDO_BASE] : opcodeInfo(op).name;
}

const O = OPCODE;

export function isBlockPush(op: number): boolean {
  return op === SETUP_FINALLY || op === SETUP_CLEANUP || op === SETUP_WITH;
}

/** IS_JUMP[op] is 1 for jump opcodes and the JUMP pseudo-ops (a table: isJumpOp runs per
 * instruction, several times per pass). */
const IS_JUMP = new Uint8Array(PSEUDO_BASE + PSEUDO_NAMES.length);
OPCODE_TABLE.forEach((row, op) => {
  if (row.arg === 'jump') IS_JUMP[op] = 1;
});
IS_JUMP[JUMP] = 1;
IS_JUMP[JUMP_NO_INTERRUPT] = 1;

export function isJumpOp(op: number): boolean {
  if (op >= OPCODE_TABLE.length && op < PSEUDO_BASE) opcodeInfo(op); // throws: unknown opcode
  return IS_JUMP[op] === 1;
}

export function isUnconditionalJump(op: number): boolean {
  return (
    op === JUMP ||
    op === JUMP_NO_INTERRUPT ||
    op === O.JUMP_FORWARD ||
    op === O.JUMP_BACKWARD ||
    op === O.JUMP_BACKWARD_NO_INTERRUPT
  );
}

export function isScopeExit(op: number): boolean {
  return op === O.RETURN_VALUE || op === O.RAISE_VARARGS || op === O.RERAISE;
}

function noFallthrough(b: Block): boolean {
  const last = b.last();
  return last !== undefined && (isUnconditionalJump(last.op) || isScopeExit(last.op));
}

function hasFallthrough(b: Block): boolean {
  return !noFallthrough(b);
}

/** Stack effects of the opcodes whose effect does not depend on the oparg (NaN where it
 * does), each found on first use (NOT_YET before): opcodes.ts's stackEffect evaluates parsed
 * effect strings with closures on every call, and stackDepth asks for every instruction.
 * Filling the tables for every opcode at load parsed every effect string, ~1.3 ms of each
 * start. */
const NOT_YET = -0x7fffffff;
const FIXED_EFFECT = new Float64Array(OPCODE_TABLE.length).fill(NOT_YET);
const FIXED_JUMP_EFFECT = new Float64Array(OPCODE_TABLE.length).fill(NOT_YET);

function fixedEffect(op: number, jump: boolean): number {
  const row = OPCODE_TABLE[op]!;
  const effect = jump && 'jump' in row ? row.jump : row.effect;
  const fixed = effect.includes('oparg') ? NaN : stackEffect(op, 0, jump);
  (jump ? FIXED_JUMP_EFFECT : FIXED_EFFECT)[op] = fixed;
  return fixed;
}

/** Memo of the oparg-dependent effects for opargs below MEMO_ARGS, one table per (op, jump)
 * made on first use. Module-level but only a cache of a pure function (same answers for every
 * compilation), so sharing it between compilations is safe. */
const MEMO_ARGS = 256;
const EFFECT_MEMO: (Float64Array | undefined)[] = [];

function stackEffectOf(op: number, arg: number, jump: boolean): number {
  if (op < FIXED_EFFECT.length) {
    let fixed = jump ? FIXED_JUMP_EFFECT[op]! : FIXED_EFFECT[op]!;
    if (fixed === NOT_YET) fixed = fixedEffect(op, jump);
    if (fixed === fixed) return fixed; // not NaN
    if (arg >= 0 && arg < MEMO_ARGS) {
      const slot = op * 2 + (jump ? 1 : 0);
      let memo = EFFECT_MEMO[slot];
      if (memo === undefined) memo = EFFECT_MEMO[slot] = new Float64Array(MEMO_ARGS).fill(NaN);
      let effect = memo[arg];
      if (effect !== effect) effect = memo[arg] = stackEffect(op, arg, jump);
      return effect;
    }
  }
  switch (op) {
    case SETUP_FINALLY:
      return jump ? 1 : 0;
    case SETUP_CLEANUP:
      return jump ? 2 : 0;
    case SETUP_WITH:
      return jump ? 1 : 0;
    case POP_BLOCK:
    case JUMP:
    case JUMP_NO_INTERRUPT:
      return 0;
    default:
      return stackEffect(op, arg, jump);
  }
}

/** What the assembler needs from the compiler's unit. */
export interface AssembleInput {
  entry: Block;
  /** All blocks in creation order. */
  allBlocks: Block[];
  consts: Const[];
  firstlineno: number;
  isGenerator: boolean;
  newBlock(): Block;
  constIndex(c: Const): number;
  constValue(i: number): Const;
}

export interface Assembled {
  code: Uint32Array;
  positions: Int32Array;
  exceptiontable: ExceptionTableEntry[];
  stacksize: number;
  consts: Const[];
}

/** Runs the CPython 3.11 passes after code generation and lays the code out. */
export function assemble(u: AssembleInput): Assembled {
  for (const b of u.allBlocks) {
    if (b.entryLoc && b.instrs.length && b.instrs[0].loc[0] < 0) b.instrs[0].loc = b.entryLoc;
  }
  // CPython's normalize_basic_block: jumps skip empty blocks; then blocks are extended once on
  // the raw graph (newest block first) and again in optimize_cfg.
  for (const b of u.allBlocks) {
    const last = b.last();
    if (last && last.target && isJumpOp(last.op)) {
      while (last.target.instrs.length === 0 && last.target.next) last.target = last.target.next;
    }
  }
  for (let k = u.allBlocks.length - 1; k >= 0; k--) extendBlock(u.allBlocks[k]);
  optimizeCfg(u);
  duplicateExitsWithoutLineno(u);
  const consts = trimUnusedConsts(u);
  propagateLineNumbers(u.entry);
  guaranteeLinenoForExits(u.entry, u.firstlineno);
  const stacksize = stackDepth(u.entry, u.isGenerator);
  labelExceptionTargets(u.entry);
  for (let b: Block | null = u.entry; b; b = b.next) {
    for (const ins of b.instrs) {
      if (isBlockPush(ins.op) || ins.op === POP_BLOCK) {
        ins.op = O.NOP;
        ins.arg = 0;
        ins.target = null;
      }
    }
  }
  for (let b: Block | null = u.entry; b; b = b.next) cleanBasicBlock(b);
  // Layout offsets (needed to tell forward from backward jumps).
  let offset = 0;
  for (let b: Block | null = u.entry; b; b = b.next) {
    b.offset = offset;
    offset += b.instrs.length;
  }
  normalizeJumps(u.entry);
  const code = new Uint32Array(offset);
  const positions = new Int32Array(offset * 4);
  let i = 0;
  for (let b: Block | null = u.entry; b; b = b.next) {
    for (const ins of b.instrs) {
      let arg = ins.arg;
      if (ins.target) arg = ins.target.offset;
      if (ins.op >= PSEUDO_BASE) throw new Error(`internal: pseudo op ${opName(ins.op)} left`);
      if (arg < 0 || arg > 0xffffff) throw new Error(`internal: oparg ${arg} out of range`);
      code[i] = ins.op | (arg << 8);
      const loc = ins.loc;
      const p = i * 4;
      positions[p] = loc[0];
      positions[p + 1] = loc[1];
      positions[p + 2] = loc[2];
      positions[p + 3] = loc[3];
      i++;
    }
  }
  return { code, positions, exceptiontable: exceptionTable(u.entry), stacksize, consts };
}

// ------------------------------------------------------------------ optimize_cfg

function firstNonEmpty(b: Block): Block {
  let t: Block | null = b;
  while (t && t.instrs.length === 0) t = t.next;
  if (!t) throw new Error('internal: jump to end of code');
  return t;
}

function jumpThread(inst: Instr, target: Instr, op: number): number {
  if (inst.loc[0] === target.loc[0] && inst.target !== target.target) {
    inst.target = target.target;
    inst.op = op;
    return 1;
  }
  return 0;
}

function isTrue(c: Const): boolean {
  switch (c.type) {
    case 'int':
      return c.value !== 0n;
    case 'float':
      return c.value !== 0;
    case 'str':
      return c.value.length > 0;
    case 'bytes':
      return c.value.length > 0;
    case 'bool':
      return c.value;
    case 'None':
      return false;
    case 'Ellipsis':
      return true;
    case 'tuple':
    case 'frozenset':
      return c.items.length > 0;
    case 'code':
      return true;
  }
}

/** Stands for "no target instruction" in optimizeBasicBlock (never modified). */
const NOP_INSTR: Instr = newInstr(OPCODE.NOP, 0, null, NO_LOCATION);

function optimizeBasicBlock(u: AssembleInput, bb: Block): void {
  const nop: Instr = NOP_INSTR;
  for (let i = 0; i < bb.instrs.length; i++) {
    const inst = bb.instrs[i];
    const oparg = inst.arg;
    const next = i + 1 < bb.instrs.length ? bb.instrs[i + 1] : null;
    const nextop = next ? next.op : -1;
    let target: Instr = nop;
    if (inst.target && (isJumpOp(inst.op) || isBlockPush(inst.op))) {
      inst.target = firstNonEmpty(inst.target);
      target = inst.target.instrs[0];
    }
    switch (inst.op) {
      case O.LOAD_CONST: {
        if (!next) break;
        const cnt = u.constValue(oparg);
        if (nextop === O.POP_JUMP_IF_FALSE || nextop === O.POP_JUMP_IF_TRUE) {
          inst.op = O.NOP;
          const jumpIfTrue = nextop === O.POP_JUMP_IF_TRUE;
          if (isTrue(cnt) === jumpIfTrue) next.op = JUMP;
          else {
            next.op = O.NOP;
            next.target = null;
          }
        } else if (nextop === O.JUMP_IF_FALSE_OR_POP || nextop === O.JUMP_IF_TRUE_OR_POP) {
          const jumpIfTrue = nextop === O.JUMP_IF_TRUE_OR_POP;
          if (isTrue(cnt) === jumpIfTrue) next.op = JUMP;
          else {
            inst.op = O.NOP;
            next.op = O.NOP;
            next.target = null;
          }
        } else if (nextop === O.IS_OP) {
          const jump = i + 2 < bb.instrs.length ? bb.instrs[i + 2] : null;
          if (cnt.type === 'None' && jump && (jump.op === O.POP_JUMP_IF_FALSE || jump.op === O.POP_JUMP_IF_TRUE)) {
            const nextarg = next.arg;
            inst.op = O.NOP;
            next.op = O.NOP;
            jump.op = (nextarg ^ (jump.op === O.POP_JUMP_IF_FALSE ? 1 : 0)) ? O.POP_JUMP_IF_NOT_NONE : O.POP_JUMP_IF_NONE;
          }
        }
        break;
      }
      case O.BUILD_TUPLE: {
        if (next && nextop === O.UNPACK_SEQUENCE && oparg === next.arg) {
          if (oparg === 1) {
            inst.op = O.NOP;
            next.op = O.NOP;
            continue;
          }
          if (oparg === 2 || oparg === 3) {
            inst.op = O.NOP;
            next.op = O.SWAP;
            continue;
          }
        }
        if (i >= oparg) foldTupleOnConstants(u, bb, i, oparg);
        break;
      }
      case O.JUMP_IF_FALSE_OR_POP:
        switch (target.op) {
          case O.POP_JUMP_IF_FALSE:
            i -= jumpThread(inst, target, O.POP_JUMP_IF_FALSE);
            break;
          case JUMP:
          case O.JUMP_IF_FALSE_OR_POP:
            i -= jumpThread(inst, target, O.JUMP_IF_FALSE_OR_POP);
            break;
          case O.JUMP_IF_TRUE_OR_POP:
          case O.POP_JUMP_IF_TRUE:
            if (inst.loc[0] === target.loc[0]) {
              inst.op = O.POP_JUMP_IF_FALSE;
              inst.target = inst.target!.next;
              i--;
            }
            break;
        }
        break;
      case O.JUMP_IF_TRUE_OR_POP:
        switch (target.op) {
          case O.POP_JUMP_IF_TRUE:
            i -= jumpThread(inst, target, O.POP_JUMP_IF_TRUE);
            break;
          case JUMP:
          case O.JUMP_IF_TRUE_OR_POP:
            i -= jumpThread(inst, target, O.JUMP_IF_TRUE_OR_POP);
            break;
          case O.JUMP_IF_FALSE_OR_POP:
          case O.POP_JUMP_IF_FALSE:
            if (inst.loc[0] === target.loc[0]) {
              inst.op = O.POP_JUMP_IF_TRUE;
              inst.target = inst.target!.next;
              i--;
            }
            break;
        }
        break;
      case O.POP_JUMP_IF_NOT_NONE:
      case O.POP_JUMP_IF_NONE:
      case O.POP_JUMP_IF_FALSE:
      case O.POP_JUMP_IF_TRUE:
      case JUMP:
        if (target.op === JUMP) i -= jumpThread(inst, target, inst.op);
        break;
      case O.SWAP:
        if (oparg === 1) {
          inst.op = O.NOP;
          break;
        }
        i = swaptimize(bb, i);
        applyStaticSwaps(bb, i);
        break;
      case O.PUSH_NULL:
        if (next && nextop === O.LOAD_GLOBAL && (next.arg & 1) === 0) {
          inst.op = O.NOP;
          inst.arg = 0;
          next.arg |= 1;
        }
        break;
    }
  }
}

const SWAPPABLE = (op: number) => op === O.STORE_FAST || op === O.POP_TOP;
const storesTo = (ins: Instr) => (ins.op === O.STORE_FAST ? ins.arg : -1);

/** CPython 3.11's swaptimize: replaces a run of SWAPs and NOPs starting at `ix` with an
 * optimal run that has the same effect. Returns the index of the run's last instruction. */
function swaptimize(bb: Block, ix: number): number {
  const ins = bb.instrs;
  let depth = ins[ix].arg;
  let len = 0;
  let more = false;
  const limit = ins.length - ix;
  while (++len < limit) {
    const op = ins[ix + len].op;
    if (op === O.SWAP) {
      depth = Math.max(depth, ins[ix + len].arg);
      more = true;
    } else if (op !== O.NOP) {
      break;
    }
  }
  if (!more) return ix;
  const VISITED = -1;
  const stack: number[] = [];
  for (let i = 0; i < depth; i++) stack.push(i);
  for (let i = 0; i < len; i++) {
    if (ins[ix + i].op === O.SWAP) {
      const oparg = ins[ix + i].arg;
      const top = stack[0];
      stack[0] = stack[oparg - 1];
      stack[oparg - 1] = top;
    }
  }
  let current = len - 1;
  for (let i = 0; i < depth; i++) {
    if (stack[i] === VISITED || stack[i] === i) continue;
    let j = i;
    for (;;) {
      if (j) {
        ins[ix + current].op = O.SWAP;
        ins[ix + current].arg = j + 1;
        current--;
      }
      if (stack[j] === VISITED) break;
      const nextJ = stack[j];
      stack[j] = VISITED;
      j = nextJ;
    }
  }
  while (current >= 0) {
    ins[ix + current].op = O.NOP;
    ins[ix + current].arg = 0;
    current--;
  }
  return ix + len - 1;
}

function nextSwappableInstruction(bb: Block, i: number, lineno: number): number {
  while (++i < bb.instrs.length) {
    const ins = bb.instrs[i];
    if (lineno >= 0 && ins.loc[0] !== lineno) return -1;
    if (ins.op === O.NOP) continue;
    if (SWAPPABLE(ins.op)) return i;
    return -1;
  }
  return -1;
}

/** CPython 3.11's apply_static_swaps: SWAP(2), POP_TOP, STORE_FAST(x) becomes NOP,
 * STORE_FAST(x), POP_TOP when the reordering cannot be observed. */
function applyStaticSwaps(bb: Block, i: number): void {
  for (; i >= 0; i--) {
    const swap = bb.instrs[i];
    if (swap.op !== O.SWAP) {
      if (swap.op === O.NOP || SWAPPABLE(swap.op)) continue;
      return;
    }
    const j = nextSwappableInstruction(bb, i, -1);
    if (j < 0) return;
    let k = j;
    const lineno = bb.instrs[j].loc[0];
    for (let count = swap.arg - 1; count > 0; count--) {
      k = nextSwappableInstruction(bb, k, lineno);
      if (k < 0) return;
    }
    const storeJ = storesTo(bb.instrs[j]);
    const storeK = storesTo(bb.instrs[k]);
    if (storeJ >= 0 || storeK >= 0) {
      if (storeJ === storeK) return;
      for (let idx = j + 1; idx < k; idx++) {
        const st = storesTo(bb.instrs[idx]);
        if (st >= 0 && (st === storeJ || st === storeK)) return;
      }
    }
    swap.op = O.NOP;
    swap.arg = 0;
    const tmp = bb.instrs[j];
    bb.instrs[j] = bb.instrs[k];
    bb.instrs[k] = tmp;
  }
}

function foldTupleOnConstants(u: AssembleInput, bb: Block, i: number, n: number): void {
  for (let k = 0; k < n; k++) {
    if (bb.instrs[i - n + k].op !== O.LOAD_CONST) return;
  }
  const items: Const[] = [];
  for (let k = 0; k < n; k++) {
    const ins = bb.instrs[i - n + k];
    items.push(u.constValue(ins.arg));
    ins.op = O.NOP;
  }
  const inst = bb.instrs[i];
  inst.op = O.LOAD_CONST;
  inst.arg = u.constIndex({ type: 'tuple', items });
}

const MAX_COPY_SIZE = 4;

function extendBlock(bb: Block): void {
  const last = bb.last();
  if (!last) return;
  if (last.op !== JUMP && last.op !== O.JUMP_FORWARD && last.op !== O.JUMP_BACKWARD) return;
  const toCopy = last.target!;
  if (toCopy.exit && toCopy.instrs.length <= MAX_COPY_SIZE) {
    // Only blocks without a line number (implicit `return None`) are copied.
    if (toCopy.instrs.some((ins) => ins.loc[0] > 0)) return;
    last.op = O.NOP;
    last.target = null;
    for (const ins of toCopy.instrs) bb.instrs.push(copyInstr(ins));
    bb.exit = true;
  }
}

function markReachable(entry: Block): void {
  const stack: Block[] = [entry];
  entry.predecessors = 1;
  for (let b: Block | null = entry.next; b; b = b.next) b.predecessors = 0;
  while (stack.length) {
    const b = stack.pop()!;
    if (b.next && hasFallthrough(b)) {
      if (b.next.predecessors === 0) stack.push(b.next);
      b.next.predecessors++;
    }
    for (const ins of b.instrs) {
      if (ins.target && (isJumpOp(ins.op) || isBlockPush(ins.op))) {
        const t = ins.target;
        if (t.predecessors === 0) stack.push(t);
        t.predecessors++;
      }
    }
  }
}

function eliminateEmptyBasicBlocks(entry: Block): void {
  // Retarget jumps to the next non-empty block, then unlink empty blocks.
  for (let b: Block | null = entry; b; b = b.next) {
    for (const ins of b.instrs) {
      if (ins.target) {
        while (ins.target.instrs.length === 0 && ins.target.next) ins.target = ins.target.next;
      }
    }
  }
  for (let b: Block | null = entry; b; b = b.next) {
    while (b.next && b.next.instrs.length === 0) b.next = b.next.next;
  }
}

function optimizeCfg(u: AssembleInput): void {
  for (let b: Block | null = u.entry; b; b = b.next) {
    optimizeBasicBlock(u, b);
    cleanBasicBlock(b);
  }
  for (let k = u.allBlocks.length - 1; k >= 0; k--) extendBlock(u.allBlocks[k]);
  markReachable(u.entry);
  for (let b: Block | null = u.entry; b; b = b.next) {
    if (b.predecessors === 0) b.instrs = [];
  }
  eliminateEmptyBasicBlocks(u.entry);
  for (let b: Block | null = u.entry; b; b = b.next) cleanBasicBlock(b);
  let maybeEmpty = false;
  for (let b: Block | null = u.entry; b; b = b.next) {
    const last = b.last();
    if (last && (last.op === JUMP || last.op === JUMP_NO_INTERRUPT) && last.target === b.next) {
      last.op = O.NOP;
      last.target = null;
      maybeEmpty = true;
    }
  }
  if (maybeEmpty) eliminateEmptyBasicBlocks(u.entry);
  markReachable(u.entry);
}

/** Removes NOPs that do not carry a line number of their own (CPython's clean_basic_block),
 * compacting the block's array in place. */
function cleanBasicBlock(bb: Block): void {
  const instrs = bb.instrs;
  let dest = 0;
  let prevLineno = -1;
  const n = instrs.length;
  for (let src = 0; src < n; src++) {
    const ins = instrs[src];
    const lineno = ins.loc[0];
    if (ins.op === O.NOP) {
      if (lineno < 0) continue;
      if (prevLineno === lineno) continue;
      if (src < n - 1) {
        const nextIns = instrs[src + 1];
        const nextLineno = nextIns.loc[0];
        if (nextLineno === lineno) continue;
        if (nextLineno < 0) {
          nextIns.loc = ins.loc;
          continue;
        }
      } else {
        let next = bb.next;
        while (next && next.instrs.length === 0) next = next.next;
        if (next && lineno === next.instrs[0].loc[0]) continue;
      }
    }
    instrs[dest++] = ins;
    prevLineno = lineno;
  }
  if (dest !== n) instrs.length = dest;
}

function isExitWithoutLineno(b: Block): boolean {
  const last = b.last();
  if (!last || !isScopeExit(last.op)) return false;
  return b.instrs.every((ins) => ins.loc[0] < 0);
}

function copyBlock(u: AssembleInput, b: Block): Block {
  const nb = u.newBlock();
  nb.instrs = b.instrs.map(copyInstr);
  nb.exit = b.exit;
  return nb;
}

function duplicateExitsWithoutLineno(u: AssembleInput): void {
  const blocks = u.allBlocks;
  for (let k = blocks.length - 1; k >= 0; k--) {
    const b = blocks[k];
    const last = b.last();
    if (last && isJumpOp(last.op) && last.target) {
      const target = last.target;
      if (isExitWithoutLineno(target) && target.predecessors > 1) {
        const nt = copyBlock(u, target);
        nt.instrs[0].loc = last.loc;
        last.target = nt;
        target.predecessors--;
        nt.predecessors = 1;
        nt.next = target.next;
        target.next = nt;
      }
    }
  }
  for (const b of u.allBlocks) {
    while (b.next && b.next.instrs.length === 0) b.next = b.next.next;
  }
  for (let k = u.allBlocks.length - 1; k >= 0; k--) {
    const b = u.allBlocks[k];
    const last = b.last();
    if (last && hasFallthrough(b) && b.next && isExitWithoutLineno(b.next)) {
      b.next.instrs[0].loc = last.loc;
    }
  }
}

function trimUnusedConsts(u: AssembleInput): Const[] {
  let max = 0;
  for (let b: Block | null = u.entry; b; b = b.next) {
    for (const ins of b.instrs) if (ins.op === O.LOAD_CONST && ins.arg > max) max = ins.arg;
  }
  return u.consts.slice(0, Math.min(u.consts.length, max + 1));
}

function propagateLineNumbers(entry: Block): void {
  for (let b: Block | null = entry; b; b = b.next) {
    if (b.instrs.length === 0) continue;
    let prev: Loc = NO_LOCATION;
    for (const ins of b.instrs) {
      if (ins.loc[0] < 0) ins.loc = prev;
      prev = ins.loc;
    }
    if (hasFallthrough(b) && b.next && b.next.predecessors === 1 && b.next.instrs.length) {
      if (b.next.instrs[0].loc[0] < 0) b.next.instrs[0].loc = prev;
    }
    const last = b.last()!;
    if (isJumpOp(last.op) && last.target && last.target.predecessors === 1) {
      if (last.target.instrs[0].loc[0] < 0) last.target.instrs[0].loc = prev;
    }
  }
}

function guaranteeLinenoForExits(entry: Block, firstlineno: number): void {
  let lineno = firstlineno;
  for (let b: Block | null = entry; b; b = b.next) {
    const last = b.last();
    if (!last) continue;
    if (last.loc[0] < 0) {
      if (last.op === O.RETURN_VALUE) {
        for (const ins of b.instrs) ins.loc = [lineno, -1, lineno, -1];
      }
    } else {
      lineno = last.loc[0];
    }
  }
}

// ------------------------------------------------------------------ stack depth

function stackDepth(entry: Block, isGenerator: boolean): number {
  for (let b: Block | null = entry; b; b = b.next) b.startDepth = -1;
  const stack: Block[] = [];
  let maxDepth = 0;
  entry.startDepth = isGenerator ? 1 : 0;
  stack.push(entry);
  while (stack.length) {
    const b = stack.pop()!;
    let depth = b.startDepth;
    let fallsThrough = true;
    for (const ins of b.instrs) {
      const effect = stackEffectOf(ins.op, ins.arg, false);
      const newDepth = depth + effect;
      if (newDepth < 0) throw new Error(`internal: negative stack depth at ${opName(ins.op)} in block ${b.id}`);
      if (newDepth > maxDepth) maxDepth = newDepth;
      if (ins.target && (isJumpOp(ins.op) || isBlockPush(ins.op))) {
        const targetDepth = depth + stackEffectOf(ins.op, ins.arg, true);
        if (targetDepth > maxDepth) maxDepth = targetDepth;
        pushDepth(stack, ins.target, targetDepth);
      }
      depth = newDepth;
      if (isUnconditionalJump(ins.op) || isScopeExit(ins.op)) {
        fallsThrough = false;
        break;
      }
    }
    if (fallsThrough && b.next) pushDepth(stack, b.next, depth);
  }
  return maxDepth;
}

function pushDepth(stack: Block[], b: Block, depth: number): void {
  if (b.startDepth === -1) {
    b.startDepth = depth;
    stack.push(b);
  } else if (b.startDepth !== depth) {
    throw new Error(`internal: inconsistent stack depth at block ${b.id} (${b.startDepth} vs ${depth})`);
  }
}

// ------------------------------------------------------------------ exception table

function labelExceptionTargets(entry: Block): void {
  for (let b: Block | null = entry; b; b = b.next) {
    b.visited = false;
    b.exceptStack = null;
  }
  const todo: Block[] = [entry];
  entry.visited = true;
  entry.exceptStack = [];
  while (todo.length) {
    const b = todo.pop()!;
    let exceptStack: Block[] | null = b.exceptStack!;
    b.exceptStack = null;
    let handler: Block | null = exceptStack.length ? exceptStack[exceptStack.length - 1] : null;
    for (const ins of b.instrs) {
      if (isBlockPush(ins.op)) {
        const t = ins.target!;
        if (!t.visited) {
          t.exceptStack = [...exceptStack!];
          t.visited = true;
          todo.push(t);
        }
        if (ins.op === SETUP_WITH || ins.op === SETUP_CLEANUP) t.preserveLasti = true;
        exceptStack!.push(t);
        handler = t;
      } else if (ins.op === POP_BLOCK) {
        exceptStack!.pop();
        handler = exceptStack!.length ? exceptStack![exceptStack!.length - 1] : null;
      } else if (isJumpOp(ins.op)) {
        ins.except = handler;
        const t = ins.target!;
        if (!t.visited) {
          if (hasFallthrough(b)) {
            t.exceptStack = [...exceptStack!];
          } else {
            t.exceptStack = exceptStack;
            exceptStack = null;
          }
          t.visited = true;
          todo.push(t);
        }
      } else {
        ins.except = handler;
      }
    }
    if (hasFallthrough(b) && b.next && !b.next.visited) {
      b.next.exceptStack = exceptStack;
      b.next.visited = true;
      todo.push(b.next);
    }
  }
}

function exceptionTable(entry: Block): ExceptionTableEntry[] {
  const table: ExceptionTableEntry[] = [];
  let current: Block | null = null;
  let start = 0;
  let index = 0;
  const flush = (end: number) => {
    if (current) {
      table.push({
        start,
        end,
        target: current.offset,
        depth: current.startDepth - 1 - (current.preserveLasti ? 1 : 0),
        lasti: current.preserveLasti,
      });
    }
  };
  for (let b: Block | null = entry; b; b = b.next) {
    for (const ins of b.instrs) {
      const h = ins.except;
      if (h !== current) {
        flush(index);
        current = h;
        start = index;
      }
      index++;
    }
  }
  flush(index);
  return table;
}

function normalizeJumps(entry: Block): void {
  for (let b: Block | null = entry; b; b = b.next) {
    const last = b.last();
    if (!last || !last.target) continue;
    const backward = last.target.offset <= b.offset;
    if (last.op === JUMP) last.op = backward ? O.JUMP_BACKWARD : O.JUMP_FORWARD;
    else if (last.op === JUMP_NO_INTERRUPT) last.op = backward ? O.JUMP_BACKWARD_NO_INTERRUPT : O.JUMP_FORWARD;
  }
}
