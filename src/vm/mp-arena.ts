/*
 * The multiprocessing arena: the one piece of memory every interpreter of a process tree
 * shares (modules/_multiprocessing.ts). Each "process" is a separate interpreter with its
 * own heap and its own GIL (vm/mp-child.ts); what they exchange lives here, as bytes:
 * queue and pipe messages (serialized objects), process records (state, exit code, pid),
 * multiprocessing locks and the memory of Value/Array.
 *
 * Where: a raw block of ARENA_BYTES in the ROOT interpreter's heap (allocated when the
 * root first imports multiprocessing; never freed, a raw block is not an object so
 * --check-refs does not count it). The root's executors find it through the heap (its
 * offset is a value in the _multiprocessing module dict); a child receives the root heap's
 * SharedArrayBuffer and the offset in its workerData. Since every process of the tree uses
 * the root's arena, a queue (an arena offset) can be passed on to grandchildren.
 * Offsets below are relative to the arena's start ("arena addresses"), 8-byte aligned.
 *
 * Layout (int32 words):
 *   0 LOCK    spin lock (0 free, 1 held) guarding the allocator and every channel's links;
 *             sections are a few word writes (message bytes are copied outside it)
 *   1 BUMP    next never-used byte
 *   2 EVENT   futex counter: +1 and notify-all on every put, release, and process exit;
 *             a waiter with no other Python thread to run sleeps on it (Atomics.wait)
 *   3 PIDS    counter for the pids given to children (root pid + n)
 *   8..39     free-list heads by size class k (block of 2^k bytes, k = 4..31)
 *   256..     blocks: word 0 = k, payload at +8
 * Channel (payload 16): head, tail (message payload addresses, 0 = none), count, spare.
 * Message (payload 8 + n): next, n, bytes.
 * Process record (payload 16): state (0 running, 1 exited), exitcode, pid, terminate
 *   (1 requested: set when the terminating isolate does not hold the child's Worker
 *   handle, honoured at the child's next blocking call; 2 being killed, see lock()).
 *
 * Killing a child (terminate(), a Pool's end) stops its isolate wherever it is; inside a
 * section under LOCK that left the lock held and every other process spinning on it for
 * ever (a Pool's `with` block hung in its __exit__, now and then). So the killer
 * marks the record "being killed", takes and releases LOCK (the child is then outside any
 * section), and only then terminates the isolate; a process that takes LOCK and finds its
 * own record being killed releases it and sleeps until the termination arrives.
 *
 * Choices: power-of-two size classes and a global lock: a simple allocator is enough for
 * messages, which are short-lived and few; a message larger than the arena's free space
 * raises MemoryError in the caller (`alloc` returns 0).
 */

export const ARENA_BYTES = 64 << 20;

const W_LOCK = 0;
const W_BUMP = 1;
export const W_EVENT = 2;
const W_PIDS = 3;
const W_FREE = 8;
const FIRST_BLOCK = 256;
/** The process record's terminate word (byte offset): requested, or being killed (lock()). */
const REC_TERMINATE = 12;
const TERMINATE_REQUESTED = 1;
const TERMINATE_KILLING = 2;

export class Arena {
  readonly i32: Int32Array;
  readonly u8: Uint8Array;
  readonly f64: Float64Array;

  /** `self`: this process's record (0: the root, which nobody kills). */
  constructor(readonly sab: SharedArrayBuffer, readonly base: number, readonly self = 0) {
    this.i32 = new Int32Array(sab, base, ARENA_BYTES >> 2);
    this.u8 = new Uint8Array(sab, base, ARENA_BYTES);
    this.f64 = new Float64Array(sab, base, ARENA_BYTES >> 3);
  }

  /** Formats a fresh (zeroed) arena. */
  format(): void {
    Atomics.store(this.i32, W_BUMP, FIRST_BLOCK);
  }

  lock(): void {
    let spins = 0;
    while (Atomics.compareExchange(this.i32, W_LOCK, 0, 1) !== 0) {
      if (++spins > 1000) Atomics.wait(this.i32, W_LOCK, 1, 1);
    }
    if (this.self !== 0 && Atomics.load(this.i32, (this.self + REC_TERMINATE) >> 2) === TERMINATE_KILLING) {
      // being killed (prepareKill): never enter a section again; the termination ends the
      // isolate inside this wait (Worker.terminate interrupts Atomics.wait). The release is
      // written here, not as a call of unlock(): a JS function's entry is where V8 delivers
      // the termination, which there found the lock held and left it so (1 run in ~500 of
      // test/vm/mp-arena.test.ts's kills under load)
      Atomics.store(this.i32, W_LOCK, 0);
      for (;;) Atomics.wait(this.i32, (this.self + REC_TERMINATE) >> 2, TERMINATE_KILLING);
    }
  }

  /**
   * Before terminating process `p`'s isolate: after this it is outside every section of
   * LOCK and enters none (lock() above), so the termination cannot leave LOCK held.
   */
  prepareKill(p: number): void {
    Atomics.store(this.i32, (p + REC_TERMINATE) >> 2, TERMINATE_KILLING);
    this.lock();
    this.unlock();
  }

  unlock(): void {
    Atomics.store(this.i32, W_LOCK, 0);
  }

  /** Signals every waiter that something changed (a put, a release, an exit). */
  signal(): void {
    Atomics.add(this.i32, W_EVENT, 1);
    Atomics.notify(this.i32, W_EVENT);
  }

  eventCount(): number {
    return Atomics.load(this.i32, W_EVENT);
  }

  /** Sleeps until signal() or `ms` milliseconds (seen: eventCount() read before the check). */
  sleep(seen: number, ms: number): void {
    Atomics.wait(this.i32, W_EVENT, seen, Math.max(0, ms));
  }

  nextPid(): number {
    return Atomics.add(this.i32, W_PIDS, 1) + 1;
  }

  /** A zeroed block with at least n bytes of payload; its payload address, or 0 (full). */
  alloc(n: number): number {
    let k = 4;
    while ((1 << k) < n + 8) k++;
    if (k > 30) return 0;
    this.lock();
    let blk = this.i32[W_FREE + k]!;
    if (blk !== 0) {
      this.i32[W_FREE + k] = this.i32[(blk + 8) >> 2]!;
    } else {
      const bump = this.i32[W_BUMP]!;
      if (bump + (1 << k) > ARENA_BYTES) {
        this.unlock();
        return 0;
      }
      blk = bump;
      this.i32[W_BUMP] = bump + (1 << k);
    }
    this.i32[blk >> 2] = k;
    this.unlock();
    this.u8.fill(0, blk + 8, blk + (1 << k));
    return blk + 8;
  }

  free(addr: number): void {
    const blk = addr - 8;
    const k = this.i32[blk >> 2]!;
    this.lock();
    this.i32[addr >> 2] = this.i32[W_FREE + k]!;
    this.i32[W_FREE + k] = blk;
    this.unlock();
  }

  // ------------------------------------------------------------ channels

  newChannel(): number {
    return this.alloc(16);
  }

  /** Appends a message; false if the arena is full. */
  put(ch: number, data: Uint8Array): boolean {
    const m = this.alloc(8 + data.length);
    if (m === 0) return false;
    this.i32[(m + 4) >> 2] = data.length;
    this.u8.set(data, m + 8);
    this.lock();
    const tail = this.i32[(ch + 4) >> 2]!;
    if (tail === 0) this.i32[ch >> 2] = m;
    else this.i32[tail >> 2] = m;
    this.i32[(ch + 4) >> 2] = m;
    this.i32[(ch + 8) >> 2]! += 1;
    this.unlock();
    this.signal();
    return true;
  }

  /** Takes the first message, or null if the channel is empty. */
  take(ch: number): Uint8Array | null {
    this.lock();
    const m = this.i32[ch >> 2]!;
    if (m === 0) {
      this.unlock();
      return null;
    }
    const next = this.i32[m >> 2]!;
    this.i32[ch >> 2] = next;
    if (next === 0) this.i32[(ch + 4) >> 2] = 0;
    this.i32[(ch + 8) >> 2]! -= 1;
    this.unlock();
    const n = this.i32[(m + 4) >> 2]!;
    const data = this.u8.slice(m + 8, m + 8 + n);
    this.free(m);
    return data;
  }

  count(ch: number): number {
    return Atomics.load(this.i32, (ch + 8) >> 2);
  }

  // ------------------------------------------------------------ process records

  newProcess(pid: number): number {
    const p = this.alloc(16);
    if (p !== 0) this.i32[(p + 8) >> 2] = pid;
    return p;
  }

  /** The exit code, or null while the process runs. */
  exitCode(p: number): number | null {
    return Atomics.load(this.i32, p >> 2) === 1 ? this.i32[(p + 4) >> 2]! : null;
  }

  setExited(p: number, code: number): void {
    if (Atomics.load(this.i32, p >> 2) === 1) return;
    this.i32[(p + 4) >> 2] = code;
    Atomics.store(this.i32, p >> 2, 1);
    this.signal();
  }

  requestTerminate(p: number): void {
    Atomics.compareExchange(this.i32, (p + REC_TERMINATE) >> 2, 0, TERMINATE_REQUESTED);
    this.signal();
  }

  terminateRequested(p: number): boolean {
    return Atomics.load(this.i32, (p + REC_TERMINATE) >> 2) !== 0;
  }

  // ------------------------------------------------------------ locks (one word)

  tryLock(l: number): boolean {
    return Atomics.compareExchange(this.i32, l >> 2, 0, 1) === 0;
  }

  /** false: it was not locked. */
  release(l: number): boolean {
    if (Atomics.exchange(this.i32, l >> 2, 0) === 0) return false;
    this.signal();
    return true;
  }
}
