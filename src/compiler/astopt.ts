/*
 * Constant folding on the AST before compilation: a port of CPython 3.11's Python/ast_opt.c,
 * so the compiler sees the same tree CPython's compiler sees (and emits the same
 * constants): `-1` and `2 ** 10` become constants, `(1, 2)` becomes one tuple constant,
 * `x in [1, 2]` tests a constant tuple, `for x in [1, 2]` iterates a tuple, `not (a is b)`
 * becomes `a is not b`, `"abc"[0]` folds, `__debug__` is True. Folding stops where CPython's
 * does: results bigger than 128-bit ints, 4096-character strings, 256-item collections are
 * not folded, and an operation that would raise (1/0) is left for run time.
 *
 * The optimizer works on a deep copy of the caller's tree and rewrites it
 * in place. Folded tuples and frozensets are Constant nodes whose value is a compiler
 * `Const` (`{type:'tuple'}` / `{type:'frozenset'}`), a shape the public AST never carries:
 * the folded tree never leaves the compiler.
 */
import type * as A from '../frontend/ast.js';
import type { Const } from './code.js';
import { CompileRecursionError, MAX_COMPILE_DEPTH } from '../frontend/symtable.js';

const MAX_INT_SIZE = 128; // bits
const MAX_COLLECTION_SIZE = 256;
const MAX_STR_SIZE = 4096;
const MAX_TOTAL_ITEMS = 1024;

/** A Constant node's value seen by the compiler (may be a folded tuple). */
export function constOf(e: A.Constant): Const {
  return e.value as Const;
}

function makeConst(node: A.Expr, value: Const): A.Expr {
  const n = node as unknown as Record<string, unknown>;
  for (const key of Object.keys(n)) {
    if (key !== 'lineno' && key !== 'col_offset' && key !== 'end_lineno' && key !== 'end_col_offset') delete n[key];
  }
  n.kind = 'Constant';
  n.value = value;
  return node;
}

/** Returns the optimized copy of a module. */
export function optimizeAst<T extends A.Module | A.Interactive>(mod: T): T {
  const copy = cloneTree(mod);
  const opt = new AstOptimizer();
  for (const s of copy.body) opt.stmt(s);
  return copy;
}

/** Deep copy of an AST (plain objects, arrays, bigints, Uint8Arrays), iterative so that depth
 * costs no JS stack (structuredClone overflows near 2000 levels). */
function cloneTree<T>(root: T): T {
  const fresh = (v: object): object => (Array.isArray(v) ? new Array(v.length) : {});
  const out = fresh(root as object);
  const work: [Record<string, unknown>, Record<string, unknown>][] = [[root as Record<string, unknown>, out as Record<string, unknown>]];
  while (work.length) {
    const [src, dst] = work.pop()!;
    for (const key of Object.keys(src)) {
      const v = src[key];
      if (v instanceof Uint8Array) {
        dst[key] = v.slice();
      } else if (v !== null && typeof v === 'object') {
        const c = fresh(v);
        dst[key] = c;
        work.push([v as Record<string, unknown>, c as Record<string, unknown>]);
      } else {
        dst[key] = v;
      }
    }
  }
  return out as T;
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
  const count = n < 0n ? 0 : Number(n);
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
          const res = Math.pow(fa, Number(b));
          return Number.isFinite(res) ? floatConst(res) : null;
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
      const res = Math.pow(a, b);
      if (!Number.isFinite(res) && Number.isFinite(a) && Number.isFinite(b)) return null;
      if (a === 1 || b === 0) return floatConst(1);
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

class AstOptimizer {
  private depth = 0;

  stmts(body: A.Stmt[]): void {
    for (const s of body) this.stmt(s);
  }

  stmt(s: A.Stmt): void {
    if (++this.depth > MAX_COMPILE_DEPTH) throw new CompileRecursionError();
    switch (s.kind) {
      case 'FunctionDef':
      case 'AsyncFunctionDef':
        this.args(s.args);
        this.stmts(s.body);
        this.exprs(s.decorator_list);
        if (s.returns) s.returns = this.expr(s.returns);
        break;
      case 'ClassDef':
        this.exprs(s.bases);
        for (const k of s.keywords) k.value = this.expr(k.value);
        this.stmts(s.body);
        this.exprs(s.decorator_list);
        break;
      case 'Return':
        if (s.value) s.value = this.expr(s.value);
        break;
      case 'Delete':
        this.exprs(s.targets);
        break;
      case 'Assign':
        this.exprs(s.targets);
        s.value = this.expr(s.value);
        break;
      case 'AugAssign':
        s.target = this.expr(s.target) as A.Name;
        s.value = this.expr(s.value);
        break;
      case 'AnnAssign':
        s.target = this.expr(s.target) as A.Name;
        s.annotation = this.expr(s.annotation);
        if (s.value) s.value = this.expr(s.value);
        break;
      case 'For':
      case 'AsyncFor':
        s.target = this.expr(s.target);
        s.iter = this.expr(s.iter);
        this.stmts(s.body);
        this.stmts(s.orelse);
        s.iter = this.foldIter(s.iter);
        break;
      case 'While':
      case 'If':
        s.test = this.expr(s.test);
        this.stmts(s.body);
        this.stmts(s.orelse);
        break;
      case 'With':
      case 'AsyncWith':
        for (const item of s.items) {
          item.context_expr = this.expr(item.context_expr);
          if (item.optional_vars) item.optional_vars = this.expr(item.optional_vars);
        }
        this.stmts(s.body);
        break;
      case 'Raise':
        if (s.exc) s.exc = this.expr(s.exc);
        if (s.cause) s.cause = this.expr(s.cause);
        break;
      case 'Try':
        this.stmts(s.body);
        for (const h of s.handlers) {
          if (h.type) h.type = this.expr(h.type);
          this.stmts(h.body);
        }
        this.stmts(s.orelse);
        this.stmts(s.finalbody);
        break;
      case 'Assert':
        s.test = this.expr(s.test);
        if (s.msg) s.msg = this.expr(s.msg);
        break;
      case 'Expr':
        s.value = this.expr(s.value);
        break;
      default:
        break;
    }
    this.depth--;
  }

  private args(a: A.Arguments): void {
    for (const arg of [...a.posonlyargs, ...a.args, ...a.kwonlyargs]) {
      if (arg.annotation) arg.annotation = this.expr(arg.annotation);
    }
    if (a.vararg?.annotation) a.vararg.annotation = this.expr(a.vararg.annotation);
    if (a.kwarg?.annotation) a.kwarg.annotation = this.expr(a.kwarg.annotation);
    this.exprs(a.defaults);
    a.kw_defaults = a.kw_defaults.map((d) => (d ? this.expr(d) : null));
  }

  private exprs(list: A.Expr[]): void {
    for (let i = 0; i < list.length; i++) list[i] = this.expr(list[i]);
  }

  private comprehensions(gens: A.Comprehension[]): void {
    for (const g of gens) {
      g.target = this.expr(g.target);
      g.iter = this.expr(g.iter);
      this.exprs(g.ifs);
      g.iter = this.foldIter(g.iter);
    }
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
        this.exprs(e.values);
        return e;
      case 'BinOp': {
        e.left = this.expr(e.left);
        e.right = this.expr(e.right);
        if (
          e.op === 'Mod' && e.left.kind === 'Constant' && constOf(e.left).type === 'str' &&
          e.right.kind === 'Tuple' && !e.right.elts.some((x) => x.kind === 'Starred')
        ) {
          return optimizeFormat(e, (constOf(e.left) as { value: string }).value, e.right.elts);
        }
        if (e.left.kind !== 'Constant' || e.right.kind !== 'Constant') return e;
        const v = binop(e.op, constOf(e.left), constOf(e.right));
        return v ? makeConst(e, v) : e;
      }
      case 'UnaryOp': {
        e.operand = this.expr(e.operand);
        const arg = e.operand;
        if (arg.kind !== 'Constant') {
          if (e.op === 'Not' && arg.kind === 'Compare' && arg.ops.length === 1) {
            const inverted: Partial<Record<A.CmpOperator, A.CmpOperator>> = { Is: 'IsNot', IsNot: 'Is', In: 'NotIn', NotIn: 'In' };
            const op = inverted[arg.ops[0]];
            if (op) {
              arg.ops[0] = op;
              // CPython copies the Compare node (position included) over the UnaryOp.
              return arg;
            }
          }
          return e;
        }
        const v = unaryop(e.op, constOf(arg));
        return v ? makeConst(e, v) : e;
      }
      case 'NamedExpr':
        e.value = this.expr(e.value);
        return e;
      case 'Lambda':
        this.args(e.args);
        e.body = this.expr(e.body);
        return e;
      case 'IfExp':
        e.test = this.expr(e.test);
        e.body = this.expr(e.body);
        e.orelse = this.expr(e.orelse);
        return e;
      case 'Dict':
        e.keys = e.keys.map((k) => (k ? this.expr(k) : null));
        this.exprs(e.values);
        return e;
      case 'Set':
        this.exprs(e.elts);
        return e;
      case 'ListComp':
      case 'SetComp':
      case 'GeneratorExp':
        e.elt = this.expr(e.elt);
        this.comprehensions(e.generators);
        return e;
      case 'DictComp':
        e.key = this.expr(e.key);
        e.value = this.expr(e.value);
        this.comprehensions(e.generators);
        return e;
      case 'Await':
      case 'YieldFrom':
        e.value = this.expr(e.value);
        return e;
      case 'Yield':
        if (e.value) e.value = this.expr(e.value);
        return e;
      case 'Compare': {
        e.left = this.expr(e.left);
        this.exprs(e.comparators);
        const last = e.ops.length - 1;
        if (e.ops[last] === 'In' || e.ops[last] === 'NotIn') e.comparators[last] = this.foldIter(e.comparators[last]);
        return e;
      }
      case 'Call':
        e.func = this.expr(e.func);
        this.exprs(e.args);
        for (const k of e.keywords) k.value = this.expr(k.value);
        return e;
      case 'FormattedValue':
        e.value = this.expr(e.value);
        if (e.format_spec) e.format_spec = this.expr(e.format_spec) as A.JoinedStr;
        return e;
      case 'JoinedStr':
        e.values = e.values.map((v) => this.expr(v) as A.Constant | A.FormattedValue);
        return e;
      case 'Attribute':
        e.value = this.expr(e.value);
        return e;
      case 'Subscript': {
        e.value = this.expr(e.value);
        e.slice = this.expr(e.slice);
        if (e.ctx === 'Load' && e.value.kind === 'Constant' && e.slice.kind === 'Constant') {
          const v = subscript(constOf(e.value), constOf(e.slice));
          if (v) return makeConst(e, v);
        }
        return e;
      }
      case 'Starred':
        e.value = this.expr(e.value);
        return e;
      case 'Slice':
        if (e.lower) e.lower = this.expr(e.lower);
        if (e.upper) e.upper = this.expr(e.upper);
        if (e.step) e.step = this.expr(e.step);
        return e;
      case 'List':
        this.exprs(e.elts);
        return e;
      case 'Tuple': {
        this.exprs(e.elts);
        if (e.ctx !== 'Load') return e;
        const t = constTuple(e.elts);
        return t ? makeConst(e, t) : e;
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
      const tuple = arg as unknown as A.Tuple;
      (tuple as { kind: string }).kind = 'Tuple';
      const t = constTuple(tuple.elts);
      return t ? makeConst(tuple, t) : tuple;
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
