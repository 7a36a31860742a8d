// The disassembler against exact expected listings (CPython 3.11's dis layout with
// instruction-index offsets), and Python reprs of constants checked against CPython's.
import { describe, expect, it } from 'vitest';
import { constRepr, disassemble, disassembleOne, floatRepr, strRepr, bytesRepr } from '../../src/compiler/dis.js';
import { everyKindProgram, makeCode, passProgram, tryExceptProgram } from './fixtures.js';

// CPython 3.11 prints the same listing for this program with byte offsets (x2, plus
// caches) and PRECALL; the columns, `>>` marks, blank lines and exception table agree.
const TRY_EXCEPT_LISTING = `  0           0 RESUME                   0

  1           1 LOAD_CONST               2 ((1,))
              2 LOAD_CONST               1 (<code object f, file "x.py", line 1>)
              3 MAKE_FUNCTION            1 (defaults)
              4 STORE_NAME               0 (f)
              5 LOAD_CONST               0 (None)
              6 RETURN_VALUE

Disassembly of <code object f, file "x.py", line 1>:
  1           0 RESUME                   0

  2           1 NOP

  3           2 LOAD_FAST                0 (a)
              3 LOAD_FAST                1 (b)
              4 BINARY_OP                0 (+)
              5 RETURN_VALUE
        >>    6 PUSH_EXC_INFO

  4           7 LOAD_GLOBAL              0 (ValueError)
              8 CHECK_EXC_MATCH
              9 POP_JUMP_IF_FALSE       26 (to 26)
             10 STORE_FAST               2 (e)

  5          11 LOAD_GLOBAL              3 (NULL + print)
             12 LOAD_FAST                0 (a)
             13 LOAD_CONST               1 ('>3')
             14 FORMAT_VALUE             6 (repr, with format)
             15 CALL                     1
             16 POP_TOP
             17 POP_EXCEPT
             18 LOAD_CONST               0 (None)
             19 STORE_FAST               2 (e)
             20 DELETE_FAST              2 (e)
             21 JUMP_FORWARD            30 (to 30)
        >>   22 LOAD_CONST               0 (None)
             23 STORE_FAST               2 (e)
             24 DELETE_FAST              2 (e)
             25 RERAISE                  1

  4     >>   26 RERAISE                  0
        >>   27 COPY                     3
             28 POP_EXCEPT
             29 RERAISE                  1

  6     >>   30 PUSH_NULL
             31 LOAD_CONST               2 (<code object <listcomp>, file "x.py", line 6>)
             32 MAKE_FUNCTION            0
             33 LOAD_FAST                0 (a)
             34 GET_ITER
             35 CALL                     1
             36 STORE_FAST               3 (x)

  7          37 LOAD_FAST                3 (x)
             38 RETURN_VALUE
ExceptionTable:
  2 to 4 -> 6 [0]
  6 to 10 -> 27 [1] lasti
  11 to 16 -> 22 [1] lasti
  22 to 26 -> 27 [1] lasti

Disassembly of <code object <listcomp>, file "x.py", line 6>:
  6           0 RESUME                   0
              1 BUILD_LIST               0
              2 LOAD_FAST                0 (.0)
        >>    3 FOR_ITER                 8 (to 8)
              4 STORE_FAST               1 (i)
              5 LOAD_FAST                1 (i)
              6 LIST_APPEND              2
              7 JUMP_BACKWARD            3 (to 3)
        >>    8 RETURN_VALUE
`;

describe('disassemble', () => {
  it('prints a tree of code objects exactly as CPython 3.11 lays it out', () => {
    expect(disassemble(tryExceptProgram())).toBe(TRY_EXCEPT_LISTING);
  });

  it('prints the smallest module', () => {
    expect(disassemble(passProgram())).toBe(
      '  0           0 RESUME                   0\n' +
        '\n' +
        '  1           1 LOAD_CONST               0 (None)\n' +
        '              2 RETURN_VALUE\n',
    );
  });

  it('shows every argument kind as CPython does', () => {
    const text = disassemble(everyKindProgram());
    for (const line of [
      '1003           4 LOAD_NAME                1 (x)',
      '               6 BINARY_OP               13 (+=)',
      '              10 COMPARE_OP               2 (==)',
      '              11 POP_JUMP_IF_FALSE       15 (to 15)',
      '              14 IS_OP                    1',
      '1005     >>   15 LOAD_CONST               2 ("it\'s")',
      '              17 CONTAINS_OP              0',
      '              20 LOAD_GLOBAL              7 (NULL + print)',
      '              22 FORMAT_VALUE             2 (repr)',
      '              23 FORMAT_VALUE             4 (with format)',
      '              26 LOAD_CONST               8 (-7)',
      '              28 IMPORT_NAME              4 (os)',
      '              29 LOAD_ATTR                5 (path)',
      '              30 RAISE_VARARGS            1',
      '              31 NOP',
      'Disassembly of <code object outer, file "x.py", line 999>:',
      ' 999           0 MAKE_CELL                0 (c)',
      '               3 LOAD_CONST               2 ((\'k\',))',
      '               5 LOAD_CLOSURE             0 (c)',
      '               8 MAKE_FUNCTION           10 (kwdefaults, closure)',
      'Disassembly of <code object inner, file "x.py", line 1000>:',
      '1001           4 LOAD_DEREF               2 (c)',
    ]) {
      expect(text.split('\n')).toContain(line);
    }
    // Nested code objects come depth first, in co_consts order.
    expect(text.indexOf('code object outer')).toBeLessThan(text.indexOf('code object inner'));
  });

  it('leaves out the line column when no instruction has a line', () => {
    const code = makeCode({ consts: [{ type: 'None' }], instrs: [['LOAD_CONST', 0], ['RETURN_VALUE']] });
    expect(disassembleOne(code)).toBe('          0 LOAD_CONST               0 (None)\n          1 RETURN_VALUE\n');
  });

  it('marks the current instruction with -->', () => {
    expect(disassembleOne(passProgram(), 1).split('\n')[2]).toBe('  1 -->       1 LOAD_CONST               0 (None)');
  });

  it('skips instructions without a line when finding line starts (findlinestarts)', () => {
    const code = makeCode({
      consts: [{ type: 'None' }],
      instrs: [['NOP', 0, 5], ['NOP', 0, -1], ['NOP', 0, 5], ['NOP', 0, 6]],
    });
    expect(disassembleOne(code)).toBe(
      '  5           0 NOP\n              1 NOP\n              2 NOP\n\n  6           3 NOP\n',
    );
  });
});

describe('Python reprs', () => {
  it('floats like repr(float)', () => {
    const cases: [number, string][] = [
      [1, '1.0'], [1e16, '1e+16'], [1e15, '1000000000000000.0'], [0.0001, '0.0001'], [0.00001, '1e-05'],
      [-0, '-0.0'], [Infinity, 'inf'], [-Infinity, '-inf'], [NaN, 'nan'], [0.1 + 0.2, '0.30000000000000004'],
      [1.5e-7, '1.5e-07'], [123456789012345680000, '1.2345678901234568e+20'], [5e-324, '5e-324'], [1.7976931348623157e308, '1.7976931348623157e+308'],
      [-2.5, '-2.5'], [100, '100.0'],
    ];
    for (const [x, repr] of cases) expect(floatRepr(x)).toBe(repr);
  });

  it('strings and bytes like repr()', () => {
    expect(strRepr("it's")).toBe('"it\'s"');
    expect(strRepr('both \' and "')).toBe("'both \\' and \"'");
    expect(strRepr('q"\'\n\t\\\x00é\u2028😀\x7f\xa0')).toBe("'q\"\\'\\n\\t\\\\\\x00é\\u2028😀\\x7f\\xa0'");
    expect(bytesRepr(Uint8Array.from([0x61, 0x27, 0x00, 0xff, 0x5c]))).toBe('b"a\'\\x00\\xff\\\\"');
  });

  it('tuples, frozensets, code objects', () => {
    expect(constRepr({ type: 'tuple', items: [] })).toBe('()');
    expect(constRepr({ type: 'tuple', items: [{ type: 'int', value: 1n }] })).toBe('(1,)');
    expect(constRepr({ type: 'frozenset', items: [] })).toBe('frozenset()');
    expect(constRepr({ type: 'frozenset', items: [{ type: 'bool', value: true }, { type: 'Ellipsis' }] })).toBe('frozenset({True, Ellipsis})');
    expect(constRepr({ type: 'code', value: passProgram() })).toBe('<code object <module>, file "x.py", line 1>');
  });
});
