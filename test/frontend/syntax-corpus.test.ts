// The bad-file set: for each test/syntax-errors/X.py, the front end must print exactly what
// CPython 3.11 printed (X.err: File line, source line, caret, message), or compile when
// CPython ran the file (exit 0). Files marked `# gilvm-only: SyntaxError` are valid Python
// outside gilvm's subset: they must give a SyntaxError naming the construct.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileSource } from '../../src/compiler/compile-source.js';
import { formatSyntaxError, PySyntaxError } from '../../src/frontend/errors.js';
import { decodeSource } from '../../src/cli/source.js';

const DIR = 'test/syntax-errors';
const files = readdirSync(DIR).filter((f) => f.endsWith('.py')).sort();

/** What our front end prints for a file: '' when it compiles, else the error block. */
function frontEndOutput(file: string): string {
  const bytes = readFileSync(join(DIR, file));
  try {
    compileSource(decodeSource(bytes, file), file);
    return '';
  } catch (e) {
    if (e instanceof PySyntaxError) return formatSyntaxError(e);
    throw e;
  }
}

describe('syntax errors match CPython', () => {
  it('has a corpus', () => {
    expect(files.length).toBeGreaterThanOrEqual(30);
  });
  for (const file of files) {
    const base = file.slice(0, -3);
    const source = readFileSync(join(DIR, file), 'utf8');
    if (source.includes('# gilvm-only: SyntaxError')) {
      it(`${file}: rejected as outside the subset`, () => {
        const out = frontEndOutput(file);
        expect(out).toMatch(/SyntaxError: .*match/);
      });
      continue;
    }
    const exit = Number(readFileSync(join(DIR, `${base}.exit`), 'utf8').trim());
    it(`${file}`, () => {
      const out = frontEndOutput(file);
      if (exit === 0) {
        expect(out).toBe('');
      } else {
        const expected = existsSync(join(DIR, `${base}.err`)) ? readFileSync(join(DIR, `${base}.err`), 'utf8') : '';
        expect(out).toBe(expected);
      }
    });
  }
});
