/*
 * Constant folding on the AST before compilation: a port of CPython 3.11's Python/ast_opt.c,
 * so the compiler sees the same tree CPython's compiler sees (and emits the same
 * constants): `-1` and `2 ** 10` become constants, `(1, 2)` becomes one tuple constant,
 * `x in [1, 2]` tests a constant tuple, `for x in [1, 2]` iterates a tuple, `not (a is b)`
 * becomes `a is not b`, `"abc"[0]` folds, `__debug__` is True. Folding stops where CPython's
 * does: results bigger than 128-bit ints, 4096-character strings, 256-item collections are
 * not folded, and an operation that would raise (1/0) is left for run time. Under
 * `from __future__ import annotations` annotations are not folded (CPython's ast_opt.c skips
 * them too): they are compiled to the strings of their source as written.
 *
 * The optimizer never modifies the caller's tree: it rebuilds only the nodes on the path to a
 * fold (copy-on-write) and shares everything else, so a program where nothing folds costs no
 * allocation here. Callers must not mutate the result either (it shares nodes with the input).
 * Folded tuples and frozensets are Constant nodes whose value is a compiler `Const`
 * (`{type:'tuple'}` / `{type:'frozenset'}`), a shape the public AST never carries: the folded
 * tree never leaves the compiler.
 */
import type * as A from '../frontend/ast.js';
import type { Const } from './code.js';
import { CompileRecursionError, MAX_COMPILE_DEPTH } from '../frontend/symtable.js';
import { floatPow } from '../objects/intmath.js';

const MAX_INT_SIZE = 128; // bits
const MAX_COLLECTION_SIZE = 256;
const MAX_STR_SIZE = 4096;
const MAX_TOTAL_ITEMS = 1024;

/** x ** y as the run time computes it (objects/intmath.ts floatPow: correctly rounded, not
 * Math.pow), or null where the run time would raise or give a complex. */
function foldFloatPow(x: number, y: number): number | null {
  try {
    return floatPow(x, y);
  } catch {
    return null;
  }
}

/** A Constant node's value seen by the compiler (may be a folded tuple). */
export function constOf(e: A.Constant): Const {
  return e.value as Const;
}

/** A new Constant node at `node`'s position (the input node is never modified). */
function makeConst(node: A.Position, value: Const): A.Expr {
  return {
    kind: 'Constant',
    value: value as A.ConstantValue,
    lineno: node.lineno,
    col_offset: node.col_offset,
    end_lineno: node.end_lineno,
    end_col_offset: node.end_col_offset,
  };
}

/** Returns the optimized module: the caller's tree itself when nothing folds, otherwise a
 * tree that shares every unchanged subtree with it (copy-on-write; the input is never modified). */
export function optimizeAst<T extends A.Module | A.Interactive>(mod: T, futureAnnotations = false): T {
  const opt = new AstOptimizer(futureAnnotations);
  const body = opt.stmts(mod.body);
  return body === mod.body ? mod : { ...mod, body };
}

// ------------------------------------------------------------------ Python arithmetic

type Num = { kind: 'int'; v: bigint; bool: boolean } | { kind: 'float'; v: number };

function asNum(c: Const): Num | null {
  if (c.type === 'int') return { kind: 'int', v: c.value, bool: false };
  if (c.type === 'bool') return { kind: 'int', v: c.value ? 1n : 0n, bool: true };
  if (c.type === 'float') return { kind: 'float', v: c.value };
  return null;
}

function bitLength(v: bigint): number {
  if (v < 0n) v = -v;
  return v === 0n ? 0 : v.toString(2).length;
}

const FLOAT_MAX_INT = 2n ** 1024n;

function toFloat(n: Num): number | null {
  if (n.kind === 'float') return n.v;
  if (n.v >= FLOAT_MAX_INT || n.v <= -FLOAT_MAX_INT) return null;
  return Number(n.v);
}

function floorDivBig(a: bigint, b: bigint): bigint {
  const q = a / b;
  return (a % b !== 0n && (a < 0n) !== (b < 0n)) ? q - 1n : q;
}

function modBig(a: bigint, b: bigint): bigint {
  const r = a % b;
  return r !== 0n && (r < 0n) !== (b < 0n) ? r + b : r;
}

function floatDivmod(vx: number, wx: number): [number, number] {
  let mod = vx % wx;
  let div = (vx - mod) / wx;
  if (mod) {
    if (wx < 0 !== mod < 0) {
      mod += wx;
      div -= 1.0;
    }
  } else {
    mod = wx < 0 || Object.is(wx, -0) ? -0 : 0;
  }
  let floordiv: number;
  if (div) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else {
    floordiv = (vx / wx < 0 || Object.is(vx / wx, -0)) ? -0 : 0;
  }
  return [floordiv, mod];
}

function intConst(v: bigint): Const {
  return { type: 'int', value: v };
}
function floatConst(v: number): Const {
  return { type: 'float', value: v };
}

function seqLength(c: Const): number | null {
  if (c.type === 'str') return Array.from(c.value).length;
  if (c.type === 'bytes') return c.value.length;
  if (c.type === 'tuple') return c.items.length;
  return null;
}

function repeatSeq(c: Const, n: bigint): Const | null {
  const size = seqLength(c);
  if (size === null) return null;
  // an empty sequence folds whatever the count (safe_multiply checks only non-empty ones),
  // unless the count is no Py_ssize_t: then the multiplication raises OverflowError, at run
  // time; and it must not loop over the count
  if (size === 0 && (n > 9223372036854775807n || n < -9223372036854775808n)) return null;
  const count = n < 0n || size === 0 ? 0 : Number(n);
  if (c.type === 'str' || c.type === 'bytes') {
    if (size && (n < 0n || n > BigInt(Math.floor(MAX_STR_SIZE / size)))) return null;
  } else if (size && (n < 0n || n > BigInt(Math.floor(MAX_COLLECTION_SIZE / size)))) {
    return null;
  }
  if (c.type === 'str') return { type: 'str', value: c.value.repeat(count) };
  if (c.type === 'bytes') {
    const out = new Uint8Array(c.value.length * count);
    for (let i = 0; i < count; i++) out.set(c.value, i * c.value.length);
    return { type: 'bytes', value: out };
  }
  if (c.type === 'tuple') {
    const items: Const[] = [];
    for (let i = 0; i < count; i++) items.push(...c.items);
    return { type: 'tuple', items };
  }
  return null;
}

function binop(op: A.Operator, l: Const, r: Const): Const | null {
  const ln = asNum(l);
  const rn = asNum(r);
  if (ln && rn) return numericBinop(op, ln, rn);
  if (op === 'Add') {
    if (l.type === 'str' && r.type === 'str') return { type: 'str', value: l.value + r.value };
    if (l.type === 'bytes' && r.type === 'bytes') {
      const out = new Uint8Array(l.value.length + r.value.length);
      out.set(l.value, 0);
      out.set(r.value, l.value.length);
      return { type: 'bytes', value: out };
    }
    if (l.type === 'tuple' && r.type === 'tuple') return { type: 'tuple', items: [...l.items, ...r.items] };
    return null;
  }
  if (op === 'Mult') {
    if (rn && rn.kind === 'int') return repeatSeq(l, rn.v);
    if (ln && ln.kind === 'int') return repeatSeq(r, ln.v);
  }
  return null;
}

function numericBinop(op: A.Operator, l: Num, r: Num): Const | null {
  if (l.kind === 'int' && r.kind === 'int') {
    const a = l.v;
    const b = r.v;
    switch (op) {
      case 'Add':
        return intConst(a + b);
      case 'Sub':
        return intConst(a - b);
      case 'Mult':
        if (a !== 0n && b !== 0n && bitLength(a) + bitLength(b) > MAX_INT_SIZE) return null;
        return intConst(a * b);
      case 'Div': {
        if (b === 0n) return null;
        const lim = 2n ** 53n;
        if (a >= lim || a <= -lim || b >= lim || b <= -lim) return null;
        return floatConst(Number(a) / Number(b));
      }
      case 'FloorDiv':
        return b === 0n ? null : intConst(floorDivBig(a, b));
      case 'Mod':
        return b === 0n ? null : intConst(modBig(a, b));
      case 'Pow': {
        if (b < 0n) {
          if (a === 0n) return null;
          const fa = toFloat(l);
          if (fa === null) return null;
          const res = foldFloatPow(fa, Number(b));
          return res !== null && Number.isFinite(res) ? floatConst(res) : null;
        }
        if (a !== 0n && b > 0n) {
          const vbits = bitLength(a);
          if (BigInt(vbits) > BigInt(MAX_INT_SIZE) / b) return null;
        }
        return intConst(a ** b);
      }
      case 'LShift':
        if (b < 0n) return null;
        if (a !== 0n && b !== 0n) {
          if (b > BigInt(MAX_INT_SIZE) || BigInt(bitLength(a)) > BigInt(MAX_INT_SIZE) - b) return null;
        }
        return intConst(a << b);
      case 'RShift':
        if (b < 0n) return null;
        return intConst(a >> b);
      case 'BitAnd':
        return l.bool && r.bool ? { type: 'bool', value: (a & b) !== 0n } : intConst(a & b);
      case 'BitOr':
        return l.bool && r.bool ? { type: 'bool', value: (a | b) !== 0n } : intConst(a | b);
      case 'BitXor':
        return l.bool && r.bool ? { type: 'bool', value: (a ^ b) !== 0n } : intConst(a ^ b);
      default:
        return null;
    }
  }
  const a = toFloat(l);
  const b = toFloat(r);
  if (a === null || b === null) return null;
  switch (op) {
    case 'Add':
      return floatConst(a + b);
    case 'Sub':
      return floatConst(a - b);
    case 'Mult':
      return floatConst(a * b);
    case 'Div':
      return b === 0 ? null : floatConst(a / b);
    case 'FloorDiv':
      return b === 0 ? null : floatConst(floatDivmod(a, b)[0]);
    case 'Mod':
      return b === 0 ? null : floatConst(floatDivmod(a, b)[1]);
    case 'Pow': {
      if (a === 0 && b < 0) return null;
      if (a < 0 && !Number.isInteger(b) && Number.isFinite(b)) return null;
      if (a === 1 || b === 0) return floatConst(1);
      const res = foldFloatPow(a, b);
      if (res === null || (!Number.isFinite(res) && Number.isFinite(a) && Number.isFinite(b))) return null;
      return floatConst(res);
    }
    default:
      return null;
  }
}

function truthy(c: Const): boolean {
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

function unaryop(op: A.UnaryOperator, c: Const): Const | null {
  if (op === 'Not') return { type: 'bool', value: !truthy(c) };
  const n = asNum(c);
  if (!n) return null;
  switch (op) {
    case 'USub':
      return n.kind === 'int' ? intConst(-n.v) : floatConst(-n.v);
    case 'UAdd':
      return n.kind === 'int' ? intConst(n.v) : floatConst(n.v);
    case 'Invert':
      return n.kind === 'int' ? intConst(~n.v) : null;
  }
}

function subscript(value: Const, index: Const): Const | null {
  const n = asNum(index);
  if (!n || n.kind !== 'int') return null;
  let items: Const[];
  if (value.type === 'str') items = Array.from(value.value).map((ch) => ({ type: 'str', value: ch }) as Const);
  else if (value.type === 'tuple') items = value.items;
  else if (value.type === 'bytes') items = Array.from(value.value).map((b) => intConst(BigInt(b)));
  else return null;
  let i = n.v;
  if (i < 0n) i += BigInt(items.length);
  if (i < 0n || i >= BigInt(items.length)) return null;
  return items[Number(i)];
}

// ------------------------------------------------------------------ the walk

/** Copy-on-write helpers: each returns its input when nothing below it changed. */
function withField<T extends object, K extends keyof T>(node: T, key: K, value: T[K]): T {
  if (node[key] === value) return node;
  const copy = { ...node };
  copy[key] = value;
  return copy;
}

class AstOptimizer {
  private depth = 0;

  /** Under `from __future__ import annotations` annotations are left as parsed (they
   * become strings of their source, compiler/unparse.ts), as CPython's ast_opt.c does. */
  constructor(private readonly futureAnnotations: boolean) {}

  stmts(body: A.Stmt[]): A.Stmt[] {
    let out: A.Stmt[] | null = null;
    for (let i = 0; i < body.length; i++) {
      const s = body[i];
      const r = this.stmt(s);
      if (r !== s && out === null) out = body.slice(0, i);
      if (out !== null) out.push(r);
    }
    return out ?? body;
  }

  stmt(s: A.Stmt): A.Stmt {
    if (++this.depth > MAX_COMPILE_DEPTH) throw new CompileRecursionError();
    const r = this.stmt1(s);
    this.depth--;
    return r;
  }

  private stmt1(s: A.Stmt): A.Stmt {
    switch (s.kind) {
      case 'FunctionDef':
      case 'AsyncFunctionDef': {
        const args = this.args(s.args);
        const body = this.stmts(s.body);
        const decorators = this.exprs(s.decorator_list);
        const returns = this.futureAnnotations ? s.returns : this.optExpr(s.returns);
        if (args === s.args && body === s.body && decorators === s.decorator_list && returns === s.returns) return s;
        return { ...s, args, body, decorator_list: decorators, returns };
      }
      case 'ClassDef': {
        const bases = this.exprs(s.bases);
        const keywords = this.keywords(s.keywords);
        const body = this.stmts(s.body);
        const decorators = this.exprs(s.decorator_list);
        if (bases === s.bases && keywords === s.keywords && body === s.body && decorators === s.decorator_list) return s;
        return { ...s, bases, keywords, body, decorator_list: decorators };
      }
      case 'Return':
        return withField(s, 'value', this.optExpr(s.value));
      case 'Delete':
        return withField(s, 'targets', this.exprs(s.targets));
      case 'Assign': {
        const targets = this.exprs(s.targets);
        const value = this.expr(s.value);
        if (targets === s.targets && value === s.value) return s;
        return { ...s, targets, value };
      }
      case 'AugAssign': {
        const target = this.expr(s.target) as A.Name;
        const value = this.expr(s.value);
        if (target === s.target && value === s.value) return s;
        return { ...s, target, value };
      }
      case 'AnnAssign': {
        const target = this.expr(s.target) as A.Name;
        const annotation = this.futureAnnotations ? s.annotation : this.expr(s.annotation);
        const value = this.optExpr(s.value);
        if (target === s.target && annotation === s.annotation && value === s.value) return s;
        return { ...s, target, annotation, value };
      }
      case 'For':
      case 'AsyncFor': {
        const target = this.expr(s.target);
        let iter = this.expr(s.iter);
        const body = this.stmts(s.body);
        const orelse = this.stmts(s.orelse);
        if (s.kind === 'For') iter = this.foldIter(iter); // CPython folds For's iterable only, not AsyncFor's
        if (target === s.target && iter === s.iter && body === s.body && orelse === s.orelse) return s;
        return { ...s, target, iter, body, orelse };
      }
      case 'While':
      case 'If': {
        const test = this.expr(s.test);
        const body = this.stmts(s.body);
        const orelse = this.stmts(s.orelse);
        if (test === s.test && body === s.body && orelse === s.orelse) return s;
        return { ...s, test, body, orelse };
      }
      case 'With':
      case 'AsyncWith': {
        let items: A.WithItem[] | null = null;
        for (let i = 0; i < s.items.length; i++) {
          const item = s.items[i];
          const contextExpr = this.expr(item.context_expr);
          const optionalVars = this.optExpr(item.optional_vars);
          if (items === null && (contextExpr !== item.context_expr || optionalVars !== item.optional_vars)) items = s.items.slice(0, i);
          if (items !== null) items.push(contextExpr === item.context_expr && optionalVars === item.optional_vars ? item : { ...item, context_expr: contextExpr, optional_vars: optionalVars });
        }
        const body = this.stmts(s.body);
        if (items === null && body === s.body) return s;
        return { ...s, items: items ?? s.items, body };
      }
      case 'Raise': {
        const exc = this.optExpr(s.exc);
        const cause = this.optExpr(s.cause);
        if (exc === s.exc && cause === s.cause) return s;
        return { ...s, exc, cause };
      }
      case 'Try': {
        const body = this.stmts(s.body);
        let handlers: A.ExceptHandler[] | null = null;
        for (let i = 0; i < s.handlers.length; i++) {
          const h = s.handlers[i];
          const type = this.optExpr(h.type);
          const hbody = this.stmts(h.body);
          const changed = type !== h.type || hbody !== h.body;
          if (handlers === null && changed) handlers = s.handlers.slice(0, i);
          if (handlers !== null) handlers.push(changed ? { ...h, type, body: hbody } : h);
        }
        const orelse = this.stmts(s.orelse);
        const finalbody = this.stmts(s.finalbody);
        if (body === s.body && handlers === null && orelse === s.orelse && finalbody === s.finalbody) return s;
        return { ...s, body, handlers: handlers ?? s.handlers, orelse, finalbody };
      }
      case 'Assert': {
        const test = this.expr(s.test);
        const msg = this.optExpr(s.msg);
        if (test === s.test && msg === s.msg) return s;
        return { ...s, test, msg };
      }
      case 'Expr':
        return withField(s, 'value', this.expr(s.value));
      default:
        return s;
    }
  }

  private argList(list: A.Arg[]): A.Arg[] {
    let out: A.Arg[] | null = null;
    for (let i = 0; i < list.length; i++) {
      const a = list[i];
      const r = this.arg(a);
      if (r !== a && out === null) out = list.slice(0, i);
      if (out !== null) out.push(r);
    }
    return out ?? list;
  }

  private arg(a: A.Arg): A.Arg {
    return a.annotation && !this.futureAnnotations ? withField(a, 'annotation', this.expr(a.annotation)) : a;
  }

  private args(a: A.Arguments): A.Arguments {
    const posonlyargs = this.argList(a.posonlyargs);
    const args = this.argList(a.args);
    const kwonlyargs = this.argList(a.kwonlyargs);
    const vararg = a.vararg ? this.arg(a.vararg) : null;
    const kwarg = a.kwarg ? this.arg(a.kwarg) : null;
    const defaults = this.exprs(a.defaults);
    const kwDefaults = this.optExprs(a.kw_defaults);
    if (
      posonlyargs === a.posonlyargs && args === a.args && kwonlyargs === a.kwonlyargs && vararg === a.vararg &&
      kwarg === a.kwarg && defaults === a.defaults && kwDefaults === a.kw_defaults
    ) return a;
    return { ...a, posonlyargs, args, kwonlyargs, vararg, kwarg, defaults, kw_defaults: kwDefaults };
  }

  private exprs<T extends A.Expr>(list: T[]): T[] {
    let out: T[] | null = null;
    for (let i = 0; i < list.length; i++) {
      const e = list[i];
      const r = this.expr(e) as T;
      if (r !== e && out === null) out = list.slice(0, i);
      if (out !== null) out.push(r);
    }
    return out ?? list;
  }

  private optExprs(list: (A.Expr | null)[]): (A.Expr | null)[] {
    let out: (A.Expr | null)[] | null = null;
    for (let i = 0; i < list.length; i++) {
      const e = list[i];
      const r = e ? this.expr(e) : null;
      if (r !== e && out === null) out = list.slice(0, i);
      if (out !== null) out.push(r);
    }
    return out ?? list;
  }

  private optExpr<T extends A.Expr>(e: T | null): T | null {
    return e ? (this.expr(e) as T) : null;
  }

  private keywords(list: A.Keyword[]): A.Keyword[] {
    let out: A.Keyword[] | null = null;
    for (let i = 0; i < list.length; i++) {
      const k = list[i];
      const r = withField(k, 'value', this.expr(k.value));
      if (r !== k && out === null) out = list.slice(0, i);
      if (out !== null) out.push(r);
    }
    return out ?? list;
  }

  private comprehensions(gens: A.Comprehension[]): A.Comprehension[] {
    let out: A.Comprehension[] | null = null;
    for (let i = 0; i < gens.length; i++) {
      const g = gens[i];
      const target = this.expr(g.target);
      let iter = this.expr(g.iter);
      const ifs = this.exprs(g.ifs);
      iter = this.foldIter(iter);
      const changed = target !== g.target || iter !== g.iter || ifs !== g.ifs;
      if (changed && out === null) out = gens.slice(0, i);
      if (out !== null) out.push(changed ? { ...g, target, iter, ifs } : g);
    }
    return out ?? gens;
  }

  expr(e: A.Expr): A.Expr {
    if (++this.depth > MAX_COMPILE_DEPTH) throw new CompileRecursionError();
    const r = this.expr1(e);
    this.depth--;
    return r;
  }

  private expr1(e: A.Expr): A.Expr {
    switch (e.kind) {
      case 'BoolOp':
        return withField(e, 'values', this.exprs(e.values));
      case 'BinOp': {
        const left = this.expr(e.left);
        const right = this.expr(e.right);
        const node = left === e.left && right === e.right ? e : { ...e, left, right };
        if (
          node.op === 'Mod' && left.kind === 'Constant' && constOf(left).type === 'str' &&
          right.kind === 'Tuple' && !right.elts.some((x) => x.kind === 'Starred')
        ) {
          return optimizeFormat(node, (constOf(left) as { value: string }).value, right.elts);
        }
        if (left.kind !== 'Constant' || right.kind !== 'Constant') return node;
        const v = binop(node.op, constOf(left), constOf(right));
        return v ? makeConst(node, v) : node;
      }
      case 'UnaryOp': {
        const arg = this.expr(e.operand);
        if (arg.kind !== 'Constant') {
          if (e.op === 'Not' && arg.kind === 'Compare' && arg.ops.length === 1) {
            const inverted: Partial<Record<A.CmpOperator, A.CmpOperator>> = { Is: 'IsNot', IsNot: 'Is', In: 'NotIn', NotIn: 'In' };
            const op = inverted[arg.ops[0]];
            // CPython copies the Compare node (position included) over the UnaryOp.
            if (op) return { ...arg, ops: [op] };
          }
          return withField(e, 'operand', arg);
        }
        const v = unaryop(e.op, constOf(arg));
        return v ? makeConst(e, v) : withField(e, 'operand', arg);
      }
      case 'NamedExpr':
        return withField(e, 'value', this.expr(e.value));
      case 'Lambda': {
        const args = this.args(e.args);
        const body = this.expr(e.body);
        if (args === e.args && body === e.body) return e;
        return { ...e, args, body };
      }
      case 'IfExp': {
        const test = this.expr(e.test);
        const body = this.expr(e.body);
        const orelse = this.expr(e.orelse);
        if (test === e.test && body === e.body && orelse === e.orelse) return e;
        return { ...e, test, body, orelse };
      }
      case 'Dict': {
        const keys = this.optExprs(e.keys);
        const values = this.exprs(e.values);
        if (keys === e.keys && values === e.values) return e;
        return { ...e, keys, values };
      }
      case 'Set':
        return withField(e, 'elts', this.exprs(e.elts));
      case 'ListComp':
      case 'SetComp':
      case 'GeneratorExp': {
        const elt = this.expr(e.elt);
        const generators = this.comprehensions(e.generators);
        if (elt === e.elt && generators === e.generators) return e;
        return { ...e, elt, generators };
      }
      case 'DictComp': {
        const key = this.expr(e.key);
        const value = this.expr(e.value);
        const generators = this.comprehensions(e.generators);
        if (key === e.key && value === e.value && generators === e.generators) return e;
        return { ...e, key, value, generators };
      }
      case 'Await':
      case 'YieldFrom':
        return withField(e, 'value', this.expr(e.value));
      case 'Yield':
        return withField(e, 'value', this.optExpr(e.value));
      case 'Compare': {
        const left = this.expr(e.left);
        let comparators = this.exprs(e.comparators);
        const last = e.ops.length - 1;
        if (e.ops[last] === 'In' || e.ops[last] === 'NotIn') {
          const folded = this.foldIter(comparators[last]);
          if (folded !== comparators[last]) {
            if (comparators === e.comparators) comparators = comparators.slice();
            comparators[last] = folded;
          }
        }
        if (left === e.left && comparators === e.comparators) return e;
        return { ...e, left, comparators };
      }
      case 'Call': {
        const func = this.expr(e.func);
        const args = this.exprs(e.args);
        const keywords = this.keywords(e.keywords);
        if (func === e.func && args === e.args && keywords === e.keywords) return e;
        return { ...e, func, args, keywords };
      }
      case 'FormattedValue': {
        const value = this.expr(e.value);
        const spec = this.optExpr(e.format_spec);
        if (value === e.value && spec === e.format_spec) return e;
        return { ...e, value, format_spec: spec };
      }
      case 'JoinedStr':
        return withField(e, 'values', this.exprs(e.values));
      case 'Attribute':
        return withField(e, 'value', this.expr(e.value));
      case 'Subscript': {
        const value = this.expr(e.value);
        const slice = this.expr(e.slice);
        if (e.ctx === 'Load' && value.kind === 'Constant' && slice.kind === 'Constant') {
          const v = subscript(constOf(value), constOf(slice));
          if (v) return makeConst(e, v);
        }
        if (value === e.value && slice === e.slice) return e;
        return { ...e, value, slice };
      }
      case 'Starred':
        return withField(e, 'value', this.expr(e.value));
      case 'Slice': {
        const lower = this.optExpr(e.lower);
        const upper = this.optExpr(e.upper);
        const step = this.optExpr(e.step);
        if (lower === e.lower && upper === e.upper && step === e.step) return e;
        return { ...e, lower, upper, step };
      }
      case 'List':
        return withField(e, 'elts', this.exprs(e.elts));
      case 'Tuple': {
        const elts = this.exprs(e.elts);
        if (e.ctx === 'Load') {
          const t = constTuple(elts);
          if (t) return makeConst(e, t);
        }
        return withField(e, 'elts', elts);
      }
      case 'Name':
        if (e.ctx === 'Load' && e.id === '__debug__') return makeConst(e, { type: 'bool', value: true });
        return e;
      case 'Constant':
        return e;
    }
  }

  /** CPython's fold_iter: a list display iterated or tested with `in` becomes a tuple, a set a frozenset. */
  private foldIter(arg: A.Expr): A.Expr {
    if (arg.kind === 'List') {
      if (arg.elts.some((x) => x.kind === 'Starred')) return arg;
      const t = constTuple(arg.elts);
      return t ? makeConst(arg, t) : ({ ...arg, kind: 'Tuple' } as unknown as A.Tuple);
    }
    if (arg.kind === 'Set') {
      const t = constTuple(arg.elts);
      return t && t.type === 'tuple' ? makeConst(arg, { type: 'frozenset', items: dedupe(t.items) }) : arg;
    }
    return arg;
  }
}

// ------------------------------------------------------------------ '%s' % (a, b) -> f-string

const MAXDIGITS = 3;
const NO_POS = { lineno: -1, col_offset: -1, end_lineno: -1, end_col_offset: -1 };

/** CPython 3.11's optimize_format: `'..%s..%r..' % (a, b)` with only %s/%r/%a units (and
 * small widths and precisions) becomes a JoinedStr; otherwise the node is unchanged. */
function optimizeFormat(node: A.BinOp, fmt: string, elts: A.Expr[]): A.Expr {
  const chars = Array.from(fmt);
  let pos = 0;
  let cnt = 0;
  const seq: (A.Constant | A.FormattedValue)[] = [];
  for (;;) {
    // Literal text up to the next single '%'.
    const start = pos;
    let hasPercents = false;
    while (pos < chars.length) {
      if (chars[pos] !== '%') pos++;
      else if (pos + 1 < chars.length && chars[pos + 1] === '%') {
        hasPercents = true;
        pos += 2;
      } else break;
    }
    if (pos !== start) {
      let lit = chars.slice(start, pos).join('');
      if (hasPercents) lit = lit.split('%%').join('%');
      seq.push({ kind: 'Constant', value: { type: 'str', value: lit }, ...NO_POS });
    }
    if (pos >= chars.length) break;
    if (cnt >= elts.length) return node; // more format units than items
    pos++; // the '%'
    const arg = elts[cnt++];
    // simple_format_arg_parse
    let ljust = false;
    let width = -1;
    let prec = -1;
    const next = (): string | null => (pos < chars.length ? chars[pos++] : null);
    let ch = next();
    while (ch !== null && '-+ #0'.includes(ch)) {
      if (ch === '-') ljust = true;
      ch = next();
    }
    if (ch === null) return node;
    if (ch >= '0' && ch <= '9') {
      width = 0;
      let digits = 0;
      while (ch !== null && ch >= '0' && ch <= '9') {
        width = width * 10 + Number(ch);
        ch = next();
        if (ch === null || ++digits >= MAXDIGITS) return node;
      }
    }
    if (ch === '.') {
      ch = next();
      if (ch === null) return node;
      prec = 0;
      let digits = 0;
      while (ch !== null && ch >= '0' && ch <= '9') {
        prec = prec * 10 + Number(ch);
        ch = next();
        if (ch === null || ++digits >= MAXDIGITS) return node;
      }
    }
    if (ch !== 's' && ch !== 'r' && ch !== 'a') return node;
    let spec = '';
    if (!ljust && width > 0) spec += '>';
    if (width >= 0) spec += String(width);
    if (prec >= 0) spec += '.' + String(prec);
    const formatSpec = spec ? ({ kind: 'Constant', value: { type: 'str', value: spec }, ...NO_POS } as A.Constant) : null;
    seq.push({
      kind: 'FormattedValue',
      value: arg,
      conversion: ch.charCodeAt(0),
      format_spec: formatSpec as unknown as A.JoinedStr | null,
      lineno: arg.lineno,
      col_offset: arg.col_offset,
      end_lineno: arg.end_lineno,
      end_col_offset: arg.end_col_offset,
    });
  }
  if (cnt < elts.length) return node; // more items than format units
  return {
    kind: 'JoinedStr',
    values: seq,
    lineno: node.lineno,
    col_offset: node.col_offset,
    end_lineno: node.end_lineno,
    end_col_offset: node.end_col_offset,
  };
}

function constTuple(elts: A.Expr[]): Const | null {
  if (!elts.every((x) => x.kind === 'Constant')) return null;
  return { type: 'tuple', items: elts.map((x) => constOf(x as A.Constant)) };
}

/** Frozenset items in first-seen order without duplicates (1, 1.0 and True are equal in Python). */
function dedupe(items: Const[]): Const[] {
  const out: Const[] = [];
  const seen = new Set<string>();
  for (const c of items) {
    const n = asNum(c);
    const key = n ? `num:${n.kind === 'int' ? n.v.toString() : Number.isInteger(n.v) ? BigInt(n.v).toString() : String(n.v)}` : constKey(c);
    if (!seen.has(key)) {
      seen.add(key);
      out.push(c);
    }
  }
  return out;
}

/** A key identifying a constant for the constant pool (CPython merges equal constants of the same type). */
export function constKey(c: Const): string {
  switch (c.type) {
    case 'int':
      return `i${c.value}`;
    case 'float':
      return `f${Object.is(c.value, -0) ? '-0' : String(c.value)}`;
    case 'str':
      return `s${JSON.stringify(c.value)}`;
    case 'bytes':
      return `b${Array.from(c.value).join(',')}`;
    case 'bool':
      return `B${c.value}`;
    case 'None':
      return 'N';
    case 'Ellipsis':
      return 'E';
    case 'tuple':
      return `t(${c.items.map(constKey).join(';')})`;
    case 'frozenset':
      return `z(${c.items.map(constKey).join(';')})`;
    case 'code':
      return `c${c.value.qualname}@${c.value.firstlineno}:${Math.random()}`;
  }
}

export { MAX_TOTAL_ITEMS };
