/*
 * The interactive REPL (src/cli/repl.ts).
 *  - Sessions: every test/repl/NAME.in is typed into `gilvm -i [NAME.args]` on a pipe (cwd
 *    test/repl) and stdout, stderr and the exit code must equal what `python3 -i` printed
 *    for the same input (NAME.out / .err / .exit, written by test/repl/gen_expected.py,
 *    CPython's banner left out). piped_*.in run without -i: stdin is the script.
 *  - compileInput: the completeness decisions one by one.
 *  - A terminal session on a pseudo-terminal (python3's pty module): readline prompts,
 *    history, Ctrl-C at the prompt and while code runs, Ctrl-D.
 * Run with cwd = the tree whose bin/gilvm.js (and its dist/) is under test.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileInput } from '../../src/cli/repl.js';

const BIN = resolve('bin/gilvm.js');
const DIR = resolve('test/repl');

function gilvm(args: string[], input: string): { stdout: string; stderr: string; status: number | null } {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: DIR, input, encoding: 'utf8', timeout: 120_000 });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

describe('REPL sessions compared with python3 -i', () => {
  const sessions = readdirSync(DIR).filter((f) => f.endsWith('.in')).map((f) => f.slice(0, -3)).sort();
  it('has sessions', () => {
    expect(sessions.length).toBeGreaterThan(10);
  });
  for (const name of sessions) {
    it(name, () => {
      const path = (ext: string): string => join(DIR, `${name}.${ext}`);
      const args = existsSync(path('args')) ? readFileSync(path('args'), 'utf8').split('\n').filter((l, i, all) => l !== '' || i < all.length - 1) : [];
      const flags = name.startsWith('piped_') ? [] : ['-i'];
      const r = gilvm([...flags, ...args], readFileSync(path('in'), 'utf8'));
      expect(r.stdout).toBe(readFileSync(path('out'), 'utf8'));
      expect(r.stderr).toBe(readFileSync(path('err'), 'utf8'));
      expect(r.status).toBe(Number(readFileSync(path('exit'), 'utf8').trim()));
    });
  }
});

describe('REPL: behaviour python3 cannot be the oracle for', () => {
  it('input() reads the next line of the piped session (python3 -i buffers stdin twice)', () => {
    const r = gilvm(['-i'], 'name = input("who? ")\nworld\nname.upper()\n');
    expect(r.stdout).toBe("who? 'WORLD'\n");
    expect(r.stderr).toBe('>>> >>> >>> \n');
    expect(r.status).toBe(0);
  });

  it('a thread started at the prompt runs, and a later input can start threads again', () => {
    const r = gilvm(['-i'], [
      'import threading',
      'results = []',
      't = threading.Thread(target=lambda: results.append(sum(range(100000))))',
      't.start()',
      't.join(); results',
      'ts = [threading.Thread(target=results.append, args=(i,)) for i in range(3)]',
      'for x in ts: x.start()',
      '',
      'for x in ts: x.join()',
      '',
      'sorted(results[1:]), t.is_alive()',
      '',
    ].join('\n'));
    expect(r.stdout).toBe('[4999950000]\n([0, 1, 2], False)\n');
    expect(r.status).toBe(0);
  });

  it('refuses --check-refs', () => {
    const r = gilvm(['-i', '--check-refs'], '');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/not available in the interactive REPL/);
  });
});

describe('compileInput', () => {
  const state = (lines: string[], atEof = false): string => compileInput(lines, atEof).state;
  const cases: [string[], string][] = [
    [[''], 'empty'],
    [['   '], 'empty'],
    [['# only a comment'], 'empty'],
    [['x = 1'], 'ready'],
    [['x = 1; y = 2'], 'ready'],
    [['f('], 'more'],
    [['f(', ''], 'more'],
    [['f(', '1', ')'], 'ready'],
    [['f(1 2'], 'error'],
    [['x = """a'], 'more'],
    [['x = """a', '', 'b"""'], 'ready'],
    [['x = 1 + \\'], 'more'],
    [['1 +'], 'error'],
    [['for x in y'], 'error'],
    [['if 1:'], 'more'],
    [['if 1:', ''], 'error'],
    [['if 1: pass'], 'more'],
    [['if 1: pass', ''], 'ready'],
    [['if 1:', '    pass'], 'more'],
    [['if 1:', '    pass', '    '], 'more'],
    [['if 1:', '    pass', ''], 'ready'],
    [['if 1:', '    pass', 'else:'], 'more'],
    [['if 1:', '    pass', 'x = 2'], 'error'],
    [['@dec'], 'more'],
    [['@dec', 'def f(): pass'], 'more'],
    [['@dec', 'def f(): pass', ''], 'ready'],
    [['try:', '    pass'], 'more'],
    [['try:', '    pass', ''], 'error'],
    [['class A:', '    def f(self):', '        return (1,'], 'more'],
    [['  x = 1'], 'error'],
    [['return 1'], 'error'],
    [['1)'], 'error'],
    [['if 1:', '    print(1)'], 'more'],
  ];
  for (const [lines, want] of cases) {
    it(`${JSON.stringify(lines)} -> ${want}`, () => {
      expect(state(lines)).toBe(want);
    });
  }

  it('at EOF a pending block is compiled as it stands', () => {
    expect(state(['if 1:', '    print(1)'], true)).toBe('ready');
    expect(state(['x = ('], true)).toBe('error');
  });

  it('reports the statement after a block at its first token, as CPython', () => {
    const r = compileInput(['if 1:', '    y = 1', 'print(y)']);
    expect(r.state).toBe('error');
    if (r.state !== 'error') return;
    expect([r.error.msg, r.error.lineno, r.error.offset, r.error.end_offset]).toEqual(['invalid syntax', 3, 1, 6]);
  });

  it('reports an error that waited for input at the empty line that ended the block', () => {
    const r = compileInput(['if 1:', '']);
    expect(r.state).toBe('error');
    if (r.state !== 'error') return;
    expect([r.error.kind, r.error.lineno, r.error.text]).toEqual(['IndentationError', 2, '']);
  });

  it('prints compiler errors without the source line (CPython cannot re-read <stdin>)', () => {
    const r = compileInput(['return 1']);
    expect(r.state === 'error' && r.error.text).toBe(null);
  });
});

describe('REPL on a terminal', () => {
  function terminalSession(steps: [string, string | null][]): { transcript: string; exit: number | null } {
    const dir = mkdtempSync(join(tmpdir(), 'gilvm-repl-'));
    const stepsFile = join(dir, 'steps.json');
    writeFileSync(stepsFile, JSON.stringify(steps));
    const r = spawnSync('python3', [join(DIR, 'pty_session.py'), stepsFile, process.execPath, BIN], {
      cwd: DIR, encoding: 'utf8', timeout: 120_000,
    });
    return JSON.parse(r.stdout) as { transcript: string; exit: number | null };
  }
  // readline redraws the line with escape sequences: compare the text without them
  const plain = (s: string): string => s.replace(/\x1b\[[0-9;]*[A-Za-z]/g, '').replace(/\r/g, '');

  it('edits, echoes, keeps history, survives Ctrl-C, leaves on Ctrl-D', () => {
    const r = terminalSession([
      ['>>> ', 'x = 41\r'],
      ['>>> ', 'x + 1\r'],
      ['42', null],
      ['>>> ', 'def f():\r'],
      ['... ', '    return "f"\r'],
      ['... ', '\r'],
      ['>>> ', 'f()\r'],
      ["'f'", null],
      ['>>> ', 'unfinished(\x03'],
      ['KeyboardInterrupt', null],
      // history (newest first): f(), '    return "f"', 'def f():', 'x + 1': up x4 runs `x + 1` again
      ['>>> ', '\x1b[A\x1b[A\x1b[A\x1b[A\r'],
      ['42', null],
      ['>>> ', 'while True:\r'],
      ['... ', '    if x == 41: print("spinning"); x = 0\r'],
      ['... ', '\r'],
      ['spinning', '\x03'],
      ['KeyboardInterrupt', null],
      ['>>> ', 'print("still here")\r'],
      ['still here', null],
      // Ctrl-C lands in the running code: an except clause catches it
      ['>>> ', 'try:\r'],
      ['... ', '    while True:\r'],
      ['... ', '        if x == 0: print("spinning again"); x = 1\r'],
      ['... ', 'except KeyboardInterrupt:\r'],
      ['... ', '    print("caught")\r'],
      ['... ', '\r'],
      ['spinning again', '\x03'],
      ['caught', null],
      // input() reads the terminal between prompts (its prompt text is built so that the
      // echo of the typed line does not already contain it)
      ['>>> ', 'name = input("%s? " % "who")\r'],
      ['who? ', 'bob\r'],
      ['>>> ', 'name * 2\r'],
      ["'bobbob'", null],
      // a paste of several lines: every line runs
      ['>>> ', 'a = 1\rb = 2\ra + b\r'],
      ['3', null],
      ['>>> ', '\x04'],
    ]);
    const text = plain(r.transcript);
    expect(text).toMatch(/^gilvm \S+ \(Python 3\.11 subset\) — GIL enabled\n/);
    expect(text).toContain('Traceback (most recent call last):\n  File "<stdin>", line');
    expect(text).toContain('>>> a = 1\nb = 2\na + b\n3\n'); // readline's echo of the paste, then the result
    expect(r.exit).toBe(0);
  });

  it('exit(code) leaves with the code', () => {
    const r = terminalSession([['>>> ', 'exit(7)\r']]);
    expect(r.exit).toBe(7);
  });
});
