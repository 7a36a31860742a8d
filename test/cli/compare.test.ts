// `gilvm compare` (issue 6 item 6): runs the built CLI on small scripts and checks the
// report's parts: the first run's output, the agreement (or the differing lines), the
// figures table with one column per configuration, the per-thread rows and the exit code.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const BIN = resolve('bin/gilvm.js');
const dir = mkdtempSync(join(tmpdir(), 'gilvm-compare-test-'));

function compare(source: string, ...options: string[]): { stdout: string; stderr: string; status: number } {
  const file = join(dir, `s${Math.random().toString(36).slice(2)}.py`);
  writeFileSync(file, source);
  const r = spawnSync(process.execPath, [BIN, 'compare', ...options, file], { encoding: 'utf8', timeout: 120_000 });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status ?? -1 };
}

describe('gilvm compare', () => {
  it("gives its standard input to every run (a script's input() read EOF before)", () => {
    const file = join(dir, 'reads_input.py');
    writeFileSync(file, 'name = input()\nprint("hello", name, len(input()))\n');
    const r = spawnSync(process.execPath, [BIN, 'compare', file], { encoding: 'utf8', timeout: 120_000, input: 'bob\nxyz\n' });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('  hello bob 3\n');
    expect(r.stdout).toContain('outputs: the same in every run (exit code 0)');
    expect(r.stdout).not.toContain('EOFError');
  });

  it('runs the GIL and no-GIL configurations of each worker count and finds the same output', () => {
    const r = compare(
      [
        'import threading',
        'results = [0, 0]',
        'def work(slot):',
        '    results[slot] = sum(i * i for i in range(20000))',
        'ts = [threading.Thread(target=work, args=(i,)) for i in range(2)]',
        'for t in ts: t.start()',
        'for t in ts: t.join()',
        'print(results)',
      ].join('\n') + '\n',
      '--workers',
      '1,2',
    );
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('4 runs');
    expect(r.stdout).toContain('  [2666466670000, 2666466670000]\n');
    expect(r.stdout).toContain('outputs: the same in every run (exit code 0)');
    const header = r.stdout.split('\n').find((l) => l.includes('no GIL, 1 worker'))!;
    expect(header).toMatch(/GIL, 1 worker\s+no GIL, 1 worker\s+GIL, 2 workers\s+no GIL, 2 workers/);
    expect(r.stdout).toMatch(/\ninstructions(\s+[\d,]+){4}\n/);
    expect(r.stdout).toMatch(/speedup over the GIL\s+1\.00x/);
    expect(r.stdout).toMatch(/\n2 Thread-1 \(work\)\s+[\d.]+ \/ [\d.]+/);
    expect(r.stderr).toContain('gilvm compare: run 4/4: no GIL, 2 workers');
  });

  it('shows the lines that differ between the modes', () => {
    const r = compare('import sys\nprint("same")\nprint("gil", sys._is_gil_enabled())\n', '--workers', '2');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('no GIL, 2 workers: 1 line differs');
    expect(r.stdout).toContain('line 2: "gil True"  vs  "gil False"');
  });

  it('reports a run whose exit code differs and exits 1', () => {
    const r = compare('import sys\nsys.exit(0 if sys._is_gil_enabled() else 3)\n', '--workers', '1');
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('no GIL, 1 worker: exit code 3 (GIL, 1 worker: 0)');
  });

  it('refuses a missing file with exit code 2', () => {
    const r = spawnSync(process.execPath, [BIN, 'compare', join(dir, 'missing.py')], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("can't open file");
  });
});
