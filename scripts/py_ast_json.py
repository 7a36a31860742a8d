#!/usr/bin/env python3
"""Print CPython's AST of a Python file as JSON in the exact shape of src/frontend/ast.ts.

Usage:  python3 scripts/py_ast_json.py FILE
        python3 scripts/py_ast_json.py -c SOURCE
        python3 scripts/py_ast_json.py --batch FILE...   one line per file: {"file": F, "ast": AST}
                                                         or {"file": F, "error": MESSAGE}

Shape (what test/helpers/cpython-ast.ts loads):
  - every node is an object with `kind` = the CPython class name (so the `Expr` statement is
    'Expr', `Set` is 'Set', keyword/alias/arg keep their lowercase names), and its position
    fields lineno, col_offset, end_lineno, end_col_offset;
  - `arguments`, `comprehension` and `withitem` become objects without kind or position
    (ast.ts's Arguments, Comprehension, WithItem); ExceptHandler keeps its kind;
  - constants are ConstantValue objects: {type:'int', value:"<decimal string>"},
    {type:'float', value: number | "inf" | "-inf" | "nan"}, {type:'str', value},
    {type:'bytes', value:[...]}, {type:'bool', value}, {type:'None'}, {type:'Ellipsis'};
  - ctx is 'Load' / 'Store' / 'Del'; operators are class names ('Add', 'And', 'Eq', ...);
  - AnnAssign.simple and comprehension.is_async are booleans.
Nodes outside our AST (match, TryStar, type aliases, complex constants) are reported as
errors on stderr with exit code 2.
"""
import ast
import json
import math
import sys

NO_KIND = {'arguments', 'comprehension', 'withitem'}
CONTEXTS = {ast.Load: 'Load', ast.Store: 'Store', ast.Del: 'Del'}
POSITION_FIELDS = ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')


class Unsupported(Exception):
    pass


def constant(value):
    if value is None:
        return {'type': 'None'}
    if value is Ellipsis:
        return {'type': 'Ellipsis'}
    if isinstance(value, bool):
        return {'type': 'bool', 'value': value}
    if isinstance(value, int):
        return {'type': 'int', 'value': str(value)}
    if isinstance(value, float):
        if math.isnan(value):
            return {'type': 'float', 'value': 'nan'}
        if math.isinf(value):
            return {'type': 'float', 'value': 'inf' if value > 0 else '-inf'}
        return {'type': 'float', 'value': value}
    if isinstance(value, str):
        return {'type': 'str', 'value': value}
    if isinstance(value, bytes):
        return {'type': 'bytes', 'value': list(value)}
    raise Unsupported('constant of type %s' % type(value).__name__)


def convert(node):
    if isinstance(node, list):
        return [convert(x) for x in node]
    if node is None or isinstance(node, (str, int)) and not isinstance(node, bool):
        return node
    if isinstance(node, ast.expr_context):
        return CONTEXTS[type(node)]
    if isinstance(node, (ast.operator, ast.unaryop, ast.cmpop, ast.boolop)):
        return type(node).__name__
    if not isinstance(node, ast.AST):
        raise Unsupported('value %r' % (node,))
    name = type(node).__name__
    if name in ('Match', 'TryStar', 'TypeAlias'):
        raise Unsupported(name)
    out = {}
    if name not in NO_KIND:
        out['kind'] = name
    for field in node._fields:
        if name == 'Constant' and field == 'kind':
            continue  # the 'u' prefix marker: not in our AST
        if field in ('type_comment', 'type_ignores'):
            continue
        value = getattr(node, field, None)
        if name == 'Constant' and field == 'value':
            out['value'] = constant(value)
        elif name == 'AnnAssign' and field == 'simple':
            out['simple'] = bool(value)
        elif name == 'comprehension' and field == 'is_async':
            out['is_async'] = bool(value)
        elif name == 'ImportFrom' and field == 'level':
            out['level'] = value or 0
        else:
            out[field] = convert(value)
    if name not in NO_KIND and name not in ('Module', 'Interactive'):
        for field in POSITION_FIELDS:
            out[field] = getattr(node, field)
    return out


def batch(files):
    """Many files in one python3 start (the AST comparison test has hundreds)."""
    for filename in files:
        try:
            with open(filename, 'rb') as f:
                tree = convert(ast.parse(f.read(), filename))
            line = {'file': filename, 'ast': tree}
        except (Unsupported, SyntaxError, ValueError) as e:
            line = {'file': filename, 'error': str(e)}
        json.dump(line, sys.stdout, ensure_ascii=True)
        sys.stdout.write('\n')
    return 0


def main(argv):
    if len(argv) >= 1 and argv[0] == '--batch':
        return batch(argv[1:])
    if len(argv) >= 2 and argv[0] == '-c':
        source, filename = argv[1], '<string>'
    elif len(argv) == 1:
        filename = argv[0]
        with open(filename, 'rb') as f:
            source = f.read()
    else:
        print(__doc__, file=sys.stderr)
        return 2
    tree = ast.parse(source, filename)
    try:
        json.dump(convert(tree), sys.stdout, ensure_ascii=True)
    except Unsupported as e:
        print('py_ast_json: unsupported: %s' % e, file=sys.stderr)
        return 2
    sys.stdout.write('\n')
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
