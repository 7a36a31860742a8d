/*
 * The module an executor worker imports to get its SliceRunner (Supervisor runnerModule).
 *
 * Native functions are heap objects holding an INDEX into NATIVE_TABLE (vm/natives.ts),
 * which every JS thread fills at import time: the order of the indexes is the order in
 * which the modules defining natives are evaluated. A worker must therefore evaluate the
 * same module graph in the same order as the main thread. This module has no static
 * import of the VM: it first imports the CLI's entry module (src/cli/main.js: the graph the
 * `gilvm` command loaded, in the same order; importing it runs nothing), then
 * vm/threads.js, whose factory checks the table against the main thread's fingerprint and
 * refuses to run on a mismatch (an internal error instead of calling wrong natives).
 */
export async function createSliceRunner(context: unknown): Promise<unknown> {
  const threads = await prepareRunner();
  return threads.createSliceRunner(context);
}

/**
 * Loads the module graph (a pre-started executor calls this before it is given a run, so
 * its ~100-200 ms of module loading overlaps the program's single-threaded start).
 */
export async function prepareRunner(): Promise<{ createSliceRunner: (c: unknown) => unknown }> {
  // literal specifiers, so that the bundle (scripts/bundle.mjs) resolves them; from sources
  // (a worker under vitest) executor.ts's loader hook maps the .js names to the .ts files
  await import('../cli/main.js');
  return (await import('./threads.js')) as {
    createSliceRunner: (c: unknown) => unknown;
  };
}

