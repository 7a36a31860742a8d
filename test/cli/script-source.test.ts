/*
 * Where the program comes from: a file, `-c CODE`, `-` (stdin) or stdin without a script
 * (not a terminal). Each case's sys.argv and __file__ as CPython 3.11 sets them (the
 * expected lines were printed by python3 3.11.7 with the same arguments and stdin).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const BIN = resolve('bin/gilvm.js');
const PROBE = "import sys\nprint(sys.argv, globals().get('__file__', 'no __file__'), __name__)\n";

function gilvm(args: string[], stdin: string): { stdout: string; status: number | null } {
  const r = spawnSync(process.execPath, [BIN, ...args], { input: stdin, encoding: 'utf8' });
  return { stdout: r.stdout, status: r.status };
}

describe('the program source', () => {
  it('`gilvm run FILE.pyasm` runs assembled code (gilvm dis --asm): the same output, argv and traceback as the .py; an assembly error is exit 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gilvm-pyasm-'));
    try {
      const py = join(dir, 'prog.py');
      writeFileSync(py, "import sys\ndef fib(n):\n    return n if n < 2 else fib(n - 1) + fib(n - 2)\nprint([fib(i) for i in range(8)], sys.argv[1:])\ntry:\n    1 / 0\nexcept ZeroDivisionError as e:\n    print('caught', e)\nraise ValueError('end')\n");
      const asm = spawnSync(process.execPath, [BIN, 'dis', '--asm', py], { encoding: 'utf8' });
      expect(asm.status).toBe(0);
      writeFileSync(join(dir, 'prog.pyasm'), asm.stdout);
      const fromPy = spawnSync(process.execPath, [BIN, py, 'a'], { encoding: 'utf8' });
      for (const args of [['run', join(dir, 'prog.pyasm'), 'a'], [join(dir, 'prog.pyasm'), 'a'], ['--no-gil', join(dir, 'prog.pyasm'), 'a']]) {
        const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
        expect(r.stdout).toBe("[0, 1, 1, 2, 3, 5, 8, 13] ['a']\ncaught division by zero\n");
        expect(r.stdout).toBe(fromPy.stdout);
        expect(r.stderr).toBe(fromPy.stderr);
        expect(r.status).toBe(1);
      }
      writeFileSync(join(dir, 'bad.pyasm'), 'garbage\n');
      const bad = spawnSync(process.execPath, [BIN, join(dir, 'bad.pyasm')], { encoding: 'utf8' });
      expect(bad.status).toBe(1);
      expect(bad.stderr).toMatch(/bad\.pyasm:1:1: expected "\.code"/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  it('`-c CODE args`: argv[0] is -c and there is no __file__', () => {
    expect(gilvm(['-c', PROBE, 'a', 'b'], '')).toEqual({ stdout: "['-c', 'a', 'b'] no __file__ __main__\n", status: 0 });
  });
  it('`- args` reads the program from stdin: argv[0] is -, __file__ <stdin>', () => {
    expect(gilvm(['-', 'x'], PROBE)).toEqual({ stdout: "['-', 'x'] <stdin> __main__\n", status: 0 });
  });
  it('no script with stdin not a terminal reads the program from stdin: argv[0] is empty', () => {
    expect(gilvm([], PROBE)).toEqual({ stdout: "[''] <stdin> __main__\n", status: 0 });
  });
  it('a relative script path is joined to the current directory, not normalized (CPython _Py_abspath)', () => {
    const dir = realpathSync(mkdtempSync(join(tmpdir(), 'gilvm-path-'))); // what the child's getcwd() gives
    try {
      mkdirSync(join(dir, 'sub'));
      writeFileSync(join(dir, 'p.py'), "print(__file__)\n1/0\n");
      for (const path of ['./p.py', 'sub/../p.py', 'p.py']) {
        const r = spawnSync(process.execPath, [BIN, 'run', path], { cwd: dir, input: '', encoding: 'utf8' });
        expect(r.stdout).toBe(`${dir}/${path}\n`);
        expect(r.stderr).toBe(`Traceback (most recent call last):\n  File "${dir}/${path}", line 2, in <module>\n    1/0\n    ~^~\nZeroDivisionError: division by zero\n`);
      }
      const missing = spawnSync(process.execPath, [BIN, 'run', './none.py'], { cwd: dir, input: '', encoding: 'utf8' });
      expect(missing.stderr).toBe(`gilvm: can't open file '${dir}/./none.py': [Errno 2] No such file or directory\n`);
      expect(missing.status).toBe(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  it("the source's encoding: PEP 263's declaration, else UTF-8, with CPython 3.11's errors (no File line)", () => {
    // expected stderr as python3 3.11.7 prints it for the same bytes
    const dir = realpathSync(mkdtempSync(join(tmpdir(), 'gilvm-enc-')));
    try {
      const run = (name: string, bytes: Buffer): { stdout: string; stderr: string; status: number | null } => {
        writeFileSync(join(dir, name), bytes);
        const r = spawnSync(process.execPath, [BIN, 'run', name], { cwd: dir, input: '', encoding: 'utf8' });
        return { stdout: r.stdout, stderr: r.stderr, status: r.status };
      };
      expect(run('undeclared.py', Buffer.from('x = 1\n# coding comes too late: latin-1\ny = "\xe9"\n', 'latin1'))).toEqual({
        stdout: '', status: 1,
        stderr: `SyntaxError: Non-UTF-8 code starting with '\\xe9' in file ${dir}/undeclared.py on line 3, but no encoding declared; see https://peps.python.org/pep-0263/ for details\n`,
      });
      expect(run('unknown.py', Buffer.from('# -*- coding: foobar -*-\nprint(1)\n'))).toEqual({ stdout: '', status: 1, stderr: 'SyntaxError: encoding problem: foobar\n' });
      expect(run('ascii.py', Buffer.from('# coding: ascii\nprint("\xe9")\n', 'latin1'))).toEqual({ stdout: '', status: 1, stderr: 'SyntaxError: encoding problem: ascii\n' });
      expect(run('second.py', Buffer.from('#!/usr/bin/env python3\n# vim: set fileencoding=iso-8859-15 :\nprint("\xa4", "\xe9")\n', 'latin1')))
        .toEqual({ stdout: '\u20ac \u00e9\n', stderr: '', status: 0 });
      expect(run('cp1252.py', Buffer.from('# coding=cp1252\nprint("\x80\x93")\n', 'latin1'))).toEqual({ stdout: '\u20ac\u201c\n', stderr: '', status: 0 });
      // a declaration on line 2 counts only after a comment or blank line 1
      expect(run('late.py', Buffer.from('x = 1\n# coding: latin-1\n', 'latin1')).status).toBe(0);
      // CPython checks a line's UTF-8 only up to a NUL (a C string): the NUL is the error
      // when it comes before the line's first invalid byte (a binary file, as /bin/ls)
      expect(run('nul_first.py', Buffer.from('x = 1\nab\x00\xff\ny = "\xe9"\n', 'latin1'))).toEqual({
        stdout: '', status: 1,
        stderr: `  File "${dir}/nul_first.py", line 2\n    ab\nSyntaxError: source code cannot contain null bytes\n`,
      });
      expect(run('bad_first.py', Buffer.from('x = 1\n\xff\x00\n', 'latin1'))).toEqual({
        stdout: '', status: 1,
        stderr: `SyntaxError: Non-UTF-8 code starting with '\\xff' in file ${dir}/bad_first.py on line 2, but no encoding declared; see https://peps.python.org/pep-0263/ for details\n`,
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  it('a program from stdin reports its errors as <stdin>', () => {
    const r = spawnSync(process.execPath, [BIN, '-'], { input: 'x = 1\nx()\n', encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(
      'Traceback (most recent call last):\n  File "<stdin>", line 2, in <module>\nTypeError: \'int\' object is not callable\n',
    );
  });
});

describe('bad option values', () => {
  // usage errors (commander's message, exit 2), never "gilvm: internal error" (exit 70)
  for (const [option, value, reason] of [
    ['--switch-interval', '0.001', "expected a positive integer, got '0.001'"],
    ['--workers', '0', "expected a positive integer, got '0'"],
    ['--max-heap', 'zz', 'expected a size such as 256M or 2G'],
    ['--max-heap', '1k', 'max heap too small'],
    ['--max-heap', '100G', 'max heap too large'],
    // an interpreter cannot start in less (1.2M hung, 1M was an internal error)
    ['--max-heap', '1200K', 'an interpreter needs 2M'],
    // files written at exit: checked before the run (they were internal errors after it)
    ['--stats-json', '/nonexistent-gilvm-dir/x.json', 'its directory does not exist'],
    ['--heap-report', '/nonexistent-gilvm-dir/h.json', 'its directory does not exist'],
    ['--trace', tmpdir(), 'is a directory'],
  ] as const) {
    it(`${option} ${value} is a usage error`, () => {
      const r = spawnSync(process.execPath, [BIN, 'run', option, value, '-c', 'print(1)'], { input: '', encoding: 'utf8' });
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain(`error: option '${option} `);
      expect(r.stderr).toContain(reason);
      expect(r.stderr).not.toContain('internal error');
    });
  }
});
