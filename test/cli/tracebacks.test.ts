/*
 * Bad input end to end, through the built CLI, against CPython 3.11's full stderr:
 *  - test/tracebacks/X.py: uncaught run-time errors (every traceback line, the source lines
 *    and the ~~^^ position markers, chained exceptions, RecursionError's "[Previous line
 *    repeated N more times]", SystemExit's message and code), run as a script, and those
 *    marked `# gilvm-test: also -c` as `-c SOURCE` too. X.out / X.err / X.c.err / X.exit come from
 *    scripts/gen_traceback_expected.py (python3), never edited by hand. Files named
 *    *_mod.py are modules the programs import.
 *  - test/syntax-errors/X.py: `gilvm run X.py` prints exactly X.err (the whole of CPython's
 *    stderr: File line, source line, carets, message; warnings too) and exits as CPython
 *    did (the front-end test compares the error block alone).
 * Paths: CPython and gilvm both name a script (and the modules it imports) by absolute
 * path; the expected files are relative to their directory, so the output is rewritten.
 * The runs are spawned concurrently: each is a separate gilvm process.
 */
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const BIN = resolve('bin/gilvm.js');

interface Result { stdout: string; stderr: string; status: number }

function gilvm(args: string[], cwd: string): Promise<Result> {
  return new Promise((done) => {
    const child = execFile(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', timeout: 60_000, maxBuffer: 1 << 24 },
      (error, stdout, stderr) => {
        const status = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
        // the script's absolute path (CPython's too) as the expected files write it: relative
        // in `File "..."` lines and in warnings' `path:line:` prefixes
        done({ stdout, stderr: stderr.split(`File "${cwd}/`).join('File "').split(`\n${cwd}/`).join('\n').replace(new RegExp(`^${cwd}/`), ''), status });
      });
    child.stdin?.end();
  });
}

const read = (path: string): string => readFileSync(path, 'utf8');

describe.concurrent('uncaught run-time errors print what python3 prints', () => {
  const dir = realpathSync(resolve('test/tracebacks'));
  const programs = readdirSync(dir).filter((f) => f.endsWith('.py') && !f.endsWith('_mod.py')).sort();
  it('has programs', () => {
    expect(programs.length).toBeGreaterThanOrEqual(30);
  });
  for (const file of programs) {
    const base = join(dir, file.slice(0, -3));
    it(`${file} as a script`, async () => {
      const r = await gilvm(['run', file], dir);
      expect(r.stderr).toBe(read(`${base}.err`));
      expect(r.stdout).toBe(read(`${base}.out`));
      expect(r.status).toBe(Number(read(`${base}.exit`)));
    });
    if (!existsSync(`${base}.c.err`)) continue; // (a program marked `# gilvm-test: also -c`)
    it(`${file} as -c`, async () => {
      const r = await gilvm(['-c', read(join(dir, file))], dir);
      expect(r.stderr).toBe(read(`${base}.c.err`));
      expect(r.stdout).toBe(read(`${base}.out`));
      expect(r.status).toBe(Number(read(`${base}.exit`)));
    });
  }
});

describe.concurrent('syntax errors through the CLI print what python3 prints', () => {
  const dir = realpathSync(resolve('test/syntax-errors'));
  // Every file's message, line and carets are checked in-process (test/frontend/
  // syntax-corpus.test.ts, the same formatting code); through the CLI, which adds only the
  // path, the exit code and the warnings' output, a fixed sample of them and every valid
  // file (a process each: all of them were ~25 s of the suite's 10 minutes)
  const files = readdirSync(dir).filter((f) => f.endsWith('.py')).sort()
    .filter((f) => !read(join(dir, f)).includes('# gilvm-only: SyntaxError'))
    .filter((f, i) => f.startsWith('valid_') || i % 6 === 0);
  for (const file of files) {
    const base = join(dir, file.slice(0, -3));
    it(file, async () => {
      const r = await gilvm(['run', file], dir);
      const exit = Number(read(`${base}.exit`));
      expect(r.stderr).toBe(existsSync(`${base}.err`) ? read(`${base}.err`) : '');
      if (exit === 0) expect(r.stdout).toBe(read(`${base}.out`));
      expect(r.status).toBe(exit);
    });
  }
});

describe.concurrent('syntax errors of a program given as a string', () => {
  // Expected stderr printed by python3 3.11.7 for the same -c argument / stdin. The compile
  // stage's errors (symtable, compiler) show no source line for a string (CPython reads the
  // line back from a file), the parser's do; a program piped on stdin is parsed as a file.
  const cwd = realpathSync(resolve('test/tracebacks'));
  it.each([
    ['x = 1\nreturn x', "  File \"<string>\", line 2\nSyntaxError: 'return' outside function\n"],
    ['def f(a, a): pass', "  File \"<string>\", line 1\nSyntaxError: duplicate argument 'a' in function definition\n"],
    ['def f():\n    @dec\n', '  File "<string>", line 3\n    \n    ^\nIndentationError: unexpected unindent\n'],
    ['if x = 1: pass', "  File \"<string>\", line 1\n    if x = 1: pass\n       ^^^^^\nSyntaxError: invalid syntax. Maybe you meant '==' or ':=' instead of '='?\n"],
  ])('-c %j', async (source, expected) => {
    const r = await gilvm(['-c', source], cwd);
    expect(r.stderr).toBe(expected);
    expect(r.status).toBe(1);
  });
  it.each([
    ['def f():\n    """doc"""\n    if x:\n\n  # c\n', '  File "<stdin>", line 5\n    # c\nIndentationError: expected an indented block after \'if\' statement on line 3\n'],
    ['x = 1\nreturn x\n', '  File "<stdin>", line 2\nSyntaxError: \'return\' outside function\n'],
  ])('stdin %j', async (source, expected) => {
    const r = await new Promise<Result>((done) => {
      const child = execFile(process.execPath, [BIN, '-'], { cwd, encoding: 'utf8' }, (error, stdout, stderr) => {
        done({ stdout, stderr, status: error === null ? 0 : typeof error.code === 'number' ? error.code : -1 });
      });
      child.stdin?.end(source);
    });
    expect(r.stderr).toBe(expected);
    expect(r.status).toBe(1);
  });
});
