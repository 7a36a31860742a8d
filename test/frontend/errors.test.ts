// formatSyntaxError against what CPython 3.11 prints for SyntaxErrors with given fields
// (test/frontend/caret-cases.json, made by scripts/gen_caret_cases.py with python3).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PySyntaxError, formatSyntaxError, compileRecursionError } from '../../src/frontend/errors.js';

interface CaretCase { lineno: number; offset: number; text: string; end_lineno: number; end_offset: number; expected: string }
const cases = JSON.parse(readFileSync('test/frontend/caret-cases.json', 'utf8')) as CaretCase[];

describe('formatSyntaxError', () => {
  for (const c of cases) {
    it(`offset ${c.offset}..${c.end_lineno}:${c.end_offset} of ${JSON.stringify(c.text)}`, () => {
      const e = new PySyntaxError('SyntaxError', 'm', 'f.py', c.lineno, c.offset, c.text, c.end_lineno, c.end_offset);
      expect(formatSyntaxError(e)).toBe(`  File "f.py", line ${c.lineno}\n${c.expected}`);
    });
  }
  it('prints a compile-time RecursionError as CPython does, without a position', () => {
    expect(formatSyntaxError(compileRecursionError('x.py'))).toBe('RecursionError: maximum recursion depth exceeded during compilation\n');
  });
});
