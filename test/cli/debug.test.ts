/*
 * `gilvm debug` (issue 7): scripted sessions with exact expected transcripts.
 *
 * Every test/debug/NAME.cmds is a session: its first line is `# gilvm debug [OPTIONS] FILE`
 * (the command line, FILE relative to test/debug), the other lines are typed at the
 * prompt (stdin is a pipe, so the debugger echoes each command after its prompt). The
 * whole output, stdout and stderr merged in the order they were written, must equal
 * test/debug/NAME.out, heap addresses (0x...) aside. The debugger runs every thread itself, deterministically, so a
 * threaded session replays byte for byte. To regenerate an expected file after a
 * deliberate change: GILVM_UPDATE_DEBUG=1 npx vitest run test/cli/debug.test.ts (then
 * read the diff). The transcripts depend on the instruction counts of the built-in
 * threading module (Thread.start runs Python code): a change there shifts the hand-overs.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const BIN = resolve('bin/gilvm.js');
const DIR = resolve('test/debug');

function runSession(args: string[], input: string): { out: string; status: number | null } {
  // `2>&1` through the shell: one pipe for both streams keeps their relative order
  const quoted = args.map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
  const r = spawnSync('/bin/sh', ['-c', `exec '${process.execPath}' '${BIN}' ${quoted} 2>&1`], {
    cwd: DIR,
    input,
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { out: r.stdout, status: r.status };
}

const sessions = readdirSync(DIR).filter((f) => f.endsWith('.cmds')).sort();

describe('gilvm debug transcripts', () => {
  it('has sessions to run', () => {
    expect(sessions.length).toBeGreaterThanOrEqual(5);
  });
  for (const name of sessions) {
    it(name.replace(/\.cmds$/, ''), () => {
      const text = readFileSync(join(DIR, name), 'utf8');
      const [header, ...commands] = text.split('\n');
      const m = /^# gilvm (debug .*)$/.exec(header!);
      expect(m, `${name}: first line must be '# gilvm debug ... FILE'`).not.toBeNull();
      const { out, status } = runSession(m![1]!.trim().split(/\s+/), commands.join('\n'));
      const transcript = out.replace(/0x[0-9a-f]+/g, '0x...');
      const expectedFile = join(DIR, name.replace(/\.cmds$/, '.out'));
      if (process.env['GILVM_UPDATE_DEBUG'] === '1') writeFileSync(expectedFile, transcript);
      expect(existsSync(expectedFile), `${expectedFile} is missing (GILVM_UPDATE_DEBUG=1 writes it)`).toBe(true);
      expect(transcript).toBe(readFileSync(expectedFile, 'utf8'));
      expect(status).toBe(0);
    }, 120_000);
  }
});

describe('gilvm debug edge cases', () => {
  it('reports a missing script as gilvm run does (exit 2)', () => {
    const { out, status } = runSession(['debug', 'no_such_file.py'], '');
    expect(out).toMatch(/^gilvm: can't open file '.*no_such_file\.py': \[Errno 2\] No such file or directory\n$/);
    expect(status).toBe(2);
  });

  it('quits at the end of its input and repeats a command on an empty line', () => {
    const { out, status } = runSession(['debug', 'squares.py'], 'si\n\n');
    expect(status).toBe(0);
    const stops = out.split('\n').filter((l) => l.startsWith('-->'));
    expect(stops).toEqual(['-->       2 MAKE_FUNCTION            0', '-->       3 STORE_NAME               0 (square)']);
    expect(out.endsWith('(gilvm) \n')).toBe(true);
  });

  it('answers help, and a bad command with one line, and goes on', () => {
    const { out, status } = runSession(['debug', 'squares.py'], 'help\nfrob 1\nh\nq\n');
    expect(status).toBe(0);
    expect(out.match(/si, stepi/g)?.length).toBe(2);
    expect(out).toContain("(gilvm) frob 1\n*** Unknown command 'frob' (type help for the list)\n(gilvm) h\n");
  });

  it('replays a threaded session identically', () => {
    const input = 'b 9\nc\nc\nthreads\ngil\nc\nq\n';
    const first = runSession(['debug', '--switch-interval', '3', 'two_threads.py'], input);
    const second = runSession(['debug', '--switch-interval', '3', 'two_threads.py'], input);
    expect(first.out).toContain('hand-overs so far:');
    expect(second.out).toBe(first.out);
  });
});
