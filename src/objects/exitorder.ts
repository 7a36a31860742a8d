/*
 * The order in which CPython 3.11 finalizes what the dead module namespaces held at
 * interpreter exit (objects/finalizer.ts clearMainAtExit: __main__'s when it is cyclic
 * garbage, and the script's own imported modules').
 *
 * What CPython does: Py_FinalizeEx runs a full collection while __main__ is alive
 * (_PyGC_CollectIfEnabled), then takes the modules out of sys.modules and collects again
 * (finalize_modules). In that last collection the namespace and everything only it reaches
 * are garbage, and PEP 442 runs every finalizer (__del__, a suspended generator's close) in
 * the order of the collector's object list before it clears anything: so every __del__
 * still sees the module's globals. The list's order is the order objects were tracked,
 * reordered by the first collection's move_unreachable: it scans the list in order; an
 * object that no object scanned before it has reached (marked) is set aside, and when a
 * later-scanned object reaches it, it is moved to the list's end. So an object held only by
 * a container tracked after it (a list display's items, `N(1, N(2))`'s inner node, a dict's
 * first value: CPython tracks a dict when its first tracked value goes in) ends up behind
 * everything not yet scanned, in the order the container's tp_traverse visits it (lists
 * and tuples from the last item to the first).
 *
 * How: the objects reachable from the namespace (gc-tracked ones; through instances'
 * attributes and slots, containers' items, classes' namespaces, functions' defaults,
 * closures and __dict__, and what gcTraverse gives for the other kinds; not through
 * modules or functions' globals) are put in their estimated tracking order and the scan is
 * simulated on them. The tracking order is known for instances of classes with __del__ and
 * generators with handlers (Runtime.finalizerOrder) and for lists (the LIST_BORN stamp);
 * a tuple, a set or a dict display (DICT_DISPLAY_VERSION) is made after its items, a class
 * after its namespace's values, a function after its defaults and closure cells, another
 * dict is tracked at its first tracked value, an instance of a class without __del__ and a
 * cell are made before their contents (__init__ sets the attributes), modules are older
 * than what the program makes.
 *
 * Scratch only: JS maps and arrays for one call at exit, nothing kept.
 */
import { FLAG_GC_TRACKED, IMMORTAL_REFCNT, OB_FLAGS, OB_REF_LOCAL, type Ref } from '../heap/layout.js';
import type { Runtime } from '../vm/runtime.js';
import { Kind } from './kinds.js';
import { kindOf, typeOf } from './object.js';
import { TP_DICT, TP_FLAGS, TPF_HEAPTYPE } from './typelayout.js';
import { TUPLE_ITEMS_WORD } from './tuple.js';
import { LIST_BORN, LIST_ITEMS, LIST_SIZE } from './list.js';
import { DICT_DISPLAY_VERSION, DICT_VERSION, dictEntryKey, dictEntryValue, dictNextEntry } from './dict.js';
import { FN_CLOSURE, FN_DEFAULTS, FN_DICT, FN_KWDEFAULTS, CELL_REF } from './function.js';
import { instanceDict } from './abstract.js';
import { slotWordsRange } from './member.js';
import { gcTraverse } from './gcsupport.js';
import { garbageNeedsFinalizer } from './finalizer.js';

/** The estimated tracking age of objects older than anything the program made. */
const OLD = -1e15;

/** Whether v is an object the collector's lists would hold: tracked, not immortal. */
function isNode(rt: Runtime, v: Ref): boolean {
  if ((v & 1) === 1 || v === 0) return false;
  const i32 = rt.i32;
  return (i32[(v + OB_FLAGS) >> 2]! & FLAG_GC_TRACKED) !== 0 && i32[(v + OB_REF_LOCAL) >> 2] !== IMMORTAL_REFCNT;
}

/** The values (and non-str keys) of dict `d` that are nodes, in entry order, as
 * dict_traverse visits them. */
function pushDictChildren(rt: Runtime, d: Ref, out: Ref[]): void {
  for (let ix = dictNextEntry(rt, d, 0); ix >= 0; ix = dictNextEntry(rt, d, ix + 1)) {
    const k = dictEntryKey(rt, d, ix);
    if (isNode(rt, k) && kindOf(rt, k) !== Kind.STR) out.push(k);
    const v = dictEntryValue(rt, d, ix);
    if (isNode(rt, v)) out.push(v);
  }
}

/** The estimated tracking age of the namespaces: before anything else (each is referenced
 * from outside the garbage in the first collection, so all are scanned as reachable). */
const NAMESPACE_AGE = -Infinity;

/** Pushes onto `out` the nodes `ref` references, in CPython's tp_traverse order, restricted
 * as the file comment says. */
function pushChildren(rt: Runtime, ref: Ref, out: Ref[]): void {
  const i32 = rt.i32;
  const kind = kindOf(rt, ref);
  const type = typeOf(rt, ref);
  const push = (v: number): void => {
    if (isNode(rt, v as Ref)) out.push(v as Ref);
  };
  if ((i32[(type + TP_FLAGS) >> 2]! & TPF_HEAPTYPE) !== 0 && kind !== Kind.TYPE) {
    // subtype_traverse: __slots__, then the attributes (3.11 keeps them inline), then the class
    const slots = slotWordsRange(rt, type);
    const attrs = instanceDict(rt, ref, false);
    if (slots !== null) {
      for (let at = slots[0]; at < slots[1]; at += 4) {
        const v = i32[(ref + at) >> 2]!;
        if (v !== attrs) push(v);
      }
    }
    if (attrs !== 0) pushDictChildren(rt, attrs, out);
    push(type);
  }
  switch (kind) {
    case Kind.LIST: {
      const items = i32[(ref + LIST_ITEMS) >> 2]! >> 2;
      for (let i = i32[(ref + LIST_SIZE) >> 2]! - 1; i >= 0; i--) push(i32[items + i]!);
      break;
    }
    case Kind.TUPLE: {
      const base = (ref >> 2) + TUPLE_ITEMS_WORD;
      for (let i = i32[(ref >> 2) + 4]! - 1; i >= 0; i--) push(i32[base + i]!);
      break;
    }
    case Kind.DICT:
      pushDictChildren(rt, ref, out);
      break;
    case Kind.SET: case Kind.FROZENSET:
      for (let ix = dictNextEntry(rt, ref, 0); ix >= 0; ix = dictNextEntry(rt, ref, ix + 1)) push(dictEntryKey(rt, ref, ix));
      break;
    case Kind.FUNCTION:
      push(i32[(ref + FN_DEFAULTS) >> 2]!);
      push(i32[(ref + FN_KWDEFAULTS) >> 2]!);
      push(i32[(ref + FN_DICT) >> 2]!);
      push(i32[(ref + FN_CLOSURE) >> 2]!);
      break;
    case Kind.CELL:
      push(i32[(ref + CELL_REF) >> 2]!);
      break;
    case Kind.TYPE:
      if ((i32[(ref + TP_FLAGS) >> 2]! & TPF_HEAPTYPE) !== 0) {
        const ns = i32[(ref + TP_DICT) >> 2]! as Ref;
        if (ns !== 0) pushDictChildren(rt, ns, out);
      }
      break;
    case Kind.MODULE: case Kind.OBJECT:
      break;
    default:
      if ((i32[(type + TP_FLAGS) >> 2]! & TPF_HEAPTYPE) === 0) gcTraverse(rt, ref, push);
  }
}

/** Ref -> node number, open addressing over Int32Arrays (a JS Map was most of the time). */
class NodeNumbers {
  private keys = new Int32Array(1024);
  private values = new Int32Array(1024);
  private mask = 1023;
  private shift = 22; // 32 - log2(capacity): a multiplicative hash's high bits
  private size = 0;

  private slot(ref: number): number {
    let h = Math.imul(ref, 0x9e3779b1) >>> this.shift;
    while (this.keys[h] !== 0 && this.keys[h] !== ref) h = (h + 1) & this.mask;
    return h;
  }

  get(ref: number): number {
    const h = this.slot(ref);
    return this.keys[h] === 0 ? -1 : this.values[h]!;
  }

  add(ref: number, value: number): void {
    if (2 * (this.size + 1) > this.keys.length) this.grow();
    const h = this.slot(ref);
    this.keys[h] = ref;
    this.values[h] = value;
    this.size++;
  }

  private grow(): void {
    const oldKeys = this.keys, oldValues = this.values;
    this.keys = new Int32Array(oldKeys.length * 2);
    this.values = new Int32Array(oldKeys.length * 2);
    this.mask = this.keys.length - 1;
    this.shift--;
    this.size = 0;
    for (let i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] === 0) continue;
      const h = this.slot(oldKeys[i]!);
      this.keys[h] = oldKeys[i]!;
      this.values[h] = oldValues[i]!;
      this.size++;
    }
  }
}

/** The objects reachable from the namespaces, numbered in discovery order (the namespaces
 * first), with each one's children as node numbers (`kids` from `start[i]` to
 * `start[i + 1]`); null past `limit` objects. With `stopAtFinalizer`, null as well as soon
 * as an object with a finalizer to run is found (the cheap look of the caller's gate). */
interface Graph {
  nodes: Ref[];
  start: number[];
  kids: number[];
  roots: number;
}

function discover(rt: Runtime, namespaces: Ref[], limit: number): Graph | null {
  const numbers = new NodeNumbers();
  const nodes: Ref[] = [];
  for (const ns of namespaces) {
    if (numbers.get(ns) >= 0) continue;
    numbers.add(ns, nodes.length);
    nodes.push(ns);
  }
  const roots = nodes.length;
  const start: number[] = [];
  const kids: number[] = [];
  const out: Ref[] = [];
  for (let i = 0; i < nodes.length; i++) {
    out.length = 0;
    if (i < roots) pushDictChildren(rt, nodes[i]!, out);
    else pushChildren(rt, nodes[i]!, out);
    start.push(kids.length);
    for (const c of out) {
      let n = numbers.get(c);
      if (n < 0) {
        if (nodes.length >= limit) return null;
        n = nodes.length;
        numbers.add(c, n);
        nodes.push(c);
      }
      kids.push(n);
    }
  }
  start.push(kids.length);
  return { nodes, start, kids, roots };
}

/** Whether an object with a finalizer still to run is reachable from the namespaces,
 * looking at no more than `limit` objects (false past them). */
export function reachesFinalizer(rt: Runtime, namespaces: Ref[], limit: number): boolean {
  const seen = new NodeNumbers();
  const work: Ref[] = [];
  for (const ns of namespaces) {
    seen.add(ns, 1);
    pushDictChildren(rt, ns, work);
  }
  let visited = 0;
  while (work.length > 0) {
    const v = work.pop()!;
    if (seen.get(v) >= 0) continue;
    if (++visited > limit) return false;
    seen.add(v, 1);
    if (garbageNeedsFinalizer(rt, v)) return true;
    pushChildren(rt, v, work);
  }
  return false;
}

/**
 * The objects with a finalizer still to run among those reachable from the module
 * `namespaces`, in the order CPython's last collection runs them (see the file comment);
 * null when more than `limit` objects are reachable (the caller falls back to a cheaper
 * order). Only the objects that reach one with a finalizer take part in the simulated scan:
 * the others never mark one of them, so the finalizers' relative order is the same.
 */
export function exitFinalizationOrder(rt: Runtime, namespaces: Ref[], limit: number): Ref[] | null {
  const g = discover(rt, namespaces, limit);
  if (g === null) return null;
  const { nodes, start, kids, roots } = g;
  const n = nodes.length;
  // the objects with a finalizer, and what reaches them (reverse edges, breadth first)
  const reach = new Uint8Array(n);
  const queue: number[] = [];
  for (let i = roots; i < n; i++) {
    if (garbageNeedsFinalizer(rt, nodes[i]!)) {
      reach[i] = 1;
      queue.push(i);
    }
  }
  if (queue.length === 0) return [];
  const parentStart = new Int32Array(n + 1);
  for (const c of kids) parentStart[c + 1]!++;
  for (let i = 0; i < n; i++) parentStart[i + 1]! += parentStart[i]!;
  const parents = new Int32Array(kids.length);
  const fill = parentStart.slice(0, n);
  for (let i = 0; i < n; i++) {
    for (let k = start[i]!; k < start[i + 1]!; k++) parents[fill[kids[k]!]!++] = i;
  }
  while (queue.length > 0) {
    const c = queue.pop()!;
    for (let k = parentStart[c]!; k < parentStart[c + 1]!; k++) {
      const p = parents[k]!;
      if (reach[p] === 0) {
        reach[p] = 1;
        queue.push(p);
      }
    }
  }
  // estimated tracking ages
  const age = new Float64Array(n).fill(NaN);
  for (let r = 0; r < roots; r++) age[r] = NAMESPACE_AGE;
  const estimate = (i: number, depth: number): number => {
    if (!Number.isNaN(age[i]!)) return age[i]!;
    const ref = nodes[i]!;
    age[i] = OLD + i; // provisional: a cycle back to this node sees it as old
    const known = rt.finalizerOrder.get(ref);
    if (known !== undefined) return (age[i] = known);
    const kind = kindOf(rt, ref);
    if (kind === Kind.MODULE) return age[i]!;
    const type = typeOf(rt, ref);
    if (kind === Kind.LIST && type === rt.tList) {
      const born = rt.i32[(ref + LIST_BORN) >> 2]!;
      if (born !== 0) return (age[i] = born);
    }
    if (depth > 64) return age[i]!;
    const heapInstance = kind !== Kind.TYPE && (rt.i32[(type + TP_FLAGS) >> 2]! & TPF_HEAPTYPE) !== 0;
    // a function is made after its defaults and closure, not its __dict__'s values
    const funcDict = kind === Kind.FUNCTION ? rt.i32[(ref + FN_DICT) >> 2]! : 0;
    let first = NaN, min = Infinity, max = -Infinity;
    for (let k = start[i]!; k < start[i + 1]!; k++) {
      const c = kids[k]!;
      if ((heapInstance && nodes[c] === type) || (funcDict !== 0 && nodes[c] === funcDict)) continue;
      const a = estimate(c, depth + 1);
      if (a <= OLD / 2) continue;
      if (Number.isNaN(first)) first = a;
      if (a < min) min = a;
      if (a > max) max = a;
    }
    if (Number.isNaN(first)) return age[i]!;
    if (kind === Kind.DICT) {
      // a display is made after all its values; another dict is tracked at its first
      // tracked value (CPython's MAINTAIN_TRACKING), which the others may come after
      const display = (rt.i32[(ref + DICT_VERSION) >> 2]! & DICT_DISPLAY_VERSION) !== 0;
      return (age[i] = (display ? max : first) + 0.5);
    }
    if (heapInstance || kind === Kind.CELL) return (age[i] = min - 0.25);
    return (age[i] = max + 0.5);
  };
  const young: number[] = [];
  for (let i = 0; i < n; i++) {
    if (i < roots || reach[i] === 1) {
      estimate(i, 0);
      young.push(i);
    }
  }
  young.sort((a, b) => age[a]! - age[b]! || a - b);
  // the first collection's move_unreachable, the namespaces referenced from outside
  const at = new Int32Array(n); // each node's current position in `young`
  young.forEach((i, p) => void (at[i] = p));
  const marked = new Uint8Array(n);
  const setAside = new Uint8Array(n);
  marked.fill(1, 0, roots);
  for (let p = 0; p < young.length; p++) {
    const i = young[p]!;
    if (at[i] !== p) continue;
    if (marked[i] === 0) {
      setAside[i] = 1;
      continue;
    }
    for (let k = start[i]!; k < start[i + 1]!; k++) {
      const c = kids[k]!;
      if (reach[c] === 0) continue;
      if (setAside[c] === 1) {
        setAside[c] = 0;
        at[c] = young.length;
        young.push(c);
      }
      marked[c] = 1;
    }
  }
  const order: Ref[] = [];
  young.forEach((i, p) => {
    if (at[i] === p && i >= roots && garbageNeedsFinalizer(rt, nodes[i]!)) order.push(nodes[i]!);
  });
  return order;
}
