/*
 * Front-end benchmark: compile a generated 20,000-line program with gilvm's pipeline and
 * with CPython's compile() in the same run, and report lines/s and the ratio.
 * The program mixes the constructs real scripts use (functions, classes, loops, try,
 * comprehensions, f-strings, calls with keywords), so every parser rule is exercised.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileSource } from '../src/compiler/compile-source.js';

const BLOCK = (i: number): string => `
def work_${i}(items, scale=${i % 7 + 1}, *, label="w${i}"):
    """Sum of scaled squares, skipping multiples of three."""
    total = 0
    for n in items:
        if n % 3 == 0:
            continue
        elif n > 1000 and (n & 1):
            total -= n // 2
        else:
            total += n * n * scale
    return {"label": label, "total": total, "count": len(items)}


class Shape_${i}:
    sides = ${i % 5 + 3}

    def __init__(self, size):
        self.size = size
        self.names = [f"{k}:{v!r:>4}" for k, v in enumerate(range(self.sides))]

    def area(self):
        try:
            return self.size ** 2 / self.sides
        except ZeroDivisionError as exc:
            raise ValueError("no sides") from exc
        finally:
            self.touched = True


values_${i} = [x * 2 for x in range(${i % 50 + 10}) if x % 2]
result_${i} = work_${i}(values_${i}, label=f"block {${i}:04d}")
lookup_${i} = {key: str(key) for key in values_${i}[:5]}
flag_${i} = result_${i}["total"] > 10 and not lookup_${i} or ${i} in (1, 2, 3)
`;

export function generateProgram(lines: number): string {
  const parts: string[] = [];
  let count = 0;
  for (let i = 0; count < lines; i++) {
    const block = BLOCK(i);
    parts.push(block);
    count += block.split('\n').length - 1;
  }
  return parts.join('');
}

export interface CompileBenchResult {
  lines: number;
  gilvmSeconds: number;
  cpythonSeconds: number;
}

export function runCompileBench(lines = 20_000, repeats = 3): CompileBenchResult {
  const source = generateProgram(lines);
  const lineCount = source.split('\n').length;
  const dir = mkdtempSync(join(tmpdir(), 'gilvm-bench-'));
  const path = join(dir, 'big.py');
  writeFileSync(path, source);

  let gilvmBest = Infinity;
  for (let r = 0; r < repeats; r++) {
    const t0 = process.hrtime.bigint();
    compileSource(source, path);
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    gilvmBest = Math.min(gilvmBest, seconds);
  }
  const py = `
import time, sys
src = open(sys.argv[1]).read()
best = 1e9
for _ in range(${repeats}):
    t0 = time.perf_counter()
    compile(src, sys.argv[1], 'exec')
    best = min(best, time.perf_counter() - t0)
print(best)
`;
  const cpythonBest = Number(execFileSync('python3', ['-c', py, path], { encoding: 'utf8' }).trim());
  return { lines: lineCount, gilvmSeconds: gilvmBest, cpythonSeconds: cpythonBest };
}
