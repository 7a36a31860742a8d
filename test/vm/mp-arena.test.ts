// The multiprocessing arena (src/vm/mp-arena.ts) when a process is killed: a child isolate
// terminated while it puts and takes messages must never leave the arena's lock held (every
// other process would spin on it for ever: a Pool's `with` block hung in its __exit__).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import ts from 'typescript';
import { describe, expect, it, onTestFinished } from 'vitest';
import { ARENA_BYTES, Arena } from '../../src/vm/mp-arena.js';

/** A worker that puts and takes on channel `ch` without end, as process `record`: the
 * script's path in a new temporary directory (the caller removes it). */
function busyChildScript(): string {
  const dir = mkdtempSync(join(tmpdir(), 'gilvm-arena-'));
  writeFileSync(join(dir, 'package.json'), '{"type":"module"}');
  const source = readFileSync(new URL('../../src/vm/mp-arena.ts', import.meta.url), 'utf8');
  const js = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  }).outputText;
  writeFileSync(join(dir, 'mp-arena.js'), js);
  writeFileSync(
    join(dir, 'child.js'),
    `import { parentPort, workerData } from 'node:worker_threads';
import { Arena } from './mp-arena.js';
const { sab, record, ch } = workerData;
const arena = new Arena(sab, 0, record);
const data = new Uint8Array(200).fill(7);
for (let i = 0; ; i++) {
  arena.put(ch, data);
  arena.take(ch);
  if (i === 100) parentPort.postMessage('busy');
}
`,
  );
  return join(dir, 'child.js');
}

describe('multiprocessing arena', () => {
  it('a child killed in the middle of its puts and takes leaves the lock free', async () => {
    const script = busyChildScript();
    onTestFinished(() => rmSync(dirname(script), { recursive: true, force: true }));
    const sab = new SharedArrayBuffer(ARENA_BYTES);
    const arena = new Arena(sab, 0);
    arena.format();
    for (let round = 0; round < 20; round++) {
      const record = arena.newProcess(1000 + round);
      const ch = arena.newChannel();
      const child = new Worker(script, { workerData: { sab, record, ch } });
      await new Promise((resolve) => child.once('message', resolve));
      arena.prepareKill(record);
      await child.terminate();
      // word 0 is the arena's lock: free, so the parent's own sections go on
      expect(Atomics.load(arena.i32, 0)).toBe(0);
      expect(arena.put(ch, new Uint8Array([1, 2, 3]))).toBe(true);
      expect(arena.count(ch)).toBeGreaterThanOrEqual(1);
    }
  });
});
