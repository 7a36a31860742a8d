/*
 * HeapExhausted: the JS exception every allocation site throws when the heap cannot give a
 * block (the allocator itself returns NULL). The interpreter loop turns it into Python's
 * MemoryError (vm/eval.ts); outside the loop it is an internal error. A module of its own,
 * below the VM, so that heap-level code (the scheduler's records) throws the same class.
 */
export class HeapExhausted extends Error {
  constructor(readonly requested: number) {
    super(`heap exhausted allocating ${requested} bytes`);
  }
}
