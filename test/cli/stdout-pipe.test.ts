/*
 * stdout as CPython 3.11 treats it (vm/output.ts): a reader that goes away makes print
 * raise BrokenPipeError, so a program printing forever ends (it ran on forever, writes
 * failing silently); the exit statuses and stderr below are what python3 3.11.7 gave for
 * the same programs with the same pipes. (-u and PYTHONUNBUFFERED writing every print at
 * once: test/programs/h54_mp_unbuffered.py.)
 */
import { spawn, spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const BIN = resolve('bin/gilvm.js');
const FOREVER = 'i = 0\nwhile True:\n    print(i)\n    i += 1\n';

interface Ended {
  firstChunk: string;
  stderr: string;
  status: number | null;
}

/** Runs gilvm with `args`, closes its stdout after the first chunk read, and waits. */
function closedAfterFirstChunk(args: string[], env: NodeJS.ProcessEnv): Promise<Ended> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [BIN, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let firstChunk: string | null = null;
    let stderr = '';
    const killer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.stdout.once('data', (chunk: Buffer) => {
      firstChunk = chunk.toString('utf8');
      child.stdout.destroy(); // the reader goes: the next write fails with EPIPE
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    child.on('error', fail);
    child.on('close', (status) => {
      clearTimeout(killer);
      done({ firstChunk: firstChunk ?? '', stderr, status });
    });
  });
}

function envWithout(name: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = { ...process.env, ...extra };
  delete env[name];
  return env;
}

describe('stdout whose reader has gone', () => {
  it('unbuffered: the failing print raises BrokenPipeError, status 1', async () => {
    const r = await closedAfterFirstChunk(['-c', FOREVER], { ...process.env, PYTHONUNBUFFERED: '1' });
    expect(r.firstChunk.startsWith('0\n')).toBe(true);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^Traceback \(most recent call last\):\n {2}File "<string>", line 3, in <module>\n/);
    expect(r.stderr.endsWith('BrokenPipeError: [Errno 32] Broken pipe\n')).toBe(true);
    expect(r.stderr).not.toContain('Exception ignored');
  });

  it('block-buffered: the print that fills the buffer raises, the text is lost, status 1', async () => {
    const r = await closedAfterFirstChunk(['-c', FOREVER], envWithout('PYTHONUNBUFFERED'));
    expect(r.status).toBe(1);
    expect(r.stderr.endsWith('BrokenPipeError: [Errno 32] Broken pipe\n')).toBe(true);
    expect(r.stderr).not.toContain('Exception ignored');
  });

  it('block-buffered: an explicit flush that fails keeps the text; the exit reports it, status 120', () => {
    // `true` reads nothing and exits at once, as in python3 prog.py | true
    const code = 'import sys, time\ntime.sleep(0.5)\nprint(1)\ntry:\n    sys.stdout.flush()\nexcept BrokenPipeError as e:\n    print(repr(e), file=sys.stderr)\n';
    const r = spawnSync('bash', ['-c', `"${process.execPath}" "${BIN}" -c "$CODE" | true; echo "status=\${PIPESTATUS[0]}" >&2`], {
      env: envWithout('PYTHONUNBUFFERED', { CODE: code }), encoding: 'utf8',
    });
    expect(r.stderr).toBe(
      "BrokenPipeError(32, 'Broken pipe')\n" +
      "Exception ignored in: <_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>\n" +
      'BrokenPipeError: [Errno 32] Broken pipe\nstatus=120\n');
  });
});
