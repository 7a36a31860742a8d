/*
 * The Runtime: one executor's JS-side handle on an interpreter whose state is all in the
 * heap.
 *
 * Owns: the typed-array views of the heap (created once; the SharedArrayBuffer is growable
 * and the views track its length), the executor id, the ref of the thread state this
 * executor is running, and CACHES of immutable heap facts read at attach time: the refs of
 * the built-in types (by Kind), the singletons, the well-known interned names. Nothing
 * here is Python-visible state: a worker attaching to the same heap rebuilds the same
 * Runtime from the interpreter-state block (vm/interp.ts), so every field is either a
 * view, a number read from the heap, or the executor's own identity.
 *
 * Invariants:
 *  - `ts` is the thread state whose frames this executor runs; the eval loop and every
 *    helper that raises reads the exception slot through it (vm/errors.ts).
 *  - The cached refs are immortal objects: they never move or die, so caching is safe.
 *
 * Memory errors: `allocate` calls the heap allocator; when the heap is exhausted the
 * allocator's failure is turned into a JS `HeapExhausted` throw. The eval loop's single
 * try/catch (not one per instruction) converts it into a Python MemoryError raised at the
 * current instruction and unwinds normally. This keeps every allocation site free of
 * NULL checks; the cost is that an operation cut short by MemoryError may leave a partly
 * built temporary behind (reclaimed by the cycle collector or reported by --check-refs).
 */
import type { Ref } from '../heap/layout.js';
import type { Heap } from '../heap/memory.js';
import { alloc } from '../heap/alloc.js';
import { createRefCounter, type RefCounter } from '../heap/refcount.js';
import { Kind } from '../objects/kinds.js';
import { outputWrite } from './output.js';

export { HeapExhausted } from '../heap/exhausted.js';
import { HeapExhausted } from '../heap/exhausted.js';

/** An internal fault: a bug in gilvm, reported as `gilvm: internal error: ...`. */
export class InternalError extends Error {
  override name = 'InternalError';
}

export function internalAssert(cond: unknown, what: string): asserts cond {
  if (!cond) throw new InternalError(what);
}

/** Names the VM looks up by itself (dunder protocols): interned once, refs cached. */
export const WELL_KNOWN_NAMES = [
  '__init__', '__new__', '__repr__', '__str__', '__hash__', '__eq__', '__ne__', '__lt__',
  '__le__', '__gt__', '__ge__', '__bool__', '__len__', '__iter__', '__next__', '__getitem__',
  '__setitem__', '__delitem__', '__contains__', '__call__', '__getattr__', '__getattribute__',
  '__setattr__', '__delattr__', '__get__', '__set__', '__delete__', '__enter__', '__exit__',
  '__name__', '__qualname__', '__module__', '__doc__', '__dict__', '__class__', '__main__',
  '__builtins__', '__build_class__', '__format__', '__index__', '__int__', '__float__',
  '__neg__', '__pos__', '__invert__', '__abs__', '__file__', '__annotations__',
  '__classcell__', '__mro_entries__', '__set_name__', '__init_subclass__', '__slots__',
  '__reversed__', '__round__', '__trunc__', '__floor__', '__ceil__', 'builtins', 'args',
  'end', 'sep', 'file', 'flush', 'key', 'reverse', 'default', 'start', 'write', 'send',
  'throw', 'close', 'value', 'code', 'strict', '__cause__', '__context__', '__traceback__',
  '<module>', '__missing__', 'mro', '__all__', '_index',
  '_left', '_data', '_maxlen', '_state', '__gilvm_items__',
  'sys', 'stdout', '__stdout__', '__stderr__', '__abstractmethods__', '__mro__', '__bases__', 'func', 'keywords', '_items', '_attrs',
] as const;

export type WellKnownName = (typeof WELL_KNOWN_NAMES)[number];
export type NameTable = { [K in WellKnownName]: Ref };

/** Binary-operator dunder names, by NB_* oparg (forward, reflected, in-place). */
export const NB_DUNDERS: readonly (readonly [string, string, string])[] = [
  ['__add__', '__radd__', '__iadd__'],
  ['__and__', '__rand__', '__iand__'],
  ['__floordiv__', '__rfloordiv__', '__ifloordiv__'],
  ['__lshift__', '__rlshift__', '__ilshift__'],
  ['__matmul__', '__rmatmul__', '__imatmul__'],
  ['__mul__', '__rmul__', '__imul__'],
  ['__mod__', '__rmod__', '__imod__'],
  ['__or__', '__ror__', '__ior__'],
  ['__pow__', '__rpow__', '__ipow__'],
  ['__rshift__', '__rrshift__', '__irshift__'],
  ['__sub__', '__rsub__', '__isub__'],
  ['__truediv__', '__rtruediv__', '__itruediv__'],
  ['__xor__', '__rxor__', '__ixor__'],
];

export class Runtime {
  readonly heap: Heap;
  readonly i32: Int32Array;
  readonly u32: Uint32Array;
  readonly u16: Uint16Array;
  readonly u8: Uint8Array;
  readonly f64: Float64Array;
  readonly executor: number;
  /** Word index of this executor's record in the heap (heap/memory.ts: its free-list heads,
   * its tracked-container count), for the objects the interpreter loop allocates itself.
   * Each executor's own: not in a worker's snapshot (vm/threads.ts RUNTIME_SKIP). */
  readonly execRecord: number;
  /** This executor's reference counter (plain under the GIL). */
  readonly rc: RefCounter;
  /** The interpreter-state block (vm/interp.ts layout). */
  interp = 0 as Ref;
  /** The thread state this executor runs now. */
  ts = 0 as Ref;
  /**
   * i32 index of the shared "threads waiting inside nested eval loops" count (threads.ts
   * sets it on worker executors; 0 = none): no cycle collection while it is non-zero.
   */
  nestedWaitersWord = 0;

  /** Built-in type refs by Kind (exact types). */
  readonly kindTypes: Ref[] = new Array(Kind.COUNT).fill(0);
  tObject = 0 as Ref; tType = 0 as Ref; tInt = 0 as Ref; tBool = 0 as Ref; tFloat = 0 as Ref;
  tStr = 0 as Ref; tTuple = 0 as Ref; tList = 0 as Ref; tDict = 0 as Ref; tSet = 0 as Ref;
  tFrozenset = 0 as Ref; tFunction = 0 as Ref; tNone = 0 as Ref; tRange = 0 as Ref;
  tBaseException = 0 as Ref;
  /** CPython's wrapper_descriptor and method-wrapper: slot wrappers, kept in the method
   * descriptor's and the bound method's layouts and kinds under their own types (vm/interp.ts). */
  tWrapperDescriptor = 0 as Ref; tMethodWrapper = 0 as Ref;
  /** CPython's callable_iterator, bytes_iterator, bytearray_iterator and longrange_iterator:
   * iterators kept in the MAP / SEQ_ITER layouts and kinds under their own types, sharing
   * the kind type's dict (vm/interp.ts), so type() and isinstance() tell them apart. */
  tCallableIter = 0 as Ref; tBytesIter = 0 as Ref; tBytearrayIter = 0 as Ref; tLongRangeIter = 0 as Ref;

  None = 0 as Ref; True = 0 as Ref; False = 0 as Ref; Ellipsis = 0 as Ref;
  NotImplemented = 0 as Ref; emptyTuple = 0 as Ref; emptyStr = 0 as Ref;
  builtins = 0 as Ref; modules = 0 as Ref; internTable = 0 as Ref;
  /** One-character strings for code units 0..255 (immortal). */
  readonly latin1Chars: Ref[] = [];

  names = {} as NameTable;
  /** Interned dunder names for BINARY_OP, by oparg: [forward, reflected, in-place]. */
  readonly nbNames: Ref[][] = [];
  /** Exception types by name (BaseException ... every built-in exception). */
  readonly exc: Record<string, Ref> = {};
  /** An immortal MemoryError made at start-up: raised (its traceback and chaining cleared
   * first) when the heap has no room left even for a new MemoryError (evalhelpers.ts
   * raiseMemoryError), as CPython keeps MemoryErrors in reserve. */
  spareMemoryError = 0 as Ref;
  /** strUnitOffset's memo of its last answer on a long str holding surrogate pairs (with
   * the GIL only): the str (a reference held, so it stays that str; released by
   * finalizeInterpreter or when another str takes its place), a code-point index and its
   * unit offset. `s[i]` and `s[i:j]` over such a str in a loop scan from the last position,
   * not from the start (O(n) per index made the loop quadratic). */
  offsetMemoStr = 0 as Ref;
  offsetMemoCp = 0;
  offsetMemoUnit = 0;

  /** The eval loop's out-parameters: allocInstanceForInit's (the __init__ found in [0]) and
   * superMethod's (the zero-argument super()'s class and instance in [0] and [1]). */
  readonly initOut: Ref[] = [0 as Ref, 0 as Ref];
  /** objects/type.ts typeLookup's cache: [type, name, result] x 4096, valid for typeCacheEpoch. */
  readonly typeCache = new Int32Array(3 * 4096);
  typeCacheEpoch = -1;
  /** vm/evalhelpers.ts "Polymorphic attribute sites": [type, name, kind, epoch, word 2,
   * word 3] x 1024, the attribute caches' fills by type and name. */
  readonly siteCache = new Int32Array(6 * 1024);

  /**
   * A thread was started while the main thread still runs on the main JS thread (vm/threads.ts
   * 'pending' mode): the outermost eval loop ends its slice after the call that returned,
   * so the switch to the scheduler happens before a nested call can block (a join inside
   * a generator, after a thread started in f(*args) or in a class's __init__).
   */
  switchPending = false;

  /**
   * The argument vector of the built-in that CALL_FUNCTION_EX is calling straight from the
   * outermost eval loop, else 0 (evalhelpers.ts callFunctionEx): vm/threads.ts
   * retryableCall lets that native park the thread and have the instruction re-executed.
   */
  exCallArgs = 0;

  /**
   * _thread.interrupt_main() while the program runs single-threaded (no thread started):
   * the run's way to raise KeyboardInterrupt in the main thread at its next slice
   * boundary, as a SIGINT would (vm/run.ts sets it for its run; null elsewhere).
   */
  onInterruptMain: (() => void) | null = null;

  /**
   * The CLI's single-threaded run waits out time.sleep on the event loop, so that Ctrl-C
   * interrupts it (vm/run.ts runInterruptible, modules/time.ts): true while such a run is
   * going. `sleepUntil` is the deadline (process clock, ns) of the sleep in progress, and
   * `sleepAt` the frame and instruction index of its CALL (the retry's), else 0.
   */
  eventLoopSleeps = false;
  sleepUntil = 0;
  sleepFrame = 0;
  sleepIp = 0;

  /**
   * A debugger runs this runtime (vm/debugger.ts): a slice is exactly its budget of
   * instructions (a step is one), not up to the next switch point (vm/eval.ts, "Where a
   * slice ends").
   */
  exactSlices = false;

  /**
   * internJS's memo of this executor's names (objects/intern.ts): JS string -> interned str.
   * Interned strs are immortal and shared by every executor, so an entry never goes stale.
   */
  readonly internCache = new Map<string, number>();
  /**
   * objects/str.ts strToJSImmortal's memo: the JS text of immortal strs (code constants
   * such as format specs and `%` formats, interned names) by ref. An immortal str is never
   * freed, so its ref always names the same text.
   */
  readonly immortalText = new Map<number, string>();
  /**
   * Creation order of the live instances of classes with __del__ (objects/object.ts
   * newObject) and generators with a try block (objects/generator.ts) made by this
   * executor, deleted when the object is freed (objects/dealloc.ts): finalizers run in this
   * order, as CPython's in the order its objects were tracked (objects/finalizer.ts
   * sortByCreation). Per executor: a --no-gil run's other executors' objects are of
   * unknown age.
   */
  readonly finalizerOrder = new Map<number, number>();
  /** The next creation number: finalizerOrder's values and lists' LIST_BORN stamps
   * (objects/exitorder.ts); from 1, as a stamp of 0 means "not known". */
  finalizerSeq = 1;

  /**
   * objects/abstract.ts staticIdentityHash's memo: None, NotImplemented, Ellipsis or a
   * built-in type (all immortal, so a ref never changes meaning) -> its hash, -1 when the
   * reference build's table lacks it. Derived data, rebuilt on demand.
   */
  readonly staticHashes = new Map<number, number>();

  /**
   * --no-gil: the generator whose frame this executor last ran to its end
   * (objects/generator.ts generatorFinish). A native next() reads it to tell a yield from a
   * return: the generator's own state word cannot say, since after a yield another thread
   * may claim the generator (RUNNING) or even finish it before the resumer looks.
   */
  lastFinishedGen = 0;

  /** The frame a built-in handed its call to (vm/redirect.ts REDIRECT_CALL): pushed, not
   * linked; the eval loop's CALL links it as it reads the sentinel. 0 otherwise. */
  redirectFrame = 0;

  /** --no-gil: the grace-period bound this executor's last retire-pressure poll freed up to
   * (vm/nogil.ts retirePressure): a poll with no executor further along is skipped. */
  retirePolledUpTo = -1;

  /**
   * breakpoint() (sys.breakpointhook's default, modules/sys.ts): `debugger` is set while
   * `gilvm debug` drives the program, which then stops after the call (`hit`, cleared by
   * vm/debugger.ts); in a plain run the first call prints a note (`noted`) and the program
   * goes on.
   */
  readonly breakpointState = { debugger: false, hit: false, noted: false };

  /** Tests and embedders: when set, output is appended here instead of fds 1/2. */
  capture: { out: string; err: string } | null = null;

  /** Source lines of files, for tracebacks (code, not state: rereadable at any time). */
  readonly sourceCache = new Map<string, string[] | null>();

  constructor(heap: Heap, executor: number, noGil = false) {
    this.rc = createRefCounter(heap, executor, noGil);
    this.heap = heap;
    this.i32 = heap.i32;
    this.u32 = heap.u32;
    this.u16 = heap.u16;
    this.u8 = heap.u8;
    this.f64 = heap.f64;
    this.executor = executor;
    this.execRecord = heap.execRecordWord(executor);
  }

  /** sys.getrecursionlimit(): in the interpreter-state block (vm/interp.ts). */
  get recursionLimit(): number {
    return this.i32[(this.interp >> 2) + 3]!;
  }

  set recursionLimit(n: number) {
    this.i32[(this.interp >> 2) + 3] = n;
  }

  /** Appends text to the stdout buffer (vm/output.ts). */
  writeStdout(s: string): void {
    outputWrite(this, 1, s);
  }

  /** A fresh block of `bytes` bytes (8-aligned offset), zero-filled. */
  allocate(bytes: number): Ref {
    const ref = alloc(this.heap, bytes, this.executor) as Ref;
    if (ref === 0) throw new HeapExhausted(bytes);
    this.u8.fill(0, ref, ref + bytes);
    return ref;
  }
}
