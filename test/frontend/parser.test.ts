/*
 * Parser unit tests: tree shapes for precedence and associativity, contexts, and the entry
 * points (parseExpression, parseInteractive). Positions are checked against CPython in
 * ast-compare.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { parseExpression, parseInteractive, parseModule } from '../../src/frontend/parse.js';
import type { Expr } from '../../src/frontend/ast.js';

/** A compact prefix rendering of an expression tree (no positions). */
function show(e: Expr): string {
  switch (e.kind) {
    case 'Name': return e.id;
    case 'Constant': return e.value.type === 'int' ? String(e.value.value) : e.value.type;
    case 'BinOp': return `(${e.op} ${show(e.left)} ${show(e.right)})`;
    case 'UnaryOp': return `(${e.op} ${show(e.operand)})`;
    case 'BoolOp': return `(${e.op} ${e.values.map(show).join(' ')})`;
    case 'Compare': return `(${[show(e.left), ...e.ops.map((o, i) => `${o} ${show(e.comparators[i]!)}`)].join(' ')})`;
    case 'IfExp': return `(if ${show(e.test)} ${show(e.body)} ${show(e.orelse)})`;
    case 'Lambda': return `(lambda ${show(e.body)})`;
    case 'Await': return `(await ${show(e.value)})`;
    case 'Tuple': return `(tuple ${e.elts.map(show).join(' ')})`;
    default: return e.kind;
  }
}

const ex = (s: string) => show(parseExpression(s, '<e>'));

describe('precedence and associativity', () => {
  it.each([
    ['-2**2', '(USub (Pow 2 2))'],
    ['2**-1', '(Pow 2 (USub 1))'],
    ['a**b**c', '(Pow a (Pow b c))'],
    ['a - b - c', '(Sub (Sub a b) c)'],
    ['a + b * c', '(Add a (Mult b c))'],
    ['a | b ^ c & d << e + f', '(BitOr a (BitXor b (BitAnd c (LShift d (Add e f)))))'],
    ['a << b >> c', '(RShift (LShift a b) c)'],
    ['a // b % c / d', '(Div (Mod (FloorDiv a b) c) d)'],
    ['a < b == c', '(a Lt b Eq c)'],
    ['a not in b is not c', '(a NotIn b IsNot c)'],
    ['not a == b', '(Not (a Eq b))'],
    ['a and b and c', '(And a b c)'],
    ['a or b and c or d', '(Or a (And b c) d)'],
    ['not not a', '(Not (Not a))'],
    ['a if b else c if d else e', '(if b a (if d c e))'],
    ['lambda: a if b else c', '(lambda (if b a c))'],
    ['~-+a', '(Invert (USub (UAdd a)))'],
    ['a | b < c', '((BitOr a b) Lt c)'],
    ['1, 2', '(tuple 1 2)'],
  ])('%s', (src, tree) => {
    expect(ex(src)).toBe(tree);
  });
  it('await binds tighter than ** and unary', () => {
    const m = parseModule('async def f():\n    return -await a ** 2\n', 'x.py');
    const fn = m.body[0]!;
    if (fn.kind !== 'AsyncFunctionDef') throw new Error(fn.kind);
    const ret = fn.body[0]!;
    if (ret.kind !== 'Return' || ret.value === null) throw new Error('no return');
    expect(show(ret.value)).toBe('(USub (Pow (await a) 2))');
  });
});

describe('contexts', () => {
  it('assignment targets are Store, del targets Del, loads Load', () => {
    const m = parseModule('a, (b.c, *d) = e\ndel f[0], g\n', 'x.py');
    const assign = m.body[0]!;
    if (assign.kind !== 'Assign') throw new Error(assign.kind);
    const t = assign.targets[0]!;
    if (t.kind !== 'Tuple') throw new Error(t.kind);
    expect(t.ctx).toBe('Store');
    const inner = t.elts[1]!;
    if (inner.kind !== 'Tuple') throw new Error(inner.kind);
    expect(inner.elts.map((x) => (x as { ctx: string }).ctx)).toEqual(['Store', 'Store']);
    const del = m.body[1]!;
    if (del.kind !== 'Delete') throw new Error(del.kind);
    expect(del.targets.map((x) => (x as { ctx: string }).ctx)).toEqual(['Del', 'Del']);
    expect((assign.value as { ctx: string }).ctx).toBe('Load');
  });
  it('annotated assignment: simple only for a bare unparenthesised name', () => {
    const m = parseModule('x: int\n(y): int\nz.a: int = 1\n', 'x.py');
    expect(m.body.map((s) => (s.kind === 'AnnAssign' ? s.simple : null))).toEqual([true, false, false]);
  });
});

describe('entry points', () => {
  it('parseInteractive returns the statements of one input', () => {
    const i = parseInteractive('x = 1; y = 2\n', '<stdin>');
    expect(i.kind).toBe('Interactive');
    expect(i.body.map((s) => s.kind)).toEqual(['Assign', 'Assign']);
  });
  it('parseExpression returns an expression', () => {
    expect(parseExpression('a + 1', '<string>').kind).toBe('BinOp');
  });
  it('the parser instance is reused across parses', () => {
    for (let i = 0; i < 3; i++) expect(parseModule(`x = ${i}\n`, 'x.py').body.length).toBe(1);
  });
});
