/*
 * The symbol table: which names each scope binds, and how every name is resolved (local,
 * global explicit / implicit, free, cell). A port of CPython 3.11's Python/symtable.c, so
 * that the compiler picks the same LOAD_FAST / LOAD_DEREF / LOAD_GLOBAL / LOAD_NAME as
 * CPython, the same cell and free variables, and raises the same SyntaxErrors in the same
 * words.
 *
 * Two passes, as CPython:
 *  1. a walk over the AST records, per block, the DEF_* flags of every name in first-seen
 *     order (that order is CPython's symbol order, which tests compare), the parameters in
 *     order, and the facts the compiler needs (generator, coroutine, nested, varargs ...);
 *  2. `analyze` walks the blocks top down with the sets of names bound / global in
 *     enclosing function scopes and bottom up with the free names of children, and stores
 *     a scope (LOCAL, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, FREE, CELL) in bits 11.. of each
 *     symbol's flags (CPython's SCOPE_OFFSET), so flags compare bit for bit with
 *     `symtable.Symbol._Symbol__flags`.
 *
 * Blocks: module, function (def, lambda, and the four comprehensions, which are function
 * blocks with their own scope in 3.11 whose first iterable is evaluated in the enclosing
 * block and passed as the parameter `.0`), class. Class bodies do not enclose their methods;
 * `super` or `__class__` used in a method makes `__class__` free there, and the class gets an
 * implicit `__class__` cell (`needsClassClosure`). Names are mangled (`__x` in class C is
 * `_C__x`) before they are recorded, as CPython does.
 *
 * Under `from __future__ import annotations` (PEP 563) annotations are visited in a detached
 * annotation block, as CPython's AnnotationBlock: they are compiled to strings, so their
 * names bind or use nothing in any real scope; only the errors are kept (`:=`, `yield`,
 * `await` directly in an annotation: "'named expression' can not be used within an
 * annotation").
 *
 * Errors are thrown as PySyntaxError with CPython's message and the location CPython uses
 * (the `global`/`nonlocal` statement for directive errors, the name or expression otherwise).
 * No module-level mutable state: all state lives in a SymtableBuilder instance.
 */
import type * as A from './ast.js';
import { COMPILE_RECURSION_MESSAGE, PySyntaxError } from './errors.js';

// Symbol flags (CPython's Include/internal/pycore_symtable.h).
export const DEF_GLOBAL = 1;
export const DEF_LOCAL = 2;
export const DEF_PARAM = 4;
export const DEF_NONLOCAL = 8;
export const USE = 16;
export const DEF_FREE = 32;
export const DEF_FREE_CLASS = 64;
export const DEF_IMPORT = 128;
export const DEF_ANNOT = 256;
export const DEF_COMP_ITER = 512;
export const DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

export const SCOPE_OFFSET = 11;
export const SCOPE_MASK = DEF_GLOBAL | DEF_LOCAL | DEF_PARAM | DEF_NONLOCAL;

/** Resolved scopes (stored in bits SCOPE_OFFSET.. of a symbol's flags). */
export const LOCAL = 1;
export const GLOBAL_EXPLICIT = 2;
export const GLOBAL_IMPLICIT = 3;
export const FREE = 4;
export const CELL = 5;

export type BlockType = 'module' | 'function' | 'class';
export type ComprehensionKind = 'listcomp' | 'setcomp' | 'dictcomp' | 'genexpr';

export type BlockNode =
  | A.Module
  | A.Interactive
  | A.FunctionDef
  | A.AsyncFunctionDef
  | A.ClassDef
  | A.Lambda
  | A.ListComp
  | A.SetComp
  | A.DictComp
  | A.GeneratorExp;

interface Location {
  lineno: number;
  col_offset: number;
  end_lineno: number;
  end_col_offset: number;
}

/** One block (CPython's PySTEntryObject). */
export class Scope {
  /** Flags (DEF_* | scope << SCOPE_OFFSET) by mangled name, in first-seen order. */
  readonly symbols = new Map<string, number>();
  /** Parameters in order (posonly, args, kwonly, *args, **kwargs); `.0` for comprehensions. */
  readonly varnames: string[] = [];
  readonly children: Scope[] = [];
  /** Where each global/nonlocal directive (and walrus target) was declared. */
  directives: Map<string, Location> | null = null; // made on the first directive (most blocks have none)
  nested = false;
  generator = false;
  coroutine = false;
  varargs = false;
  varkeywords = false;
  returnsValue = false;
  needsClassClosure = false;
  /** Some name here is free (or a child has free names). */
  hasFree = false;
  childFree = false;
  comprehension: ComprehensionKind | null = null;
  /** A detached block for the annotations of a `from __future__ import annotations` module
   * (CPython's AnnotationBlock): never in its parent's children, never analyzed. */
  annotation = false;
  /** >0 while visiting a comprehension's iterable expression. */
  compIterExpr = 0;
  compIterTarget = false;

  constructor(
    readonly type: BlockType,
    /** CPython's block name: 'top', the def/class name, 'lambda', 'listcomp', 'genexpr' ... */
    readonly name: string,
    readonly node: BlockNode,
    readonly lineno: number,
  ) {}

  flags(name: string): number {
    return this.symbols.get(name) ?? 0;
  }

  /** The resolved scope of a (mangled) name, 0 if the name is unknown here. */
  scopeOf(name: string): number {
    return (this.flags(name) >> SCOPE_OFFSET) & 0xf;
  }

  /** Names whose resolved scope is `scope`, in CPython's sorted order (cellvars, freevars). */
  namesWithScope(scope: number, excludeFlag = 0): string[] {
    const out: string[] = [];
    for (const [name, flags] of this.symbols) {
      if (((flags >> SCOPE_OFFSET) & 0xf) === scope && !(flags & excludeFlag)) out.push(name);
    }
    return out.sort(comparePyStrings);
  }
}

/** Orders strings by code point, as Python's sorted() does (JS's default sort compares UTF-16 units). */
export function comparePyStrings(a: string, b: string): number {
  const ca = Array.from(a);
  const cb = Array.from(b);
  for (let i = 0; i < Math.min(ca.length, cb.length); i++) {
    const x = ca[i].codePointAt(0)!;
    const y = cb[i].codePointAt(0)!;
    if (x !== y) return x - y;
  }
  return ca.length - cb.length;
}

export interface SymbolTable {
  top: Scope;
  /** The block a def / class / lambda / comprehension / module node opens. */
  scopeFor(node: BlockNode): Scope;
}

/** CPython's _Py_Mangle: `__spam` inside class `_Ham` becomes `_Ham__spam`. */
export function mangle(privateName: string | null, name: string): string {
  if (privateName === null || !name.startsWith('__')) return name;
  if (name.endsWith('__') || name.includes('.')) return name;
  const stripped = privateName.replace(/^_+/, '');
  if (stripped === '') return name;
  return '_' + stripped + name;
}

/**
 * How deeply statements and expressions may nest before compilation gives up with CPython's
 * `RecursionError: maximum recursion depth exceeded during compilation` (instead of
 * overflowing the JS stack). CPython 3.11's symtable and compiler allow three times the
 * recursion limit (COMPILER_STACK_FRAME_SCALE), ~3000 nested expressions, as the parser's
 * MAX_EXPR_DEPTH; 1000 here refused -(-(...)) or `not not ...` 1,000 deep that CPython
 * compiles. Where the JS stack runs out first (a cold process interprets the compiler with
 * big frames: ~1,800 levels for a script's own source on the main thread), compileModule's
 * guardDepth reports the same RecursionError.
 */
export const MAX_COMPILE_DEPTH = 2990;

/** Thrown when a tree nests deeper than MAX_COMPILE_DEPTH: a Python RecursionError, carried
 * as the front end's PySyntaxError of kind 'RecursionError' (printed as CPython does). */
export class CompileRecursionError extends PySyntaxError {
  constructor() {
    super('RecursionError', COMPILE_RECURSION_MESSAGE, '', 0, 0, null);
  }
}

const COMPREHENSION_NAMES: Record<string, ComprehensionKind> = {
  ListComp: 'listcomp',
  SetComp: 'setcomp',
  DictComp: 'dictcomp',
  GeneratorExp: 'genexpr',
};

const COMPREHENSION_DESCRIPTIONS: Record<ComprehensionKind, string> = {
  listcomp: 'list comprehension',
  setcomp: 'set comprehension',
  dictcomp: 'dict comprehension',
  genexpr: 'generator expression',
};

/** Builds the symbol table of a module (or an interactive statement). `futureAnnotations`:
 * the module has `from __future__ import annotations` (compiler/future.ts). */
export function buildSymtable(module: A.Module | A.Interactive, filename: string, source?: string, futureAnnotations = false): SymbolTable {
  const builder = new SymtableBuilder(filename, source, futureAnnotations);
  return builder.build(module);
}

class SymtableBuilder {
  private readonly blocks = new Map<BlockNode, Scope>();
  private readonly stack: Scope[] = [];
  private cur!: Scope;
  private top!: Scope;
  private privateName: string | null = null;
  /** The source text; split into lines only when an error message needs one. */
  private readonly source: string | null;

  constructor(
    private readonly filename: string,
    source?: string,
    private readonly futureAnnotations = false,
  ) {
    this.source = source ?? null;
  }

  build(module: A.Module | A.Interactive): SymbolTable {
    this.top = this.enter('module', 'top', module, 0);
    for (const s of module.body) this.visitStmt(s);
    this.exit();
    this.analyzeBlock(this.top, null, new Set(), new Set());
    const blocks = this.blocks;
    return {
      top: this.top,
      scopeFor(node: BlockNode): Scope {
        const scope = blocks.get(node);
        if (!scope) throw new Error(`internal: no scope for ${node.kind}`);
        return scope;
      },
    };
  }

  // ------------------------------------------------------------------ errors

  error(msg: string, loc: Location): PySyntaxError {
    const text = this.source !== null && loc.lineno >= 1 ? (this.source.split(/\r\n|\r|\n/)[loc.lineno - 1] ?? null) : null;
    return new PySyntaxError('SyntaxError', msg, this.filename, loc.lineno, loc.col_offset + 1, text, loc.end_lineno, loc.end_col_offset + 1);
  }

  // ------------------------------------------------------------------ blocks

  private enter(type: BlockType, name: string, node: BlockNode, lineno: number): Scope {
    const scope = new Scope(type, name, node, lineno);
    const prev = this.stack.at(-1);
    if (prev) {
      if (prev.nested || prev.type === 'function') scope.nested = true;
      prev.children.push(scope);
    }
    this.blocks.set(node, scope);
    this.stack.push(scope);
    this.cur = scope;
    return scope;
  }

  /** CPython's symtable_enter_block for an AnnotationBlock: on the stack (so `this.cur`),
   * but in no parent's children and not in the node map, so it affects no real scope. */
  private enterAnnotationBlock(lineno: number): void {
    const scope = new Scope('function', '_annotation', this.cur.node, lineno);
    scope.annotation = true;
    this.stack.push(scope);
    this.cur = scope;
  }

  private exit(): void {
    this.stack.pop();
    this.cur = this.stack.at(-1)!;
  }

  private addDef(name: string, flag: number, loc: Location): void {
    this.addDefIn(this.cur, name, flag, loc);
  }

  private addDefIn(scope: Scope, name: string, flag: number, loc: Location): void {
    const mangled = mangle(this.privateName, name);
    let val = scope.symbols.get(mangled);
    if (val !== undefined) {
      if (flag & DEF_PARAM && val & DEF_PARAM) {
        throw this.error(`duplicate argument '${name}' in function definition`, loc);
      }
      val |= flag;
    } else {
      val = flag;
    }
    if (scope.compIterTarget) {
      if (val & (DEF_GLOBAL | DEF_NONLOCAL)) {
        throw this.error(`comprehension inner loop cannot rebind assignment expression target '${name}'`, loc);
      }
      val |= DEF_COMP_ITER;
    }
    scope.symbols.set(mangled, val);
    if (flag & DEF_PARAM) {
      scope.varnames.push(mangled);
    } else if (flag & DEF_GLOBAL) {
      this.top.symbols.set(mangled, flag | (this.top.symbols.get(mangled) ?? 0));
    }
  }

  private lookup(name: string): number {
    return this.cur.flags(mangle(this.privateName, name));
  }

  private recordDirective(name: string, loc: Location): void {
    const mangled = mangle(this.privateName, name);
    const directives = (this.cur.directives ??= new Map());
    if (!directives.has(mangled)) directives.set(mangled, loc);
  }

  // ------------------------------------------------------------------ statements

  private depth = 0;

  private visitStmt(s: A.Stmt): void {
    if (++this.depth > MAX_COMPILE_DEPTH) throw new CompileRecursionError();
    this.visitStmt1(s);
    this.depth--;
  }

  private visitStmt1(s: A.Stmt): void {
    switch (s.kind) {
      case 'FunctionDef':
      case 'AsyncFunctionDef': {
        this.addDef(s.name, DEF_LOCAL, s);
        this.visitExprs(s.args.defaults);
        for (const d of s.args.kw_defaults) if (d) this.visitExpr(d);
        this.visitAnnotations(s.args, s.returns, s);
        this.visitExprs(s.decorator_list);
        const firstLine = s.decorator_list.length ? s.decorator_list[0].lineno : s.lineno;
        const scope = this.enter('function', s.name, s, firstLine);
        if (s.kind === 'AsyncFunctionDef') scope.coroutine = true;
        this.visitParams(s.args);
        for (const b of s.body) this.visitStmt(b);
        this.exit();
        break;
      }
      case 'ClassDef': {
        this.addDef(s.name, DEF_LOCAL, s);
        this.visitExprs(s.bases);
        for (const k of s.keywords) this.visitExpr(k.value);
        this.visitExprs(s.decorator_list);
        const firstLine = s.decorator_list.length ? s.decorator_list[0].lineno : s.lineno;
        this.enter('class', s.name, s, firstLine);
        const saved = this.privateName;
        this.privateName = s.name;
        for (const b of s.body) this.visitStmt(b);
        this.privateName = saved;
        this.exit();
        break;
      }
      case 'Return':
        if (s.value) {
          this.visitExpr(s.value);
          this.cur.returnsValue = true;
        }
        break;
      case 'Delete':
        this.visitExprs(s.targets);
        break;
      case 'Assign':
        this.visitExprs(s.targets);
        this.visitExpr(s.value);
        break;
      case 'AnnAssign': {
        if (s.target.kind === 'Name') {
          const cur = this.lookup(s.target.id);
          if (cur & (DEF_GLOBAL | DEF_NONLOCAL) && this.cur !== this.top && s.simple) {
            const what = cur & DEF_GLOBAL ? 'global' : 'nonlocal';
            throw this.error(`annotated name '${s.target.id}' can't be ${what}`, s);
          }
          if (s.simple) this.addDef(s.target.id, DEF_ANNOT | DEF_LOCAL, s.target);
          else if (s.value) this.addDef(s.target.id, DEF_LOCAL, s.target);
        } else {
          this.visitExpr(s.target);
        }
        this.visitAnnotation(s.annotation);
        if (s.value) this.visitExpr(s.value);
        break;
      }
      case 'AugAssign':
        this.visitExpr(s.target);
        this.visitExpr(s.value);
        break;
      case 'For':
      case 'AsyncFor':
        this.visitExpr(s.target);
        this.visitExpr(s.iter);
        this.visitStmts(s.body);
        this.visitStmts(s.orelse);
        if (s.kind === 'AsyncFor') this.cur.coroutine = true;
        break;
      case 'While':
      case 'If':
        this.visitExpr(s.test);
        this.visitStmts(s.body);
        this.visitStmts(s.orelse);
        break;
      case 'Raise':
        if (s.exc) {
          this.visitExpr(s.exc);
          if (s.cause) this.visitExpr(s.cause);
        }
        break;
      case 'Try':
        this.visitStmts(s.body);
        this.visitStmts(s.orelse);
        for (const h of s.handlers) {
          if (h.type) this.visitExpr(h.type);
          if (h.name !== null) this.addDef(h.name, DEF_LOCAL, h);
          this.visitStmts(h.body);
        }
        this.visitStmts(s.finalbody);
        break;
      case 'Assert':
        this.visitExpr(s.test);
        if (s.msg) this.visitExpr(s.msg);
        break;
      case 'Import':
      case 'ImportFrom':
        for (const a of s.names) this.visitAlias(a);
        break;
      case 'Global':
      case 'Nonlocal': {
        const isGlobal = s.kind === 'Global';
        const word = isGlobal ? 'global' : 'nonlocal';
        for (const name of s.names) {
          const cur = this.lookup(name);
          if (cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) {
            let msg: string;
            if (cur & DEF_PARAM) msg = `name '${name}' is parameter and ${word}`;
            else if (cur & USE) msg = `name '${name}' is used prior to ${word} declaration`;
            else if (cur & DEF_ANNOT) msg = `annotated name '${name}' can't be ${word}`;
            else msg = `name '${name}' is assigned to before ${word} declaration`;
            throw this.error(msg, s);
          }
          this.addDef(name, isGlobal ? DEF_GLOBAL : DEF_NONLOCAL, s);
          this.recordDirective(name, s);
        }
        break;
      }
      case 'Expr':
        this.visitExpr(s.value);
        break;
      case 'Pass':
      case 'Break':
      case 'Continue':
        break;
      case 'With':
      case 'AsyncWith':
        for (const item of s.items) {
          this.visitExpr(item.context_expr);
          if (item.optional_vars) this.visitExpr(item.optional_vars);
        }
        this.visitStmts(s.body);
        if (s.kind === 'AsyncWith') this.cur.coroutine = true;
        break;
      default: {
        const never: never = s;
        throw new Error(`internal: unknown statement ${(never as A.Stmt).kind}`);
      }
    }
  }

  private visitStmts(body: A.Stmt[]): void {
    for (const s of body) this.visitStmt(s);
  }

  private visitAlias(a: A.Alias): void {
    const dot = a.name.indexOf('.');
    const name = a.asname ?? (dot >= 0 ? a.name.slice(0, dot) : a.name);
    if (name !== '*') {
      this.addDef(name, DEF_IMPORT, a);
    } else if (this.cur.type !== 'module') {
      throw this.error('import * only allowed at module level', a);
    }
  }

  /** One annotation (CPython's symtable_visit_annotation). */
  private visitAnnotation(e: A.Expr): void {
    if (!this.futureAnnotations) {
      this.visitExpr(e);
      return;
    }
    this.enterAnnotationBlock(e.lineno);
    this.visitExpr(e);
    this.exit();
  }

  /** A def's parameter annotations (in one annotation block under the future), then its
   * return annotation (in its own), as CPython's symtable_visit_annotations. */
  private visitAnnotations(args: A.Arguments, returns: A.Expr | null, def: A.FunctionDef | A.AsyncFunctionDef): void {
    if (this.futureAnnotations) this.enterAnnotationBlock(def.lineno);
    for (const a of args.posonlyargs) if (a.annotation) this.visitExpr(a.annotation);
    for (const a of args.args) if (a.annotation) this.visitExpr(a.annotation);
    if (args.vararg?.annotation) this.visitExpr(args.vararg.annotation);
    if (args.kwarg?.annotation) this.visitExpr(args.kwarg.annotation);
    for (const a of args.kwonlyargs) if (a.annotation) this.visitExpr(a.annotation);
    if (this.futureAnnotations) this.exit();
    if (returns) this.visitAnnotation(returns);
  }

  /** CPython's symtable_raise_if_annotation_block: `what` directly in a future annotation. */
  private raiseIfAnnotationBlock(what: string, e: A.Expr): void {
    if (this.cur.annotation) throw this.error(`'${what}' can not be used within an annotation`, e);
  }

  private visitParams(args: A.Arguments): void {
    for (const a of args.posonlyargs) this.addDef(a.arg, DEF_PARAM, a);
    for (const a of args.args) this.addDef(a.arg, DEF_PARAM, a);
    for (const a of args.kwonlyargs) this.addDef(a.arg, DEF_PARAM, a);
    if (args.vararg) {
      this.addDef(args.vararg.arg, DEF_PARAM, args.vararg);
      this.cur.varargs = true;
    }
    if (args.kwarg) {
      this.addDef(args.kwarg.arg, DEF_PARAM, args.kwarg);
      this.cur.varkeywords = true;
    }
  }

  // ------------------------------------------------------------------ expressions

  private visitExprs(exprs: A.Expr[]): void {
    for (const e of exprs) this.visitExpr(e);
  }

  private visitExpr(e: A.Expr): void {
    if (++this.depth > MAX_COMPILE_DEPTH) throw new CompileRecursionError();
    this.visitExpr1(e);
    this.depth--;
  }

  private visitExpr1(e: A.Expr): void {
    switch (e.kind) {
      case 'NamedExpr':
        this.raiseIfAnnotationBlock('named expression', e);
        this.handleNamedExpr(e);
        break;
      case 'BoolOp':
        this.visitExprs(e.values);
        break;
      case 'BinOp':
        this.visitExpr(e.left);
        this.visitExpr(e.right);
        break;
      case 'UnaryOp':
        this.visitExpr(e.operand);
        break;
      case 'Lambda': {
        this.visitExprs(e.args.defaults);
        for (const d of e.args.kw_defaults) if (d) this.visitExpr(d);
        this.enter('function', 'lambda', e, e.lineno);
        this.visitParams(e.args);
        this.visitExpr(e.body);
        this.exit();
        break;
      }
      case 'IfExp':
        this.visitExpr(e.test);
        this.visitExpr(e.body);
        this.visitExpr(e.orelse);
        break;
      case 'Dict':
        for (const k of e.keys) if (k) this.visitExpr(k);
        this.visitExprs(e.values);
        break;
      case 'Set':
        this.visitExprs(e.elts);
        break;
      case 'GeneratorExp':
      case 'ListComp':
      case 'SetComp':
        this.handleComprehension(e, e.generators, e.elt, null);
        break;
      case 'DictComp':
        this.handleComprehension(e, e.generators, e.key, e.value);
        break;
      case 'Yield':
        this.raiseIfAnnotationBlock('yield expression', e);
        if (e.value) this.visitExpr(e.value);
        this.cur.generator = true;
        if (this.cur.comprehension) this.raiseIfComprehension(e);
        break;
      case 'YieldFrom':
        this.raiseIfAnnotationBlock('yield expression', e);
        this.visitExpr(e.value);
        this.cur.generator = true;
        if (this.cur.comprehension) this.raiseIfComprehension(e);
        break;
      case 'Await':
        this.raiseIfAnnotationBlock('await expression', e);
        this.visitExpr(e.value);
        this.cur.coroutine = true;
        break;
      case 'Compare':
        this.visitExpr(e.left);
        this.visitExprs(e.comparators);
        break;
      case 'Call':
        this.visitExpr(e.func);
        this.visitExprs(e.args);
        for (const k of e.keywords) this.visitExpr(k.value);
        break;
      case 'FormattedValue':
        this.visitExpr(e.value);
        if (e.format_spec) this.visitExpr(e.format_spec);
        break;
      case 'JoinedStr':
        this.visitExprs(e.values);
        break;
      case 'Constant':
        break;
      case 'Attribute':
        this.visitExpr(e.value);
        break;
      case 'Subscript':
        this.visitExpr(e.value);
        this.visitExpr(e.slice);
        break;
      case 'Starred':
        this.visitExpr(e.value);
        break;
      case 'Slice':
        if (e.lower) this.visitExpr(e.lower);
        if (e.upper) this.visitExpr(e.upper);
        if (e.step) this.visitExpr(e.step);
        break;
      case 'Name':
        this.addDef(e.id, e.ctx === 'Load' ? USE : DEF_LOCAL, e);
        if (e.ctx === 'Load' && this.cur.type === 'function' && e.id === 'super') {
          this.addDef('__class__', USE, e);
        }
        break;
      case 'List':
      case 'Tuple':
        this.visitExprs(e.elts);
        break;
      default: {
        const never: never = e;
        throw new Error(`internal: unknown expression ${(never as A.Expr).kind}`);
      }
    }
  }

  private raiseIfComprehension(e: A.Expr): void {
    throw this.error(`'yield' inside ${COMPREHENSION_DESCRIPTIONS[this.cur.comprehension!]}`, e);
  }

  private handleNamedExpr(e: A.NamedExpr): void {
    if (this.cur.compIterExpr > 0) {
      throw this.error('assignment expression cannot be used in a comprehension iterable expression', e);
    }
    // CPython locates every error of this step at the target name
    if (this.cur.comprehension) this.extendNamedExprScope(e.target, e.target);
    this.visitExpr(e.value);
    this.visitExpr(e.target);
  }

  private extendNamedExprScope(target: A.Name, loc: Location): void {
    const name = target.id;
    for (let i = this.stack.length - 1; i >= 0; i--) {
      const ste = this.stack[i];
      if (ste.comprehension) {
        if (ste.flags(mangle(this.privateName, name)) & DEF_COMP_ITER) {
          // (CPython places it at the target name)
          throw this.error(`assignment expression cannot rebind comprehension iteration variable '${name}'`, target);
        }
        continue;
      }
      if (ste.annotation) continue; // CPython skips an AnnotationBlock (neither function, module nor class)
      if (ste.type === 'function') {
        if (ste.flags(mangle(this.privateName, name)) & DEF_GLOBAL) this.addDef(name, DEF_GLOBAL, loc);
        else this.addDef(name, DEF_NONLOCAL, loc);
        this.recordDirective(name, loc);
        this.addDefIn(ste, name, DEF_LOCAL, loc);
        return;
      }
      if (ste.type === 'module') {
        this.addDef(name, DEF_GLOBAL, loc);
        this.recordDirective(name, loc);
        this.addDefIn(ste, name, DEF_GLOBAL, loc);
        return;
      }
      throw this.error('assignment expression within a comprehension cannot be used in a class body', loc);
    }
  }

  private handleComprehension(
    e: A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp,
    generators: A.Comprehension[],
    elt: A.Expr,
    value: A.Expr | null,
  ): void {
    const isGenerator = e.kind === 'GeneratorExp';
    const outermost = generators[0];
    this.cur.compIterExpr++;
    this.visitExpr(outermost.iter);
    this.cur.compIterExpr--;
    const kind = COMPREHENSION_NAMES[e.kind];
    const scope = this.enter('function', kind, e, e.lineno);
    scope.comprehension = kind;
    if (outermost.is_async) scope.coroutine = true;
    this.addDef('.0', DEF_PARAM, e);
    scope.compIterTarget = true;
    this.visitExpr(outermost.target);
    scope.compIterTarget = false;
    this.visitExprs(outermost.ifs);
    for (const g of generators.slice(1)) {
      scope.compIterTarget = true;
      this.visitExpr(g.target);
      scope.compIterTarget = false;
      scope.compIterExpr++;
      this.visitExpr(g.iter);
      scope.compIterExpr--;
      this.visitExprs(g.ifs);
      if (g.is_async) scope.coroutine = true;
    }
    if (value) this.visitExpr(value);
    this.visitExpr(elt);
    scope.generator = isGenerator;
    const isAsync = scope.coroutine && !isGenerator;
    this.exit();
    if (isAsync) this.cur.coroutine = true;
  }

  // ------------------------------------------------------------------ analysis (pass 2)

  private analyzeName(
    ste: Scope,
    scopes: Map<string, number>,
    name: string,
    flags: number,
    bound: Set<string> | null,
    local: Set<string>,
    free: Set<string>,
    global: Set<string>,
  ): void {
    if (flags & DEF_GLOBAL) {
      if (flags & DEF_NONLOCAL) {
        throw this.error(`name '${name}' is nonlocal and global`, ste.directives?.get(name) ?? { lineno: ste.lineno, col_offset: 0, end_lineno: ste.lineno, end_col_offset: 1 });
      }
      scopes.set(name, GLOBAL_EXPLICIT);
      global.add(name);
      if (bound) bound.delete(name);
      return;
    }
    if (flags & DEF_NONLOCAL) {
      const loc = ste.directives?.get(name) ?? { lineno: ste.lineno, col_offset: 0, end_lineno: ste.lineno, end_col_offset: 1 };
      if (!bound) throw this.error('nonlocal declaration not allowed at module level', loc);
      if (!bound.has(name)) throw this.error(`no binding for nonlocal '${name}' found`, loc);
      scopes.set(name, FREE);
      ste.hasFree = true;
      free.add(name);
      return;
    }
    if (flags & DEF_BOUND) {
      scopes.set(name, LOCAL);
      local.add(name);
      global.delete(name);
      return;
    }
    if (bound && bound.has(name)) {
      scopes.set(name, FREE);
      ste.hasFree = true;
      free.add(name);
      return;
    }
    if (global.has(name)) {
      scopes.set(name, GLOBAL_IMPLICIT);
      return;
    }
    if (ste.nested) ste.hasFree = true;
    scopes.set(name, GLOBAL_IMPLICIT);
  }

  private analyzeBlock(ste: Scope, bound: Set<string> | null, free: Set<string>, global: Set<string>): void {
    const local = new Set<string>();
    const scopes = new Map<string, number>();
    // The sets handed to children (newBound, newGlobal) are only built when there are children.
    const hasChildren = ste.children.length > 0;
    const newGlobal = hasChildren ? new Set<string>() : null;
    const newBound = hasChildren ? new Set<string>() : null;
    if (ste.type === 'class' && newGlobal && newBound) {
      for (const n of global) newGlobal.add(n);
      if (bound) for (const n of bound) newBound.add(n);
    }
    for (const [name, flags] of ste.symbols) {
      this.analyzeName(ste, scopes, name, flags, bound, local, free, global);
    }
    if (newGlobal && newBound) {
      if (ste.type !== 'class') {
        if (ste.type === 'function') for (const n of local) newBound.add(n);
        if (bound) for (const n of bound) newBound.add(n);
        for (const n of global) newGlobal.add(n);
      } else {
        newBound.add('__class__');
      }
    }
    // Children add their free names straight into newFree (in child order, as CPython's
    // union of the children's free sets).
    const newFree = new Set<string>();
    for (const child of ste.children) {
      this.analyzeBlock(child, new Set(newBound), newFree, new Set(newGlobal));
      if (child.hasFree || child.childFree) ste.childFree = true;
    }
    if (ste.type === 'function') {
      for (const [name, scope] of scopes) {
        if (scope === LOCAL && newFree.has(name)) {
          scopes.set(name, CELL);
          newFree.delete(name);
        }
      }
    } else if (ste.type === 'class') {
      if (newFree.delete('__class__')) ste.needsClassClosure = true;
    }
    this.updateSymbols(ste, scopes, bound, newFree, ste.type === 'class');
    for (const n of newFree) free.add(n);
  }

  private updateSymbols(ste: Scope, scopes: Map<string, number>, bound: Set<string> | null, free: Set<string>, isClass: boolean): void {
    for (const [name, flags] of ste.symbols) {
      ste.symbols.set(name, flags | (scopes.get(name)! << SCOPE_OFFSET));
    }
    for (const name of free) {
      const v = ste.symbols.get(name);
      if (v !== undefined) {
        if (isClass && v & (DEF_BOUND | DEF_GLOBAL)) ste.symbols.set(name, v | DEF_FREE_CLASS);
        continue;
      }
      if (bound && !bound.has(name)) continue;
      ste.symbols.set(name, FREE << SCOPE_OFFSET);
    }
  }
}
