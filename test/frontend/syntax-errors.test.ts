/*
 * Syntax errors as CPython 3.11 reports them: every test/frontend/bad/X.py is compiled and the
 * printed report (formatSyntaxError: file, line, source line, caret, message) must equal
 * X.err, which scripts/gen_frontend_bad_expected.py writes from `python3 X.py`. Plus the
 * constructs gilvm rejects on purpose, and deep nesting (a clean error, never a JS stack).
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseModule } from '../../src/frontend/parse.js';
import { compileModule } from '../../src/compiler/compiler.js';
import { COMPILE_RECURSION_MESSAGE, formatSyntaxError, PySyntaxError } from '../../src/frontend/errors.js';

const BAD = fileURLToPath(new URL('./bad/', import.meta.url));

/** The report for a file: parse errors, then the symtable's and compiler's (a repeated
 * parameter name is the symtable's error, as in CPython). */
function report(source: string, filename: string): string {
  try {
    compileModule(parseModule(source, filename), filename, source, () => {});
    return '(parsed)\n';
  } catch (e) {
    if (e instanceof PySyntaxError) return formatSyntaxError(e);
    throw e;
  }
}

function errorOf(source: string, origin: 'file' | 'string' = 'string'): PySyntaxError {
  try {
    parseModule(source, 'x.py', origin);
  } catch (e) {
    if (e instanceof PySyntaxError) return e;
    throw e;
  }
  throw new Error('parsed without error');
}

describe('bad files report what CPython reports', () => {
  const files = readdirSync(BAD).filter((f) => f.endsWith('.py')).sort();
  it('has bad files', () => expect(files.length).toBeGreaterThan(40));
  for (const f of files) {
    it(f, () => {
      const expected = readFileSync(BAD + f.replace(/\.py$/, '.err'), 'utf8');
      expect(readFileSync(BAD + f.replace(/\.py$/, '.exit'), 'utf8')).toBe('1\n');
      expect(report(readFileSync(BAD + f, 'utf8'), f)).toBe(expected);
    });
  }
});

describe('error fields', () => {
  it('expected an indented block at EOF points at the header NEWLINE with no end (CPython: 1, 6, -1)', () => {
    const e = errorOf('if x:\n');
    expect([e.kind, e.msg, e.lineno, e.offset, e.end_offset]).toEqual(
      ['IndentationError', "expected an indented block after 'if' statement on line 1", 1, 6, -1]);
  });
  it('expected an indented block at EOF: the last line, offset 0 (file) or past its end (string)', () => {
    const src = 'def f():\n    """doc"""\n    if x:\n\n  # c\n';
    const fromFile = errorOf(src, 'file');
    expect([fromFile.lineno, fromFile.offset, fromFile.text, fromFile.end_offset]).toEqual([5, 0, '  # c', -1]);
    const fromString = errorOf(src, 'string');
    expect([fromString.lineno, fromString.offset, fromString.end_offset]).toEqual([5, 6, -1]);
  });
  it('a NEWLINE after a comment starts at the comment (CPython: 1, 9, 18)', () => {
    const e = errorOf('x = 1 + # comment\n');
    expect([e.msg, e.lineno, e.offset, e.end_offset]).toEqual(['invalid syntax', 1, 9, 18]);
    const colon = errorOf('for x in y # c\n  pass\n');
    expect([colon.msg, colon.offset, colon.end_offset]).toEqual(["expected ':'", 12, 15]);
  });
  it('a TabError on the line of an expected block wins over the missing block', () => {
    const e = errorOf('if True:\n\tif True:\n        pass\n');
    expect([e.kind, e.lineno]).toEqual(['TabError', 3]);
  });
});

describe('constructs gilvm rejects by name', () => {
  it.each([
    ['match x:\n    case 1:\n        pass\n', "'match' statements are not supported by gilvm"],
    ['type X = int\n', "'type' statements are not supported by gilvm"],
    ['try:\n    pass\nexcept* E:\n    pass\n', "'except*' is not supported by gilvm"],
    ['x = a @ b\n', "matrix multiplication ('@') is not supported by gilvm"],
    ['x @= b\n', "matrix multiplication ('@=') is not supported by gilvm"],
  ])('%j', (src, msg) => {
    expect(errorOf(src).msg).toBe(msg);
  });
  it('soft keywords stay names', () => {
    expect(() => parseModule('match = 3\nmatch(x)\nmatch.x = 1\ntype = 2\ntype(x)\n', 'x.py')).not.toThrow();
  });
});

describe('deep nesting fails cleanly or parses', () => {
  it('201 brackets: too many nested parentheses (lexer)', () => {
    expect(errorOf('('.repeat(201) + 'x' + ')'.repeat(201)).msg).toBe('too many nested parentheses');
  });
  it('prefix operators use no recursion', () => {
    expect(() => parseModule('-'.repeat(100000) + 'x\n', 'x.py')).not.toThrow();
    expect(() => parseModule('not '.repeat(100000) + 'x\n', 'x.py')).not.toThrow();
    expect(() => parseModule('a' + '.b'.repeat(50000) + '\n', 'x.py')).not.toThrow();
  });
  it('deep lambda / power / if-else nesting gives CPython\'s RecursionError, not a JS stack overflow', () => {
    for (const src of ['lambda: '.repeat(5000) + 'x\n', Array(5000).fill('2').join('**') + '\n', 'x = ' + '1 if a else '.repeat(5000) + 'x\n']) {
      const e = errorOf(src);
      expect(e.kind).toBe('RecursionError');
      expect(e.msg).toBe(COMPILE_RECURSION_MESSAGE);
      expect(formatSyntaxError(e)).toBe('RecursionError: maximum recursion depth exceeded during compilation\n');
    }
  });
  // CPython 3.11 accepts 200 nested brackets of every kind (201: too many nested parentheses).
  it.each([
    ['parentheses', (n: number) => '('.repeat(n) + '1' + ')'.repeat(n)],
    ['lists', (n: number) => '['.repeat(n) + '1' + ']'.repeat(n)],
    ['dicts', (n: number) => '{1: '.repeat(n) + '1' + '}'.repeat(n)],
    ['calls', (n: number) => 'f('.repeat(n) + '1' + ')'.repeat(n)],
    ['subscripts', (n: number) => 'a['.repeat(n) + '1' + ']'.repeat(n)],
    ['slices', (n: number) => 'a[1:'.repeat(n) + '1' + ']'.repeat(n)],
    ['sums', (n: number) => '(1 + '.repeat(n) + '1' + ')'.repeat(n)],
    ['negations', (n: number) => '-('.repeat(n) + '1' + ')'.repeat(n)],
    ['nots', (n: number) => '(not '.repeat(n) + 'x' + ')'.repeat(n)],
    ['comparisons', (n: number) => '(a < '.repeat(n) + 'x' + ')'.repeat(n)],
    ['and/or', (n: number) => '(a and b or '.repeat(n) + 'x' + ')'.repeat(n)],
    ['keyword arguments', (n: number) => 'f(a='.repeat(n) + 'x' + ')'.repeat(n)],
    ['tuples', (n: number) => '(1, '.repeat(n) + 'x' + ')'.repeat(n)],
    ['mixed', (n: number) => Array.from({ length: n }, (_, i) => ['(', '[', 'f(', 'a[', '{'][i % 5]).join('') + 'x' +
      Array.from({ length: n }, (_, i) => [')', ']', ')', ']', '}'][(n - 1 - i) % 5]).join('')],
  ])('200 nested %s parse', (_name, gen) => {
    expect(parseModule('x = ' + gen(200) + '\n', 'x.py').body.length).toBe(1);
    expect(errorOf('x = ' + gen(201) + '\n').msg).toBe('too many nested parentheses');
  });
  it('200 nested brackets inside an f-string field parse', () => {
    expect(() => parseModule('x = f"{' + '('.repeat(199) + '1' + ')'.repeat(199) + '}"\n', 'x.py')).not.toThrow();
  });
  it('100,000 lines parse', () => {
    expect(parseModule('x = 1\n'.repeat(100000), 'x.py').body.length).toBe(100000);
  });
});
