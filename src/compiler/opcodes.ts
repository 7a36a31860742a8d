/*
 * The opcode table: the ONE source of truth for gilvm's bytecode.
 *
 * Every fact about an instruction lives in its row here: its number (its position in the
 * table), its name (CPython 3.11's `dis` name where the meaning is the same), the kind of
 * its argument (which decides how `dis` renders it and how the assembler parses it), its
 * stack effect in CPython's bytecodes.c notation `(inputs -- outputs)` and one line of
 * documentation. The compiler (stack depth), the disassembler, the assembler and the VM
 * (through the generated `Op` const enum, whose members are literal numbers so V8 turns the
 * interpreter's switch into a jump table) are all derived from it.
 *
 * Instruction word (see code.ts):  oparg (24 bits) << 8 | opcode (8 bits).
 *
 * Stack-effect notation: names separated by spaces; `name[expr]` is `expr` items where
 * `expr` is arithmetic over `oparg` (+ - * & >> and parentheses); `name?(expr)` is one item
 * when `expr` is non-zero. `jump` gives the effect when a conditional jump is taken, if it
 * differs. `src/compiler/opcode-enum.generated.ts` is written from this table by
 * `npm run gen:opcodes`; a test checks it is current.
 */

/** How an argument is interpreted (and shown by `dis` in parentheses). */
export type ArgKind =
  | 'none' //     no argument (oparg 0)
  | 'int' //      a plain number (counts, flags)
  | 'const' //    index into co_consts
  | 'name' //     index into co_names
  | 'global' //   co_names[oparg >> 1]; low bit: also push NULL (LOAD_GLOBAL)
  | 'local' //    index into localsplus (fast locals, cells, free variables)
  | 'jump' //     absolute instruction index
  | 'binop' //    NB_* operator of BINARY_OP
  | 'cmp' //      comparison operator of COMPARE_OP
  | 'invert' //   0 or 1: IS_OP / CONTAINS_OP negation
  | 'format' //   FORMAT_VALUE flags: conversion (low 2 bits) | have spec (4)
  | 'raise' //    RAISE_VARARGS form: 0 re-raise, 1 raise exc, 2 raise exc from cause
  | 'makefn'; //  MAKE_FUNCTION flags

export interface OpcodeInfo {
  name: string;
  arg: ArgKind;
  /** Stack effect, `(inputs -- outputs)`. */
  effect: string;
  /** Stack effect when the branch is taken, for conditional jumps. */
  jump?: string;
  /** The instruction ends the basic block unconditionally (return, raise, jump). */
  terminal?: boolean;
  doc: string;
}

export const OPCODE_TABLE = [
  { name: 'NOP', arg: 'none', effect: '( -- )', doc: 'Does nothing; keeps a line number alive.' },
  { name: 'RESUME', arg: 'int', effect: '( -- )', doc: 'Start or resume of a frame (0 start, 1 after yield, 2 after yield from, 3 after await); checks for pending events.' },
  { name: 'POP_TOP', arg: 'none', effect: '(value -- )', doc: 'Drops the top of the stack.' },
  { name: 'PUSH_NULL', arg: 'none', effect: '( -- null)', doc: 'Pushes NULL (the empty self slot of a call).' },
  { name: 'COPY', arg: 'int', effect: '(bottom unused[oparg-1] -- bottom unused[oparg-1] top)', doc: 'Pushes a copy of the oparg-th item from the top (1 = TOS).' },
  { name: 'SWAP', arg: 'int', effect: '(bottom unused[oparg-2] top -- top unused[oparg-2] bottom)', doc: 'Swaps TOS with the oparg-th item from the top.' },

  { name: 'UNARY_POSITIVE', arg: 'none', effect: '(value -- res)', doc: '+value' },
  { name: 'UNARY_NEGATIVE', arg: 'none', effect: '(value -- res)', doc: '-value' },
  { name: 'UNARY_NOT', arg: 'none', effect: '(value -- res)', doc: 'not value' },
  { name: 'UNARY_INVERT', arg: 'none', effect: '(value -- res)', doc: '~value' },
  { name: 'BINARY_OP', arg: 'binop', effect: '(lhs rhs -- res)', doc: 'lhs <op> rhs; oparg is an NB_* operator (in-place forms from 13).' },
  { name: 'COMPARE_OP', arg: 'cmp', effect: '(left right -- res)', doc: 'Rich comparison; oparg indexes CMP_OPS.' },
  { name: 'IS_OP', arg: 'invert', effect: '(left right -- b)', doc: 'left is right (is not, when oparg is 1).' },
  { name: 'CONTAINS_OP', arg: 'invert', effect: '(left right -- b)', doc: 'left in right (not in, when oparg is 1).' },

  { name: 'BINARY_SUBSCR', arg: 'none', effect: '(container sub -- res)', doc: 'container[sub]' },
  { name: 'STORE_SUBSCR', arg: 'none', effect: '(v container sub -- )', doc: 'container[sub] = v' },
  { name: 'DELETE_SUBSCR', arg: 'none', effect: '(container sub -- )', doc: 'del container[sub]' },
  { name: 'BUILD_SLICE', arg: 'int', effect: '(start stop step?(oparg==3) -- slice)', doc: 'slice(start, stop[, step]); oparg is 2 or 3.' },

  { name: 'LOAD_CONST', arg: 'const', effect: '( -- value)', doc: 'Pushes co_consts[oparg].' },
  { name: 'LOAD_FAST', arg: 'local', effect: '( -- value)', doc: 'Pushes local oparg; UnboundLocalError if unset.' },
  { name: 'STORE_FAST', arg: 'local', effect: '(value -- )', doc: 'Stores TOS into local oparg.' },
  { name: 'DELETE_FAST', arg: 'local', effect: '( -- )', doc: 'Unsets local oparg.' },
  { name: 'LOAD_NAME', arg: 'name', effect: '( -- value)', doc: 'Looks co_names[oparg] up in locals, globals, then builtins.' },
  { name: 'STORE_NAME', arg: 'name', effect: '(value -- )', doc: 'Stores into the locals mapping (module and class bodies).' },
  { name: 'DELETE_NAME', arg: 'name', effect: '( -- )', doc: 'Deletes from the locals mapping.' },
  { name: 'LOAD_GLOBAL', arg: 'global', effect: '( -- value null?(oparg & 1))', doc: 'Looks co_names[oparg>>1] up in globals then builtins; pushes NULL after it when the low bit is set.' },
  { name: 'STORE_GLOBAL', arg: 'name', effect: '(value -- )', doc: 'Stores into globals.' },
  { name: 'DELETE_GLOBAL', arg: 'name', effect: '( -- )', doc: 'Deletes from globals.' },
  { name: 'MAKE_CELL', arg: 'local', effect: '( -- )', doc: 'Wraps localsplus slot oparg in a new cell (its current value, if any, moves into it).' },
  { name: 'COPY_FREE_VARS', arg: 'int', effect: '( -- )', doc: 'Copies the function closure\'s oparg cells into the last free-variable slots.' },
  { name: 'LOAD_CLOSURE', arg: 'local', effect: '( -- cell)', doc: 'Pushes the cell in slot oparg (to build a closure).' },
  { name: 'LOAD_DEREF', arg: 'local', effect: '( -- value)', doc: 'Pushes the contents of the cell in slot oparg; NameError if empty.' },
  { name: 'LOAD_CLASSDEREF', arg: 'local', effect: '( -- value)', doc: 'In a class body: the locals mapping first, then the cell in slot oparg.' },
  { name: 'STORE_DEREF', arg: 'local', effect: '(value -- )', doc: 'Stores into the cell in slot oparg.' },
  { name: 'DELETE_DEREF', arg: 'local', effect: '( -- )', doc: 'Empties the cell in slot oparg.' },

  { name: 'LOAD_ATTR', arg: 'name', effect: '(owner -- value)', doc: 'getattr(owner, co_names[oparg])' },
  { name: 'LOAD_METHOD', arg: 'name', effect: '(owner -- meth self_or_null)', doc: 'Pushes an unbound method and owner, or the attribute and NULL, for CALL.' },
  { name: 'STORE_ATTR', arg: 'name', effect: '(v owner -- )', doc: 'owner.name = v' },
  { name: 'DELETE_ATTR', arg: 'name', effect: '(owner -- )', doc: 'del owner.name' },

  { name: 'BUILD_TUPLE', arg: 'int', effect: '(items[oparg] -- tuple)', doc: 'Builds a tuple of oparg items.' },
  { name: 'BUILD_LIST', arg: 'int', effect: '(items[oparg] -- list)', doc: 'Builds a list of oparg items.' },
  { name: 'BUILD_SET', arg: 'int', effect: '(items[oparg] -- set)', doc: 'Builds a set of oparg items.' },
  { name: 'BUILD_MAP', arg: 'int', effect: '(items[oparg*2] -- dict)', doc: 'Builds a dict of oparg key/value pairs.' },
  { name: 'BUILD_CONST_KEY_MAP', arg: 'int', effect: '(values[oparg] keys -- dict)', doc: 'Builds a dict from oparg values and a constant tuple of keys.' },
  { name: 'BUILD_STRING', arg: 'int', effect: '(pieces[oparg] -- str)', doc: 'Concatenates oparg strings (f-strings).' },
  { name: 'LIST_APPEND', arg: 'int', effect: '(list unused[oparg-1] v -- list unused[oparg-1])', doc: 'Appends v to the list oparg items down (comprehensions).' },
  { name: 'SET_ADD', arg: 'int', effect: '(set unused[oparg-1] v -- set unused[oparg-1])', doc: 'Adds v to the set oparg items down.' },
  { name: 'MAP_ADD', arg: 'int', effect: '(dict unused[oparg-1] key value -- dict unused[oparg-1])', doc: 'dict[key] = value, the dict oparg items down.' },
  { name: 'LIST_EXTEND', arg: 'int', effect: '(list unused[oparg-1] iterable -- list unused[oparg-1])', doc: 'list.extend(iterable) (star unpacking).' },
  { name: 'SET_UPDATE', arg: 'int', effect: '(set unused[oparg-1] iterable -- set unused[oparg-1])', doc: 'set.update(iterable).' },
  { name: 'DICT_UPDATE', arg: 'int', effect: '(dict unused[oparg-1] update -- dict unused[oparg-1])', doc: 'dict.update(mapping) ({**d}).' },
  { name: 'DICT_MERGE', arg: 'int', effect: '(dict unused[oparg-1] update -- dict unused[oparg-1])', doc: 'Like DICT_UPDATE but a repeated key is a TypeError (f(**a, **b)).' },
  { name: 'LIST_TO_TUPLE', arg: 'none', effect: '(list -- tuple)', doc: 'tuple(list).' },
  { name: 'UNPACK_SEQUENCE', arg: 'int', effect: '(seq -- values[oparg])', doc: 'Unpacks exactly oparg items, last item pushed first.' },
  { name: 'UNPACK_EX', arg: 'int', effect: '(seq -- values[(oparg & 255) + (oparg >> 8) + 1])', doc: 'Star unpacking: oparg & 0xFF before the star, oparg >> 8 after.' },

  { name: 'GET_ITER', arg: 'none', effect: '(iterable -- iter)', doc: 'iter(TOS).' },
  { name: 'FOR_ITER', arg: 'jump', effect: '(iter -- iter next)', jump: '(iter -- )', doc: 'Pushes next(iter); when exhausted pops the iterator and jumps.' },
  { name: 'JUMP_FORWARD', arg: 'jump', effect: '( -- )', terminal: true, doc: 'Jumps forward to oparg.' },
  { name: 'JUMP_BACKWARD', arg: 'jump', effect: '( -- )', terminal: true, doc: 'Jumps backward to oparg (loops).' },
  { name: 'JUMP_BACKWARD_NO_INTERRUPT', arg: 'jump', effect: '( -- )', terminal: true, doc: 'Jumps backward without a thread switch (yield from / await loops).' },
  { name: 'POP_JUMP_IF_FALSE', arg: 'jump', effect: '(cond -- )', jump: '(cond -- )', doc: 'Pops; jumps if false.' },
  { name: 'POP_JUMP_IF_TRUE', arg: 'jump', effect: '(cond -- )', jump: '(cond -- )', doc: 'Pops; jumps if true.' },
  { name: 'POP_JUMP_IF_NONE', arg: 'jump', effect: '(value -- )', jump: '(value -- )', doc: 'Pops; jumps if None.' },
  { name: 'POP_JUMP_IF_NOT_NONE', arg: 'jump', effect: '(value -- )', jump: '(value -- )', doc: 'Pops; jumps if not None.' },
  { name: 'JUMP_IF_FALSE_OR_POP', arg: 'jump', effect: '(cond -- )', jump: '(cond -- cond)', doc: 'If false, jumps keeping TOS; else pops (and/or).' },
  { name: 'JUMP_IF_TRUE_OR_POP', arg: 'jump', effect: '(cond -- )', jump: '(cond -- cond)', doc: 'If true, jumps keeping TOS; else pops (and/or).' },

  { name: 'CALL', arg: 'int', effect: '(callable self_or_null args[oparg] -- res)', doc: 'Calls with oparg positional arguments (self counts as one when not NULL).' },
  { name: 'CALL_KW', arg: 'int', effect: '(callable self_or_null args[oparg] kwnames -- res)', doc: 'Calls with oparg arguments, the last len(kwnames) of them keyword arguments named by the tuple kwnames.' },
  { name: 'CALL_FUNCTION_EX', arg: 'int', effect: '(func unused callargs kwargs?(oparg & 1) -- res)', doc: 'func(*callargs, **kwargs); the item under callargs is NULL or self.' },
  { name: 'MAKE_FUNCTION', arg: 'makefn', effect: '(defaults?(oparg & 1) kwdefaults?(oparg & 2) annotations?(oparg & 4) closure?(oparg & 8) code -- func)', doc: 'Builds a function from a code object; flags 1 defaults tuple, 2 kw-defaults dict, 4 annotations, 8 closure tuple.' },
  { name: 'RETURN_VALUE', arg: 'none', effect: '(retval -- )', terminal: true, doc: 'Returns TOS to the caller.' },
  { name: 'LOAD_BUILD_CLASS', arg: 'none', effect: '( -- bc)', doc: 'Pushes builtins.__build_class__.' },
  { name: 'SETUP_ANNOTATIONS', arg: 'none', effect: '( -- )', doc: 'Creates __annotations__ in the locals mapping if missing.' },

  { name: 'RAISE_VARARGS', arg: 'raise', effect: '(args[oparg] -- )', terminal: true, doc: 'raise (0), raise exc (1), raise exc from cause (2).' },
  { name: 'RERAISE', arg: 'int', effect: '(values[oparg] exc -- values[oparg])', terminal: true, doc: 'Re-raises exc; if oparg, sets the frame\'s lasti from the item below first.' },
  { name: 'PUSH_EXC_INFO', arg: 'none', effect: '(new_exc -- prev_exc new_exc)', doc: 'Makes new_exc the exception being handled, saving the previous one.' },
  { name: 'POP_EXCEPT', arg: 'none', effect: '(exc_value -- )', doc: 'Restores the exception being handled to exc_value.' },
  { name: 'CHECK_EXC_MATCH', arg: 'none', effect: '(left right -- left b)', doc: 'isinstance-style match of exception left against type (or tuple) right.' },
  { name: 'LOAD_ASSERTION_ERROR', arg: 'none', effect: '( -- value)', doc: 'Pushes AssertionError.' },
  { name: 'BEFORE_WITH', arg: 'none', effect: '(mgr -- exit res)', doc: 'Looks up __exit__ (pushed bound) and calls __enter__.' },
  { name: 'WITH_EXCEPT_START', arg: 'none', effect: '(exit lasti prev_exc val -- exit lasti prev_exc val res)', doc: 'Calls exit(type(val), val, val.__traceback__).' },

  { name: 'IMPORT_NAME', arg: 'name', effect: '(level fromlist -- res)', doc: '__import__(co_names[oparg], fromlist, level).' },
  { name: 'IMPORT_FROM', arg: 'name', effect: '(from -- from res)', doc: 'Loads attribute co_names[oparg] from the module (ImportError if missing).' },
  { name: 'IMPORT_STAR', arg: 'none', effect: '(from -- )', doc: 'from module import *.' },

  { name: 'FORMAT_VALUE', arg: 'format', effect: '(value fmt_spec?(oparg & 4) -- result)', doc: 'format(conv(value), spec): low 2 bits conversion (1 str, 2 repr, 3 ascii), 4 = spec on stack.' },
  { name: 'PRINT_EXPR', arg: 'none', effect: '(value -- )', doc: 'Interactive mode: prints repr of a non-None value and sets builtins._.' },

  { name: 'RETURN_GENERATOR', arg: 'none', effect: '( -- )', doc: 'Makes a generator from the current frame and returns it to the caller; resumes after this on first next().' },
  { name: 'YIELD_VALUE', arg: 'none', effect: '(value -- sent)', doc: 'Suspends the generator, yielding value; resumes with the sent value pushed.' },
  { name: 'GET_YIELD_FROM_ITER', arg: 'none', effect: '(iterable -- iter)', doc: 'iter(TOS) unless it is a generator or coroutine.' },
  { name: 'SEND', arg: 'jump', effect: '(receiver v -- receiver res)', jump: '(receiver v -- res)', doc: 'Sends v into receiver; on StopIteration pops the receiver, pushes its value and jumps.' },
  { name: 'CLEANUP_THROW', arg: 'none', effect: '(sub_iter last_sent_val exc_value -- value)', doc: 'In yield from: a StopIteration raised by throw() ends the delegation with its value; anything else re-raises.' },
  { name: 'GET_AWAITABLE', arg: 'int', effect: '(iterable -- iter)', doc: 'The iterator of an awaitable (await).' },
  { name: 'ASYNC_GEN_WRAP', arg: 'none', effect: '(v -- v)', doc: 'Wraps a value yielded by an async generator.' },
  { name: 'GET_AITER', arg: 'none', effect: '(obj -- iter)', doc: 'obj.__aiter__().' },
  { name: 'GET_ANEXT', arg: 'none', effect: '(aiter -- aiter awaitable)', doc: 'aiter.__anext__() as an awaitable.' },
  { name: 'END_ASYNC_FOR', arg: 'none', effect: '(awaitable exc -- )', doc: 'Ends an async for on StopAsyncIteration; re-raises anything else.' },
  { name: 'BEFORE_ASYNC_WITH', arg: 'none', effect: '(mgr -- exit res)', doc: 'Looks up __aexit__ and calls __aenter__.' },
] as const satisfies readonly OpcodeInfo[];

export type OpcodeName = (typeof OPCODE_TABLE)[number]['name'];

/**
 * Superinstructions (CPython 3.11's LOAD_FAST__LOAD_FAST family): VM-internal opcodes, one
 * dispatch for two adjacent instructions. The compiler never emits them, and the assembler,
 * `dis` and the debugger never see them (they read the compiler's code objects): when a
 * code object is copied into the heap, objects/code.ts `quicken` writes the superinstruction
 * over the first instruction of each pair below, keeping its oparg, and leaves the second
 * word as it was. The VM runs both and skips the second; a jump to the second runs it
 * alone. Numbered after OPCODE_TABLE (opcode-enum.generated.ts). The pairs are the most
 * frequent small ones of bench/programs (dynamic counts, session 21): LOAD_FAST ->
 * LOAD_CONST, LOAD_FAST -> LOAD_FAST, STORE_FAST -> LOAD_FAST are ~5.6% of all adjacent
 * pairs executed each. LOAD_FAST -> LOAD_ATTR (`self.x`; session 47): five `p.x` loads and a
 * loop step 130 -> 110 ns, python3 30 ns; nbody at 6x its steps ~5% less wall time. Not
 * LOAD_FAST -> LOAD_METHOD: as a pair it made objects.py at 5x its rounds ~4% slower, and
 * without it ~3% faster than before either (alternating runs, session 47).
 */
export const SUPERINSTRUCTIONS = [
  { name: 'LOAD_FAST__LOAD_FAST', first: 'LOAD_FAST', second: 'LOAD_FAST' },
  { name: 'LOAD_FAST__LOAD_CONST', first: 'LOAD_FAST', second: 'LOAD_CONST' },
  { name: 'STORE_FAST__LOAD_FAST', first: 'STORE_FAST', second: 'LOAD_FAST' },
  { name: 'STORE_FAST__STORE_FAST', first: 'STORE_FAST', second: 'STORE_FAST' },
  { name: 'LOAD_CONST__LOAD_FAST', first: 'LOAD_CONST', second: 'LOAD_FAST' },
  { name: 'BINARY_OP__STORE_FAST', first: 'BINARY_OP', second: 'STORE_FAST' },
  { name: 'COMPARE_OP__POP_JUMP_IF_FALSE', first: 'COMPARE_OP', second: 'POP_JUMP_IF_FALSE' },
  { name: 'COMPARE_OP__POP_JUMP_IF_TRUE', first: 'COMPARE_OP', second: 'POP_JUMP_IF_TRUE' },
  { name: 'LOAD_FAST__LOAD_ATTR', first: 'LOAD_FAST', second: 'LOAD_ATTR' },
] as const satisfies readonly { name: string; first: string; second: string }[];

/** Opcode number by name (the row index in OPCODE_TABLE). */
export const OPCODE: Readonly<Record<OpcodeName, number>> = Object.fromEntries(
  OPCODE_TABLE.map((row, i) => [row.name, i]),
) as Record<OpcodeName, number>;

export const OPCODE_COUNT = OPCODE_TABLE.length;

export function opcodeInfo(op: number): OpcodeInfo {
  const info = OPCODE_TABLE[op] as OpcodeInfo | undefined;
  if (!info) throw new RangeError(`unknown opcode ${op}`);
  return info;
}

export function isJump(op: number): boolean {
  return opcodeInfo(op).arg === 'jump';
}

/** BINARY_OP operators, by oparg (CPython's NB_* order and symbols). */
export const NB_OPS = [
  '+', '&', '//', '<<', '@', '*', '%', '|', '**', '>>', '-', '/', '^',
  '+=', '&=', '//=', '<<=', '@=', '*=', '%=', '|=', '**=', '>>=', '-=', '/=', '^=',
] as const;
export const NB_INPLACE_OFFSET = 13;

/** COMPARE_OP operators, by oparg (CPython's Py_LT ... Py_GE order). */
export const CMP_OPS = ['<', '<=', '==', '!=', '>', '>='] as const;

/** FORMAT_VALUE conversion bits. */
export const FVC_MASK = 0x3;
export const FVC_NONE = 0x0;
export const FVC_STR = 0x1;
export const FVC_REPR = 0x2;
export const FVC_ASCII = 0x3;
export const FVS_HAVE_SPEC = 0x4;

/** MAKE_FUNCTION flags. */
export const MKFN_DEFAULTS = 0x01;
export const MKFN_KWDEFAULTS = 0x02;
export const MKFN_ANNOTATIONS = 0x04;
export const MKFN_CLOSURE = 0x08;

// ------------------------------------------------------------------ stack effects

interface ParsedEffect {
  pops: (oparg: number) => number;
  pushes: (oparg: number) => number;
}

/** Splits `a b[oparg - 1] c?(oparg & 1)` at spaces outside brackets. */
function splitItems(side: string): string[] {
  const items: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of side) {
    if (ch === '[' || ch === '(') depth++;
    if (ch === ']' || ch === ')') depth--;
    if (/\s/.test(ch) && depth === 0) {
      if (current) items.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  if (current) items.push(current);
  return items;
}

/**
 * The oparg expressions of the effect strings (`oparg-1`, `oparg*2`, `oparg & 4`,
 * `oparg==3`, `(oparg & 255) + (oparg >> 8) + 1`) compiled to closures by a small
 * precedence-climbing parser, not by `new Function` (which ran V8's parser and compiler
 * for each of ~60 strings at every start-up: ~10 ms of gilvm's start).
 */
type OpargExpr = (oparg: number) => number;

const EXPR_TOKEN = /\s*(oparg|\d+|>>|<<|==|!=|[-+*&|()])/y;
const BINARY_PRECEDENCE: Record<string, number> = { '|': 1, '&': 2, '==': 3, '!=': 3, '<<': 4, '>>': 4, '+': 5, '-': 5, '*': 6 };

function compileOpargExpr(source: string): OpargExpr {
  const tokens: string[] = [];
  EXPR_TOKEN.lastIndex = 0;
  while (EXPR_TOKEN.lastIndex < source.trimEnd().length) {
    const m = EXPR_TOKEN.exec(source);
    if (!m) throw new Error(`bad stack effect expression '${source}'`);
    tokens.push(m[1]!);
  }
  let pos = 0;
  const primary = (): OpargExpr => {
    const t = tokens[pos++];
    if (t === 'oparg') return (oparg) => oparg;
    if (t === '(') {
      const inner = binary(0);
      if (tokens[pos++] !== ')') throw new Error(`bad stack effect expression '${source}'`);
      return inner;
    }
    if (t !== undefined && /^\d+$/.test(t)) {
      const n = Number(t);
      return () => n;
    }
    throw new Error(`bad stack effect expression '${source}'`);
  };
  const binary = (minPrecedence: number): OpargExpr => {
    let left = primary();
    for (;;) {
      const op = tokens[pos];
      const precedence = op === undefined ? undefined : BINARY_PRECEDENCE[op];
      if (precedence === undefined || precedence <= minPrecedence) return left;
      pos++;
      const l = left;
      const r = binary(precedence);
      switch (op) {
        case '|': left = (a) => l(a) | r(a); break;
        case '&': left = (a) => l(a) & r(a); break;
        case '==': left = (a) => (l(a) === r(a) ? 1 : 0); break;
        case '!=': left = (a) => (l(a) !== r(a) ? 1 : 0); break;
        case '<<': left = (a) => l(a) << r(a); break;
        case '>>': left = (a) => l(a) >> r(a); break;
        case '+': left = (a) => l(a) + r(a); break;
        case '-': left = (a) => l(a) - r(a); break;
        default: left = (a) => l(a) * r(a); break;
      }
    }
  };
  const expr = binary(0);
  if (pos !== tokens.length) throw new Error(`bad stack effect expression '${source}'`);
  return expr;
}

function countItems(side: string): (oparg: number) => number {
  const terms: OpargExpr[] = [];
  for (const item of splitItems(side)) {
    const array = /^\w+\[(.+)\]$/.exec(item);
    const optional = /^\w+\?\((.+)\)$/.exec(item);
    if (array) {
      terms.push(compileOpargExpr(array[1]!));
    } else if (optional) {
      const condition = compileOpargExpr(optional[1]!);
      terms.push((oparg) => (condition(oparg) !== 0 ? 1 : 0));
    } else if (/^\w+$/.test(item)) {
      terms.push(() => 1);
    } else {
      throw new Error(`bad stack effect item '${item}'`);
    }
  }
  return (oparg) => terms.reduce((n, t) => n + t(oparg), 0);
}

function parseEffect(effect: string): ParsedEffect {
  const m = /^\((.*)--(.*)\)$/.exec(effect);
  if (!m) throw new Error(`bad stack effect '${effect}'`);
  return { pops: countItems(m[1]), pushes: countItems(m[2]) };
}

// Parsed per opcode at its first use, not all at start-up: a program's compile needs a few
// dozen of the table's rows, and parsing every row's two effects took ~4 ms of each start.
const FALLTHROUGH_EFFECTS: (ParsedEffect | undefined)[] = [];
const JUMP_EFFECTS: (ParsedEffect | undefined)[] = [];

function fallthroughEffect(op: number): ParsedEffect {
  return (FALLTHROUGH_EFFECTS[op] ??= parseEffect(OPCODE_TABLE[op]!.effect));
}

function jumpEffect(op: number): ParsedEffect {
  const row = OPCODE_TABLE[op]!;
  return (JUMP_EFFECTS[op] ??= 'jump' in row ? parseEffect(row.jump) : fallthroughEffect(op));
}

/** Net stack effect of an instruction (CPython's `dis.stack_effect`). */
export function stackEffect(op: number, oparg: number, jump = false): number {
  const e = jump ? jumpEffect(op) : fallthroughEffect(op);
  return e.pushes(oparg) - e.pops(oparg);
}

/** Number of items an instruction pops (for checkers and the debugger). */
export function stackPops(op: number, oparg: number): number {
  return fallthroughEffect(op).pops(oparg);
}
