/*
 * Expression AST back to source text: a port of CPython 3.11's Python/ast_unparse.c
 * (_PyAST_ExprAsUnicode), which gives each annotation its string under
 * `from __future__ import annotations` (PEP 563; compiler.ts).
 *
 * The text is CPython's to the character: its precedence levels (PR_TUPLE ... PR_ATOM) decide
 * the parentheses (only where needed, so `(a + b) * c` keeps them and `a + (b * c)` loses
 * them), its spacing (`a + b`, `x[1:2]`, `f(a, *b, k=1, **c)`, `lambda x: x`, `{1: 2}`), its
 * special cases (`1 .real`, a lone generator argument `f(x for x in y)`, `(yield)`, `x[()]`,
 * `(1,)`) and its quirks (`lambda` followed directly by `*` when the lambda has no positional
 * parameters: `lambda*a: 1`, as 3.11 prints it). Constants are printed by repr: str and
 * bytes with Python's quote choice and escapes, floats by the shortest round-trip repr with
 * `inf` written `1e309`, `...` for Ellipsis. f-strings are rebuilt as CPython does: the body
 * (literal parts with braces doubled, `{expr!c:spec}` fields) then repr'd after an `f`.
 *
 * Input is the tree as parsed (the optimizer leaves annotations alone under the future, as
 * CPython's ast_opt.c does), so a folded tuple or frozenset constant is not expected here.
 * Pure functions of the tree; no heap access (the repr helpers below follow objects/str.ts
 * and objects/bytes.ts, which the compiler does not import: they pull in the VM).
 */
import type * as A from '../frontend/ast.js';
import { floatRepr } from '../objects/numfmt.js';
import { reprString } from '../objects/str.js';

// CPython's precedence levels (ast_unparse.c's enum).
const PR_TUPLE = 0;
const PR_TEST = 1; // 'if'-'else', 'lambda'
const PR_OR = 2;
const PR_AND = 3;
const PR_NOT = 4;
const PR_CMP = 5;
const PR_EXPR = 6;
const PR_BOR = PR_EXPR;
const PR_BXOR = 7;
const PR_BAND = 8;
const PR_SHIFT = 9;
const PR_ARITH = 10;
const PR_TERM = 11;
const PR_FACTOR = 12;
const PR_POWER = 13;
const PR_AWAIT = 14;
const PR_ATOM = 15;

const BINOPS: Record<A.Operator, readonly [string, number]> = {
  Add: [' + ', PR_ARITH], Sub: [' - ', PR_ARITH],
  Mult: [' * ', PR_TERM], MatMult: [' @ ', PR_TERM], Div: [' / ', PR_TERM], Mod: [' % ', PR_TERM], FloorDiv: [' // ', PR_TERM],
  LShift: [' << ', PR_SHIFT], RShift: [' >> ', PR_SHIFT],
  BitOr: [' | ', PR_BOR], BitXor: [' ^ ', PR_BXOR], BitAnd: [' & ', PR_BAND],
  Pow: [' ** ', PR_POWER],
};

const UNARYOPS: Record<A.UnaryOperator, readonly [string, number]> = {
  Invert: ['~', PR_FACTOR], Not: ['not ', PR_NOT], UAdd: ['+', PR_FACTOR], USub: ['-', PR_FACTOR],
};

const CMPOPS: Record<A.CmpOperator, string> = {
  Eq: ' == ', NotEq: ' != ', Lt: ' < ', LtE: ' <= ', Gt: ' > ', GtE: ' >= ',
  Is: ' is ', IsNot: ' is not ', In: ' in ', NotIn: ' not in ',
};

/** The source text CPython gives an annotation under `from __future__ import annotations`. */
export function unparseAnnotation(e: A.Expr): string {
  return unparse(e, PR_TEST);
}

/** `e` as source text, parenthesized if its precedence is below `level`. */
export function unparse(e: A.Expr, level: number): string {
  switch (e.kind) {
    case 'BoolOp': {
      const [op, pr] = e.op === 'And' ? [' and ', PR_AND] : [' or ', PR_OR];
      return paren(level > pr, e.values.map((v) => unparse(v, pr + 1)).join(op));
    }
    case 'BinOp': {
      const [op, pr] = BINOPS[e.op];
      const rassoc = e.op === 'Pow' ? 1 : 0;
      return paren(level > pr, unparse(e.left, pr + rassoc) + op + unparse(e.right, pr + 1 - rassoc));
    }
    case 'UnaryOp': {
      const [op, pr] = UNARYOPS[e.op];
      return paren(level > pr, op + unparse(e.operand, pr));
    }
    case 'Lambda': {
      const positional = e.args.args.length + e.args.posonlyargs.length;
      return paren(level > PR_TEST, (positional ? 'lambda ' : 'lambda') + unparseArgs(e.args) + ': ' + unparse(e.body, PR_TEST));
    }
    case 'IfExp':
      return paren(level > PR_TEST,
        unparse(e.body, PR_TEST + 1) + ' if ' + unparse(e.test, PR_TEST + 1) + ' else ' + unparse(e.orelse, PR_TEST));
    case 'Dict': {
      const items = e.values.map((v, i) => {
        const k = e.keys[i];
        return k ? unparse(k, PR_TEST) + ': ' + unparse(v, PR_TEST) : '**' + unparse(v, PR_EXPR);
      });
      return '{' + items.join(', ') + '}';
    }
    case 'Set':
      return '{' + e.elts.map((x) => unparse(x, PR_TEST)).join(', ') + '}';
    case 'GeneratorExp':
      return '(' + unparse(e.elt, PR_TEST) + comprehensions(e.generators) + ')';
    case 'ListComp':
      return '[' + unparse(e.elt, PR_TEST) + comprehensions(e.generators) + ']';
    case 'SetComp':
      return '{' + unparse(e.elt, PR_TEST) + comprehensions(e.generators) + '}';
    case 'DictComp':
      return '{' + unparse(e.key, PR_TEST) + ': ' + unparse(e.value, PR_TEST) + comprehensions(e.generators) + '}';
    case 'Yield':
      return e.value ? '(yield ' + unparse(e.value, PR_TEST) + ')' : '(yield)';
    case 'YieldFrom':
      return '(yield from ' + unparse(e.value, PR_TEST) + ')';
    case 'Await':
      return paren(level > PR_AWAIT, 'await ' + unparse(e.value, PR_ATOM));
    case 'Compare': {
      let out = unparse(e.left, PR_CMP + 1);
      for (let i = 0; i < e.ops.length; i++) out += CMPOPS[e.ops[i]] + unparse(e.comparators[i], PR_CMP + 1);
      return paren(level > PR_CMP, out);
    }
    case 'Call': {
      const func = unparse(e.func, PR_ATOM);
      if (e.args.length === 1 && e.keywords.length === 0 && e.args[0].kind === 'GeneratorExp') {
        return func + unparse(e.args[0], PR_TEST); // a lone generator argument keeps one pair of parentheses
      }
      const parts = e.args.map((a) => unparse(a, PR_TEST));
      for (const k of e.keywords) parts.push((k.arg === null ? '**' : k.arg + '=') + unparse(k.value, PR_TEST));
      return func + '(' + parts.join(', ') + ')';
    }
    case 'Constant':
      return constantRepr(e.value);
    case 'JoinedStr':
      return 'f' + reprString(fstringBody(e.values));
    case 'FormattedValue':
      return formattedValue(e);
    case 'Attribute': {
      const v = e.value;
      // an int needs a space before the dot (`1 .real`; `1.real` would be a float literal)
      const period = v.kind === 'Constant' && v.value.type === 'int' ? ' .' : '.';
      return unparse(v, PR_ATOM) + period + e.attr;
    }
    case 'Subscript':
      return unparse(e.value, PR_ATOM) + '[' + unparse(e.slice, PR_TUPLE) + ']';
    case 'Starred':
      return '*' + unparse(e.value, PR_EXPR);
    case 'Name':
      return e.id;
    case 'List':
      return '[' + e.elts.map((x) => unparse(x, PR_TEST)).join(', ') + ']';
    case 'Tuple': {
      if (e.elts.length === 0) return '()';
      const body = e.elts.map((x) => unparse(x, PR_TEST)).join(', ') + (e.elts.length === 1 ? ',' : '');
      return paren(level > PR_TUPLE, body);
    }
    case 'Slice': {
      let out = e.lower ? unparse(e.lower, PR_TEST) : '';
      out += ':';
      if (e.upper) out += unparse(e.upper, PR_TEST);
      if (e.step) out += ':' + unparse(e.step, PR_TEST);
      return out;
    }
    case 'NamedExpr':
      return paren(level > PR_TUPLE, unparse(e.target, PR_ATOM) + ' := ' + unparse(e.value, PR_ATOM));
    default: {
      const never: never = e;
      throw new Error(`internal: cannot unparse ${(never as A.Expr).kind}`);
    }
  }
}

function paren(cond: boolean, s: string): string {
  return cond ? '(' + s + ')' : s;
}

function comprehensions(gens: A.Comprehension[]): string {
  let out = '';
  for (const g of gens) {
    out += (g.is_async ? ' async for ' : ' for ') + unparse(g.target, PR_TUPLE) + ' in ' + unparse(g.iter, PR_TEST + 1);
    for (const c of g.ifs) out += ' if ' + unparse(c, PR_TEST + 1);
  }
  return out;
}

function unparseArg(a: A.Arg): string {
  return a.annotation ? a.arg + ': ' + unparse(a.annotation, PR_TEST) : a.arg;
}

/** A lambda's parameter list (ast_unparse.c append_ast_args). */
function unparseArgs(args: A.Arguments): string {
  const parts: string[] = [];
  const positional = [...args.posonlyargs, ...args.args];
  for (let i = 0; i < positional.length; i++) {
    let s = unparseArg(positional[i]);
    const di = i - positional.length + args.defaults.length;
    if (di >= 0) s += '=' + unparse(args.defaults[di], PR_TEST);
    if (args.posonlyargs.length && i + 1 === args.posonlyargs.length) s += ', /';
    parts.push(s);
  }
  if (args.vararg || args.kwonlyargs.length) parts.push('*' + (args.vararg ? unparseArg(args.vararg) : ''));
  for (let i = 0; i < args.kwonlyargs.length; i++) {
    let s = unparseArg(args.kwonlyargs[i]);
    const di = i - args.kwonlyargs.length + args.kw_defaults.length;
    const d = di >= 0 ? args.kw_defaults[di] : null;
    if (d) s += '=' + unparse(d, PR_TEST);
    parts.push(s);
  }
  if (args.kwarg) parts.push('**' + unparseArg(args.kwarg));
  return parts.join(', ');
}

// ------------------------------------------------------------------ f-strings

/** The text between an f-string's quotes (before repr): literal parts with `{` `}` doubled. */
function fstringBody(values: A.Expr[]): string {
  let out = '';
  for (const v of values) out += fstringElement(v);
  return out;
}

function fstringElement(e: A.Expr): string {
  switch (e.kind) {
    case 'Constant':
      return e.value.type === 'str' ? e.value.value.replace(/\{/g, '{{').replace(/\}/g, '}}') : constantRepr(e.value);
    case 'JoinedStr': // a format spec: its body without quotes
      return fstringBody(e.values);
    case 'FormattedValue':
      return formattedValue(e);
    default:
      throw new Error(`internal: unknown expression kind inside f-string: ${e.kind}`);
  }
}

function formattedValue(e: A.FormattedValue): string {
  // PR_TEST + 1: a lambda (whose ':' would end the field) gets parentheses
  const value = unparse(e.value, PR_TEST + 1);
  let out = (value.startsWith('{') ? '{ ' : '{') + value;
  if (e.conversion > 0) out += '!' + String.fromCharCode(e.conversion);
  if (e.format_spec) out += ':' + fstringElement(e.format_spec);
  return out + '}';
}

// ------------------------------------------------------------------ constants

function constantRepr(c: A.ConstantValue): string {
  switch (c.type) {
    case 'int':
      return c.value.toString();
    case 'float': {
      const r = floatRepr(c.value);
      return c.value === Infinity || c.value === -Infinity ? r.replace('inf', '1e309') : r;
    }
    case 'str':
      return reprString(c.value);
    case 'bytes':
      return reprBytes(c.value);
    case 'bool':
      return c.value ? 'True' : 'False';
    case 'None':
      return 'None';
    case 'Ellipsis':
      return '...';
    default: {
      // a folded constant (tuple, frozenset) never reaches here: annotations are not folded
      const never: never = c;
      throw new Error(`internal: cannot unparse constant ${(never as { type: string }).type}`);
    }
  }
}


/** repr(bytes). */
function reprBytes(data: Uint8Array): string {
  const hasSingle = data.includes(0x27);
  const quote = hasSingle && !data.includes(0x22) ? '"' : "'";
  let out = 'b' + quote;
  for (const c of data) {
    if (c === quote.charCodeAt(0) || c === 0x5c) out += '\\' + String.fromCharCode(c);
    else if (c === 0x09) out += '\\t';
    else if (c === 0x0a) out += '\\n';
    else if (c === 0x0d) out += '\\r';
    else if (c < 0x20 || c >= 0x7f) out += '\\x' + c.toString(16).padStart(2, '0');
    else out += String.fromCharCode(c);
  }
  return out + quote;
}
