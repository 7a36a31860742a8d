// Test helper (not a test): runs the heap modules in real worker_threads. Vitest transpiles
// TypeScript for the main thread only, so the heap modules are transpiled to plain ESM in
// a temp dir (with the worker script given) and the worker loads them from there.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import ts from 'typescript';

/** Writes the heap modules and `workerSource` (imports './heap/<name>.js'); returns the script path. */
export function buildWorkerScript(workerSource: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'gilvm-heap-'));
  const out = join(dir, 'heap');
  mkdirSync(out);
  writeFileSync(join(dir, 'package.json'), '{"type":"module"}');
  for (const name of ['layout', 'memory', 'alloc', 'refcount']) {
    const source = readFileSync(new URL(`../../src/heap/${name}.ts`, import.meta.url), 'utf8');
    const js = ts.transpileModule(source, {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
    }).outputText;
    writeFileSync(join(out, `${name}.js`), js);
  }
  writeFileSync(join(dir, 'worker.js'), workerSource);
  return join(dir, 'worker.js');
}

/** Runs one worker to completion (it posts a message or exits 0). */
export function runWorker(script: string, data: Record<string, unknown>): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(script, { workerData: data });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => (code === 0 ? resolve(undefined) : reject(new Error(`worker exit ${code}`))));
  });
}
