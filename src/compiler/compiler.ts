/*
 * The bytecode compiler: AST (after symtable.ts and astopt.ts) to CodeObjects.
 *
 * A port of CPython 3.11's Python/compile.c code generation, so that for the same source
 * gilvm emits CPython 3.11's instruction sequences wherever gilvm's opcode table means the
 * same thing (check with test/helpers/cpython_dis.py). The known differences, all from the
 * table: CALL_KW with a kwnames tuple pushed by LOAD_CONST instead of KW_NAMES; no
 * PRECALL, CACHE or EXTENDED_ARG; one POP_JUMP_IF_x per condition with absolute targets;
 * `yield from` / `await` wrap their YIELD_VALUE in a handler that runs CLEANUP_THROW
 * (CPython 3.12's scheme, so throw() needs no frame inspection).
 *
 * Structure (as compile.c): one CompilerUnit per code object being built (module, class
 * body, function, lambda, comprehension), a stack of them for nesting; each unit emits into
 * basic blocks (flowgraph.ts) with pseudo-instructions for try-regions and unresolved jumps;
 * a stack of "frame blocks" (loops, try, with, handlers) per unit tells break / continue /
 * return what to unwind, inlining `finally` bodies and `with` exits on those paths.
 * Every instruction carries the source position of the node being compiled (statement or
 * expression, restored after each sub-expression), or none when CPython marks it
 * artificial; flowgraph.ts propagates positions to artificial instructions as CPython does.
 *
 * Future statements (future.ts) are read first, as compile.c's compiler_setup does: under
 * `from __future__ import annotations` (PEP 563) every annotation is compiled to a str
 * constant, its source as CPython's ast_unparse.c writes it (unparse.ts), instead of being
 * evaluated; every code object gets CO_FUTURE_ANNOTATIONS in its flags; and a
 * `from __future__` import after the top of the module is a SyntaxError here.
 *
 * Errors: PySyntaxError with CPython's message and the position of the offending node;
 * CompileRecursionError (a Python RecursionError) for trees nested deeper than
 * MAX_COMPILE_DEPTH. No module-level mutable state: a Compiler instance per compilation.
 */
import type * as A from '../frontend/ast.js';
import { PySyntaxError } from '../frontend/errors.js';
import {
  buildSymtable, CompileRecursionError, MAX_COMPILE_DEPTH, mangle,
  CELL, DEF_FREE_CLASS, DEF_IMPORT, FREE, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, LOCAL,
  type Scope, type SymbolTable, type BlockNode,
} from '../frontend/symtable.js';
import {
  CO_ASYNC_GENERATOR, CO_COROUTINE, CO_FAST_CELL, CO_FAST_FREE, CO_FAST_LOCAL, CO_GENERATOR,
  CO_NESTED, CO_NEWLOCALS, CO_OPTIMIZED, CO_VARARGS, CO_VARKEYWORDS,
  type CodeObject, type Const,
} from './code.js';
import { OPCODE, FVC_ASCII, FVC_NONE, FVC_REPR, FVC_STR, FVS_HAVE_SPEC, NB_INPLACE_OFFSET } from './opcodes.js';
import {
  assemble, Block, isJumpOp, isScopeExit, newInstr, JUMP, JUMP_NO_INTERRUPT, NO_LOCATION, POP_BLOCK, SETUP_CLEANUP, SETUP_FINALLY, SETUP_WITH,
  type Instr, type Loc,
} from './flowgraph.js';
import { constKey, constOf, optimizeAst } from './astopt.js';
import { CO_FUTURE_ANNOTATIONS, parseFuture, type FutureFeatures } from './future.js';
import { unparseAnnotation } from './unparse.js';

export { CompileRecursionError } from '../frontend/symtable.js';

const O = OPCODE;

/** CPython's STACK_USE_GUIDELINE: above this many items, displays and calls are built piecewise. */
const STACK_USE_GUIDELINE = 30;
/** CPython's CO_MAXBLOCKS: the limit on statically nested blocks. */
const CO_MAXBLOCKS = 20;

type ScopeType = 'module' | 'class' | 'function' | 'async_function' | 'lambda' | 'comprehension';

type FBlockType =
  | 'WHILE_LOOP'
  | 'FOR_LOOP'
  | 'TRY_EXCEPT'
  | 'FINALLY_TRY'
  | 'FINALLY_END'
  | 'WITH'
  | 'ASYNC_WITH'
  | 'HANDLER_CLEANUP'
  | 'POP_VALUE'
  | 'EXCEPTION_HANDLER'
  | 'ASYNC_COMPREHENSION_GENERATOR';

interface FBlock {
  type: FBlockType;
  block: Block | null;
  exit: Block | null;
  /** finally body (FINALLY_TRY), the with statement (WITH), the handler's name (HANDLER_CLEANUP). */
  datum: A.Stmt[] | A.With | A.AsyncWith | string | null;
}

const BINOP_ARG: Record<A.Operator, number> = {
  Add: 0, BitAnd: 1, FloorDiv: 2, LShift: 3, MatMult: 4, Mult: 5, Mod: 6, BitOr: 7, Pow: 8, RShift: 9, Sub: 10, Div: 11, BitXor: 12,
};

const CMP_ARG: Partial<Record<A.CmpOperator, number>> = { Lt: 0, LtE: 1, Eq: 2, NotEq: 3, Gt: 4, GtE: 5 };

const UNARY_OP: Record<A.UnaryOperator, number> = {
  Invert: O.UNARY_INVERT, Not: O.UNARY_NOT, UAdd: O.UNARY_POSITIVE, USub: O.UNARY_NEGATIVE,
};

const COMP_NAMES: Record<string, string> = {
  ListComp: '<listcomp>', SetComp: '<setcomp>', DictComp: '<dictcomp>', GeneratorExp: '<genexpr>',
};

class CompilerUnit {
  readonly blocks: Block[] = [];
  entry: Block;
  cur: Block;
  readonly consts: Const[] = [];
  /** Constants of the other kinds, by constKey (made on first use). */
  private constIndexes: Map<string, number> | null = null;
  /** str and int constants by value (a Map keeps 1n and '1' apart). */
  private readonly valueConstIndexes = new Map<string | bigint, number>();
  private trueConstIndex = -1;
  private falseConstIndex = -1;
  private noneConstIndex = -1;
  readonly names: string[] = [];
  private readonly nameIndexes = new Map<string, number>();
  readonly varnames: string[] = [];
  private readonly varnameIndexes = new Map<string, number>();
  readonly cellvars: string[];
  readonly freevars: string[];
  readonly fblocks: FBlock[] = [];
  loc: Loc;
  qualname = '';
  argcount = 0;
  posonlyargcount = 0;
  kwonlyargcount = 0;

  constructor(
    readonly ste: Scope,
    readonly name: string,
    readonly scopeType: ScopeType,
    public firstlineno: number,
    public privateName: string | null,
  ) {
    this.entry = this.newBlock();
    this.cur = this.entry;
    for (const v of ste.varnames) this.varnameIndex(v);
    this.cellvars = ste.namesWithScope(CELL);
    if (ste.needsClassClosure) this.cellvars.unshift('__class__');
    this.freevars = [];
    for (const [n, flags] of ste.symbols) {
      const sc = (flags >> 11) & 0xf;
      if (sc === FREE || flags & DEF_FREE_CLASS) this.freevars.push(n);
    }
    this.freevars.sort(comparePy);
    this.loc = [firstlineno, 0, firstlineno, 0];
  }

  newBlock(): Block {
    const b = new Block(this.blocks.length);
    this.blocks.push(b);
    return b;
  }

  constIndex(c: Const): number {
    // Fast paths for the common constants (no key string to build); other kinds go by constKey.
    // Merging is constKey's: equal value and same type (1, 1.0 and True stay three constants).
    switch (c.type) {
      case 'str':
        return this.internConst(this.valueConstIndexes, c.value, c);
      case 'int':
        return this.internConst(this.valueConstIndexes, c.value, c);
      case 'bool':
        if (c.value) {
          if (this.trueConstIndex < 0) this.trueConstIndex = this.appendConst(c);
          return this.trueConstIndex;
        }
        if (this.falseConstIndex < 0) this.falseConstIndex = this.appendConst(c);
        return this.falseConstIndex;
      case 'None':
        if (this.noneConstIndex < 0) this.noneConstIndex = this.appendConst(c);
        return this.noneConstIndex;
      case 'code':
        return this.appendConst(c); // code objects are never merged (constKey makes each key unique)
      default:
        break;
    }
    this.constIndexes ??= new Map();
    return this.internConst(this.constIndexes, constKey(c), c);
  }

  private internConst<K>(indexes: Map<K, number>, key: K, c: Const): number {
    let i = indexes.get(key);
    if (i === undefined) {
      i = this.appendConst(c);
      indexes.set(key, i);
    }
    return i;
  }

  private appendConst(c: Const): number {
    this.consts.push(c);
    return this.consts.length - 1;
  }

  nameIndex(n: string): number {
    let i = this.nameIndexes.get(n);
    if (i === undefined) {
      i = this.names.length;
      this.names.push(n);
      this.nameIndexes.set(n, i);
    }
    return i;
  }

  varnameIndex(n: string): number {
    let i = this.varnameIndexes.get(n);
    if (i === undefined) {
      i = this.varnames.length;
      this.varnames.push(n);
      this.varnameIndexes.set(n, i);
    }
    return i;
  }

  /** Index of a cell or free variable in CPython's cellvars+freevars numbering (fixed up to a slot later). */
  derefIndex(n: string, preferCell: boolean): number {
    if (preferCell) {
      const c = this.cellvars.indexOf(n);
      if (c >= 0) return c;
    }
    const f = this.freevars.indexOf(n);
    if (f >= 0) return this.cellvars.length + f;
    const c = this.cellvars.indexOf(n);
    if (c >= 0) return c;
    throw new Error(`internal: ${n} is neither cell nor free in ${this.name}`);
  }
}

/** Line `lineno` (1-based) of `source`, split as CPython splits (\r\n, \r or \n). */
function sourceLine(source: string, lineno: number): string | undefined {
  return source.split(/\r\n|\r|\n/)[lineno - 1];
}

function comparePy(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Opcodes whose argument is a cell/free index to be turned into a localsplus slot. */
const DEREF_OPS = new Uint8Array(256);
for (const op of [O.LOAD_DEREF, O.STORE_DEREF, O.DELETE_DEREF, O.LOAD_CLOSURE, O.LOAD_CLASSDEREF, O.MAKE_CELL]) DEREF_OPS[op] = 1;

/** A compile-time warning (CPython's compiler_warn: always a SyntaxWarning), reported
 * through the caller's sink as it is found. `line` is the source line, null if unknown. */
export interface CompileWarning {
  category: 'SyntaxWarning';
  message: string;
  filename: string;
  lineno: number;
  line: string | null;
}
export type CompileWarningSink = (w: CompileWarning) => void;

/** Compiles a module. `source` (optional) supplies the text shown in SyntaxErrors;
 * `warn` (optional) receives the SyntaxWarnings (none are reported without it). */
export function compileModule(module: A.Module, filename: string, source?: string, warn?: CompileWarningSink, inheritedFuture = 0): CodeObject {
  return guardDepth(() => new Compiler(filename, source, false, false, warn, inheritedFuture).compile(module));
}

/** Safety net behind the MAX_COMPILE_DEPTH counters: a JS stack overflow while compiling is
 * reported as CPython's compile-time RecursionError, never as a raw JS error. */
function guardDepth<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof RangeError && /call stack/i.test(e.message)) throw new CompileRecursionError();
    throw e;
  }
}

/** Compiles one interactive input (CPython's 'single' mode): expression statements print
 * their value with PRINT_EXPR. */
export function compileInteractive(module: A.Module | A.Interactive, filename: string, source?: string, warn?: CompileWarningSink, inheritedFuture = 0): CodeObject {
  return guardDepth(() => new Compiler(filename, source, true, false, warn, inheritedFuture).compile(module));
}

/** Compiles an expression for eval() (CPython's 'eval' mode): module-scoped code that
 * returns the expression's value. The expression is checked through a module holding it
 * as its one statement (same symbol table, same name resolution). */
export function compileEvalExpression(expr: A.Expr, filename: string, source?: string, inheritedFuture = 0, warn?: CompileWarningSink): CodeObject {
  const stmt = { kind: 'Expr', value: expr, lineno: expr.lineno, col_offset: expr.col_offset, end_lineno: expr.end_lineno, end_col_offset: expr.end_col_offset } as A.ExprStmt;
  return guardDepth(() => new Compiler(filename, source, false, true, warn, inheritedFuture).compile({ kind: 'Module', body: [stmt] }));
}

class Compiler {
  private st!: SymbolTable;
  private u!: CompilerUnit;
  private readonly stack: CompilerUnit[] = [];
  /** The source text, split into lines only when an error message needs one. */
  private readonly source: string | null;
  private depth = 0;
  private future: FutureFeatures = { flags: 0, annotations: false, lineno: -1 };

  constructor(
    private readonly filename: string,
    source: string | undefined,
    private readonly interactive: boolean,
    private readonly evalMode: boolean = false,
    private readonly warnSink?: CompileWarningSink,
    /** CO_FUTURE_* bits in effect before the source's own future statements: exec(),
     * eval() and compile() pass their caller's (CPython's PyCompilerFlags.cf_flags). */
    private readonly inheritedFuture: number = 0,
  ) {
    this.source = source ?? null;
  }

  compile(module: A.Module | A.Interactive): CodeObject {
    this.future = parseFuture(module, this.filename, this.source);
    if ((this.inheritedFuture & CO_FUTURE_ANNOTATIONS) !== 0) {
      this.future.flags |= CO_FUTURE_ANNOTATIONS;
      this.future.annotations = true;
    }
    const tree = optimizeAst(module, this.future.annotations);
    this.st = buildSymtable(tree, this.filename, this.source ?? undefined, this.future.annotations);
    this.enterScope('<module>', 'module', tree, 1);
    this.u.loc = [0, 0, 1, 0];
    this.addOpI(O.RESUME, 0);
    if (this.interactive) {
      if (findAnn(tree.body)) this.addOp(O.SETUP_ANNOTATIONS);
      for (const s of tree.body) this.visitStmt(s);
    } else if (this.evalMode) {
      const stmt = tree.body[0] as A.ExprStmt;
      this.setLoc(stmt);
      this.visitExpr(stmt.value);
      this.addOp(O.RETURN_VALUE);
    } else {
      this.compileBody(tree.body);
    }
    const code = this.assembleUnit(true);
    this.exitScope();
    return code;
  }

  // ------------------------------------------------------------------ errors

  private error(msg: string, loc: Loc | A.Position = this.u.loc): PySyntaxError {
    const [lineno, col, endLineno, endCol] = Array.isArray(loc)
      ? (loc as Loc)
      : [(loc as A.Position).lineno, (loc as A.Position).col_offset, (loc as A.Position).end_lineno, (loc as A.Position).end_col_offset];
    const text = this.source !== null && lineno >= 1 ? (sourceLine(this.source, lineno) ?? null) : null;
    return new PySyntaxError('SyntaxError', msg, this.filename, lineno, col + 1, text, endLineno, endCol + 1);
  }

  // ------------------------------------------------------------------ warnings
  // CPython 3.11 compile.c's SyntaxWarnings (compiler_warn), with its checks: check_compare,
  // check_caller, check_subscripter / check_index, and compiler_assert's tuple test. Each
  // is reported at the line of the node being compiled, every time it is met.

  private warn(msg: string, lineno: number): void {
    if (this.warnSink === undefined) return;
    const line = this.source !== null && lineno >= 1 && !this.filename.startsWith('<') ? (sourceLine(this.source, lineno) ?? null) : null;
    this.warnSink({ category: 'SyntaxWarning', message: msg, filename: this.filename, lineno, line });
  }

  /** `x is 1`: an identity test against a literal other than None, True, False, `...`. */
  private checkCompare(e: A.Compare): void {
    const isArg = (x: A.Expr): boolean => {
      if (x.kind !== 'Constant') return true;
      const t = constOf(x).type;
      return t === 'None' || t === 'bool' || t === 'Ellipsis';
    };
    let left = isArg(e.left);
    for (let i = 0; i < e.ops.length; i++) {
      const op = e.ops[i];
      const right = isArg(e.comparators[i]!);
      if ((op === 'Is' || op === 'IsNot') && (!left || !right)) {
        this.warn(op === 'Is' ? '"is" with a literal. Did you mean "=="?' : '"is not" with a literal. Did you mean "!="?', e.lineno);
        return;
      }
      left = right;
    }
  }

  /** `"a"(...)`, `(1, 2)(...)`: calling a display or literal. */
  private checkCaller(f: A.Expr, e: A.Call): void {
    switch (f.kind) {
      case 'Constant': case 'Tuple': case 'List': case 'ListComp': case 'Dict': case 'DictComp':
      case 'Set': case 'SetComp': case 'GeneratorExp': case 'JoinedStr': case 'FormattedValue':
        this.warn(`'${inferTypeName(f)}' object is not callable; perhaps you missed a comma?`, e.lineno);
    }
  }

  /** `{1}[0]`, `"abc"["x"]`: subscripting what cannot be, or with an index it rejects. */
  private checkSubscript(e: A.Subscript): void {
    const v = e.value;
    let unsubscriptable = v.kind === 'Set' || v.kind === 'SetComp' || v.kind === 'GeneratorExp' || v.kind === 'Lambda';
    if (v.kind === 'Constant') {
      const t = constOf(v).type;
      unsubscriptable = t === 'None' || t === 'Ellipsis' || t === 'int' || t === 'bool' || t === 'float' || t === 'frozenset';
    }
    if (unsubscriptable) {
      this.warn(`'${inferTypeName(v)}' object is not subscriptable; perhaps you missed a comma?`, e.lineno);
      return;
    }
    const indexType = inferTypeName(e.slice);
    if (indexType === null || indexType === 'int' || indexType === 'bool' || e.slice.kind === 'Slice') return;
    let sequence = v.kind === 'Tuple' || v.kind === 'List' || v.kind === 'ListComp' || v.kind === 'JoinedStr' || v.kind === 'FormattedValue';
    if (v.kind === 'Constant') {
      const t = constOf(v).type;
      sequence = t === 'str' || t === 'bytes' || t === 'tuple';
    }
    if (sequence) this.warn(`${inferTypeName(v)} indices must be integers or slices, not ${indexType}; perhaps you missed a comma?`, e.lineno);
  }

  // ------------------------------------------------------------------ units

  private enterScope(name: string, scopeType: ScopeType, node: BlockNode, lineno: number): void {
    const ste = this.st.scopeFor(node);
    const privateName = this.u ? this.u.privateName : null;
    if (this.u) this.stack.push(this.u);
    this.u = new CompilerUnit(ste, name, scopeType, lineno, privateName);
    if (scopeType !== 'module') this.setQualname();
  }

  private exitScope(): void {
    this.u = this.stack.pop()!;
  }

  private setQualname(): void {
    const u = this.u;
    let base: string | null = null;
    if (this.stack.length > 1) {
      const parent = this.stack[this.stack.length - 1];
      let forceGlobal = false;
      if (u.scopeType === 'function' || u.scopeType === 'async_function' || u.scopeType === 'class') {
        const m = mangle(parent.privateName, u.name);
        if (parent.ste.scopeOf(m) === GLOBAL_EXPLICIT) forceGlobal = true;
      }
      if (!forceGlobal) {
        if (parent.scopeType === 'function' || parent.scopeType === 'async_function' || parent.scopeType === 'lambda') {
          base = parent.qualname + '.<locals>';
        } else {
          base = parent.qualname;
        }
      }
    }
    u.qualname = base !== null ? `${base}.${u.name}` : u.name;
  }

  private computeFlags(): number {
    const ste = this.u.ste;
    let flags = this.future.flags;
    if (ste.type === 'function') {
      flags |= CO_NEWLOCALS | CO_OPTIMIZED;
      if (ste.nested) flags |= CO_NESTED;
      if (ste.generator && !ste.coroutine) flags |= CO_GENERATOR;
      if (!ste.generator && ste.coroutine) flags |= CO_COROUTINE;
      if (ste.generator && ste.coroutine) flags |= CO_ASYNC_GENERATOR;
      if (ste.varargs) flags |= CO_VARARGS;
      if (ste.varkeywords) flags |= CO_VARKEYWORDS;
    }
    return flags;
  }

  private assembleUnit(addNone: boolean): CodeObject {
    const u = this.u;
    const last = u.cur.last();
    if (!last || last.op !== O.RETURN_VALUE) {
      this.unsetLoc();
      if (addNone) this.loadConst({ type: 'None' });
      this.addOp(O.RETURN_VALUE);
    }
    const flags = this.computeFlags();
    // Localsplus: varnames, then cells that are not arguments, then free variables.
    const localsplusnames = [...u.varnames];
    const kinds: number[] = u.varnames.map(() => CO_FAST_LOCAL);
    const cellSlot: number[] = [];
    for (const c of u.cellvars) {
      const argIndex = u.varnames.indexOf(c);
      if (argIndex >= 0) {
        kinds[argIndex] |= CO_FAST_CELL;
        cellSlot.push(argIndex);
      } else {
        cellSlot.push(localsplusnames.length);
        localsplusnames.push(c);
        kinds.push(CO_FAST_CELL);
      }
    }
    for (const f of u.freevars) {
      cellSlot.push(localsplusnames.length);
      localsplusnames.push(f);
      kinds.push(CO_FAST_FREE);
    }
    // Prefix: COPY_FREE_VARS, MAKE_CELL (in slot order), RETURN_GENERATOR + POP_TOP (CPython 3.11's order).
    const prefix: Instr[] = [];
    if (u.freevars.length) prefix.push(newInstr(O.COPY_FREE_VARS, u.freevars.length, null, NO_LOCATION));
    const cellsBySlot = u.cellvars.map((_, i) => i).sort((x, y) => cellSlot[x] - cellSlot[y]);
    for (const i of cellsBySlot) prefix.push(newInstr(O.MAKE_CELL, i, null, NO_LOCATION));
    if (flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)) {
      const loc: Loc = [u.firstlineno, -1, u.firstlineno, -1];
      prefix.push(newInstr(O.RETURN_GENERATOR, 0, null, loc));
      prefix.push(newInstr(O.POP_TOP, 0, null, loc));
    }
    u.entry.instrs.unshift(...prefix);
    if (cellSlot.length) {
      for (const b of u.blocks) {
        for (const ins of b.instrs) if (ins.op < 256 && DEREF_OPS[ins.op]) ins.arg = cellSlot[ins.arg];
      }
    }

    const out = assemble({
      entry: u.entry,
      allBlocks: u.blocks,
      consts: u.consts,
      firstlineno: u.firstlineno,
      isGenerator: (flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)) !== 0,
      newBlock: () => u.newBlock(),
      constIndex: (c) => u.constIndex(c),
      constValue: (i) => u.consts[i],
    });
    return {
      name: u.name,
      qualname: u.qualname || u.name,
      filename: this.filename,
      firstlineno: u.firstlineno,
      argcount: u.argcount,
      posonlyargcount: u.posonlyargcount,
      kwonlyargcount: u.kwonlyargcount,
      flags,
      stacksize: out.stacksize,
      code: out.code,
      consts: out.consts,
      names: [...u.names],
      localsplusnames,
      localspluskinds: new Uint8Array(kinds),
      exceptiontable: out.exceptiontable,
      positions: out.positions,
    };
  }

  // ------------------------------------------------------------------ emitting

  private setLoc(n: A.Position): void {
    this.u.loc = [n.lineno, n.col_offset, n.end_lineno, n.end_col_offset];
  }

  private unsetLoc(): void {
    this.u.loc = NO_LOCATION;
  }

  private addOp(op: number): void {
    this.addOpI(op, 0);
  }

  /** CPython's compiler_use_new_implicit_block_if_needed: nothing follows a jump or exit in a block. */
  private blockForNewInstr(): Block {
    const last = this.u.cur.last();
    if (last && (isJumpOp(last.op) || isScopeExit(last.op))) this.nextBlock();
    return this.u.cur;
  }

  private addOpI(op: number, arg: number): void {
    const b = this.blockForNewInstr();
    b.instrs.push(newInstr(op, arg, null, this.u.loc));
    if (op === O.RETURN_VALUE || op === O.RERAISE || op === O.RAISE_VARARGS) b.exit = true;
  }

  private addOpNoLine(op: number, arg = 0): void {
    this.blockForNewInstr().instrs.push(newInstr(op, arg, null, NO_LOCATION));
  }

  private addJump(op: number, target: Block): void {
    this.blockForNewInstr().instrs.push(newInstr(op, 0, target, this.u.loc));
  }

  private addJumpNoLine(op: number, target: Block): void {
    this.blockForNewInstr().instrs.push(newInstr(op, 0, target, NO_LOCATION));
  }

  private newBlock(): Block {
    return this.u.newBlock();
  }

  private useNextBlock(b: Block): void {
    this.u.cur.next = b;
    this.u.cur = b;
  }

  private nextBlock(): void {
    this.useNextBlock(this.newBlock());
  }

  private loadConst(c: Const): void {
    this.addOpI(O.LOAD_CONST, this.u.constIndex(c));
  }

  private addName(op: number, name: string): void {
    this.addOpI(op, this.u.nameIndex(mangle(this.u.privateName, name)));
  }

  // ------------------------------------------------------------------ frame blocks

  private pushFBlock(type: FBlockType, block: Block | null, exit: Block | null, datum: FBlock['datum']): void {
    if (this.u.fblocks.length >= CO_MAXBLOCKS) throw this.error('too many statically nested blocks');
    this.u.fblocks.push({ type, block, exit, datum });
  }

  private popFBlock(): void {
    this.u.fblocks.pop();
  }

  private callExitWithNones(): void {
    this.loadConst({ type: 'None' });
    this.loadConst({ type: 'None' });
    this.loadConst({ type: 'None' });
    this.addOpI(O.CALL, 2);
  }

  private unwindFBlock(info: FBlock, preserveTos: boolean): void {
    switch (info.type) {
      case 'WHILE_LOOP':
      case 'EXCEPTION_HANDLER':
      case 'ASYNC_COMPREHENSION_GENERATOR':
        return;
      case 'FOR_LOOP':
        if (preserveTos) this.addOpI(O.SWAP, 2);
        this.addOp(O.POP_TOP);
        return;
      case 'TRY_EXCEPT':
        this.addOp(POP_BLOCK);
        return;
      case 'FINALLY_TRY':
        this.addOp(POP_BLOCK);
        if (preserveTos) this.pushFBlock('POP_VALUE', null, null, null);
        for (const s of info.datum as A.Stmt[]) this.visitStmt(s);
        if (preserveTos) this.popFBlock();
        this.unsetLoc();
        return;
      case 'FINALLY_END':
        if (preserveTos) this.addOpI(O.SWAP, 2);
        this.addOp(O.POP_TOP);
        if (preserveTos) this.addOpI(O.SWAP, 2);
        this.addOp(POP_BLOCK);
        this.addOp(O.POP_EXCEPT);
        return;
      case 'WITH':
      case 'ASYNC_WITH':
        this.setLoc(info.datum as A.With);
        this.addOp(POP_BLOCK);
        if (preserveTos) this.addOpI(O.SWAP, 2);
        this.callExitWithNones();
        if (info.type === 'ASYNC_WITH') {
          this.addOpI(O.GET_AWAITABLE, 2);
          this.loadConst({ type: 'None' });
          this.addYieldFrom(true);
        }
        this.addOp(O.POP_TOP);
        this.unsetLoc();
        return;
      case 'HANDLER_CLEANUP':
        if (info.datum) this.addOp(POP_BLOCK);
        if (preserveTos) this.addOpI(O.SWAP, 2);
        this.addOp(POP_BLOCK);
        this.addOp(O.POP_EXCEPT);
        if (info.datum) {
          this.loadConst({ type: 'None' });
          this.nameOp(info.datum as string, 'Store');
          this.nameOp(info.datum as string, 'Del');
        }
        return;
      case 'POP_VALUE':
        if (preserveTos) this.addOpI(O.SWAP, 2);
        this.addOp(O.POP_TOP);
        return;
    }
  }

  /** Unwinds the frame-block stack; with `wantLoop`, stops at (and returns) the innermost loop. */
  private unwindFBlockStack(preserveTos: boolean, wantLoop: boolean): FBlock | null {
    const fbs = this.u.fblocks;
    if (fbs.length === 0) return null;
    const top = fbs[fbs.length - 1];
    if (wantLoop && (top.type === 'WHILE_LOOP' || top.type === 'FOR_LOOP')) return top;
    fbs.pop();
    this.unwindFBlock(top, preserveTos);
    const loop = this.unwindFBlockStack(preserveTos, wantLoop);
    fbs.push(top);
    return loop;
  }

  // ------------------------------------------------------------------ names

  private nameOp(name: string, ctx: A.ExprContext): void {
    const u = this.u;
    if (ctx !== 'Load' && name === '__debug__') throw this.error(ctx === 'Del' ? 'cannot delete __debug__' : 'cannot assign to __debug__');
    const mangled = mangle(u.privateName, name);
    const scope = u.ste.scopeOf(mangled);
    const isFunction = u.ste.type === 'function';
    let kind: 'deref' | 'fast' | 'global' | 'name' = 'name';
    switch (scope) {
      case FREE:
      case CELL:
        kind = 'deref';
        break;
      case LOCAL:
        if (isFunction) kind = 'fast';
        break;
      case GLOBAL_IMPLICIT:
        if (isFunction) kind = 'global';
        break;
      case GLOBAL_EXPLICIT:
        kind = 'global';
        break;
    }
    switch (kind) {
      case 'deref': {
        const op =
          ctx === 'Load' ? (u.ste.type === 'class' ? O.LOAD_CLASSDEREF : O.LOAD_DEREF) : ctx === 'Store' ? O.STORE_DEREF : O.DELETE_DEREF;
        this.addOpI(op, u.derefIndex(mangled, scope === CELL));
        return;
      }
      case 'fast':
        this.addOpI(ctx === 'Load' ? O.LOAD_FAST : ctx === 'Store' ? O.STORE_FAST : O.DELETE_FAST, u.varnameIndex(mangled));
        return;
      case 'global': {
        const i = u.nameIndex(mangled);
        if (ctx === 'Load') this.addOpI(O.LOAD_GLOBAL, i << 1);
        else this.addOpI(ctx === 'Store' ? O.STORE_GLOBAL : O.DELETE_GLOBAL, i);
        return;
      }
      case 'name':
        this.addOpI(ctx === 'Load' ? O.LOAD_NAME : ctx === 'Store' ? O.STORE_NAME : O.DELETE_NAME, u.nameIndex(mangled));
        return;
    }
  }

  // ------------------------------------------------------------------ statements

  private compileBody(stmts: A.Stmt[]): void {
    if (this.u.scopeType === 'module' && stmts.length) this.setLoc(stmts[0]);
    if (findAnn(stmts)) this.addOp(O.SETUP_ANNOTATIONS);
    if (!stmts.length) return;
    let i = 0;
    const doc = docstring(stmts);
    if (doc) {
      i = 1;
      this.visitExpr((stmts[0] as A.ExprStmt).value);
      this.unsetLoc();
      this.nameOp('__doc__', 'Store');
    }
    for (; i < stmts.length; i++) this.visitStmt(stmts[i]);
  }

  private visitStmts(stmts: A.Stmt[]): void {
    for (const s of stmts) this.visitStmt(s);
  }

  private visitStmt(s: A.Stmt): void {
    if (++this.depth > MAX_COMPILE_DEPTH) throw new CompileRecursionError();
    this.setLoc(s);
    this.visitStmt1(s);
    this.depth--;
  }

  private visitStmt1(s: A.Stmt): void {
    switch (s.kind) {
      case 'FunctionDef':
      case 'AsyncFunctionDef':
        return this.compileFunction(s);
      case 'ClassDef':
        return this.compileClass(s);
      case 'Return':
        return this.compileReturn(s);
      case 'Delete':
        for (const t of s.targets) this.visitExpr(t);
        return;
      case 'Assign':
        this.visitExpr(s.value);
        for (let i = 0; i < s.targets.length; i++) {
          if (i < s.targets.length - 1) this.addOpI(O.COPY, 1);
          this.visitExpr(s.targets[i]);
        }
        return;
      case 'AugAssign':
        return this.compileAugAssign(s);
      case 'AnnAssign':
        return this.compileAnnAssign(s);
      case 'For':
        return this.compileFor(s);
      case 'AsyncFor':
        return this.compileAsyncFor(s);
      case 'While':
        return this.compileWhile(s);
      case 'If':
        return this.compileIf(s);
      case 'Raise': {
        let n = 0;
        if (s.exc) {
          this.visitExpr(s.exc);
          n++;
          if (s.cause) {
            this.visitExpr(s.cause);
            n++;
          }
        }
        this.addOpI(O.RAISE_VARARGS, n);
        this.nextBlock();
        return;
      }
      case 'Try':
        if (s.finalbody.length) return this.compileTryFinally(s);
        return this.compileTryExcept(s);
      case 'Assert':
        return this.compileAssert(s);
      case 'Import':
        return this.compileImport(s);
      case 'ImportFrom':
        return this.compileFromImport(s);
      case 'Global':
      case 'Nonlocal':
        return;
      case 'Expr':
        return this.compileExprStmt(s);
      case 'Pass':
        this.addOp(O.NOP);
        return;
      case 'Break': {
        this.addOp(O.NOP);
        const loop = this.unwindFBlockStack(false, true);
        if (!loop) throw this.error("'break' outside loop", s);
        this.unwindFBlock(loop, false);
        this.addJump(JUMP, loop.exit!);
        this.nextBlock();
        return;
      }
      case 'Continue': {
        this.addOp(O.NOP);
        const loop = this.unwindFBlockStack(false, true);
        if (!loop) throw this.error("'continue' not properly in loop", s);
        this.addJump(JUMP, loop.block!);
        this.nextBlock();
        return;
      }
      case 'With':
        return this.compileWith(s, 0);
      case 'AsyncWith':
        return this.compileAsyncWith(s, 0);
    }
  }

  private compileExprStmt(s: A.ExprStmt): void {
    const value = s.value;
    if (this.interactive && this.stack.length === 0) {
      this.visitExpr(value);
      this.addOp(O.PRINT_EXPR);
      return;
    }
    if (value.kind === 'Constant') {
      this.addOp(O.NOP);
      return;
    }
    this.visitExpr(value);
    this.unsetLoc();
    this.addOp(O.POP_TOP);
  }

  private compileReturn(s: A.Return): void {
    const value = s.value;
    const preserveTos = value !== null && value.kind !== 'Constant';
    if (this.u.ste.type !== 'function') throw this.error("'return' outside function");
    if (value && this.u.ste.coroutine && this.u.ste.generator) throw this.error("'return' with value in async generator");
    if (preserveTos) {
      this.visitExpr(value!);
    } else if (value) {
      this.setLoc(value);
      this.addOp(O.NOP);
    }
    if (!value || value.lineno !== s.lineno) {
      this.setLoc(s);
      this.addOp(O.NOP);
    }
    this.unwindFBlockStack(preserveTos, false);
    if (!value) this.loadConst({ type: 'None' });
    else if (!preserveTos) this.loadConst(constOf(value as A.Constant));
    this.addOp(O.RETURN_VALUE);
  }

  private compileIf(s: A.If): void {
    const end = this.newBlock();
    const next = s.orelse.length ? this.newBlock() : end;
    this.jumpIf(s.test, next, false);
    this.visitStmts(s.body);
    if (s.orelse.length) {
      this.addJumpNoLine(JUMP, end);
      this.useNextBlock(next);
      this.visitStmts(s.orelse);
    }
    this.useNextBlock(end);
  }

  private compileWhile(s: A.While): void {
    const loop = this.newBlock();
    const body = this.newBlock();
    const anchor = this.newBlock();
    const end = this.newBlock();
    this.useNextBlock(loop);
    this.pushFBlock('WHILE_LOOP', loop, end, null);
    this.jumpIf(s.test, anchor, false);
    this.useNextBlock(body);
    this.visitStmts(s.body);
    this.setLoc(s);
    this.jumpIf(s.test, body, true);
    this.popFBlock();
    this.useNextBlock(anchor);
    this.visitStmts(s.orelse);
    this.useNextBlock(end);
  }

  private compileFor(s: A.For): void {
    const start = this.newBlock();
    const body = this.newBlock();
    const cleanup = this.newBlock();
    const end = this.newBlock();
    this.pushFBlock('FOR_LOOP', start, end, null);
    this.visitExpr(s.iter);
    this.addOp(O.GET_ITER);
    this.useNextBlock(start);
    this.addJump(O.FOR_ITER, cleanup);
    this.useNextBlock(body);
    this.visitExpr(s.target);
    this.visitStmts(s.body);
    this.unsetLoc();
    this.addJump(JUMP, start);
    this.useNextBlock(cleanup);
    this.popFBlock();
    this.visitStmts(s.orelse);
    this.useNextBlock(end);
  }

  private compileAsyncFor(s: A.AsyncFor): void {
    if (this.u.scopeType !== 'async_function') throw this.error("'async for' outside async function");
    const start = this.newBlock();
    const except = this.newBlock();
    const end = this.newBlock();
    this.visitExpr(s.iter);
    this.addOp(O.GET_AITER);
    this.useNextBlock(start);
    this.pushFBlock('FOR_LOOP', start, end, null);
    this.addJump(SETUP_FINALLY, except);
    this.addOp(O.GET_ANEXT);
    this.loadConst({ type: 'None' });
    this.addYieldFrom(true);
    this.addOp(POP_BLOCK);
    this.visitExpr(s.target);
    this.visitStmts(s.body);
    this.addJumpNoLine(JUMP, start);
    this.popFBlock();
    this.useNextBlock(except);
    this.setLoc(s.iter);
    this.addOp(O.END_ASYNC_FOR);
    this.visitStmts(s.orelse);
    this.useNextBlock(end);
  }

  private popExceptAndReraise(): void {
    this.addOpI(O.COPY, 3);
    this.addOp(O.POP_EXCEPT);
    this.addOpI(O.RERAISE, 1);
  }

  private compileTryFinally(s: A.Try): void {
    const body = this.newBlock();
    const end = this.newBlock();
    const exit = this.newBlock();
    const cleanup = this.newBlock();
    this.addJump(SETUP_FINALLY, end);
    this.useNextBlock(body);
    this.pushFBlock('FINALLY_TRY', body, end, s.finalbody);
    if (s.handlers.length) this.compileTryExcept(s);
    else this.visitStmts(s.body);
    this.addOpNoLine(POP_BLOCK);
    this.popFBlock();
    this.visitStmts(s.finalbody);
    this.addJumpNoLine(JUMP, exit);
    this.useNextBlock(end);
    this.unsetLoc();
    this.addJump(SETUP_CLEANUP, cleanup);
    this.addOp(O.PUSH_EXC_INFO);
    this.pushFBlock('FINALLY_END', end, null, null);
    this.visitStmts(s.finalbody);
    this.popFBlock();
    this.addOpI(O.RERAISE, 0);
    this.useNextBlock(cleanup);
    this.popExceptAndReraise();
    this.useNextBlock(exit);
  }

  private compileTryExcept(s: A.Try): void {
    const body = this.newBlock();
    let except = this.newBlock();
    const end = this.newBlock();
    const cleanup = this.newBlock();
    this.addJump(SETUP_FINALLY, except);
    this.useNextBlock(body);
    this.pushFBlock('TRY_EXCEPT', body, null, null);
    this.visitStmts(s.body);
    this.popFBlock();
    this.addOpNoLine(POP_BLOCK);
    this.visitStmts(s.orelse);
    this.addJumpNoLine(JUMP, end);
    const n = s.handlers.length;
    this.useNextBlock(except);
    this.unsetLoc();
    this.addJump(SETUP_CLEANUP, cleanup);
    this.addOp(O.PUSH_EXC_INFO);
    this.pushFBlock('EXCEPTION_HANDLER', null, null, null);
    for (let i = 0; i < n; i++) {
      const handler = s.handlers[i];
      this.setLoc(handler);
      if (!handler.type && i < n - 1) throw this.error("default 'except:' must be last");
      except = this.newBlock();
      if (handler.type) {
        this.visitExpr(handler.type);
        this.addOp(O.CHECK_EXC_MATCH);
        this.addJump(O.POP_JUMP_IF_FALSE, except);
      }
      if (handler.name !== null) {
        const cleanupEnd = this.newBlock();
        const cleanupBody = this.newBlock();
        this.nameOp(handler.name, 'Store');
        this.addJump(SETUP_CLEANUP, cleanupEnd);
        this.useNextBlock(cleanupBody);
        this.pushFBlock('HANDLER_CLEANUP', cleanupBody, null, handler.name);
        this.visitStmts(handler.body);
        this.popFBlock();
        this.unsetLoc();
        this.addOp(POP_BLOCK);
        this.addOp(POP_BLOCK);
        this.addOp(O.POP_EXCEPT);
        this.loadConst({ type: 'None' });
        this.nameOp(handler.name, 'Store');
        this.nameOp(handler.name, 'Del');
        this.addJump(JUMP, end);
        this.useNextBlock(cleanupEnd);
        this.unsetLoc();
        this.loadConst({ type: 'None' });
        this.nameOp(handler.name, 'Store');
        this.nameOp(handler.name, 'Del');
        this.addOpI(O.RERAISE, 1);
      } else {
        const cleanupBody = this.newBlock();
        this.addOp(O.POP_TOP);
        this.useNextBlock(cleanupBody);
        this.pushFBlock('HANDLER_CLEANUP', cleanupBody, null, null);
        this.visitStmts(handler.body);
        this.popFBlock();
        this.unsetLoc();
        this.addOp(POP_BLOCK);
        this.addOp(O.POP_EXCEPT);
        this.addJump(JUMP, end);
      }
      this.useNextBlock(except);
    }
    this.unsetLoc();
    this.popFBlock();
    this.addOpI(O.RERAISE, 0);
    this.useNextBlock(cleanup);
    this.popExceptAndReraise();
    this.useNextBlock(end);
  }

  private withExceptFinish(cleanup: Block): void {
    this.unsetLoc();
    const exit = this.newBlock();
    this.addJump(O.POP_JUMP_IF_TRUE, exit);
    this.addOpI(O.RERAISE, 2);
    this.useNextBlock(cleanup);
    this.popExceptAndReraise();
    this.useNextBlock(exit);
    this.addOp(O.POP_TOP);
    this.addOp(POP_BLOCK);
    this.addOp(O.POP_EXCEPT);
    this.addOp(O.POP_TOP);
    this.addOp(O.POP_TOP);
  }

  private compileWith(s: A.With, pos: number): void {
    const item = s.items[pos];
    const body = this.newBlock();
    const final = this.newBlock();
    const exit = this.newBlock();
    const cleanup = this.newBlock();
    this.visitExpr(item.context_expr);
    this.addOp(O.BEFORE_WITH);
    this.addJump(SETUP_WITH, final);
    this.useNextBlock(body);
    this.pushFBlock('WITH', body, final, s);
    if (item.optional_vars) this.visitExpr(item.optional_vars);
    else this.addOp(O.POP_TOP);
    pos++;
    if (pos === s.items.length) this.visitStmts(s.body);
    else this.compileWith(s, pos);
    this.unsetLoc();
    this.addOp(POP_BLOCK);
    this.popFBlock();
    this.setLoc(s);
    this.callExitWithNones();
    this.addOp(O.POP_TOP);
    this.addJump(JUMP, exit);
    this.useNextBlock(final);
    this.addJump(SETUP_CLEANUP, cleanup);
    this.addOp(O.PUSH_EXC_INFO);
    this.addOp(O.WITH_EXCEPT_START);
    this.withExceptFinish(cleanup);
    this.useNextBlock(exit);
  }

  private compileAsyncWith(s: A.AsyncWith, pos: number): void {
    if (this.u.scopeType !== 'async_function') throw this.error("'async with' outside async function");
    const item = s.items[pos];
    const block = this.newBlock();
    const final = this.newBlock();
    const exit = this.newBlock();
    const cleanup = this.newBlock();
    this.visitExpr(item.context_expr);
    this.addOp(O.BEFORE_ASYNC_WITH);
    this.addOpI(O.GET_AWAITABLE, 1);
    this.loadConst({ type: 'None' });
    this.addYieldFrom(true);
    this.addJump(SETUP_WITH, final);
    this.useNextBlock(block);
    this.pushFBlock('ASYNC_WITH', block, final, s);
    if (item.optional_vars) this.visitExpr(item.optional_vars);
    else this.addOp(O.POP_TOP);
    pos++;
    if (pos === s.items.length) this.visitStmts(s.body);
    else this.compileAsyncWith(s, pos);
    this.popFBlock();
    this.unsetLoc();
    this.addOp(POP_BLOCK);
    this.setLoc(s);
    this.callExitWithNones();
    this.addOpI(O.GET_AWAITABLE, 2);
    this.loadConst({ type: 'None' });
    this.addYieldFrom(true);
    this.addOp(O.POP_TOP);
    this.addJump(JUMP, exit);
    this.useNextBlock(final);
    this.addJump(SETUP_CLEANUP, cleanup);
    this.addOp(O.PUSH_EXC_INFO);
    this.addOp(O.WITH_EXCEPT_START);
    this.addOpI(O.GET_AWAITABLE, 2);
    this.loadConst({ type: 'None' });
    this.addYieldFrom(true);
    this.withExceptFinish(cleanup);
    this.useNextBlock(exit);
  }

  private compileAssert(s: A.Assert): void {
    const t = s.test;
    if ((t.kind === 'Tuple' && t.elts.length > 0) ||
        (t.kind === 'Constant' && constOf(t).type === 'tuple' && (constOf(t) as { items: Const[] }).items.length > 0)) {
      this.warn('assertion is always true, perhaps remove parentheses?', s.lineno);
    }
    const end = this.newBlock();
    this.jumpIf(s.test, end, true);
    this.addOp(O.LOAD_ASSERTION_ERROR);
    if (s.msg) {
      this.visitExpr(s.msg);
      this.addOpI(O.CALL, 0);
    }
    this.addOpI(O.RAISE_VARARGS, 1);
    this.useNextBlock(end);
  }

  private compileImport(s: A.Import): void {
    for (const alias of s.names) {
      this.loadConst({ type: 'int', value: 0n });
      this.loadConst({ type: 'None' });
      this.addName(O.IMPORT_NAME, alias.name);
      if (alias.asname) {
        const parts = alias.name.split('.');
        if (parts.length > 1) {
          for (let k = 1; k < parts.length; k++) {
            this.addOpI(O.IMPORT_FROM, this.u.nameIndex(parts[k]));
            if (k === parts.length - 1) break;
            this.addOpI(O.SWAP, 2);
            this.addOp(O.POP_TOP);
          }
          this.nameOp(alias.asname, 'Store');
          this.addOp(O.POP_TOP);
        } else {
          this.nameOp(alias.asname, 'Store');
        }
      } else {
        this.nameOp(alias.name.split('.')[0], 'Store');
      }
    }
  }

  private compileFromImport(s: A.ImportFrom): void {
    if (s.lineno > this.future.lineno && s.module === '__future__') {
      throw this.error('from __future__ imports must occur at the beginning of the file', s);
    }
    this.loadConst({ type: 'int', value: BigInt(s.level) });
    this.loadConst({ type: 'tuple', items: s.names.map((a) => ({ type: 'str', value: a.name }) as Const) });
    this.addName(O.IMPORT_NAME, s.module ?? '');
    for (let i = 0; i < s.names.length; i++) {
      const alias = s.names[i];
      if (i === 0 && alias.name === '*') {
        if (this.u.ste.type !== 'module') throw this.error('import * only allowed at module level');
        this.addOp(O.IMPORT_STAR);
        return;
      }
      this.addName(O.IMPORT_FROM, alias.name);
      this.nameOp(alias.asname ?? alias.name, 'Store');
    }
    this.addOp(O.POP_TOP);
  }

  private updateStartLocationToMatchAttr(attr: A.Attribute): void {
    const u = this.u;
    if (u.loc[0] !== attr.end_lineno) {
      let [, col, endLineno, endCol] = u.loc;
      const lineno = attr.end_lineno;
      const len = Array.from(attr.attr).length;
      if (len <= attr.end_col_offset) {
        col = attr.end_col_offset - len;
      } else {
        col = -1;
        endCol = -1;
      }
      endLineno = Math.max(lineno, endLineno);
      if (lineno === endLineno) endCol = Math.max(col, endCol);
      u.loc = [lineno, col, endLineno, endCol];
    }
  }

  private compileAugAssign(s: A.AugAssign): void {
    const e = s.target;
    const old = this.u.loc;
    this.setLoc(e);
    switch (e.kind) {
      case 'Attribute':
        this.visitExpr(e.value);
        this.addOpI(O.COPY, 1);
        this.updateStartLocationToMatchAttr(e);
        this.addName(O.LOAD_ATTR, e.attr);
        break;
      case 'Subscript':
        this.visitExpr(e.value);
        this.visitExpr(e.slice);
        this.addOpI(O.COPY, 2);
        this.addOpI(O.COPY, 2);
        this.addOp(O.BINARY_SUBSCR);
        break;
      case 'Name':
        this.nameOp(e.id, 'Load');
        break;
      default:
        throw this.error(`'${describeExpr(e as A.Expr)}' is an illegal expression for augmented assignment`, e as A.Expr);
    }
    this.u.loc = old;
    this.visitExpr(s.value);
    this.addOpI(O.BINARY_OP, BINOP_ARG[s.op] + NB_INPLACE_OFFSET);
    this.setLoc(e);
    switch (e.kind) {
      case 'Attribute':
        this.updateStartLocationToMatchAttr(e);
        this.addOpI(O.SWAP, 2);
        this.addName(O.STORE_ATTR, e.attr);
        break;
      case 'Subscript':
        this.addOpI(O.SWAP, 3);
        this.addOpI(O.SWAP, 2);
        this.addOp(O.STORE_SUBSCR);
        break;
      case 'Name':
        this.nameOp(e.id, 'Store');
        break;
    }
  }

  private checkAnnExpr(e: A.Expr): void {
    this.visitExpr(e);
    this.addOp(O.POP_TOP);
  }

  private checkAnnSubscr(e: A.Expr): void {
    if (e.kind === 'Slice') {
      if (e.lower) this.checkAnnExpr(e.lower);
      if (e.upper) this.checkAnnExpr(e.upper);
      if (e.step) this.checkAnnExpr(e.step);
    } else if (e.kind === 'Tuple') {
      for (const x of e.elts) this.checkAnnSubscr(x);
    } else {
      this.checkAnnExpr(e);
    }
  }

  private compileAnnAssign(s: A.AnnAssign): void {
    const targ = s.target;
    if (s.value) {
      this.visitExpr(s.value);
      this.visitExpr(targ);
    }
    const moduleOrClass = this.u.scopeType === 'module' || this.u.scopeType === 'class';
    switch (targ.kind) {
      case 'Name':
        if (targ.id === '__debug__') throw this.error('cannot assign to __debug__', targ);
        if (s.simple && moduleOrClass) {
          this.visitAnnotationValue(s.annotation);
          this.addName(O.LOAD_NAME, '__annotations__');
          this.loadConst({ type: 'str', value: mangle(this.u.privateName, targ.id) });
          this.addOp(O.STORE_SUBSCR);
        }
        break;
      case 'Attribute':
        if (!s.value) this.checkAnnExpr(targ.value);
        break;
      case 'Subscript':
        if (!s.value) {
          this.checkAnnExpr(targ.value);
          this.checkAnnSubscr(targ.slice);
        }
        break;
    }
    // (under the future, the annotation of a complex target produces nothing)
    if (!s.simple && moduleOrClass && !this.future.annotations) this.checkAnnExpr(s.annotation);
  }

  /** Pushes an annotation's value: the expression's, or under the future its source text. */
  private visitAnnotationValue(ann: A.Expr): void {
    if (this.future.annotations) this.loadConst({ type: 'str', value: unparseAnnotation(ann) });
    else this.visitExpr(ann);
  }

  // ------------------------------------------------------------------ functions and classes

  private visitDefaults(args: A.Arguments): number {
    let flags = 0;
    if (args.defaults.length) {
      for (const d of args.defaults) this.visitExpr(d);
      this.addOpI(O.BUILD_TUPLE, args.defaults.length);
      flags |= 0x01;
    }
    const keys: Const[] = [];
    for (let i = 0; i < args.kwonlyargs.length; i++) {
      const d = args.kw_defaults[i];
      if (d) {
        keys.push({ type: 'str', value: mangle(this.u.privateName, args.kwonlyargs[i].arg) });
        this.visitExpr(d);
      }
    }
    if (keys.length) {
      this.loadConst({ type: 'tuple', items: keys });
      this.addOpI(O.BUILD_CONST_KEY_MAP, keys.length);
      flags |= 0x02;
    }
    return flags;
  }

  private visitAnnotations(args: A.Arguments, returns: A.Expr | null): boolean {
    let n = 0;
    const one = (name: string, ann: A.Expr | null) => {
      if (!ann) return;
      this.loadConst({ type: 'str', value: mangle(this.u.privateName, name) });
      if (this.future.annotations) {
        this.visitAnnotationValue(ann);
      } else if (ann.kind === 'Starred') {
        this.visitExpr(ann.value);
        this.addOpI(O.UNPACK_SEQUENCE, 1);
      } else {
        this.visitExpr(ann);
      }
      n++;
    };
    for (const a of args.args) one(a.arg, a.annotation);
    for (const a of args.posonlyargs) one(a.arg, a.annotation);
    if (args.vararg) one(args.vararg.arg, args.vararg.annotation);
    for (const a of args.kwonlyargs) one(a.arg, a.annotation);
    if (args.kwarg) one(args.kwarg.arg, args.kwarg.annotation);
    one('return', returns);
    if (n) {
      this.addOpI(O.BUILD_TUPLE, n * 2);
      return true;
    }
    return false;
  }

  private makeClosure(code: CodeObject, flags: number): void {
    const free = code.localsplusnames.filter((_, i) => code.localspluskinds[i] & CO_FAST_FREE);
    if (free.length) {
      for (const name of free) {
        let isCell: boolean;
        if (this.u.scopeType === 'class' && name === '__class__') isCell = true;
        else isCell = this.u.ste.scopeOf(name) === CELL;
        const idx = isCell ? this.u.cellvars.indexOf(name) : this.u.cellvars.length + this.u.freevars.indexOf(name);
        if ((isCell && idx < 0) || (!isCell && this.u.freevars.indexOf(name) < 0)) {
          throw new Error(`internal: closure variable ${name} not found in ${this.u.qualname}`);
        }
        this.addOpI(O.LOAD_CLOSURE, idx);
      }
      flags |= 0x08;
      this.addOpI(O.BUILD_TUPLE, free.length);
    }
    this.loadConst({ type: 'code', value: code });
    this.addOpI(O.MAKE_FUNCTION, flags);
  }

  /** Calls the decorators innermost first, each CALL at its decorator's position. */
  private applyDecorators(decos: A.Expr[]): void {
    const old = this.u.loc;
    for (let i = decos.length - 1; i >= 0; i--) {
      this.setLoc(decos[i]);
      this.addOpI(O.CALL, 0);
    }
    this.u.loc = old;
  }

  private compileFunction(s: A.FunctionDef | A.AsyncFunctionDef): void {
    const isAsync = s.kind === 'AsyncFunctionDef';
    this.checkDebugArgs(s.args);
    for (const d of s.decorator_list) this.visitExpr(d);
    const firstlineno = s.decorator_list.length ? s.decorator_list[0].lineno : s.lineno;
    let funcflags = this.visitDefaults(s.args);
    if (this.visitAnnotations(s.args, s.returns)) funcflags |= 0x04;
    this.enterScope(s.name, isAsync ? 'async_function' : 'function', s, firstlineno);
    this.addOpI(O.RESUME, 0);
    const doc = docstring(s.body);
    this.u.constIndex(doc ? { type: 'str', value: doc } : { type: 'None' });
    this.u.argcount = s.args.args.length + s.args.posonlyargs.length;
    this.u.posonlyargcount = s.args.posonlyargs.length;
    this.u.kwonlyargcount = s.args.kwonlyargs.length;
    for (let i = doc ? 1 : 0; i < s.body.length; i++) this.visitStmt(s.body[i]);
    const code = this.assembleUnit(true);
    this.exitScope();
    this.makeClosure(code, funcflags);
    this.applyDecorators(s.decorator_list);
    this.nameOp(s.name, 'Store');
  }

  private compileClass(s: A.ClassDef): void {
    for (const d of s.decorator_list) this.visitExpr(d);
    const firstlineno = s.decorator_list.length ? s.decorator_list[0].lineno : s.lineno;
    this.enterScope(s.name, 'class', s, firstlineno);
    this.addOpI(O.RESUME, 0);
    this.u.privateName = s.name;
    this.nameOp('__name__', 'Load');
    this.nameOp('__module__', 'Store');
    this.loadConst({ type: 'str', value: this.u.qualname });
    this.nameOp('__qualname__', 'Store');
    this.compileBody(s.body);
    this.unsetLoc();
    if (this.u.ste.needsClassClosure) {
      this.addOpI(O.LOAD_CLOSURE, 0);
      this.addOpI(O.COPY, 1);
      this.nameOp('__classcell__', 'Store');
    } else {
      this.loadConst({ type: 'None' });
    }
    this.addOp(O.RETURN_VALUE);
    const code = this.assembleUnit(true);
    this.exitScope();
    this.addOp(O.PUSH_NULL);
    this.addOp(O.LOAD_BUILD_CLASS);
    this.makeClosure(code, 0);
    this.loadConst({ type: 'str', value: s.name });
    this.callHelper(2, s.bases, s.keywords);
    this.applyDecorators(s.decorator_list);
    this.nameOp(s.name, 'Store');
  }

  /** compile.c's compiler_check_debug_args: a parameter named __debug__, reported at the
   * def statement or lambda being compiled (the current location), before its defaults. */
  private checkDebugArgs(args: A.Arguments): void {
    const named = (a: A.Arg | null): boolean => a !== null && a.arg === '__debug__';
    if (args.posonlyargs.some(named) || args.args.some(named) || named(args.vararg) || args.kwonlyargs.some(named) || named(args.kwarg)) {
      throw this.error('cannot assign to __debug__');
    }
  }

  private compileLambda(e: A.Lambda): void {
    this.checkDebugArgs(e.args);
    const funcflags = this.visitDefaults(e.args);
    this.enterScope('<lambda>', 'lambda', e, e.lineno);
    this.addOpI(O.RESUME, 0);
    this.u.constIndex({ type: 'None' });
    this.u.argcount = e.args.args.length + e.args.posonlyargs.length;
    this.u.posonlyargcount = e.args.posonlyargs.length;
    this.u.kwonlyargcount = e.args.kwonlyargs.length;
    this.visitExpr(e.body);
    let code: CodeObject;
    if (this.u.ste.generator) {
      code = this.assembleUnit(false);
    } else {
      this.addOp(O.RETURN_VALUE);
      code = this.assembleUnit(true);
    }
    this.exitScope();
    this.makeClosure(code, funcflags);
  }

  // ------------------------------------------------------------------ expressions

  private visitExpr(e: A.Expr): void {
    if (++this.depth > MAX_COMPILE_DEPTH) throw new CompileRecursionError();
    const old = this.u.loc;
    this.setLoc(e);
    this.visitExpr1(e);
    this.u.loc = old;
    this.depth--;
  }

  private visitExpr1(e: A.Expr): void {
    switch (e.kind) {
      case 'NamedExpr':
        this.visitExpr(e.value);
        this.addOpI(O.COPY, 1);
        this.visitExpr(e.target);
        return;
      case 'BoolOp':
        return this.compileBoolOp(e);
      case 'BinOp':
        this.visitExpr(e.left);
        this.visitExpr(e.right);
        this.addOpI(O.BINARY_OP, BINOP_ARG[e.op]);
        return;
      case 'UnaryOp':
        this.visitExpr(e.operand);
        this.addOp(UNARY_OP[e.op]);
        return;
      case 'Lambda':
        return this.compileLambda(e);
      case 'IfExp': {
        const end = this.newBlock();
        const next = this.newBlock();
        this.jumpIf(e.test, next, false);
        this.visitExpr(e.body);
        this.addJumpNoLine(JUMP, end);
        this.useNextBlock(next);
        this.visitExpr(e.orelse);
        this.useNextBlock(end);
        return;
      }
      case 'Dict':
        return this.compileDict(e);
      case 'Set':
        return this.starunpackHelper(e.elts, 0, O.BUILD_SET, O.SET_ADD, O.SET_UPDATE, false);
      case 'GeneratorExp':
      case 'ListComp':
      case 'SetComp':
        return this.compileComprehension(e, e.generators, e.elt, null);
      case 'DictComp':
        return this.compileComprehension(e, e.generators, e.key, e.value);
      case 'Yield':
        if (this.u.ste.type !== 'function') throw this.error("'yield' outside function");
        if (e.value) this.visitExpr(e.value);
        else this.loadConst({ type: 'None' });
        this.addYield();
        return;
      case 'YieldFrom':
        if (this.u.ste.type !== 'function') throw this.error("'yield' outside function");
        if (this.u.scopeType === 'async_function') throw this.error("'yield from' inside async function");
        this.visitExpr(e.value);
        this.addOp(O.GET_YIELD_FROM_ITER);
        this.loadConst({ type: 'None' });
        this.addYieldFrom(false);
        return;
      case 'Await':
        if (this.u.ste.type !== 'function') throw this.error("'await' outside function");
        if (this.u.scopeType !== 'async_function' && this.u.scopeType !== 'comprehension') {
          throw this.error("'await' outside async function");
        }
        this.visitExpr(e.value);
        this.addOpI(O.GET_AWAITABLE, 0);
        this.loadConst({ type: 'None' });
        this.addYieldFrom(true);
        return;
      case 'Compare':
        return this.compileCompare(e);
      case 'Call':
        return this.compileCall(e);
      case 'Constant':
        this.loadConst(constOf(e));
        return;
      case 'JoinedStr':
        return this.compileJoinedStr(e);
      case 'FormattedValue':
        return this.compileFormattedValue(e);
      case 'Attribute':
        this.visitExpr(e.value);
        this.updateStartLocationToMatchAttr(e);
        switch (e.ctx) {
          case 'Load':
            this.addName(O.LOAD_ATTR, e.attr);
            return;
          case 'Store':
            if (e.attr === '__debug__') throw this.error('cannot assign to __debug__');
            this.addName(O.STORE_ATTR, e.attr);
            return;
          case 'Del':
            this.addName(O.DELETE_ATTR, e.attr);
            return;
        }
        return;
      case 'Subscript':
        if (e.ctx === 'Load') this.checkSubscript(e);
        this.visitExpr(e.value);
        this.visitExpr(e.slice);
        this.addOp(e.ctx === 'Load' ? O.BINARY_SUBSCR : e.ctx === 'Store' ? O.STORE_SUBSCR : O.DELETE_SUBSCR);
        return;
      case 'Starred':
        if (e.ctx === 'Store') throw this.error('starred assignment target must be in a list or tuple');
        throw this.error("can't use starred expression here");
      case 'Slice': {
        let n = 2;
        if (e.lower) this.visitExpr(e.lower);
        else this.loadConst({ type: 'None' });
        if (e.upper) this.visitExpr(e.upper);
        else this.loadConst({ type: 'None' });
        if (e.step) {
          n++;
          this.visitExpr(e.step);
        }
        this.addOpI(O.BUILD_SLICE, n);
        return;
      }
      case 'Name':
        this.nameOp(e.id, e.ctx);
        return;
      case 'List':
        if (e.ctx === 'Store') return this.assignmentHelper(e.elts);
        if (e.ctx === 'Load') return this.starunpackHelper(e.elts, 0, O.BUILD_LIST, O.LIST_APPEND, O.LIST_EXTEND, false);
        for (const x of e.elts) this.visitExpr(x);
        return;
      case 'Tuple':
        if (e.ctx === 'Store') return this.assignmentHelper(e.elts);
        if (e.ctx === 'Load') return this.starunpackHelper(e.elts, 0, O.BUILD_LIST, O.LIST_APPEND, O.LIST_EXTEND, true);
        for (const x of e.elts) this.visitExpr(x);
        return;
    }
  }

  private addYield(): void {
    if (this.u.ste.generator && this.u.ste.coroutine) this.addOp(O.ASYNC_GEN_WRAP);
    this.addOp(O.YIELD_VALUE);
    this.addOpI(O.RESUME, 1);
  }

  /** SEND loop of `yield from` / `await`: stack (receiver, value) -> (result). A throw()
   * or close() that ends the sub-iterator with StopIteration resumes at CLEANUP_THROW. */
  private addYieldFrom(isAwait: boolean): void {
    const send = this.newBlock();
    const fail = this.newBlock();
    const exit = this.newBlock();
    this.useNextBlock(send);
    this.addJump(O.SEND, exit);
    this.addJump(SETUP_FINALLY, fail);
    this.addOp(O.YIELD_VALUE);
    this.addOpNoLine(POP_BLOCK);
    this.addOpI(O.RESUME, isAwait ? 3 : 2);
    this.addJump(JUMP_NO_INTERRUPT, send);
    this.useNextBlock(fail);
    this.addOp(O.CLEANUP_THROW);
    this.useNextBlock(exit);
    // The (often artificial) instruction after the loop has two predecessors and so would
    // inherit no position; CPython 3.12 gives it END_SEND's. We give it this expression's.
    exit.entryLoc = this.u.loc;
  }

  private compileBoolOp(e: A.BoolOp): void {
    const jumpi = e.op === 'And' ? O.JUMP_IF_FALSE_OR_POP : O.JUMP_IF_TRUE_OR_POP;
    const end = this.newBlock();
    const n = e.values.length - 1;
    for (let i = 0; i < n; i++) {
      this.visitExpr(e.values[i]);
      this.addJump(jumpi, end);
      this.nextBlock();
    }
    this.visitExpr(e.values[n]);
    this.useNextBlock(end);
  }

  private addCompare(op: A.CmpOperator): void {
    switch (op) {
      case 'Is':
        return this.addOpI(O.IS_OP, 0);
      case 'IsNot':
        return this.addOpI(O.IS_OP, 1);
      case 'In':
        return this.addOpI(O.CONTAINS_OP, 0);
      case 'NotIn':
        return this.addOpI(O.CONTAINS_OP, 1);
      default:
        return this.addOpI(O.COMPARE_OP, CMP_ARG[op]!);
    }
  }

  private compileCompare(e: A.Compare): void {
    this.checkCompare(e);
    this.visitExpr(e.left);
    const n = e.ops.length - 1;
    if (n === 0) {
      this.visitExpr(e.comparators[0]);
      this.addCompare(e.ops[0]);
      return;
    }
    const cleanup = this.newBlock();
    for (let i = 0; i < n; i++) {
      this.visitExpr(e.comparators[i]);
      this.addOpI(O.SWAP, 2);
      this.addOpI(O.COPY, 2);
      this.addCompare(e.ops[i]);
      this.addJump(O.JUMP_IF_FALSE_OR_POP, cleanup);
    }
    this.visitExpr(e.comparators[n]);
    this.addCompare(e.ops[n]);
    const end = this.newBlock();
    this.addJumpNoLine(JUMP, end);
    this.useNextBlock(cleanup);
    this.addOpI(O.SWAP, 2);
    this.addOp(O.POP_TOP);
    this.useNextBlock(end);
  }

  /** Compiles `e` as a condition: jumps to `next` when its truth equals `cond`. */
  private jumpIf(e: A.Expr, next: Block, cond: boolean): void {
    if (++this.depth > MAX_COMPILE_DEPTH) throw new CompileRecursionError();
    this.jumpIf1(e, next, cond);
    this.depth--;
  }

  private jumpIf1(e: A.Expr, next: Block, cond: boolean): void {
    switch (e.kind) {
      case 'UnaryOp':
        if (e.op === 'Not') return this.jumpIf(e.operand, next, !cond);
        break;
      case 'BoolOp': {
        const n = e.values.length - 1;
        const cond2 = e.op === 'Or';
        let next2 = next;
        if (cond2 !== cond) next2 = this.newBlock();
        for (let i = 0; i < n; i++) this.jumpIf(e.values[i], next2, cond2);
        this.jumpIf(e.values[n], next, cond);
        if (next2 !== next) this.useNextBlock(next2);
        return;
      }
      case 'IfExp': {
        const end = this.newBlock();
        const next2 = this.newBlock();
        this.jumpIf(e.test, next2, false);
        this.jumpIf(e.body, next, cond);
        this.addJumpNoLine(JUMP, end);
        this.useNextBlock(next2);
        this.jumpIf(e.orelse, next, cond);
        this.useNextBlock(end);
        return;
      }
      case 'Compare': {
        // CPython gives a compare's jump the compare's position (other tests get the caller's),
        // and that position stays current after it.
        this.setLoc(e);
        const n = e.ops.length - 1;
        if (n > 0) {
          this.checkCompare(e); // (a single compare is checked by compileCompare, as CPython)
          const cleanup = this.newBlock();
          this.visitExpr(e.left);
          for (let i = 0; i < n; i++) {
            this.visitExpr(e.comparators[i]);
            this.addOpI(O.SWAP, 2);
            this.addOpI(O.COPY, 2);
            this.addCompare(e.ops[i]);
            this.addJump(O.POP_JUMP_IF_FALSE, cleanup);
          }
          this.visitExpr(e.comparators[n]);
          this.addCompare(e.ops[n]);
          this.addJump(cond ? O.POP_JUMP_IF_TRUE : O.POP_JUMP_IF_FALSE, next);
          const end = this.newBlock();
          this.addJumpNoLine(JUMP, end);
          this.useNextBlock(cleanup);
          this.addOp(O.POP_TOP);
          if (!cond) this.addJumpNoLine(JUMP, next);
          this.useNextBlock(end);
          return;
        }
        break;
      }
      default:
        break;
    }
    this.visitExpr(e);
    this.addJump(cond ? O.POP_JUMP_IF_TRUE : O.POP_JUMP_IF_FALSE, next);
  }

  private starunpackHelper(elts: A.Expr[], pushed: number, build: number, add: number, extend: number, tuple: boolean): void {
    const n = elts.length;
    if (n > 2 && elts.every((x) => x.kind === 'Constant')) {
      let folded: Const = { type: 'tuple', items: elts.map((x) => constOf(x as A.Constant)) };
      if (tuple && !pushed) {
        this.loadConst(folded);
      } else {
        if (add === O.SET_ADD) folded = { type: 'frozenset', items: (folded as { items: Const[] }).items };
        this.addOpI(build, pushed);
        this.loadConst(folded);
        this.addOpI(extend, 1);
        if (tuple) this.addOp(O.LIST_TO_TUPLE);
      }
      return;
    }
    const big = n + pushed > STACK_USE_GUIDELINE;
    const seenStar = elts.some((x) => x.kind === 'Starred');
    if (!seenStar && !big) {
      for (const x of elts) this.visitExpr(x);
      this.addOpI(tuple ? O.BUILD_TUPLE : build, n + pushed);
      return;
    }
    let built = false;
    if (big) {
      this.addOpI(build, pushed);
      built = true;
    }
    for (let i = 0; i < n; i++) {
      const elt = elts[i];
      if (elt.kind === 'Starred') {
        if (!built) {
          this.addOpI(build, i + pushed);
          built = true;
        }
        this.visitExpr(elt.value);
        this.addOpI(extend, 1);
      } else {
        this.visitExpr(elt);
        if (built) this.addOpI(add, 1);
      }
    }
    if (tuple) this.addOp(O.LIST_TO_TUPLE);
  }

  private assignmentHelper(elts: A.Expr[]): void {
    const n = elts.length;
    let seenStar = false;
    for (let i = 0; i < n; i++) {
      const elt = elts[i];
      if (elt.kind === 'Starred' && !seenStar) {
        if (i >= 1 << 8 || n - i - 1 >= 1 << 23) throw this.error('too many expressions in star-unpacking assignment');
        this.addOpI(O.UNPACK_EX, i + ((n - i - 1) << 8));
        seenStar = true;
      } else if (elt.kind === 'Starred') {
        throw this.error('multiple starred expressions in assignment');
      }
    }
    if (!seenStar) this.addOpI(O.UNPACK_SEQUENCE, n);
    for (const elt of elts) this.visitExpr(elt.kind === 'Starred' ? elt.value : elt);
  }

  private subdict(e: A.Dict, begin: number, end: number): void {
    const n = end - begin;
    const big = n * 2 > STACK_USE_GUIDELINE;
    const keys = e.keys.slice(begin, end);
    if (n > 1 && !big && keys.every((k) => k !== null && k.kind === 'Constant')) {
      for (let i = begin; i < end; i++) this.visitExpr(e.values[i]);
      this.loadConst({ type: 'tuple', items: keys.map((k) => constOf(k as A.Constant)) });
      this.addOpI(O.BUILD_CONST_KEY_MAP, n);
      return;
    }
    if (big) this.addOpI(O.BUILD_MAP, 0);
    for (let i = begin; i < end; i++) {
      this.visitExpr(e.keys[i]!);
      this.visitExpr(e.values[i]);
      if (big) this.addOpI(O.MAP_ADD, 1);
    }
    if (!big) this.addOpI(O.BUILD_MAP, n);
  }

  private compileDict(e: A.Dict): void {
    const n = e.values.length;
    let haveDict = false;
    let elements = 0;
    for (let i = 0; i < n; i++) {
      if (e.keys[i] === null) {
        if (elements) {
          this.subdict(e, i - elements, i);
          if (haveDict) this.addOpI(O.DICT_UPDATE, 1);
          haveDict = true;
          elements = 0;
        }
        if (!haveDict) {
          this.addOpI(O.BUILD_MAP, 0);
          haveDict = true;
        }
        this.visitExpr(e.values[i]);
        this.addOpI(O.DICT_UPDATE, 1);
      } else if (elements * 2 > STACK_USE_GUIDELINE) {
        this.subdict(e, i - elements, i + 1);
        if (haveDict) this.addOpI(O.DICT_UPDATE, 1);
        haveDict = true;
        elements = 0;
      } else {
        elements++;
      }
    }
    if (elements) {
      this.subdict(e, n - elements, n);
      if (haveDict) this.addOpI(O.DICT_UPDATE, 1);
      haveDict = true;
    }
    if (!haveDict) this.addOpI(O.BUILD_MAP, 0);
  }

  private compileJoinedStr(e: A.JoinedStr): void {
    const n = e.values.length;
    if (n > STACK_USE_GUIDELINE) {
      this.loadConst({ type: 'str', value: '' });
      this.addName(O.LOAD_METHOD, 'join');
      this.addOpI(O.BUILD_LIST, 0);
      for (const v of e.values) {
        this.visitExpr(v);
        this.addOpI(O.LIST_APPEND, 1);
      }
      this.addOpI(O.CALL, 1);
      return;
    }
    for (const v of e.values) this.visitExpr(v);
    if (n !== 1) this.addOpI(O.BUILD_STRING, n);
  }

  private compileFormattedValue(e: A.FormattedValue): void {
    this.visitExpr(e.value);
    let oparg: number;
    switch (e.conversion) {
      case 115:
        oparg = FVC_STR;
        break;
      case 114:
        oparg = FVC_REPR;
        break;
      case 97:
        oparg = FVC_ASCII;
        break;
      default:
        oparg = FVC_NONE;
    }
    if (e.format_spec) {
      this.visitExpr(e.format_spec);
      oparg |= FVS_HAVE_SPEC;
    }
    this.addOpI(O.FORMAT_VALUE, oparg);
  }

  private validateKeywords(keywords: A.Keyword[]): void {
    for (let i = 0; i < keywords.length; i++) {
      const k = keywords[i].arg;
      if (k === null) continue;
      // forbidden_name: at the current location (the call, or the class statement)
      if (k === '__debug__') throw this.error('cannot assign to __debug__');
      for (let j = i + 1; j < keywords.length; j++) {
        if (keywords[j].arg === k) throw this.error(`keyword argument repeated: ${k}`, keywords[j]);
      }
    }
  }

  private isImportOriginated(e: A.Expr): boolean {
    if (e.kind !== 'Name') return false;
    return (this.st.top.flags(e.id) & DEF_IMPORT) !== 0;
  }

  private compileCall(e: A.Call): void {
    this.checkCaller(e.func, e);
    if (this.maybeOptimizeMethodCall(e)) return;
    this.setLoc(e.func);
    this.addOp(O.PUSH_NULL);
    this.setLoc(e);
    this.visitExpr(e.func);
    this.callHelper(0, e.args, e.keywords);
  }

  private maybeOptimizeMethodCall(e: A.Call): boolean {
    const meth = e.func;
    if (meth.kind !== 'Attribute' || meth.ctx !== 'Load') return false;
    if (this.isImportOriginated(meth.value)) return false;
    const argsl = e.args.length;
    const kwdsl = e.keywords.length;
    if (argsl + kwdsl + (kwdsl !== 0 ? 1 : 0) >= STACK_USE_GUIDELINE) return false;
    if (e.args.some((a) => a.kind === 'Starred')) return false;
    if (e.keywords.some((k) => k.arg === null)) return false;
    this.validateKeywords(e.keywords);
    this.visitExpr(meth.value);
    const old = this.u.loc;
    this.setLoc(meth);
    this.updateStartLocationToMatchAttr(meth);
    this.addName(O.LOAD_METHOD, meth.attr);
    for (const a of e.args) this.visitExpr(a);
    if (kwdsl) {
      for (const k of e.keywords) this.visitExpr(k.value);
      this.loadConst({ type: 'tuple', items: e.keywords.map((k) => ({ type: 'str', value: k.arg! }) as Const) });
    }
    this.setLoc(e);
    this.updateStartLocationToMatchAttr(meth);
    this.addOpI(kwdsl ? O.CALL_KW : O.CALL, argsl + kwdsl);
    this.u.loc = old;
    return true;
  }

  private subkwargs(keywords: A.Keyword[], begin: number, end: number): void {
    const n = end - begin;
    const big = n * 2 > STACK_USE_GUIDELINE;
    if (n > 1 && !big) {
      for (let i = begin; i < end; i++) this.visitExpr(keywords[i].value);
      this.loadConst({ type: 'tuple', items: keywords.slice(begin, end).map((k) => ({ type: 'str', value: k.arg! }) as Const) });
      this.addOpI(O.BUILD_CONST_KEY_MAP, n);
      return;
    }
    if (big) this.addOpNoLine(O.BUILD_MAP, 0);
    for (let i = begin; i < end; i++) {
      this.loadConst({ type: 'str', value: keywords[i].arg! });
      this.visitExpr(keywords[i].value);
      if (big) this.addOpNoLine(O.MAP_ADD, 1);
    }
    if (!big) this.addOpI(O.BUILD_MAP, n);
  }

  private callHelper(n: number, args: A.Expr[], keywords: A.Keyword[]): void {
    this.validateKeywords(keywords);
    const nelts = args.length;
    const nkwelts = keywords.length;
    const exCall =
      nelts + nkwelts * 2 > STACK_USE_GUIDELINE || args.some((a) => a.kind === 'Starred') || keywords.some((k) => k.arg === null);
    if (!exCall) {
      for (const a of args) this.visitExpr(a);
      if (nkwelts) {
        for (const k of keywords) this.visitExpr(k.value);
        this.loadConst({ type: 'tuple', items: keywords.map((k) => ({ type: 'str', value: k.arg! }) as Const) });
        this.addOpI(O.CALL_KW, n + nelts + nkwelts);
      } else {
        this.addOpI(O.CALL, n + nelts);
      }
      return;
    }
    if (n === 0 && nelts === 1 && args[0].kind === 'Starred') {
      this.visitExpr((args[0] as A.Starred).value);
    } else {
      this.starunpackHelper(args, n, O.BUILD_LIST, O.LIST_APPEND, O.LIST_EXTEND, true);
    }
    if (nkwelts) {
      let haveDict = false;
      let nseen = 0;
      for (let i = 0; i < nkwelts; i++) {
        const kw = keywords[i];
        if (kw.arg === null) {
          if (nseen) {
            this.subkwargs(keywords, i - nseen, i);
            if (haveDict) this.addOpI(O.DICT_MERGE, 1);
            haveDict = true;
            nseen = 0;
          }
          if (!haveDict) {
            this.addOpI(O.BUILD_MAP, 0);
            haveDict = true;
          }
          this.visitExpr(kw.value);
          this.addOpI(O.DICT_MERGE, 1);
        } else {
          nseen++;
        }
      }
      if (nseen) {
        this.subkwargs(keywords, nkwelts - nseen, nkwelts);
        if (haveDict) this.addOpI(O.DICT_MERGE, 1);
      }
    }
    this.addOpI(O.CALL_FUNCTION_EX, nkwelts > 0 ? 1 : 0);
  }

  // ------------------------------------------------------------------ comprehensions

  private compileComprehension(
    e: A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp,
    generators: A.Comprehension[],
    elt: A.Expr,
    val: A.Expr | null,
  ): void {
    const outermost = generators[0];
    const outerScopeType = this.u.scopeType;
    this.enterScope(COMP_NAMES[e.kind], 'comprehension', e, e.lineno);
    this.addOpI(O.RESUME, 0);
    this.setLoc(e);
    const isAsyncGenerator = this.u.ste.coroutine;
    if (isAsyncGenerator && e.kind !== 'GeneratorExp' && outerScopeType !== 'async_function' && outerScopeType !== 'comprehension') {
      throw this.error('asynchronous comprehension outside of an asynchronous function');
    }
    if (e.kind !== 'GeneratorExp') {
      this.addOpI(e.kind === 'ListComp' ? O.BUILD_LIST : e.kind === 'SetComp' ? O.BUILD_SET : O.BUILD_MAP, 0);
    }
    this.comprehensionGenerator(e.kind, generators, 0, 0, elt, val);
    if (e.kind !== 'GeneratorExp') this.addOp(O.RETURN_VALUE);
    const code = this.assembleUnit(true);
    this.exitScope();
    this.makeClosure(code, 0);
    this.visitExpr(outermost.iter);
    this.addOp(outermost.is_async ? O.GET_AITER : O.GET_ITER);
    this.addOpI(O.CALL, 0);
    if (isAsyncGenerator && e.kind !== 'GeneratorExp') {
      this.addOpI(O.GET_AWAITABLE, 0);
      this.loadConst({ type: 'None' });
      this.addYieldFrom(true);
    }
  }

  private comprehensionGenerator(kind: string, generators: A.Comprehension[], index: number, depth: number, elt: A.Expr, val: A.Expr | null): void {
    if (generators[index].is_async) this.asyncComprehensionGenerator(kind, generators, index, depth, elt, val);
    else this.syncComprehensionGenerator(kind, generators, index, depth, elt, val);
  }

  private comprehensionElement(kind: string, depth: number, elt: A.Expr, val: A.Expr | null): void {
    switch (kind) {
      case 'GeneratorExp':
        this.visitExpr(elt);
        this.addYield();
        this.addOp(O.POP_TOP);
        break;
      case 'ListComp':
        this.visitExpr(elt);
        this.addOpI(O.LIST_APPEND, depth + 1);
        break;
      case 'SetComp':
        this.visitExpr(elt);
        this.addOpI(O.SET_ADD, depth + 1);
        break;
      case 'DictComp':
        this.visitExpr(elt);
        this.visitExpr(val!);
        this.addOpI(O.MAP_ADD, depth + 1);
        break;
    }
  }

  private syncComprehensionGenerator(kind: string, generators: A.Comprehension[], index: number, depth: number, elt: A.Expr, val: A.Expr | null): void {
    let start: Block | null = this.newBlock();
    const ifCleanup = this.newBlock();
    const anchor = this.newBlock();
    const gen = generators[index];
    if (index === 0) {
      this.u.argcount = 1;
      this.addOpI(O.LOAD_FAST, 0);
    } else {
      const elts = gen.iter.kind === 'List' || gen.iter.kind === 'Tuple' ? gen.iter.elts : null;
      if (elts && elts.length === 1 && elts[0].kind !== 'Starred') {
        this.visitExpr(elts[0]);
        start = null;
      }
      if (start) {
        this.visitExpr(gen.iter);
        this.addOp(O.GET_ITER);
      }
    }
    if (start) {
      depth++;
      this.useNextBlock(start);
      this.addJump(O.FOR_ITER, anchor);
    }
    this.visitExpr(gen.target);
    for (const cond of gen.ifs) this.jumpIf(cond, ifCleanup, false);
    if (++index < generators.length) this.comprehensionGenerator(kind, generators, index, depth, elt, val);
    if (index >= generators.length) this.comprehensionElement(kind, depth, elt, val);
    this.useNextBlock(ifCleanup);
    if (start) {
      this.addJump(JUMP, start);
      this.useNextBlock(anchor);
    }
  }

  private asyncComprehensionGenerator(kind: string, generators: A.Comprehension[], index: number, depth: number, elt: A.Expr, val: A.Expr | null): void {
    const start = this.newBlock();
    const except = this.newBlock();
    const ifCleanup = this.newBlock();
    const gen = generators[index];
    if (index === 0) {
      this.u.argcount = 1;
      this.addOpI(O.LOAD_FAST, 0);
    } else {
      this.visitExpr(gen.iter);
      this.addOp(O.GET_AITER);
    }
    this.useNextBlock(start);
    this.pushFBlock('ASYNC_COMPREHENSION_GENERATOR', start, null, null);
    this.addJump(SETUP_FINALLY, except);
    this.addOp(O.GET_ANEXT);
    this.loadConst({ type: 'None' });
    this.addYieldFrom(true);
    this.addOp(POP_BLOCK);
    this.visitExpr(gen.target);
    for (const cond of gen.ifs) this.jumpIf(cond, ifCleanup, false);
    depth++;
    if (++index < generators.length) this.comprehensionGenerator(kind, generators, index, depth, elt, val);
    if (index >= generators.length) this.comprehensionElement(kind, depth, elt, val);
    this.useNextBlock(ifCleanup);
    this.addJump(JUMP, start);
    this.popFBlock();
    this.useNextBlock(except);
    this.addOp(O.END_ASYNC_FOR);
  }
}

// ------------------------------------------------------------------ helpers

function docstring(body: A.Stmt[]): string | null {
  const first = body[0];
  if (first && first.kind === 'Expr' && first.value.kind === 'Constant') {
    const c = constOf(first.value);
    if (c.type === 'str') return c.value;
  }
  return null;
}

/** Does the body contain an annotated assignment (outside nested scopes)? CPython's find_ann. */
function findAnn(stmts: A.Stmt[]): boolean {
  for (const st of stmts) {
    switch (st.kind) {
      case 'AnnAssign':
        return true;
      case 'For':
      case 'AsyncFor':
      case 'While':
      case 'If':
        if (findAnn(st.body) || findAnn(st.orelse)) return true;
        break;
      case 'With':
      case 'AsyncWith':
        if (findAnn(st.body)) return true;
        break;
      case 'Try':
        for (const h of st.handlers) if (findAnn(h.body)) return true;
        if (findAnn(st.body) || findAnn(st.finalbody) || findAnn(st.orelse)) return true;
        break;
      default:
        break;
    }
  }
  return false;
}

function describeExpr(e: A.Expr): string {
  switch (e.kind) {
    case 'Tuple':
      return 'tuple';
    case 'List':
      return 'list';
    default:
      return 'expression';
  }
}

/** CPython's infer_type: the type name of what a display or constant evaluates to, null
 * when the node's type is not known at compile time. */
function inferTypeName(e: A.Expr): string | null {
  switch (e.kind) {
    case 'Tuple': return 'tuple';
    case 'List': case 'ListComp': return 'list';
    case 'Dict': case 'DictComp': return 'dict';
    case 'Set': case 'SetComp': return 'set';
    case 'GeneratorExp': return 'generator';
    case 'Lambda': return 'function';
    case 'JoinedStr': case 'FormattedValue': return 'str';
    case 'Constant': {
      const t = constOf(e).type;
      return t === 'None' ? 'NoneType' : t === 'Ellipsis' ? 'ellipsis' : t;
    }
    default: return null;
  }
}
