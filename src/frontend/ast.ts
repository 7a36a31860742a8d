/*
 * The typed AST: what the parser produces and the symbol table and compiler read.
 *
 * It mirrors CPython's `ast` module (Parser/Python.asdl) node for node and field for field,
 * so anyone who knows `ast.dump` can read it, and so the compiler can follow CPython's
 * compile.c where it is the model. Every node carries a position as CPython's does:
 * `lineno` (1-based), `col_offset` (0-based, in code points of the line),
 * `end_lineno`, `end_col_offset`.
 *
 * Choices:
 *  - Nodes are plain JS objects: they exist only at compile time (the heap rule of
 *    DESIGN.md is about run-time Python objects).
 *  - Discriminated by `kind` (the CPython class name), so a `switch (node.kind)` is
 *    checked for exhaustiveness by TypeScript.
 *  - Constants carry their Python type explicitly (`ConstantValue`), ints as bigint so that
 *    arbitrary precision survives from the literal to the code object.
 *  - f-strings become `JoinedStr` of `Constant` and `FormattedValue` parts, as in CPython.
 */

export interface Position {
  lineno: number;
  col_offset: number;
  end_lineno: number;
  end_col_offset: number;
}

/** A Python constant as it appears in source and in a code object's constant pool. */
export type ConstantValue =
  | { type: 'int'; value: bigint }
  | { type: 'float'; value: number }
  | { type: 'str'; value: string }
  | { type: 'bytes'; value: Uint8Array }
  | { type: 'bool'; value: boolean }
  | { type: 'None' }
  | { type: 'Ellipsis' };

// ---------------------------------------------------------------- module

export interface Module {
  kind: 'Module';
  body: Stmt[];
}

/** One line typed at the interactive REPL (CPython's `single` mode). */
export interface Interactive {
  kind: 'Interactive';
  body: Stmt[];
}

// ---------------------------------------------------------------- statements

export type Stmt =
  | FunctionDef
  | AsyncFunctionDef
  | ClassDef
  | Return
  | Delete
  | Assign
  | AugAssign
  | AnnAssign
  | For
  | AsyncFor
  | While
  | If
  | With
  | AsyncWith
  | Raise
  | Try
  | Assert
  | Import
  | ImportFrom
  | Global
  | Nonlocal
  | ExprStmt
  | Pass
  | Break
  | Continue;

export interface FunctionDef extends Position {
  kind: 'FunctionDef';
  name: string;
  args: Arguments;
  body: Stmt[];
  decorator_list: Expr[];
  returns: Expr | null;
}

export interface AsyncFunctionDef extends Position {
  kind: 'AsyncFunctionDef';
  name: string;
  args: Arguments;
  body: Stmt[];
  decorator_list: Expr[];
  returns: Expr | null;
}

export interface ClassDef extends Position {
  kind: 'ClassDef';
  name: string;
  bases: Expr[];
  keywords: Keyword[];
  body: Stmt[];
  decorator_list: Expr[];
}

export interface Return extends Position {
  kind: 'Return';
  value: Expr | null;
}

export interface Delete extends Position {
  kind: 'Delete';
  targets: Expr[];
}

/** `a = b = value`: targets in source order. */
export interface Assign extends Position {
  kind: 'Assign';
  targets: Expr[];
  value: Expr;
}

export interface AugAssign extends Position {
  kind: 'AugAssign';
  target: Name | Attribute | Subscript;
  op: Operator;
  value: Expr;
}

export interface AnnAssign extends Position {
  kind: 'AnnAssign';
  target: Name | Attribute | Subscript;
  annotation: Expr;
  value: Expr | null;
  /** 1 when the target is a bare name not in parentheses (CPython's `simple`). */
  simple: boolean;
}

export interface For extends Position {
  kind: 'For';
  target: Expr;
  iter: Expr;
  body: Stmt[];
  orelse: Stmt[];
}

export interface AsyncFor extends Position {
  kind: 'AsyncFor';
  target: Expr;
  iter: Expr;
  body: Stmt[];
  orelse: Stmt[];
}

export interface While extends Position {
  kind: 'While';
  test: Expr;
  body: Stmt[];
  orelse: Stmt[];
}

/** `elif` is an `If` alone in the `orelse` of its parent, as in CPython. */
export interface If extends Position {
  kind: 'If';
  test: Expr;
  body: Stmt[];
  orelse: Stmt[];
}

export interface WithItem {
  context_expr: Expr;
  optional_vars: Expr | null;
}

export interface With extends Position {
  kind: 'With';
  items: WithItem[];
  body: Stmt[];
}

export interface AsyncWith extends Position {
  kind: 'AsyncWith';
  items: WithItem[];
  body: Stmt[];
}

export interface Raise extends Position {
  kind: 'Raise';
  exc: Expr | null;
  cause: Expr | null;
}

export interface ExceptHandler extends Position {
  kind: 'ExceptHandler';
  type: Expr | null;
  name: string | null;
  body: Stmt[];
}

export interface Try extends Position {
  kind: 'Try';
  body: Stmt[];
  handlers: ExceptHandler[];
  orelse: Stmt[];
  finalbody: Stmt[];
}

export interface Assert extends Position {
  kind: 'Assert';
  test: Expr;
  msg: Expr | null;
}

export interface Alias extends Position {
  kind: 'alias';
  /** Dotted module name for `import`, a plain name (or `*`) for `from ... import`. */
  name: string;
  asname: string | null;
}

export interface Import extends Position {
  kind: 'Import';
  names: Alias[];
}

export interface ImportFrom extends Position {
  kind: 'ImportFrom';
  /** null for `from . import x`. */
  module: string | null;
  names: Alias[];
  /** Number of leading dots. */
  level: number;
}

export interface Global extends Position {
  kind: 'Global';
  names: string[];
}

export interface Nonlocal extends Position {
  kind: 'Nonlocal';
  names: string[];
}

/** CPython's `Expr` statement (named ExprStmt here so `Expr` can be the union). */
export interface ExprStmt extends Position {
  kind: 'Expr';
  value: Expr;
}

export interface Pass extends Position {
  kind: 'Pass';
}
export interface Break extends Position {
  kind: 'Break';
}
export interface Continue extends Position {
  kind: 'Continue';
}

// ---------------------------------------------------------------- expressions

export type Expr =
  | BoolOp
  | NamedExpr
  | BinOp
  | UnaryOp
  | Lambda
  | IfExp
  | Dict
  | SetExpr
  | ListComp
  | SetComp
  | DictComp
  | GeneratorExp
  | Await
  | Yield
  | YieldFrom
  | Compare
  | Call
  | FormattedValue
  | JoinedStr
  | Constant
  | Attribute
  | Subscript
  | Starred
  | Name
  | List
  | Tuple
  | Slice;

export type ExprContext = 'Load' | 'Store' | 'Del';

export type BoolOperator = 'And' | 'Or';

/** CPython's operator names (ast.Add ...); the compiler maps them to BINARY_OP args. */
export type Operator =
  | 'Add'
  | 'Sub'
  | 'Mult'
  | 'MatMult'
  | 'Div'
  | 'Mod'
  | 'Pow'
  | 'LShift'
  | 'RShift'
  | 'BitOr'
  | 'BitXor'
  | 'BitAnd'
  | 'FloorDiv';

export type UnaryOperator = 'Invert' | 'Not' | 'UAdd' | 'USub';

export type CmpOperator = 'Eq' | 'NotEq' | 'Lt' | 'LtE' | 'Gt' | 'GtE' | 'Is' | 'IsNot' | 'In' | 'NotIn';

/** `a and b and c` is one BoolOp with three values, as in CPython. */
export interface BoolOp extends Position {
  kind: 'BoolOp';
  op: BoolOperator;
  values: Expr[];
}

export interface NamedExpr extends Position {
  kind: 'NamedExpr';
  target: Name;
  value: Expr;
}

export interface BinOp extends Position {
  kind: 'BinOp';
  left: Expr;
  op: Operator;
  right: Expr;
}

export interface UnaryOp extends Position {
  kind: 'UnaryOp';
  op: UnaryOperator;
  operand: Expr;
}

export interface Lambda extends Position {
  kind: 'Lambda';
  args: Arguments;
  body: Expr;
}

export interface IfExp extends Position {
  kind: 'IfExp';
  test: Expr;
  body: Expr;
  orelse: Expr;
}

/** `{**d}` has a null key beside the value `d`, as in CPython. */
export interface Dict extends Position {
  kind: 'Dict';
  keys: (Expr | null)[];
  values: Expr[];
}

/** CPython's `Set` (named SetExpr here to keep JS's Set visible). */
export interface SetExpr extends Position {
  kind: 'Set';
  elts: Expr[];
}

export interface Comprehension {
  target: Expr;
  iter: Expr;
  ifs: Expr[];
  is_async: boolean;
}

export interface ListComp extends Position {
  kind: 'ListComp';
  elt: Expr;
  generators: Comprehension[];
}

export interface SetComp extends Position {
  kind: 'SetComp';
  elt: Expr;
  generators: Comprehension[];
}

export interface DictComp extends Position {
  kind: 'DictComp';
  key: Expr;
  value: Expr;
  generators: Comprehension[];
}

export interface GeneratorExp extends Position {
  kind: 'GeneratorExp';
  elt: Expr;
  generators: Comprehension[];
}

export interface Await extends Position {
  kind: 'Await';
  value: Expr;
}

export interface Yield extends Position {
  kind: 'Yield';
  value: Expr | null;
}

export interface YieldFrom extends Position {
  kind: 'YieldFrom';
  value: Expr;
}

/** `a < b < c`: left = a, ops = [Lt, Lt], comparators = [b, c]. */
export interface Compare extends Position {
  kind: 'Compare';
  left: Expr;
  ops: CmpOperator[];
  comparators: Expr[];
}

/** `**kw` is a Keyword with arg null; `*a` is a Starred in args. */
export interface Keyword extends Position {
  kind: 'keyword';
  arg: string | null;
  value: Expr;
}

export interface Call extends Position {
  kind: 'Call';
  func: Expr;
  args: Expr[];
  keywords: Keyword[];
}

/** conversion: -1 none, 115 's', 114 'r', 97 'a' (CPython's values). */
export interface FormattedValue extends Position {
  kind: 'FormattedValue';
  value: Expr;
  conversion: number;
  format_spec: JoinedStr | null;
}

export interface JoinedStr extends Position {
  kind: 'JoinedStr';
  values: (Constant | FormattedValue)[];
}

export interface Constant extends Position {
  kind: 'Constant';
  value: ConstantValue;
}

export interface Attribute extends Position {
  kind: 'Attribute';
  value: Expr;
  attr: string;
  ctx: ExprContext;
}

export interface Subscript extends Position {
  kind: 'Subscript';
  value: Expr;
  slice: Expr;
  ctx: ExprContext;
}

export interface Starred extends Position {
  kind: 'Starred';
  value: Expr;
  ctx: ExprContext;
}

export interface Name extends Position {
  kind: 'Name';
  id: string;
  ctx: ExprContext;
}

export interface List extends Position {
  kind: 'List';
  elts: Expr[];
  ctx: ExprContext;
}

export interface Tuple extends Position {
  kind: 'Tuple';
  elts: Expr[];
  ctx: ExprContext;
}

export interface Slice extends Position {
  kind: 'Slice';
  lower: Expr | null;
  upper: Expr | null;
  step: Expr | null;
}

// ---------------------------------------------------------------- parameters

export interface Arg extends Position {
  kind: 'arg';
  arg: string;
  annotation: Expr | null;
}

/**
 * `def f(a, /, b, c=1, *args, d, e=2, **kw)`:
 * posonlyargs [a], args [b, c], defaults [1] (for the last of posonly+args),
 * vararg args, kwonlyargs [d, e], kw_defaults [null, 2], kwarg kw.
 */
export interface Arguments {
  posonlyargs: Arg[];
  args: Arg[];
  vararg: Arg | null;
  kwonlyargs: Arg[];
  kw_defaults: (Expr | null)[];
  kwarg: Arg | null;
  defaults: Expr[];
}

export type Node = Stmt | Expr | ExceptHandler | Arg | Keyword | Alias;
